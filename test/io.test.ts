/** The CLI's own output: written to the descriptors directly, handed to the stream when a pipe would block, ended quietly when the reader is gone. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lineWriter } from '../src/cli/io.js';
import { ROOT } from './helpers.js';

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

test.run();
