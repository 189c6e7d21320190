/**
 * Build records: what a finished build leaves in the user's cache folder, so that building the same thing again with
 * nothing changed costs one stat of each file it wrote instead of compiling (issue 30). Like make, ninja and git's
 * index, it trusts file status. A record is used only when
 * - its key matches: the same obscompile (its code files' sizes and times, the bundle's build id, the version and
 *   the schema), the same command (folder, arguments) and, byte for byte, the same inputs (the config; a fleet file
 *   and its base): the analysis is a function of these alone, so its diagnostics are the recorded ones;
 * - every output folder and every file the build wrote (the manifests too) has the status it had when the build
 *   ended: device, inode, mode, size, modification and change time. An edit, a chmod or a replaced file changes the
 *   change time, which no tool can set back; a file added to or removed from a folder changes the folder's.
 * Then the build's outcome is what an up-to-date build reports: the record holds its diagnostics, lines and result.
 * Anything else (no record, a damaged one, one status that differs) means a full build, which writes a new record.
 * What it cannot see, as make and git cannot: a file changed in the same clock tick as the build wrote it (the
 * kernel's file times advance in ticks of a few milliseconds) and keeping its size. `check` never uses a record:
 * it compares every byte.
 */
import { type Stats } from 'node:fs';
import { type BuildRecord, type Outcome, type RecordedInput } from './record-shape.js';
import type { Artifact } from '../types.js';
export type { BuildRecord, Outcome, RecordedInput, UntilThere } from './record-shape.js';
/** A recorded outcome found current, with the input texts (by shown path) for code frames. */
export interface Replay extends Outcome {
    texts: Map<string, string>;
}
/** Where the record of a build of `main` (a config or fleet file) lives in the cache folder; `texts`: its kept texts (./kept-texts.ts). */
export declare function recordFile(cacheDir: string, kind: 'build' | 'fleet' | 'texts', main: string): string;
/** A file's status as a record keeps it: device, inode, mode, size, modification and change time. */
export declare const fileStatus: (s: Stats) => string;
/**
 * This obscompile, as far as its output goes: the version, the schema, and every code file's size and modification
 * time (the bundle's, or the sources') with the bundle's build id (a digest of its text and of the schema's when it
 * was bundled: npm gives every installed file the same time). A bundle's schema is known by that id and its own size
 * and time; running from the sources, by a checksum of its text.
 */
export declare function codeIdentity(): string;
/** The key of a build: obscompile, the command's settings and the inputs' UTF-8 (each one's length and checksum). */
export declare function recordKey(settings: readonly unknown[], inputs: readonly Uint8Array[]): string;
/** The digest of each artifact's text (textDigest), as a record keeps it. */
export declare function textSums(artifacts: readonly Artifact[]): string[];
/**
 * Of the files a build renders into `dir` (names, with the digests of their texts), those the last recorded build
 * wrote with the same text, by absolute path: the status it left each with.
 */
export declare function writtenAlike(last: LastWritten, dir: string, files: readonly string[], sums: readonly string[]): Map<string, string>;
/** The record of a build that ended with everything current: the status of everything it wrote, taken now. */
export declare function makeRecord(key: string, inputs: RecordedInput[], outcome: Outcome, folders: {
    dir: string;
    files: string[];
    sums?: string[];
}[], root?: string): BuildRecord;
/** Stores a record; a cache that cannot be written only means the next build does all the work. */
export declare function saveRecord(file: string, record: BuildRecord): void;
/**
 * Writes a file of the records folder atomically, leaving no temp file, or nothing when that fails. Cache files only
 * accumulate when one is made for a config built for the first time: only then are the stale ones looked for, so
 * that a build replacing its own does not stat every file in the folder.
 */
export declare function saveCacheFile(file: string, data: string | Uint8Array): void;
/**
 * Files as the last recorded build left them, by absolute path: their status then and the digest of the text it
 * wrote. A file with that status now holds that text, as far as file status tells (the trust of make and git).
 */
export type LastWritten = ReadonlyMap<string, {
    status: string;
    sum: string;
}>;
/**
 * What looking for a record found: the outcome to replay when it is current; otherwise whether the build it records
 * had another key (another config text, command line or obscompile: then this build will most likely write), and
 * what it wrote.
 */
export type RecordLookup = {
    replay: Replay;
} | {
    replay?: undefined;
    inputsChanged: boolean;
    lastWritten?: LastWritten;
};
/** Nothing known: no record, or one of another config or format. */
export declare const NO_RECORD: RecordLookup;
/**
 * The recorded outcome when the record at `file` is current for a build of `main` with these settings. The key is
 * made from the inputs as they are now, so the inputs the record names are read.
 */
export declare function currentRecord(file: string, main: string, settings: readonly unknown[], maxBytes: number): RecordLookup;
