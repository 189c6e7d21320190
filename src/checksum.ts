/**
 * A 64-bit checksum for the user's cache files: the launcher's code cache (it tells a damaged cache file from an
 * intact one before V8 sees it: V8 does not verify cached data in release builds) and the keys of build records
 * (src/emit/record.ts). Not a cryptographic hash: the cache and the inputs are the user's own files.
 * It runs as a few dozen bytes of WebAssembly (./checksum-module.ts describes them; the bytes are generated), because
 * at start-up that is the cheapest fast loop available: loading node:crypto costs more than the whole check, and a
 * JavaScript loop is still interpreted on its first (only) run.
 */
import { CHECKSUM_WASM } from './generated/checksum-wasm.js';
import { instantiate, reserve, type WasmMemory } from './wasm.js';

interface Exports {
  m: WasmMemory;
  h: (length: number) => bigint;
}

let instance: Exports | undefined;

/** The module's memory, at least `size` bytes long, and its function. */
function wasm(size: number) {
  instance ??= instantiate<Exports>(CHECKSUM_WASM);
  reserve(instance.m, size);
  return instance;
}

const hex = (h: bigint) => BigInt.asUintN(64, h).toString(16).padStart(16, '0');

/** The checksum of `data`, as 16 hex digits. */
export function checksum(data: Uint8Array): string {
  const { m, h } = wasm(data.length);
  new Uint8Array(m.buffer, 0, data.length).set(data);
  return hex(h(data.length));
}

/** The checksum of `text`'s UTF-8, encoded straight into the module's memory (no copy of its bytes in between). */
export function checksumText(text: string): { length: number; sum: string } {
  const { m, h } = wasm(text.length * 3);
  const length = Buffer.from(m.buffer).write(text);
  return { length, sum: hex(h(length)) };
}

/** A text's digest as the user's cache files record it: the length of its UTF-8 and their checksum. */
export function textDigest(text: string): string {
  const { length, sum } = checksumText(text);
  return `${length}:${sum}`;
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
