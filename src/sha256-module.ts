/**
 * SHA-256's compression function (FIPS 180-4, 6.2.2) as a WebAssembly module, for the manifest's hashes
 * (src/emit/sha256.ts). `npm run generate` writes its bytes into src/generated/sha256-wasm.js. A test holds the
 * digests to node:crypto's.
 *
 * Memory: the round constants K at 0 (64 words), the hash state H at 256 (8 words), the message schedule W at 288
 * (64 words), and the padded message from 1024, whole 64-byte blocks. The export "c" (blocks: i32) runs the
 * compression over that many blocks and leaves the state in H. Words are kept as they are read (little-endian)
 * except the message's, which are big-endian and swapped on load. Only 32-bit rotations: V8's baseline compiler has
 * them as instructions.
 *
 * A run reads only the layout constants (src/emit/sha256.ts): everything else is built inside sha256Module(), so the
 * bundle leaves the assembler out and no run assembles anything.
 */
import { HEADER, section, sleb, uleb } from './wasm.js';

// Opcodes (WebAssembly core spec, binary format).
const GET = 0x20, SET = 0x21, CONST = 0x41, BLOCK = 0x02, LOOP = 0x03, END = 0x0b, BR = 0x0c, BR_IF = 0x0d, VOID = 0x40;
const LOAD = 0x28, STORE = 0x36, EQZ = 0x45, LT_U = 0x49, ADD = 0x6a, SUB = 0x6b, AND = 0x71, OR = 0x72, XOR = 0x73, SHR_U = 0x76, ROTL = 0x77, ROTR = 0x78;

export const K_AT = 0, H_AT = 256, W_AT = 288, MESSAGE_AT = 1024;

// Locals: 0 = blocks (the parameter), then the working variables, the round counter, the block's address, two temporaries.
const [BLOCKS, A, B, C, D, E, F, G, H, T, P, T1, T2] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

const get = (local: number) => [GET, local];
const set = (local: number) => [SET, local];
const i32 = (value: number) => [CONST, ...sleb(value)];
/** `i32.load` / `i32.store` with a constant offset (alignment 4). */
const load = (offset: number) => [LOAD, 2, ...uleb(offset)];
const store = (offset: number) => [STORE, 2, ...uleb(offset)];
/** The address of word `index` of a table at `base`, index from a local: local * 4 (the table's base is the access's offset). */
const wordAddress = (local: number, minus = 0) => [...get(local), ...i32(4), 0x6c /* i32.mul */, ...(minus ? [...i32(4 * minus), SUB] : [])];
/** rotr(x, a) ^ rotr(x, b) ^ (rotr(x, c) or x >>> c), x the value on the stack's top pushed by `push`. */
const sigma = (push: number[], a: number, b: number, c: number, shift: boolean) => [...push, ...i32(a), ROTR, ...push, ...i32(b), ROTR, XOR, ...push, ...i32(c), shift ? SHR_U : ROTR, XOR];
/** The big-endian word at the address on the stack: bytes swapped with two rotations and two masks. */
const swapped = (push: number[]) => [...push, ...i32(8), ROTL, ...i32(0x00ff00ff), AND, ...push, ...i32(8), ROTR, ...i32(0xff00ff00 | 0), AND, OR];

/** `for (local = from; local < to; local++) body` */
const countedLoop = (local: number, from: number, to: number, body: number[]) => [
  ...i32(from), ...set(local),
  BLOCK, VOID, LOOP, VOID,
  ...get(local), ...i32(to), LT_U, EQZ, BR_IF, 1,
  ...body,
  ...get(local), ...i32(1), ADD, ...set(local),
  BR, 0, END, END,
];

/** W[t] for t < 16: the block's words, big-endian. */
const scheduleLoad = () => countedLoop(T, 0, 16, [
  ...wordAddress(T),
  ...swapped([...get(P), ...wordAddress(T), ADD, ...load(0)]),
  ...store(W_AT),
]);

/** W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16] for 16 ≤ t < 64. */
const scheduleExtend = () => countedLoop(T, 16, 64, [
  ...wordAddress(T),
  ...sigma([...wordAddress(T, 2), ...load(W_AT)], 17, 19, 10, true),
  ...wordAddress(T, 7), ...load(W_AT), ADD,
  ...sigma([...wordAddress(T, 15), ...load(W_AT)], 7, 18, 3, true), ADD,
  ...wordAddress(T, 16), ...load(W_AT), ADD,
  ...store(W_AT),
]);

/** The 64 rounds over A..H. */
const rounds = () => countedLoop(T, 0, 64, [
  // T1 = h + Σ1(e) + Ch(e, f, g) + K[t] + W[t]; Ch = g ^ (e & (f ^ g)).
  ...get(H),
  ...sigma(get(E), 6, 11, 25, false), ADD,
  ...get(G), ...get(E), ...get(F), ...get(G), XOR, AND, XOR, ADD,
  ...wordAddress(T), ...load(K_AT), ADD,
  ...wordAddress(T), ...load(W_AT), ADD,
  ...set(T1),
  // T2 = Σ0(a) + Maj(a, b, c); Maj = (a & b) | (c & (a | b)).
  ...sigma(get(A), 2, 13, 22, false),
  ...get(A), ...get(B), AND, ...get(C), ...get(A), ...get(B), OR, AND, OR, ADD,
  ...set(T2),
  ...get(G), ...set(H),
  ...get(F), ...set(G),
  ...get(E), ...set(F),
  ...get(D), ...get(T1), ADD, ...set(E),
  ...get(C), ...set(D),
  ...get(B), ...set(C),
  ...get(A), ...set(B),
  ...get(T1), ...get(T2), ADD, ...set(A),
]);

const WORKING = [A, B, C, D, E, F, G, H];

/** The module: exports "m" (its memory, at least one page) and "c" ((blocks: i32) -> (), the compression). */
export function sha256Module(): Uint8Array {
  const body = [
    1, 12, 0x7f, // locals: twelve i32
    ...i32(MESSAGE_AT), ...set(P),
    BLOCK, VOID, LOOP, VOID,
    ...get(BLOCKS), EQZ, BR_IF, 1,
    ...scheduleLoad(),
    ...scheduleExtend(),
    ...WORKING.flatMap((local, i) => [...i32(0), ...load(H_AT + 4 * i), ...set(local)]),
    ...rounds(),
    ...WORKING.flatMap((local, i) => [...i32(0), ...i32(0), ...load(H_AT + 4 * i), ...get(local), ADD, ...store(H_AT + 4 * i)]),
    ...get(P), ...i32(64), ADD, ...set(P),
    ...get(BLOCKS), ...i32(1), SUB, ...set(BLOCKS),
    BR, 0, END, END,
    END,
  ];
  return new Uint8Array([
    ...HEADER,
    ...section(1, [1, 0x60, 1, 0x7f, 0]), // one type: (i32) -> ()
    ...section(3, [1, 0]), // one function, of that type
    ...section(5, [1, 0, 1]), // one memory, at least one page
    ...section(7, [2, 1, 0x6d, 2, 0, 1, 0x63, 0, 0]), // exports "m" (memory) and "c" (the function)
    ...section(10, [1, ...uleb(body.length), ...body]),
  ]);
}
