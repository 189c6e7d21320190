/**
 * `check` while a build writes the folder: a build that starts once check has begun reading (a watch rebuilding a newer
 * save of the config) renames a file and the manifest between check's reads. strace holds check after it has read
 * the manifest and before it opens the file, while the build runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, cleanup, cli, configDir } from '../helpers.js';
import { toolTest } from '../integration/tools.js';

const test = suite('check during a build');
const config = (retention: string) => `version: 1\noutput:\n  dir: out\nprometheus:\n  port: 9191\n  retention: ${retention}\n`;

toolTest(test, ['strace'], 'a build that renames files while check reads them is waited for, and check reads again: no false hand edit', async ({ strace }) => {
  const dir = configDir(config('15d'));
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    const cfg = path.join(dir, 'observability.config.yaml');
    // check compiles this config; the build will compile the next one.
    writeFileSync(cfg, config('16d'));
    const out = path.join(dir, 'out');
    const trace = path.join(dir, 'check.trace');
    // check's open of prometheus.yml (after the manifest's) waits 6 s.
    const child = spawn(strace!, ['-f', '-qq', '-o', trace, '-P', path.join(out, '.obscompile-manifest.json'), '-P', path.join(out, 'prometheus.yml'), '-e', 'trace=openat', '-e', `inject=openat:delay_enter=6000000:when=2`, process.execPath, '--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli/bin.ts'), 'check'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OBSCOMPILE_NO_BUILD_RECORD: '1' } });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    for (const end = Date.now() + 20_000; !(existsSync(trace) && readFileSync(trace, 'utf8').includes('.obscompile-manifest.json')); ) {
      assert.ok(Date.now() < end, 'check read the manifest');
      await new Promise((done) => setTimeout(done, 20));
    }
    // While check is held, a newer save is built: prometheus.yml and the manifest are replaced.
    writeFileSync(cfg, config('17d'));
    const built = await cli(['build'], dir);
    assert.is(built.code, 0, built.stdout + built.stderr);
    assert.is(await exited, 1, output);
    // What check compiled (16d) is not what is there now (17d, which the manifest lists): out of date, not edited.
    assert.not.match(output, /edited by hand/, output);
    assert.match(output, /out\/prometheus\.yml is stale/, output);
  } finally {
    cleanup(dir);
  }
});

test.run();
