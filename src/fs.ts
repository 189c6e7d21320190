/**
 * The file-system calls the pipeline awaits, as promises over node:fs callbacks. Not node:fs/promises: loading it
 * costs every run a few milliseconds (it brings streams and readline along), and a run is mostly start-up.
 */
import fs from 'node:fs';
import { promisify } from 'node:util';

export const chmod = promisify(fs.chmod);
export const close = promisify(fs.close);
export const fchmod = promisify(fs.fchmod);
export const fsync = promisify(fs.fsync);
export const lstat = promisify(fs.lstat);
export const mkdir = promisify(fs.mkdir);
/** A file descriptor; close it with `close`. */
export const open = promisify(fs.open);
export const read = promisify(fs.read);
export const readFile = promisify(fs.readFile);
export const readdir = promisify(fs.readdir);
export const realpath = promisify(fs.realpath);
export const rename = promisify(fs.rename);
export const rm = promisify(fs.rm);
export const stat = promisify(fs.stat);
export const writeFile = promisify(fs.writeFile);
