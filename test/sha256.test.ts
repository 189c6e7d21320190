/** The manifest's SHA-256: WebAssembly for the few files a build changes, node:crypto past a budget; the same digests. */
import { createHash } from 'node:crypto';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { sha256Wasm } from '../src/emit/sha256.js';
import { sha256 } from '../src/emit/manifest.js';

const native = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex');

/** Bytes of a given length from a small generator: the same every run. */
function bytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0, x = seed; i < length; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

test('the WebAssembly SHA-256 gives node:crypto\'s digest at every length around the padding edges and block counts', () => {
  // 55 and 56 bytes: the last length that pads into one block and the first that needs two; then across pages.
  const lengths = [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 65535, 65536, 65537, 200_000];
  for (const [i, n] of lengths.entries()) {
    const data = bytes(n, i + 1);
    assert.is(sha256Wasm(data), native(data), `${n} bytes`);
  }
  // The module's memory holds the previous message: a shorter one after a longer one must not see its tail.
  assert.is(sha256Wasm(bytes(10, 9)), native(bytes(10, 9)), 'after a longer message');
  assert.is(sha256Wasm(new TextEncoder().encode('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', 'FIPS 180-4 example "abc"');
});

test('the manifest hash gives the same digests before and after it moves to node:crypto, for texts and bytes', () => {
  // More than the WebAssembly budget in all: the first texts are hashed there, the rest natively.
  for (let i = 0; i < 40; i++) {
    const text = `line ${i} — ${'x'.repeat(i * 300)}\n`;
    assert.is(sha256(text), native(text), `text ${i}`);
    const data = Buffer.from(bytes(i * 500, i + 100));
    assert.is(sha256(data), native(data), `bytes ${i}`);
  }
});

test.run();
