/**
 * What others do to an output folder while a build runs, or leave in it by hand: a file edited between the build's
 * comparison and its rename, a signal while the temp files are flushed, a lock that cannot be removed, a manifest or
 * journal of the wrong shape, and a build record of the wrong shape in the cache folder. No one's edit is lost, and
 * what the build did is said as it is.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compile } from '../../src/compile.js';
import { commit, stage } from '../../src/emit/emit.js';
import { fileByFile } from '../../src/emit/durability.js';
import { JOURNAL_FILE } from '../../src/emit/journal.js';
import { LOCK_FILE } from '../../src/emit/lock.js';
import { MANIFEST_FILE } from '../../src/emit/manifest.js';
import { buildCommand } from '../../src/cli/commands/build.js';
import { cleanup, cli, configDir, snapshot } from '../helpers.js';

const A = 'version: 1\noutput:\n  dir: out\nprometheus:\n  port: 9191\n';
const B = 'version: 1\noutput:\n  dir: out\nprometheus:\n  port: 9292\n  retention: 30d\n';

/** A folder built from A, its config then changed to B, and B compiled. */
async function builtThenChanged() {
  const dir = configDir(A);
  assert.is((await cli(['build'], dir)).code, 0);
  writeFileSync(path.join(dir, 'observability.config.yaml'), B);
  const c = await compile({ cwd: dir });
  return { dir, out: path.join(dir, 'out'), artifacts: c.artifacts!, target: { outDir: c.outDir!, shownDir: 'out', source: c.model!.sourceName } };
}

/** The names in `out` that a build leaves only while it runs, or when it failed to clean up. */
const leftovers = (out: string) => readdirSync(out).filter((f) => f.endsWith('.tmp') || f === LOCK_FILE || f === JOURNAL_FILE);

test('a file edited after the build compared it and before its rename is left as edited, said so, and refused by the next build', async () => {
  const { dir, out, artifacts, target } = await builtThenChanged();
  try {
    const staged = await stage(artifacts, target, { force: false, dryRun: false });
    assert.ok(staged.result.written.includes('prometheus.yml'), 'B rewrites prometheus.yml');
    // Someone saves the file while the build flushes its temp files.
    const edited = `${readFileSync(path.join(out, 'prometheus.yml'), 'utf8')}# mine\n`;
    writeFileSync(path.join(out, 'prometheus.yml'), edited);
    await commit([staged], fileByFile());
    assert.is(readFileSync(path.join(out, 'prometheus.yml'), 'utf8'), edited, 'the edit is kept');
    assert.not.ok(staged.result.written.includes('prometheus.yml'), 'not reported as written');
    assert.ok(staged.result.written.length > 0, 'the other files are written');
    assert.ok(staged.result.diagnostics.some((d) => d.code === 'OBS_HAND_EDITED' && d.severity === 'error' && /out\/prometheus\.yml changed while the build ran/.test(d.message)), JSON.stringify(staged.result.diagnostics));
    assert.equal(leftovers(out), []);
    const next = await cli(['build'], dir);
    assert.is(next.code, 1, next.stderr);
    assert.match(next.stderr, /out\/prometheus\.yml was edited by hand since the last build/);
    assert.is(readFileSync(path.join(out, 'prometheus.yml'), 'utf8'), edited, 'still kept');
  } finally {
    cleanup(dir);
  }
});

/**
 * A build of `dir` (with --force when `force`) that is told to stop at its second look at the signal: after it
 * compiled and staged its files, before its first rename. Resolves to what it printed on standard error.
 */
async function stoppedAfterStaging(dir: string, force: boolean): Promise<string> {
  let looks = 0;
  const signal = { get aborted() { return ++looks > 1; } } as AbortSignal;
  let err = '';
  const io = { cwd: dir, out: () => undefined, err: (t: string) => (err += `${t}\n`) };
  assert.is(await buildCommand({ format: 'text', dryRun: false, force, signal }, io), 0);
  assert.ok(looks >= 2, 'looked after staging');
  return err;
}

test('a signal that comes while the temp files are written and flushed stops the build before its first rename', async () => {
  const { dir, out } = await builtThenChanged();
  try {
    const before = snapshot(out);
    assert.match(await stoppedAfterStaging(dir, false), /stopped before writing/);
    assert.equal(snapshot(out), before, 'every file as it was, no temp file, lock or journal');
  } finally {
    cleanup(dir);
  }
});

test('a signal before the first rename of a --force build takes back the .bak copies it kept: every file is as it was', async () => {
  const { dir, out } = await builtThenChanged();
  try {
    writeFileSync(path.join(out, 'prometheus.yml'), `${readFileSync(path.join(out, 'prometheus.yml'), 'utf8')}# mine\n`);
    const before = snapshot(out);
    assert.match(await stoppedAfterStaging(dir, true), /stopped before writing/);
    assert.equal(snapshot(out), before, 'no .bak copy, temp file, lock or journal');
  } finally {
    cleanup(dir);
  }
});

test('a lock the build cannot remove once its files are written is a warning that names it, not "nothing was changed"', async () => {
  const { dir, out, artifacts, target } = await builtThenChanged();
  try {
    const staged = await stage(artifacts, target, { force: false, dryRun: false });
    // The lock's name taken by a folder, which unlink refuses.
    rmSync(path.join(out, LOCK_FILE));
    mkdirSync(path.join(out, LOCK_FILE));
    await commit([staged], fileByFile());
    assert.ok(staged.result.written.length > 0, 'the files are written');
    const [warning, ...others] = staged.result.diagnostics;
    assert.equal(others, []);
    assert.is(warning?.severity, 'warning');
    assert.match(warning!.message, /the build ended but could not remove its lock out\/\.obscompile\.lock/);
    assert.not.match(`${warning!.message} ${warning!.hint}`, /nothing was changed/);
    rmSync(path.join(out, LOCK_FILE), { recursive: true });
    assert.is((await cli(['check'], dir)).code, 0, 'the output is current');
  } finally {
    cleanup(dir);
  }
});

test('a lock obscompile cannot read (a folder in its place) is said to be, not blamed on a build with pid 0', async () => {
  const { dir, out } = await builtThenChanged();
  try {
    mkdirSync(path.join(out, LOCK_FILE));
    const r = await cli(['build'], dir);
    assert.is(r.code, 2, r.stderr);
    assert.match(r.stderr, /^out\/\.obscompile\.lock: error \[OBS_LOCKED\] out\/\.obscompile\.lock is in the way of this build's lock, and is not a lock obscompile can read/m);
    assert.not.match(r.stderr, /pid 0/);
    rmSync(path.join(out, LOCK_FILE), { recursive: true });
    assert.is((await cli(['build'], dir)).code, 0);
  } finally {
    cleanup(dir);
  }
});

test('a manifest of the wrong shape is named as the cause (not a crash), and --force rebuilds past it', async () => {
  const { dir, out } = await builtThenChanged();
  try {
    for (const shape of ['{"artifacts":null}', '{"artifacts":[1]}', '{"artifacts":{"prometheus.yml":7}}', 'null']) {
      writeFileSync(path.join(out, MANIFEST_FILE), shape);
      const r = await cli(['build'], dir);
      assert.is(r.code, 2, `${shape}: ${r.stderr}`);
      assert.match(r.stderr, /\[OBS_OUTPUT_UNSAFE\] out\/\.obscompile-manifest\.json is not a manifest obscompile wrote/, shape);
      assert.not.match(r.stderr, /Cannot read properties/, shape);
      const c = await cli(['check'], dir);
      assert.not.match(c.stderr, /Cannot read properties|is not iterable/, shape);
    }
    const forced = await cli(['build', '--force'], dir);
    assert.is(forced.code, 0, forced.stderr);
    assert.is((await cli(['check'], dir)).code, 0);
  } finally {
    cleanup(dir);
  }
});

test('a journal whose manifest is not one is set aside: the good manifest is never replaced by it', async () => {
  const { dir, out } = await builtThenChanged();
  try {
    writeFileSync(path.join(out, JOURNAL_FILE), '{"manifest":"x","steps":[],"remove":[]}');
    const r = await cli(['build'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.ok(JSON.parse(readFileSync(path.join(out, MANIFEST_FILE), 'utf8')).artifacts, 'a manifest, not "x"');
    assert.not.ok(existsSync(path.join(out, JOURNAL_FILE)), 'the journal is gone once the build wrote');
    assert.is((await cli(['check'], dir)).code, 0);
  } finally {
    cleanup(dir);
  }
});

test('a build record of the wrong shape is no record: the build compiles, and prints no garbage', async () => {
  const dir = configDir(A);
  const cache = path.join(dir, 'cache');
  try {
    assert.is((await cli(['build'], dir, cache)).code, 0);
    const records = path.join(cache, 'obscompile', 'records');
    const file = path.join(records, readdirSync(records).find((f) => f.startsWith('build-'))!);
    const good = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    for (const damage of [{ lines: null }, { diagnostics: [{ x: 1 }] }, { folders: [{ dir: out(dir), list: 9 }] }, { result: null }]) {
      writeFileSync(file, JSON.stringify({ ...good, ...damage }));
      const r = await cli(['build', '--format', 'json'], dir, cache);
      assert.is(r.code, 0, `${JSON.stringify(damage)}: ${r.stderr}`);
      const doc = JSON.parse(r.stdout) as { result: { recorded?: boolean }; diagnostics: unknown[] };
      assert.is(doc.result.recorded, undefined, `${JSON.stringify(damage)}: compiled, not replayed`);
      assert.equal(doc.diagnostics, []);
      assert.not.match(r.stderr, /undefined|is not iterable/);
    }
  } finally {
    cleanup(dir);
  }
});

test("the temp file a killed `docs --inject` left beside the README goes at the next one; a running process's stays", async () => {
  const dir = configDir(A);
  try {
    writeFileSync(path.join(dir, 'README.md'), '# x\n\n<!-- obscompile:begin components -->\n<!-- obscompile:end components -->\n');
    // A pid no process has any more: a child that has exited.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    const dead = path.join(dir, `.README.md.${gone}.obscompile.tmp`);
    const running = path.join(dir, `.README.md.${process.ppid}.obscompile.tmp`);
    writeFileSync(dead, 'half a README');
    writeFileSync(running, 'being written');
    const r = await cli(['docs', '--inject', 'README.md'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.not.ok(existsSync(dead), 'the dead run\'s temp file is gone');
    assert.ok(existsSync(running), "a running process's stays");
  } finally {
    cleanup(dir);
  }
});

test('an output folder the build cannot write into is named, not the lock file it tried to make there', async () => {
  // Root writes into any folder: only another user sees the refusal.
  if (process.getuid?.() === 0) return;
  const dir = configDir(A);
  const ro = path.join(dir, 'ro');
  try {
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    const r = await cli(['build', '--out', 'ro'], dir);
    assert.is(r.code, 2, r.stderr);
    assert.match(r.stderr, /^ro: error \[OBS_IO\] cannot write ro: it is not accessible \(EACCES\)/m);
    assert.not.match(r.stderr, /obscompile\.lock\./);
  } finally {
    chmodSync(ro, 0o755);
    cleanup(dir);
  }
});

const out = (dir: string) => path.join(dir, 'out');

test.run();
