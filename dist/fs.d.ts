/**
 * The file-system calls the pipeline awaits. They keep the promise API of node:fs/promises but do the work with the
 * synchronous calls: the files are small and a run does one thing at a time, so a round trip through libuv's thread
 * pool for each of a build's few dozen calls is only waiting, and loading node:fs/promises itself costs every run a
 * few milliseconds (it brings streams and readline along). A failed call rejects, as before.
 */
import { type Stats, type WriteFileOptions } from 'node:fs';
import type * as promises from 'node:fs/promises';
export declare const chmod: typeof promises.chmod;
export declare const lstat: typeof promises.lstat;
export declare const link: typeof promises.link;
/** Copies `from` to `to`, failing with EEXIST when `to` exists. */
export declare const copyNew: (from: string, to: string) => Promise<void>;
/**
 * lstat that resolves to undefined for a missing path instead of rejecting: a rejection costs a run an exception
 * and Node's unhandled-rejection bookkeeping, and "not there" is a usual answer (an output folder with no journal).
 */
export declare const lstatIfAny: (path: string) => Promise<Stats | undefined>;
export declare const mkdir: typeof promises.mkdir;
interface ReadFile {
    (path: string, encoding: 'utf8'): Promise<string>;
    (path: string): Promise<Buffer>;
}
export declare const readFile: ReadFile;
export declare const readdir: typeof promises.readdir;
export declare const readlink: (path: string) => Promise<string>;
export declare const realpath: typeof promises.realpath;
export declare const rename: typeof promises.rename;
export declare const rm: typeof promises.rm;
/**
 * Removes a file (or a symbolic link), as `rm(path, { force: true })` does: nothing there is no error, a folder is.
 * For the lock, the journal and temp files: Node's rm loads its recursive remover on first use, about 0.4 ms of a
 * build that only ever removes single files.
 */
export declare const removeFile: (path: string) => Promise<void>;
/** Removes a folder when it is empty; resolves to whether it did (one with something in it, or gone, stays as it is). */
export declare const removeEmptyFolder: (path: string) => Promise<boolean>;
export declare const stat: typeof promises.stat;
export declare const writeFile: (file: string | number, data: string, options?: WriteFileOptions) => Promise<void>;
/** File-descriptor calls (a descriptor, not a FileHandle). */
export declare const open: (path: string, flags: string, mode?: number) => Promise<number>;
export declare const close: (fd: number) => Promise<void>;
/**
 * The one call that waits for the disk runs in libuv's thread pool: a build flushes all its temp files at once, so
 * their syncs overlap (one after another bound builds that write many files, fleets above all).
 */
export declare const fsync: (fd: number) => Promise<void>;
export declare const fchmod: (fd: number, mode: number) => Promise<void>;
export declare const fchown: (fd: number, uid: number, gid: number) => Promise<void>;
export declare const read: (fd: number, buffer: Buffer, offset: number, length: number, position: number | null) => Promise<number>;
export {};
