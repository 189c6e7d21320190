/**
 * The file-system calls the pipeline awaits, as promises over node:fs callbacks. Not node:fs/promises: loading it
 * costs every run a few milliseconds (it brings streams and readline along), and a run is mostly start-up.
 */
import fs from 'node:fs';
export declare const chmod: typeof fs.chmod.__promisify__;
export declare const close: typeof fs.close.__promisify__;
export declare const fchmod: typeof fs.fchmod.__promisify__;
export declare const fsync: typeof fs.fsync.__promisify__;
export declare const lstat: typeof fs.lstat.__promisify__;
export declare const mkdir: typeof fs.mkdir.__promisify__;
/** A file descriptor; close it with `close`. */
export declare const open: typeof fs.open.__promisify__;
export declare const read: typeof fs.read.__promisify__;
export declare const readFile: typeof fs.readFile.__promisify__;
export declare const readdir: typeof fs.readdir.__promisify__;
export declare const realpath: typeof fs.realpath.__promisify__;
export declare const rename: typeof fs.rename.__promisify__;
export declare const rm: typeof fs.rm.__promisify__;
export declare const stat: typeof fs.stat.__promisify__;
export declare const writeFile: typeof fs.writeFile.__promisify__;
