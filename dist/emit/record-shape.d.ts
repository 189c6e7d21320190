import type { Diagnostic } from '../types.js';
/** The format of the records this obscompile writes: one of another is no record. */
export declare const FORMAT = 3;
export interface RecordedInput {
    /** Absolute path. */
    path: string;
    /** As the diagnostics name it. */
    shown: string;
}
/** What a build reports when it finds everything current, as it would print it. */
export interface Outcome {
    diagnostics: Diagnostic[];
    /** Lines of standard output. */
    lines: string[];
    /** Lines of standard output in the text format only. */
    textLines?: string[];
    /** Lines of the text format printed, after the others, only while the file each names is missing (or a folder). */
    untilThere?: UntilThere[];
    /** The result fields of a JSON report. */
    result: Record<string, unknown>;
}
/**
 * A line to print while `file` (absolute) is missing, such as a secret only the user can make, or (`while: 'folder'`)
 * while it is a folder where a file belongs.
 */
export interface UntilThere {
    file: string;
    line: string;
    while?: 'folder';
}
export interface BuildRecord extends Outcome {
    format: typeof FORMAT;
    key: string;
    /** The files whose bytes make the key, the main one (config or fleet file) first. */
    inputs: RecordedInput[];
    /** A folder that holds the output folders (a fleet's), whose entries are recorded too. */
    root?: string;
    /** Distinct lists of artifact names (a fleet's hosts mostly share one). */
    lists: string[][];
    /** Each output folder, its list, and the digest of each file's text as written (textDigest). */
    folders: {
        dir: string;
        list: number;
        sums?: string[];
    }[];
    /** Status of the root, then of each folder, its artifacts in list order and its manifest. */
    stats: string[];
}
export declare function isBuildRecord(r: unknown): r is BuildRecord;
