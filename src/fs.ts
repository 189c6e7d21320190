/**
 * The file-system calls the pipeline awaits. They keep the promise API of node:fs/promises but do the work with the
 * synchronous calls: the files are small and a run does one thing at a time, so a round trip through libuv's thread
 * pool for each of a build's few dozen calls is only waiting, and loading node:fs/promises itself costs every run a
 * few milliseconds (it brings streams and readline along). A failed call rejects, as before.
 */
import { chmodSync, closeSync, constants, copyFileSync, fchmodSync, fchownSync, fsync as fsyncInPool, linkSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, rmdirSync, statSync, unlinkSync, writeFileSync, type Stats, type WriteFileOptions } from 'node:fs';
import type * as promises from 'node:fs/promises';

/** `f` as an async function: its result, or its exception as a rejection. */
const later = (f: (...args: never[]) => unknown): unknown => async (...args: never[]) => f(...args);

export const chmod = later(chmodSync) as typeof promises.chmod;
export const lstat = later(lstatSync) as typeof promises.lstat;
export const link = later(linkSync) as typeof promises.link;
/** Copies `from` to `to`, failing with EEXIST when `to` exists. */
export const copyNew = later((from: string, to: string) => copyFileSync(from, to, constants.COPYFILE_EXCL)) as (from: string, to: string) => Promise<void>;
/**
 * lstat that resolves to undefined for a missing path instead of rejecting: a rejection costs a run an exception
 * and Node's unhandled-rejection bookkeeping, and "not there" is a usual answer (an output folder with no journal).
 */
export const lstatIfAny = later((path: string) => lstatSync(path, { throwIfNoEntry: false })) as (path: string) => Promise<Stats | undefined>;
export const mkdir = later(mkdirSync) as typeof promises.mkdir;
interface ReadFile {
  (path: string, encoding: 'utf8'): Promise<string>;
  (path: string): Promise<Buffer>;
}
export const readFile = later(readFileSync) as ReadFile;
export const readdir = later(readdirSync) as typeof promises.readdir;
export const readlink = later((path: string) => readlinkSync(path, 'utf8')) as (path: string) => Promise<string>;
export const realpath = later(realpathSync) as typeof promises.realpath;
export const rename = later(renameSync) as typeof promises.rename;
export const rm = later(rmSync) as typeof promises.rm;
/**
 * Removes a file (or a symbolic link), as `rm(path, { force: true })` does: nothing there is no error, a folder is.
 * For the lock, the journal and temp files: Node's rm loads its recursive remover on first use, about 0.4 ms of a
 * build that only ever removes single files.
 */
export const removeFile = later((path: string) => {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}) as (path: string) => Promise<void>;
/** Removes a folder when it is empty; resolves to whether it did (one with something in it, or gone, stays as it is). */
export const removeEmptyFolder = later((path: string) => {
  try {
    rmdirSync(path);
    return true;
  } catch {
    return false;
  }
}) as (path: string) => Promise<boolean>;
export const stat = later(statSync) as typeof promises.stat;
export const writeFile = later(writeFileSync) as (file: string | number, data: string, options?: WriteFileOptions) => Promise<void>;

/** File-descriptor calls (a descriptor, not a FileHandle). */
export const open = later(openSync) as (path: string, flags: string, mode?: number) => Promise<number>;
export const close = later(closeSync) as (fd: number) => Promise<void>;
/**
 * The one call that waits for the disk runs in libuv's thread pool: a build flushes all its temp files at once, so
 * their syncs overlap (one after another bound builds that write many files, fleets above all).
 */
export const fsync = (fd: number) => new Promise<void>((done, fail) => fsyncInPool(fd, (error) => (error ? fail(error) : done())));
export const fchmod = later(fchmodSync) as (fd: number, mode: number) => Promise<void>;
export const fchown = later(fchownSync) as (fd: number, uid: number, gid: number) => Promise<void>;
export const read = later(readSync) as (fd: number, buffer: Buffer, offset: number, length: number, position: number | null) => Promise<number>;
