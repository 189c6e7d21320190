import { type Durability } from './durability.js';
export type Existing = {
    kind: 'missing';
} | {
    kind: 'file';
    content: Buffer;
    executable: boolean;
    mode: number; /** Its names (hard links), this one included. */
    links: number;
} | {
    kind: 'other';
    what: string;
};
/** What is at `file` now, without following a symlink. */
export declare function inspect(file: string): Promise<Existing>;
/**
 * `mkdir -p` that always ends: each missing folder is created once, from the nearest existing ancestor down.
 * (Node's recursive mkdir retries forever where the kernel refuses a folder, as under /proc.)
 */
export declare function makeDirs(dir: string): Promise<string[]>;
/** Removes the folders `made` (as makeDirs returned them) that are still empty, deepest first: a build that stopped. */
export declare function unmakeDirs(made: readonly string[]): Promise<void>;
/** Rejects with ENOTDIR, naming the file, when `dir` or one of its ancestors is a file; otherwise nothing (missing is fine). */
export declare function expectFolder(dir: string, syscall: string): Promise<void>;
/**
 * The temporary sibling writeTemp uses for `file` (unique per process; emit holds the folder lock). Named as no one
 * else names a file (`.prometheus.yml.<pid>.obscompile.tmp`), since a build removes the ones killed builds left: a
 * user's own `.prometheus.yml.2024.tmp` is not one of them.
 */
export declare function tempPathFor(file: string): string;
/** What a temp file's name (tempPathFor's, in its folder) says: the file it becomes and the pid that wrote it. */
export declare function tempOf(name: string): {
    file: string;
    pid: number;
} | undefined;
/** Permission bits, and (when the caller may set it) the owner a replaced file keeps. */
export interface Owner {
    mode: number;
    uid?: number;
    gid?: number;
}
/**
 * The mode of a file obscompile writes: 0644, or 0755 for an executable, for a new file; for one it replaces, the
 * read and write bits it has (its owner may have narrowed them), with an execute bit wherever a read bit is when the
 * artifact is executable, and none when it is not.
 */
export declare function keptMode(current: number | undefined, executable: boolean): number;
/** A temporary sibling of `file`, written fully (and flushed, or left to the next barrier: ./durability.ts); rename it over `file` to commit. */
export declare function writeTemp(file: string, content: string, executable: boolean, owner?: Owner, durability?: Durability): Promise<string>;
/** Removes temp files that killed builds left in `dir` (`.<name>.<pid>.obscompile.tmp` for the given names); call with the lock held. */
export declare function sweepTemps(dir: string, names: readonly string[]): Promise<void>;
/**
 * Keeps the file at `file` under the first free name of `<file>.bak`, `<file>.bak.2`, ... (up to .bak.99) before a
 * forced build replaces it, and returns that name: a hard link to it (the rename that replaces the file leaves the
 * link with what was there), a copy where the file system refuses links. With `dryRun`, only the name.
 */
export declare function keepAside(file: string, dryRun?: boolean): Promise<string>;
/** Names in `dir` of temp files for the given names (`.<name>.<pid>.obscompile.tmp`): what killed builds leave behind. */
export declare function leftoverTemps(dir: string, names: readonly string[]): Promise<string[]>;
/** Commits a temp file written by writeTemp. */
export declare function commitTemp(temp: string, file: string): Promise<void>;
/** Replaces `file` with `content` atomically (temp file + rename) with the given mode and owner; no temp file survives a failure. */
export declare function writeAtomic(file: string, content: string, owner?: Owner, durability?: Durability): Promise<void>;
/**
 * A new file, whole or not at all, never over one that is there: its text written and flushed as a temp file, then
 * linked to its name (which fails with EEXIST when the name is taken). A failure leaves nothing.
 */
export declare function createWhole(file: string, content: string): Promise<void>;
/** Removes temp files after a failure; never throws. */
export declare function discard(temps: readonly string[]): Promise<void>;
