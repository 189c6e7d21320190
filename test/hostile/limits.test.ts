/**
 * A file size limit (`ulimit -f`, which makes a write fail part-way with EFBIG, as a full disk does): `init` leaves
 * no half-written config or schema copy, names the file it could not write, and works once the limit is gone; the
 * launcher leaves no part of a code cache, and clears a temp file a killed run left.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, cleanup, tempDir } from '../helpers.js';

const bin = path.join(ROOT, 'dist/cli/bin.cjs');

/** The shipped CLI in `cwd` under a file size limit of `kb` KiB (none when undefined), with its own cache folder. */
function limited(kb: number | undefined, args: string[], cwd: string, cache: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: cache };
  delete env.OBSCOMPILE_NO_COMPILE_CACHE;
  const limit = kb === undefined ? '' : `ulimit -f ${kb}; `;
  const r = spawnSync('bash', ['-c', `${limit}exec "$0" "$@"`, process.execPath, bin, ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr };
}

/** Every file below `dir`, relative to it. */
const files = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort() : []);

test('init under a file size limit leaves no part of a file, names the one it could not write, and works once the limit is gone', () => {
  const work = tempDir('obscompile-limits-');
  try {
    const project = path.join(work, 'p');
    const cache = path.join(work, 'cache');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), '{}\n');
    // 1 KiB: the config does not fit; 50 KiB: the config does, the 100 KB schema copy does not.
    for (const [kb, named] of [[1, 'observability.config.yaml'], [50, '.devcontainer/observability/observability.schema.json']] as const) {
      const r = limited(kb, ['init'], project, cache);
      assert.is(r.code, 2, r.stderr);
      assert.ok(r.stderr.includes(`cannot write ${named}: it would be larger than this process may write`), r.stderr);
      assert.equal(files(project), ['package.json'], `${kb} KiB: no file left, whole or in part`);
      assert.equal(files(path.join(cache, 'obscompile', 'v8')), [], `${kb} KiB: no part of a code cache`);
    }
    const r = limited(undefined, ['init'], project, cache);
    assert.is(r.code, 0, r.stderr);
    assert.equal(files(project), ['.devcontainer/observability/observability.schema.json', 'observability.config.yaml', 'package.json']);
  } finally {
    cleanup(work);
  }
});

test("the launcher clears a code cache's temp file a killed run left, once it is a minute old, and leaves a newer one", () => {
  const work = tempDir('obscompile-limits-');
  try {
    const v8 = path.join(work, 'cache', 'obscompile', 'v8');
    mkdirSync(v8, { recursive: true });
    const old = path.join(v8, 'validate-000000000000-0000000000000000.bin.1.1.tmp');
    const fresh = path.join(v8, 'validate-000000000000-0000000000000000.bin.2.2.tmp');
    writeFileSync(old, 'part of a cache');
    writeFileSync(fresh, 'being written');
    utimesSync(old, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    const r = limited(undefined, ['validate', '--config', path.join(ROOT, 'examples/sglang-dev/observability.config.yaml')], work, path.join(work, 'cache'));
    assert.is(r.code, 0, r.stderr);
    assert.not.ok(existsSync(old), 'the old temp file is gone');
    assert.ok(existsSync(fresh), 'a temp file another run may be writing stays');
    assert.ok(files(v8).some((f) => f.endsWith('.bin')), 'the cache was written');
  } finally {
    cleanup(work);
  }
});

test.run();
