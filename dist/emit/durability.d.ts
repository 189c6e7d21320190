export interface Durability {
    /** A file just written, before its descriptor is closed. */
    written(fd: number, path: string): Promise<void>;
    /** Once this resolves, everything written, renamed or removed before it was called is on disk. */
    barrier(): Promise<void>;
}
export declare const fileByFile: Durability;
export declare function batched(): Durability;
