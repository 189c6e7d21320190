/**
 * A 64-bit checksum for the launcher's code cache: it tells a damaged cache file from an intact one before V8 sees
 * it (V8 does not verify cached data in release builds). Not a cryptographic hash: the cache is the user's own file.
 * It runs as a few dozen bytes of WebAssembly, because at start-up that is the cheapest fast loop available: loading
 * node:crypto costs more than the whole check, and a JavaScript loop is still interpreted on its first (only) run.
 *
 * For every 8-byte little-endian word w, then every remaining byte: h = rotl(h ^ w, 29) * P1; then a final mix.
 * Each step is a bijection of h and of w, so one damaged word always changes the result.
 */
const SEED = 0x27d4eb2f165667c5n;
const P1 = 0x9e3779b97f4a7c15n;
const P2 = 0xbf58476d1ce4e5b9n;
const MASK = (1n << 64n) - 1n;

/** Signed LEB128 of a 64-bit constant, as `i64.const` takes it. */
function sleb(value: bigint): number[] {
  let v = BigInt.asIntN(64, value);
  const out: number[] = [];
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    if ((v === 0n && !(byte & 0x40)) || (v === -1n && byte & 0x40)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

// Opcodes (WebAssembly core spec, binary format).
const GET = 0x20, SET = 0x21, TEE = 0x22, I32 = 0x41, I64 = 0x42, BLOCK = 0x02, LOOP = 0x03, END = 0x0b, BR = 0x0c, BR_IF = 0x0d;
const I32_GE_U = 0x4f, I32_AND = 0x71, I32_ADD = 0x6a, I64_XOR = 0x85, I64_MUL = 0x7e, I64_ROTL = 0x89, I64_SHR_U = 0x88;
const I64_EXTEND_I32_U = 0xad, I64_LOAD = 0x29, I64_LOAD8_U = 0x31, VOID = 0x40;
// Locals: 0 = length (the parameter), 1 = i, 2 = end of the whole words, 3 = h.
const [LEN, I, END_WORDS, H] = [0, 1, 2, 3];

/** h = rotl(h ^ (word at i), 29) * P1; i += step; until i reaches `limit`. */
const mixLoop = (load: number[], step: number, limit: number) => [
  BLOCK, VOID, LOOP, VOID,
  GET, I, GET, limit, I32_GE_U, BR_IF, 1,
  GET, H, GET, I, ...load, I64_XOR, I64, 29, I64_ROTL, I64, ...sleb(P1), I64_MUL, SET, H,
  GET, I, I32, step, I32_ADD, SET, I,
  BR, 0, END, END,
];

const body = [
  2, 2, 0x7f, 1, 0x7e, // locals: two i32, one i64
  GET, LEN, I64_EXTEND_I32_U, I64, ...sleb(SEED), I64_XOR, SET, H,
  GET, LEN, I32, 0x78 /* -8 */, I32_AND, SET, END_WORDS,
  ...mixLoop([I64_LOAD, 3, 0], 8, END_WORDS),
  ...mixLoop([I64_LOAD8_U, 0, 0], 1, LEN),
  GET, H, GET, H, I64, 32, I64_SHR_U, I64_XOR, I64, ...sleb(P2), I64_MUL, TEE, H,
  GET, H, I64, 29, I64_SHR_U, I64_XOR,
  END,
];

const section = (id: number, content: number[]) => [id, ...uleb(content.length), ...content];
function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    const byte = n & 0x7f;
    n >>>= 7;
    out.push(n ? byte | 0x80 : byte);
  } while (n);
  return out;
}

const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // \0asm, version 1
  ...section(1, [1, 0x60, 1, 0x7f, 1, 0x7e]), // one type: (i32) -> i64
  ...section(3, [1, 0]), // one function, of that type
  ...section(5, [1, 0, 1]), // one memory, at least one page
  ...section(7, [2, 1, 0x6d, 2, 0, 1, 0x68, 0, 0]), // exports "m" (memory) and "h" (the function)
  ...section(10, [1, ...uleb(body.length), ...body]),
]);

// The few WebAssembly names used here (the project's TypeScript libraries do not declare the namespace).
declare const WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object) => { exports: unknown } };
interface Exports {
  m: { buffer: ArrayBuffer; grow(pages: number): number };
  h: (length: number) => bigint;
}

let instance: Exports | undefined;

/** The module's memory, at least `size` bytes long, and its function. */
function wasm(size: number) {
  instance ??= new WebAssembly.Instance(new WebAssembly.Module(MODULE)).exports as Exports;
  const pages = Math.ceil(size / 65536) - instance.m.buffer.byteLength / 65536;
  if (pages > 0) instance.m.grow(pages);
  return instance;
}

const hex = (h: bigint) => BigInt.asUintN(64, h).toString(16).padStart(16, '0');

/** The checksum of `data`, as 16 hex digits. */
export function checksum(data: Uint8Array): string {
  const { m, h } = wasm(data.length);
  new Uint8Array(m.buffer, 0, data.length).set(data);
  return hex(h(data.length));
}

type Read = (into: Uint8Array, offset: number, length: number, position: number) => number;

/**
 * Reads up to `size` bytes of an open file from `position` into the checksum's memory and returns them (fewer at the
 * end of the file). The bytes are valid until the next call: the launcher reads the bundle and then the cache
 * through the same memory, so the second read touches no fresh page for the part the first one already did.
 */
export function readInto(read: Read, position: number, size: number): Uint8Array {
  const data = new Uint8Array(wasm(size).m.buffer, 0, size);
  let got = 0;
  while (got < size) {
    const n = read(data, got, size - got, position + got);
    if (n <= 0) break;
    got += n;
  }
  return data.subarray(0, got);
}

/** readInto, and the checksum of what it read (no second copy). */
export function readWithChecksum(read: Read, position: number, size: number): { data: Uint8Array; sum: string } {
  const data = readInto(read, position, size);
  return { data, sum: hex(wasm(data.length).h(data.length)) };
}

/** The same function in plain BigInt arithmetic: the specification the tests hold the WebAssembly to. */
export function checksumReference(data: Uint8Array): string {
  const rotl = (x: bigint, r: bigint) => ((x << r) | (x >> (64n - r))) & MASK;
  const step = (h: bigint, w: bigint) => (rotl(h ^ w, 29n) * P1) & MASK;
  let h = SEED ^ BigInt(data.length);
  const words = data.length & ~7;
  const view = new DataView(data.buffer, data.byteOffset, data.length);
  for (let i = 0; i < words; i += 8) h = step(h, view.getBigUint64(i, true));
  for (let i = words; i < data.length; i++) h = step(h, BigInt(data[i]!));
  h ^= h >> 32n;
  h = (h * P2) & MASK;
  h ^= h >> 29n;
  return h.toString(16).padStart(16, '0');
}
