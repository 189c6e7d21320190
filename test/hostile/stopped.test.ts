/**
 * Ctrl-C during a build (src/cli/commands/interrupt.ts): before the first rename the build drops what it staged and
 * the output folder's files stay as they were, with no temp file, lock or journal left; the exit status says a
 * signal stopped it (130), and the next build writes everything.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, cli, cliProcess, configDir } from '../helpers.js';
import { buildCommand } from '../../src/cli/commands/build.js';
import { stopAsked, stoppable } from '../../src/cli/commands/interrupt.js';

/** Every entry below `dir` that is not a folder, as paths relative to it. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

test('Ctrl-C while a fleet is staged: no file is written, nothing is left behind, the status is 130, and the next build writes all', async () => {
  const base = 'version: 1\noutput: { dir: out }\nprometheus:\n  port: 9090\n';
  const hosts = Array.from({ length: 300 }, (_, i) => `  - { name: gpu-${i}, config: { prometheus: { port: ${20000 + i} } } }`).join('\n');
  const dir = configDir(base);
  writeFileSync(path.join(dir, 'observability.fleet.yaml'), `version: 1\nbase: observability.config.yaml\nhosts:\n${hosts}\n`);
  try {
    const { child, err, exited } = cliProcess(['build', '--fleet', 'observability.fleet.yaml'], dir, { OBSCOMPILE_NO_BUILD_RECORD: '1' });
    // Once the first host's temp files stand in its folder, the build is staging: Ctrl-C then.
    const fleet = path.join(dir, 'fleet');
    for (let i = 0; i < 3000 && !files(fleet).some((f) => f.endsWith('.tmp')); i++) await new Promise((r) => setTimeout(r, 10));
    assert.ok(files(fleet).some((f) => f.endsWith('.tmp')), 'the build was staging');
    child.kill('SIGINT');
    // A build that does not stop is killed after two minutes, and fails the test, rather than hanging it.
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const status = await exited;
    clearTimeout(timer);
    assert.is(status, 130, err());
    assert.match(err(), /Ctrl-C: stopping the build/);
    assert.match(err(), /stopped before writing: every file of the output folder is as it was/);
    assert.equal(files(fleet), [], 'no file, temp file, lock or journal');
    const again = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(again.code, 0, again.stderr);
    assert.is((await cli(['check', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
  } finally {
    cleanup(dir);
  }
});

test('a build whose signal came before it wrote writes nothing; stoppable turns the first Ctrl-C into status 130 and says so', async () => {
  const dir = configDir('version: 1\noutput: { dir: out }\n');
  try {
    mkdirSync(path.join(dir, 'out'));
    const controller = new AbortController();
    controller.abort();
    let err = '';
    const io = { cwd: dir, out: () => undefined, err: (t: string) => (err += `${t}\n`) };
    assert.is(await buildCommand({ format: 'text', dryRun: false, force: false, signal: controller.signal }, io), 0);
    assert.match(err, /stopped before writing/);
    assert.equal(readdirSync(path.join(dir, 'out')), [], 'nothing written');
    let said = '';
    const status = await stoppable({ cwd: dir, out: () => undefined, err: (t) => (said += t) }, async (signal) => {
      process.emit('SIGINT');
      return (await stopAsked(signal)) ? 0 : 1;
    });
    assert.is(status, 130);
    assert.match(said, /Ctrl-C: stopping the build where the output folder stays whole/);
    assert.is(process.listenerCount('SIGINT'), 0, 'the handler is removed once the build is over');
  } finally {
    cleanup(dir);
  }
});

test.run();
