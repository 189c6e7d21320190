/** Dotted version numbers as upstream projects tag them (`3.8.1`, `v0.60.5`, `0.5.6.post2`). */

/** The numeric parts of a version, ignoring a leading `v` and any suffix after the numbers. */
export function versionParts(version: string): readonly number[] {
  let parts = PARTS.get(version);
  if (!parts) {
    const match = /^v?(\d+(?:\.\d+)*)/.exec(version);
    PARTS.set(version, (parts = match ? match[1]!.split('.').map(Number) : []));
  }
  return parts;
}

/** Parts already found: a config compares a few versions (its pins, the catalog's floors) thousands of times. */
const PARTS = new Map<string, number[]>();

/** The major version: 3 for `3.8.1`, 0 for `v0.60.5`. */
export const major = (version: string): number => versionParts(version)[0] ?? 0;

/** The N of a `.postN` release (PEP 440, as SGLang tags them: `0.5.4.post2`), else -1: a post release follows its base. */
const postOf = (version: string): number => Number(/\.post(\d+)$/.exec(version)?.[1] ?? -1);

/** True when `version` is `floor` or later, comparing the numeric parts left to right, then post releases. */
export function versionAtLeast(version: string, floor: string): boolean {
  const a = versionParts(version);
  const b = versionParts(floor);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return postOf(version) >= postOf(floor);
}
