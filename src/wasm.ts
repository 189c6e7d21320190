/**
 * WebAssembly by hand, what src/checksum.ts and src/emit/sha256.ts share: encoding a module's bytes (the core spec's
 * binary format; at generate time, by src/checksum-module.ts and src/sha256-module.ts) and running them.
 */

// The few WebAssembly names used here (the project's TypeScript libraries do not declare the namespace).
declare const WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object) => { exports: unknown } };

/** An instance's memory. */
export interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

const PAGE = 65536;

/** The exports of a new instance of the module with these (generated) bytes. */
export function instantiate<T>(bytes: readonly number[]): T {
  return new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(bytes))).exports as T;
}

/** Grows `memory` to at least `size` bytes. */
export function reserve(memory: WasmMemory, size: number): void {
  const pages = Math.ceil(size / PAGE) - memory.buffer.byteLength / PAGE;
  if (pages > 0) memory.grow(pages);
}

/** Unsigned LEB128, as sizes, counts and indices are written. */
export function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    const byte = n & 0x7f;
    n >>>= 7;
    out.push(n ? byte | 0x80 : byte);
  } while (n);
  return out;
}

/** Signed LEB128 of a constant up to 64 bits, as `i32.const` and `i64.const` take it. */
export function sleb(value: bigint | number): number[] {
  let v = BigInt.asIntN(64, BigInt(value));
  const out: number[] = [];
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && !(byte & 0x40)) || (v === -1n && byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

/** A section: its id, then its length, then its content. */
export const section = (id: number, content: number[]): number[] => [id, ...uleb(content.length), ...content];

/** The module header: `\0asm`, version 1. */
export const HEADER = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
