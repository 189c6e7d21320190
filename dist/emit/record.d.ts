import type { Diagnostic } from '../types.js';
declare const FORMAT = 1;
export interface RecordedInput {
    /** Absolute path. */
    path: string;
    /** As the diagnostics name it. */
    shown: string;
}
export interface FleetRecord {
    format: typeof FORMAT;
    key: string;
    /** The fleet file first, then its base: the files whose bytes make the key. */
    inputs: RecordedInput[];
    diagnostics: Diagnostic[];
    /** The fleet's output folder (absolute); each bundle is the folder of its name in it. */
    root: string;
    /** Distinct lists of artifact names (most hosts share one). */
    lists: string[][];
    bundles: {
        name: string;
        shownDir: string;
        list: number;
    }[];
    /** Status of the root, then of each bundle's folder, its artifacts in list order and its manifest. */
    stats: string[];
}
/** What a record says happened, for a build that finds it current. */
export interface RecordedBuild {
    diagnostics: Diagnostic[];
    /** Input texts by shown path, for code frames. */
    texts: Map<string, string>;
    bundles: {
        name: string;
        shownDir: string;
        files: string[];
    }[];
}
/** Where the record of a fleet file lives in the cache folder. */
export declare function recordFile(cacheDir: string, fleetPath: string): string;
/** The key of a build: obscompile, the command's settings and the input texts. */
export declare function recordKey(settings: readonly unknown[], texts: readonly string[]): string;
/** The record of a build that ended: the status of everything it wrote, taken now. */
export declare function makeRecord(key: string, inputs: RecordedInput[], diagnostics: Diagnostic[], root: string, bundles: {
    name: string;
    shownDir: string;
    files: string[];
}[]): FleetRecord;
/** Stores a record (atomically; a cache that cannot be written only means the next build does all the work). */
export declare function saveRecord(file: string, record: FleetRecord): void;
/**
 * The recorded outcome when the record at `file` is current for a build with these settings, else undefined. The
 * key is made from the inputs as they are now, so the inputs named in the record are read (the fleet file must be
 * the first, `fleetPath`).
 */
export declare function currentRecord(file: string, fleetPath: string, settings: readonly unknown[], maxBytes: number): RecordedBuild | undefined;
export {};
