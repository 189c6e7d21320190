/**
 * SHA-256 of the manifest's hashes, run as WebAssembly (src/sha256-module.ts; the bytes are generated): loading
 * node:crypto costs a build about 4 ms (it brings streams along), more than hashing the few files a build changes.
 * Past a budget of bytes in one run (a fleet's thousands of files) node:crypto's native code is faster, and
 * src/emit/manifest.ts switches to it. A test holds both to the same digests.
 */
import { SHA256_WASM } from '../generated/sha256-wasm.js';
import { H_AT, K_AT, MESSAGE_AT } from '../sha256-module.js';
import { instantiate, reserve, type WasmMemory } from '../wasm.js';

interface Exports {
  m: WasmMemory;
  c: (blocks: number) => void;
}

/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes (K), and of the square roots of the first 8 (the initial state). */
function constants(): { k: Int32Array; h0: Int32Array } {
  const primes: number[] = [];
  for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  const fraction = (x: number) => ((x - Math.floor(x)) * 2 ** 32) | 0;
  return { k: Int32Array.from(primes, (p) => fraction(Math.cbrt(p))), h0: Int32Array.from(primes.slice(0, 8), (p) => fraction(Math.sqrt(p))) };
}

let module: { exports: Exports; h0: Int32Array } | undefined;

function instance(): { exports: Exports; h0: Int32Array } {
  if (module) return module;
  const exports = instantiate<Exports>(SHA256_WASM);
  const { k, h0 } = constants();
  new Int32Array(exports.m.buffer, K_AT, 64).set(k);
  return (module = { exports, h0 });
}

/** Hex SHA-256 of `data`. */
export function sha256Wasm(data: Uint8Array): string {
  const { exports, h0 } = instance();
  // The message, a 0x80 byte, zeros, and its length in bits (64 bits, big-endian): whole 64-byte blocks.
  const padded = Math.ceil((data.length + 9) / 64) * 64;
  reserve(exports.m, MESSAGE_AT + padded);
  const memory = new Uint8Array(exports.m.buffer);
  memory.set(data, MESSAGE_AT);
  memory.fill(0, MESSAGE_AT + data.length, MESSAGE_AT + padded);
  memory[MESSAGE_AT + data.length] = 0x80;
  const view = new DataView(exports.m.buffer);
  view.setUint32(MESSAGE_AT + padded - 8, Math.floor(data.length / 2 ** 29));
  view.setUint32(MESSAGE_AT + padded - 4, (data.length * 8) >>> 0);
  const state = new Int32Array(exports.m.buffer, H_AT, 8);
  state.set(h0);
  exports.c(padded / 64);
  let hex = '';
  for (const word of state) hex += (word >>> 0).toString(16).padStart(8, '0');
  return hex;
}
