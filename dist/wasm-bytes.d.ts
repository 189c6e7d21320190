/** Encoding WebAssembly binaries by hand (the core spec's binary format): what src/checksum-module.ts and src/sha256-module.ts share. */
/** Unsigned LEB128, as sizes, counts and indices are written. */
export declare function uleb(n: number): number[];
/** Signed LEB128 of a constant up to 64 bits, as `i32.const` and `i64.const` take it. */
export declare function sleb(value: bigint | number): number[];
/** A section: its id, then its length, then its content. */
export declare const section: (id: number, content: number[]) => number[];
/** The module header: `\0asm`, version 1. */
export declare const HEADER: number[];
