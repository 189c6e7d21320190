export interface Durability {
    /** A file just written, before its descriptor is closed. */
    written(fd: number, path: string): Promise<void>;
    /** A name made, replaced or removed: `path` itself (a file renamed into place or removed, a folder made). */
    named(path: string): void;
    /** Once this resolves, everything written, renamed or removed before it was called is on disk. */
    barrier(): Promise<void>;
}
/** Each file flushed as it is written; a barrier flushes the folders named since the last one. One per build. */
export declare function fileByFile(): Durability;
export declare function batched(): Durability;
