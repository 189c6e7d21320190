/** The CLI's own output: written to the descriptors directly, handed to the stream when a pipe would block, ended quietly when the reader is gone. */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compile } from '../src/compile.js';
import { lineWriter } from '../src/cli/io.js';
import { ROOT, cleanup, configDir } from './helpers.js';

const errno = (code: string) => Object.assign(new Error(code), { code });
const noStream = (): never => {
  throw new Error('no stream expected');
};

test('lines go to the descriptor whole, even across partial writes', () => {
  const written: string[] = [];
  const write = lineWriter((bytes, offset) => {
    const n = Math.min(3, bytes.length - offset); // a descriptor that takes three bytes at a time
    written.push(bytes.subarray(offset, offset + n).toString());
    return n;
  }, noStream);
  write('valid');
  write('two\n');
  assert.is(written.join(''), 'valid\ntwo\n');
});

test('a descriptor that would block (EAGAIN) hands the rest to the stream, in order, from then on', () => {
  const direct: string[] = [];
  const streamed: string[] = [];
  let calls = 0;
  const write = lineWriter(
    (bytes, offset) => {
      if (++calls > 1) throw errno('EAGAIN');
      direct.push(bytes.subarray(offset, offset + 4).toString());
      return 4;
    },
    () => ({ write: (b: Buffer) => streamed.push(b.toString()) }),
  );
  write('first line');
  write('second');
  assert.is(direct.join('') + streamed.join(''), 'first line\nsecond\n');
  assert.equal(streamed, ['t line\n', 'second\n']);
});

test('a reader gone away (EPIPE) ends the output quietly; other errors are thrown', () => {
  const write = lineWriter(() => {
    throw errno('EPIPE');
  }, noStream);
  write('a');
  write('b');
  const broken = lineWriter(() => {
    throw errno('EIO');
  }, () => ({ write: () => undefined }));
  assert.throws(() => broken('x'), /EIO/);
});

test('`obscompile schema` into a pipe whose reader is gone: exit 0, nothing on stderr', async () => {
  const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/bin.cjs'), 'schema'], { env: { ...process.env, OBSCOMPILE_NO_COMPILE_CACHE: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.destroy(); // the reader is gone before the first write
    child.on('close', (code) => resolve({ code, stderr }));
  });
  assert.is(r.stderr, '');
  assert.is(r.code, 0);
});

test('output a non-blocking pipe holds back is all delivered before the process ends', async () => {
  const metrics = (i: number) => `[{ name: exporter_${i}_requests_total, type: counter, help: "Requests served by exporter ${i}.", labels: [route] }]`;
  const targets = Array.from({ length: 5000 }, (_, i) => `    - { job: exporter_${i}, targets: ["host${i}.internal:9100"], metrics: ${metrics(i)} }`).join('\n');
  const dir = configDir(`version: 1\nprometheus:\n  extraTargets:\n${targets}\n`);
  try {
    // Opening fd 1 as a Node pipe handle puts the pipe in non-blocking mode, as a parent sharing it may do.
    const preload = path.join(dir, 'nonblocking-stdout.cjs');
    writeFileSync(preload, "new (require('node:net').Socket)({ fd: 1, readable: false }).unref();\n");
    const expected = (await compile({ cwd: dir, maxConfigBytes: 8 << 20 })).artifacts!.find((a) => a.path === 'metrics_catalog.md')!.content;
    const args = ['--require', preload, path.join(ROOT, 'dist/cli/bin.cjs'), 'build', '--stdout', 'metrics_catalog.md', '--max-config-bytes', String(8 << 20)];
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, args, { cwd: dir });
      const chunks: Buffer[] = [];
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      // Nothing is read for a while: the pipe fills and the rest of the catalog has to wait in the process.
      child.stdout.pause();
      setTimeout(() => child.stdout.on('data', (c: Buffer) => chunks.push(c)).resume(), 500);
      child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks).toString('utf8'), stderr }));
    });
    assert.is(r.code, 0, r.stderr);
    assert.ok(expected.length > 1_000_000, `the catalog (${expected.length} bytes) is larger than a pipe holds`);
    assert.is(r.stdout.length, expected.length);
    assert.ok(r.stdout === expected, 'every byte arrives, in order');
  } finally {
    cleanup(dir);
  }
});

test.run();
