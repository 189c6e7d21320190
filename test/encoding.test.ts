/** A config that is not UTF-8 text is refused at the byte where it stops being so, never read as replacement characters. */
import { isUtf8 } from 'node:buffer';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { encodingDiagnostic } from '../src/discover/encoding.js';

/** The problem as the user sees it: where (byte offset, line, column), what and how to fix it. */
const encodingProblem = (bytes: Buffer, file: string) => {
  const d = encodingDiagnostic(bytes, file);
  return d && { at: d.range[0], line: d.line, column: d.column, message: d.message, hint: d.hint! };
};
import { analyze } from '../src/compile.js';
import { cleanup, cli, tempDir } from './helpers.js';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

test('UTF-8 text is accepted, with or without its byte-order mark, whatever its characters', () => {
  for (const text of ['version: 1\n', '\uFEFFversion: 1\n', '# Réglages — 監視 🚀\nversion: 1\n', '']) assert.is(encodingProblem(utf8(text), 'c.yaml'), undefined, JSON.stringify(text));
});

test('a Latin-1 byte is placed at its line and its column in characters, after multi-byte characters', () => {
  const bytes = Buffer.concat([utf8('version: 1\n# 監視 '), Buffer.from([0xe9]), utf8('\n')]);
  const p = encodingProblem(bytes, 'c.yaml')!;
  assert.equal([p.line, p.column, p.at], [2, 6, bytes.indexOf(0xe9)]);
  assert.match(p.message, /byte 0xE9 is not UTF-8/);
  assert.match(p.hint, /iconv -f LATIN1 -t UTF-8 c\.yaml > c\.yaml\.utf8/);
});

test('UTF-16 and UTF-32 are named from their byte-order marks; UTF-16 without one by its first NUL byte', () => {
  const le16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('version: 1\n', 'utf16le')]);
  assert.match(encodingProblem(le16, 'c.yaml')!.message, /UTF-16 \(little-endian\)/);
  const be16 = Buffer.from(le16);
  be16.swap16();
  assert.match(encodingProblem(be16, 'c.yaml')!.message, /UTF-16 \(big-endian\)/);
  const le32 = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from('v\0\0\0')]);
  assert.match(encodingProblem(le32, 'c.yaml')!.message, /UTF-32 \(little-endian\)/);
  const bare = encodingProblem(Buffer.from('version: 1\n', 'utf16le'), 'c.yaml')!;
  assert.equal([bare.line, bare.column], [1, 2]);
  assert.match(bare.message, /NUL byte/);
  assert.match(bare.hint, /iconv -f UTF-16LE/);
});

test('overlong forms, surrogates, code points past U+10FFFF and cut sequences are refused where they start', () => {
  for (const bad of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe2, 0x82], [0x80]]) {
    const bytes = Buffer.concat([utf8('a: é'), Buffer.from(bad)]);
    assert.is(encodingProblem(bytes, 'c.yaml')?.at, 5, bad.map((b) => b.toString(16)).join(' '));
  }
});

test('on random bytes, the check agrees with Node\'s UTF-8 validator and everything before the reported byte is UTF-8', () => {
  // A small alphabet of the bytes whose neighbours decide validity: lead bytes at the edges of their ranges,
  // continuation bytes at the edges of the narrowed second-byte ranges, ASCII, NUL and bytes never valid.
  const alphabet = [0x41, 0x0a, 0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) % alphabet.length;
  for (let n = 0; n < 20_000; n++) {
    const bytes = Buffer.from(Array.from({ length: 1 + (n % 9) }, () => alphabet[next()]!));
    const p = encodingProblem(bytes, 'c.yaml');
    const valid = isUtf8(bytes) && !bytes.includes(0);
    assert.is(p === undefined, valid, `${bytes.toString('hex')}: valid ${valid}, reported ${JSON.stringify(p)}`);
    if (p && p.at > 0 && !(bytes[0] === 0xff && bytes[1] === 0xfe)) assert.ok(isUtf8(bytes.subarray(0, p.at)), `${bytes.toString('hex')} before ${p.at}`);
  }
});

test('build refuses a UTF-16 config with the file and position, and writes nothing', async () => {
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'observability.config.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('version: 1\noutput:\n  dir: out\n', 'utf16le')]));
    const r = await cli(['build'], dir);
    assert.is(r.code, 1, r.stderr);
    assert.match(r.stderr, /^observability\.config\.yaml:1:1: error \[OBS_NOT_UTF8\] the file is UTF-16 \(little-endian\) text/m);
    assert.not.ok(existsSync(path.join(dir, 'out')), 'no output folder');
    const analysis = await analyze({ cwd: dir });
    assert.is(analysis.source, undefined, 'the text is never decoded');
  } finally {
    cleanup(dir);
  }
});

test.run();
