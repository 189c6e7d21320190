/**
 * WebAssembly by hand, what src/checksum.ts and src/emit/sha256.ts share: encoding a module's bytes (the core spec's
 * binary format; at generate time, by src/checksum-module.ts and src/sha256-module.ts) and running them.
 */
/** An instance's memory. */
export interface WasmMemory {
    buffer: ArrayBuffer;
    grow(pages: number): number;
}
/** The exports of a new instance of the module with these (generated) bytes. */
export declare function instantiate<T>(bytes: readonly number[]): T;
/** Grows `memory` to at least `size` bytes. */
export declare function reserve(memory: WasmMemory, size: number): void;
/** Unsigned LEB128, as sizes, counts and indices are written. */
export declare function uleb(n: number): number[];
/** Signed LEB128 of a constant up to 64 bits, as `i32.const` and `i64.const` take it. */
export declare function sleb(value: bigint | number): number[];
/** A section: its id, then its length, then its content. */
export declare const section: (id: number, content: number[]) => number[];
/** The module header: `\0asm`, version 1. */
export declare const HEADER: number[];
