/**
 * The launcher's cache checksum (./checksum.ts) as a WebAssembly module, and the same function in plain BigInt
 * arithmetic, the specification the tests hold the module to. `npm run generate` writes the module's bytes into
 * src/generated/checksum-wasm.js, so a run does not assemble them (building them here takes longer than compiling them).
 *
 * For every 8-byte little-endian word w, then every remaining byte: h = (h ^ w) * P1, h ^= h >> 29; then a final mix.
 * Each step is a bijection of h and of w, so one damaged word always changes the result. No rotation: V8's baseline
 * WebAssembly compiler calls out to C for a 64-bit rotate, which made the first pass over a cache several times slower.
 */
import { HEADER, section, sleb, uleb } from './wasm.js';

const SEED = 0x27d4eb2f165667c5n;
const P1 = 0x9e3779b97f4a7c15n;
const P2 = 0xbf58476d1ce4e5b9n;
const MASK = (1n << 64n) - 1n;

// Opcodes (WebAssembly core spec, binary format).
const GET = 0x20, SET = 0x21, TEE = 0x22, I32 = 0x41, I64 = 0x42, BLOCK = 0x02, LOOP = 0x03, END = 0x0b, BR = 0x0c, BR_IF = 0x0d;
const I32_GE_U = 0x4f, I32_AND = 0x71, I32_ADD = 0x6a, I64_XOR = 0x85, I64_MUL = 0x7e, I64_SHR_U = 0x88;
const I64_EXTEND_I32_U = 0xad, I64_LOAD = 0x29, I64_LOAD8_U = 0x31, VOID = 0x40;
// Locals: 0 = length (the parameter), 1 = i, 2 = end of the whole words, 3 = h.
const [LEN, I, END_WORDS, H] = [0, 1, 2, 3];

/** h = (h ^ (word at i)) * P1; h ^= h >> 29; i += step; until i reaches `limit`. */
const mixLoop = (load: number[], step: number, limit: number) => [
  BLOCK, VOID, LOOP, VOID,
  GET, I, GET, limit, I32_GE_U, BR_IF, 1,
  GET, H, GET, I, ...load, I64_XOR, I64, ...sleb(P1), I64_MUL, TEE, H, GET, H, I64, 29, I64_SHR_U, I64_XOR, SET, H,
  GET, I, I32, step, I32_ADD, SET, I,
  BR, 0, END, END,
];

/** The module: exports "m" (its memory, at least one page) and "h" ((length: i32) -> i64, the checksum of m[0, length)). */
export function checksumModule(): Uint8Array {
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
  return new Uint8Array([
    ...HEADER,
    ...section(1, [1, 0x60, 1, 0x7f, 1, 0x7e]), // one type: (i32) -> i64
    ...section(3, [1, 0]), // one function, of that type
    ...section(5, [1, 0, 1]), // one memory, at least one page
    ...section(7, [2, 1, 0x6d, 2, 0, 1, 0x68, 0, 0]), // exports "m" (memory) and "h" (the function)
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}

/** The same function in plain BigInt arithmetic: the specification the tests hold the WebAssembly to. */
export function checksumReference(data: Uint8Array): string {
  const step = (h: bigint, w: bigint) => {
    const m = ((h ^ w) * P1) & MASK;
    return m ^ (m >> 29n);
  };
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
