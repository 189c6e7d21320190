/** The module: exports "m" (its memory, at least one page) and "h" ((length: i32) -> i64, the checksum of m[0, length)). */
export declare function checksumModule(): Uint8Array;
/** The same function in plain BigInt arithmetic: the specification the tests hold the WebAssembly to. */
export declare function checksumReference(data: Uint8Array): string;
