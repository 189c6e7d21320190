/** Dotted version numbers as upstream projects tag them (`3.8.1`, `v0.60.5`, `0.5.6.post2`). */
/** The numeric parts of a version, ignoring a leading `v` and any suffix after the numbers. */
export declare function versionParts(version: string): readonly number[];
/** The major version: 3 for `3.8.1`, 0 for `v0.60.5`. */
export declare const major: (version: string) => number;
/** True when `version` is `floor` or later, comparing the numeric parts left to right, then post releases. */
export declare function versionAtLeast(version: string, floor: string): boolean;
