/**
 * What killed builds and reused pids leave behind never blocks, and never blames the user: an interrupted set of
 * renames is finished by the next build, leftovers are cleared, and nothing outside the output folder is touched.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compile } from '../../src/compile.js';
import { check } from '../../src/emit/drift.js';
import { tempPathFor, writeAtomic, writeTemp } from '../../src/emit/fs-safe.js';
import { JOURNAL_FILE } from '../../src/emit/journal.js';
import { MANIFEST_FILE, manifestFor, manifestText, sha256 } from '../../src/emit/manifest.js';
import { ROOT, cleanup, cli, configDir } from '../helpers.js';

/** The CLI from source, in its own process (tsx loads the TypeScript). */
const CLI = ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli/bin.ts')];

const A = 'version: 1\noutput:\n  dir: out\nprometheus:\n  port: 9191\n';
const B = 'version: 1\noutput:\n  dir: out\nprometheus:\n  port: 9292\n  retention: 30d\n';

async function compiled(dir: string) {
  const c = await compile({ cwd: dir });
  return { artifacts: c.artifacts!, target: { outDir: c.outDir!, shownDir: 'out', source: c.model!.sourceName } };
}

/** Leaves `out/` as a build of B killed after `renamed` of its renames: temps and journal written, the rest not. */
async function killedBuildOfB(dir: string, renamed: number): Promise<void> {
  writeFileSync(path.join(dir, 'observability.config.yaml'), B);
  const { artifacts, target } = await compiled(dir);
  const changed = artifacts.filter((a) => readFileSync(path.join(target.outDir, a.path), 'utf8') !== a.content);
  assert.ok(changed.length >= 2, 'B changes several files');
  const manifest = manifestText(manifestFor(target.source, artifacts));
  const steps = [];
  // Each step with what its file held when planned, as a build writes it (`before`).
  const before = (file: string) => sha256(readFileSync(path.join(target.outDir, file)));
  for (const a of changed) steps.push({ file: a.path, temp: path.basename(await writeTemp(path.join(target.outDir, a.path), a.content, a.executable)), before: before(a.path) });
  steps.push({ file: MANIFEST_FILE, temp: path.basename(await writeTemp(path.join(target.outDir, MANIFEST_FILE), manifest, false)), before: before(MANIFEST_FILE) });
  await writeAtomic(path.join(target.outDir, JOURNAL_FILE), `${JSON.stringify({ manifest, steps, remove: [] })}\n`);
  for (const s of steps.slice(0, renamed)) await rename(path.join(target.outDir, s.temp), path.join(target.outDir, s.file));
}

test('a build killed between renames: check blames nobody, and rebuilding either config finishes a consistent set', async () => {
  // Killed after its first rename, or after its last one (every file current, only the journal left to remove).
  for (const [next, renamed] of [[A, 1], [B, 1], [B, Infinity]] as const) {
    const dir = configDir(A);
    try {
      assert.is((await cli(['build'], dir)).code, 0);
      await killedBuildOfB(dir, renamed);
      writeFileSync(path.join(dir, 'observability.config.yaml'), next);
      const { artifacts, target } = await compiled(dir);
      const drift = await check(artifacts, target);
      assert.not.ok(drift.some((d) => d.state === 'hand-edited'), `no false hand edit: ${JSON.stringify(drift.map((d) => [d.path, d.state]))}`);
      const r = await cli(['build'], dir);
      assert.is(r.code, 0, r.stderr);
      // What the stopped build still had to do is said, before what this one wrote.
      if (renamed === 1) assert.match(r.stdout, /^out: first finished the build that was stopped part-way: wrote \d+ files? \([^)]+\)\nout: wrote /m);
      else assert.not.match(r.stdout, /first finished/, 'nothing was left but the journal');
      assert.equal(await check(artifacts, target), [], 'the folder is exactly this config\'s output');
      assert.equal(readdirSync(target.outDir).filter((f) => f.endsWith('.tmp') || f === JOURNAL_FILE), [], 'no temp file or journal left');
    } finally {
      cleanup(dir);
    }
  }
});

test('a file edited after a build was killed is never replaced by the rest of that build; temp files cleaned away leave files stale, not edited', async () => {
  const dir = configDir(A);
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    await killedBuildOfB(dir, 1);
    const journal = JSON.parse(readFileSync(path.join(dir, 'out', JOURNAL_FILE), 'utf8')) as { steps: { file: string }[] };
    const waiting = journal.steps[1]!.file;
    // The user fixes something by hand before building again: the killed build's rename must not undo it.
    const edited = `${readFileSync(path.join(dir, 'out', waiting), 'utf8')}# kept by hand\n`;
    writeFileSync(path.join(dir, 'out', waiting), edited);
    const r = await cli(['build'], dir);
    assert.is(r.code, 1, r.stdout);
    assert.match(r.stderr, new RegExp(`OBS_HAND_EDITED[^\\n]*${waiting.replace('.', '\\.')}`));
    assert.is(readFileSync(path.join(dir, 'out', waiting), 'utf8'), edited, 'the edit is still there');
    assert.equal(readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.tmp') || f === JOURNAL_FILE), [], 'the killed build is over');
  } finally {
    cleanup(dir);
  }
  const swept = configDir(A);
  try {
    assert.is((await cli(['build'], swept)).code, 0);
    await killedBuildOfB(swept, 1);
    // A `git clean` or a tidy-up removes the temp files the killed build had not renamed yet.
    for (const f of readdirSync(path.join(swept, 'out')).filter((f) => f.endsWith('.tmp'))) rmSync(path.join(swept, 'out', f));
    const r = await cli(['build'], swept);
    assert.is(r.code, 0, r.stderr);
    assert.not.match(r.stderr, /OBS_HAND_EDITED/);
    const { artifacts, target } = await compiled(swept);
    assert.equal(await check(artifacts, target), [], 'the folder is exactly this config\'s output');
  } finally {
    cleanup(swept);
  }
});

test('a manifest that is unreadable or not JSON is named as the cause, once, instead of every file it listed', async () => {
  const dir = configDir(A);
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    writeFileSync(path.join(dir, 'observability.config.yaml'), B);
    const manifest = path.join(dir, 'out', MANIFEST_FILE);
    const kept = readFileSync(manifest, 'utf8');
    writeFileSync(manifest, '{garbage');
    const corrupt = await cli(['build'], dir);
    assert.is(corrupt.code, 2, corrupt.stdout);
    assert.match(corrupt.stderr, /^out\/\.obscompile-manifest\.json: error \[OBS_OUTPUT_UNSAFE\] out\/\.obscompile-manifest\.json is not a manifest obscompile wrote \(not its JSON\), so obscompile cannot tell the files it wrote from edits$/m);
    assert.match(corrupt.stderr, /git checkout -- out\/\.obscompile-manifest\.json/);
    assert.not.match(corrupt.stderr, /OBS_HAND_EDITED/, 'one finding, not one a file');
    assert.equal(readFileSync(manifest, 'utf8'), '{garbage', 'nothing written');
    if (process.getuid?.() !== 0) {
      // Root reads a file whatever its mode: only another user sees it unreadable.
      writeFileSync(manifest, kept);
      execFileSync('chmod', ['000', manifest]);
      const unreadable = await cli(['build'], dir);
      execFileSync('chmod', ['644', manifest]);
      assert.is(unreadable.code, 2);
      assert.match(unreadable.stderr, /\[OBS_IO\] cannot read out\/\.obscompile-manifest\.json: it is not accessible \(EACCES\)/);
    }
    // With every file still as obscompile wrote it, a broken manifest is simply written again.
    writeFileSync(path.join(dir, 'observability.config.yaml'), A);
    writeFileSync(manifest, '{garbage');
    const same = await cli(['build'], dir);
    assert.is(same.code, 0, same.stderr);
    assert.ok(JSON.parse(readFileSync(manifest, 'utf8')).artifacts, 'the manifest is whole again');
  } finally {
    cleanup(dir);
  }
});

test('a leftover temp file whose name this process would use, and a lock naming a live but unrelated pid, do not block a build; a user\'s file that only looks like a temp file is kept', async () => {
  const dir = configDir(A);
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    writeFileSync(path.join(dir, 'observability.config.yaml'), B);
    const out = path.join(dir, 'out');
    writeFileSync(tempPathFor(path.join(out, 'prometheus.yml')), 'left by a killed build with our pid\n');
    writeFileSync(path.join(out, '..obscompile-manifest.json.4242.obscompile.tmp'), 'left by another killed build\n');
    // A user's own file that only looks like a temp file of an artifact's is not obscompile's to remove.
    writeFileSync(path.join(out, '.prometheus.yml.2024.tmp'), 'my draft\n');
    // pid 1 is alive (init, or the container's entrypoint), but it is not the process that took this lock.
    writeFileSync(path.join(out, '.obscompile.lock'), '1 0\n');
    const r = await cli(['build'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.equal(readdirSync(out).filter((f) => f.endsWith('.tmp') || f.endsWith('.lock')), ['.prometheus.yml.2024.tmp']);
    assert.is(readFileSync(path.join(out, '.prometheus.yml.2024.tmp'), 'utf8'), 'my draft\n');
  } finally {
    cleanup(dir);
  }
});

test('a manifest entry under a symlinked folder never removes a file outside the output folder', async () => {
  const dir = configDir(A);
  const outside = configDir('');
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    const out = path.join(dir, 'out');
    const victim = path.join(outside, 'victim.txt');
    writeFileSync(victim, 'precious\n');
    symlinkSync(outside, path.join(out, 'linked'));
    const manifest = JSON.parse(readFileSync(path.join(out, MANIFEST_FILE), 'utf8'));
    manifest.artifacts['linked/victim.txt'] = { sha256: sha256('precious\n'), executable: false };
    manifest.artifacts['../escape.txt'] = { sha256: sha256('precious\n'), executable: false };
    writeFileSync(path.join(out, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    writeFileSync(path.join(dir, 'escape.txt'), 'precious\n');
    const r = await cli(['build', '--force'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.is(readFileSync(victim, 'utf8'), 'precious\n');
    assert.is(readFileSync(path.join(dir, 'escape.txt'), 'utf8'), 'precious\n');
  } finally {
    cleanup(dir);
    cleanup(outside);
  }
});

test('an output path that is a file: a positioned I/O error through the formatter, also as JSON; schema --out a folder leaves no temp', async () => {
  const dir = configDir(A);
  try {
    writeFileSync(path.join(dir, 'out'), 'a file, not a folder\n');
    const text = await cli(['build'], dir);
    assert.is(text.code, 2);
    // At the config's output.dir, the value to change, naming the file in the way.
    assert.match(text.stderr, /^observability\.config\.yaml:3:8: error \[OBS_IO\] cannot write out: it has a file where a folder should be/m);
    // With --out it is said of the folder, not of the config.
    assert.match((await cli(['build', '--out', 'out'], dir)).stderr, /^out: error \[OBS_IO\] cannot write out:/m);
    assert.match(text.stderr, /hint: nothing was changed; a file stands where a folder should be: move it, or give the build another output folder/);
    // The config's warnings and the write's error under one count.
    writeFileSync(path.join(dir, 'observability.config.yaml'), `${A}alertmanager:\n  enabled: true\n  receivers: [{ name: a, webhook: { url: 'https://hooks.example.com/a' } }, { name: b, webhook: { url: 'https://hooks.example.com/b' } }]\n  route: { receiver: a }\n`);
    const both = await cli(['build'], dir);
    assert.match(both.stderr, /warning \[OBS_ALERTMANAGER_RECEIVER\][^]*error \[OBS_IO\]/);
    assert.equal(both.stderr.match(/^\d+ errors?, \d+ warnings?$/gm), ['1 error, 1 warning']);
    writeFileSync(path.join(dir, 'observability.config.yaml'), A);
    const json = await cli(['build', '--format', 'json'], dir);
    assert.is(json.code, 2);
    assert.not.match(json.stderr, /EEXIST|ENOTDIR/, 'no raw error text');
    // The file is named where it stands in the way, also below it and for check, not a path inside it.
    for (const args of [['build', '--out', 'out/sub'], ['check'], ['check', '--out', 'out/sub']]) {
      const r = await cli(args, dir);
      assert.is(r.code, 2, args.join(' '));
      assert.match(r.stderr, /error \[OBS_IO\] cannot (write|read) out: it has a file where a folder should be/, args.join(' '));
    }
    mkdirSync(path.join(dir, 'folder'));
    const before = readdirSync(dir).sort();
    const schema = await cli(['schema', '--out', 'folder'], dir);
    assert.is(schema.code, 2);
    assert.match(schema.stderr, /^folder: error \[OBS_OUTPUT_UNSAFE\] folder is a folder;/m);
    assert.equal(readdirSync(dir).sort(), before, 'no temp file left beside the folder');
    assert.equal(readdirSync(path.join(dir, 'folder')), []);
    rmSync(path.join(dir, 'folder'), { recursive: true });
  } finally {
    cleanup(dir);
  }
});

test('a commit that fails after replacing files says so, and the next build finishes the set', async () => {
  const dir = configDir(A);
  try {
    // The manifest's place is taken by a folder: every artifact is renamed into place, then the manifest cannot be.
    mkdirSync(path.join(dir, 'out', MANIFEST_FILE), { recursive: true });
    const r = await cli(['build'], dir);
    assert.is(r.code, 2);
    assert.match(r.stderr, /some files were already replaced; the next `obscompile build` finishes the set from \.obscompile-journal\.json/);
    assert.not.match(r.stderr, /nothing was changed/);
    assert.match(r.stderr, /cannot write out\/\.obscompile-manifest\.json: it is a folder \(EISDIR\)/, 'the file is named, not a temp file');
    assert.equal(readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.tmp')), [], 'no temp file is left: the journal carries the manifest');
    rmSync(path.join(dir, 'out', MANIFEST_FILE), { recursive: true });
    const again = await cli(['build'], dir);
    assert.is(again.code, 0, again.stderr);
    const { artifacts, target } = await compiled(dir);
    assert.equal(await check(artifacts, target), []);
    // A fleet's hint gives the command that builds the fleet.
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), 'version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n');
    mkdirSync(path.join(dir, 'fleet', 'gpu-a', MANIFEST_FILE), { recursive: true });
    const fleet = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(fleet.code, 2);
    assert.match(fleet.stderr, /^fleet\/gpu-a\/\.obscompile-manifest\.json: error \[OBS_IO\]/m, 'placed at the file');
    assert.match(fleet.stderr, /the next `obscompile build --fleet observability\.fleet\.yaml` finishes the set/);
  } finally {
    cleanup(dir);
  }
});

test('a config file name cannot close the catalog\'s HTML comment, or open another', async () => {
  for (const name of ['x--><img src=x onerror=alert(1)>.yaml', 'x--!><!--y.yaml']) {
    const dir = configDir('');
    try {
      writeFileSync(path.join(dir, name), A);
      const r = await cli(['build', '--config', name], dir);
      assert.is(r.code, 0, r.stderr);
      const first = readFileSync(path.join(dir, 'out', 'metrics_catalog.md'), 'utf8').split('\n')[0]!;
      assert.is(first.indexOf('-->'), first.length - 3, `the comment closes only at its end: ${first}`);
      assert.not.match(first, /--!>/, first);
      assert.is(first.lastIndexOf('<!--'), 0, `no comment opens inside it: ${first}`);
    } finally {
      cleanup(dir);
    }
  }
});

test('special files: a FIFO or a device as --config, and an output folder the kernel refuses, end at once with a clear error', () => {
  const dir = configDir(A);
  try {
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    const run = (args: string[]) => spawnSync(process.execPath, [...CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000 });
    for (const config of ['pipe.yaml', '/dev/zero']) {
      const r = run(['validate', '--config', config]);
      assert.is(r.status, 2, `${config}: ${r.stderr}`);
      assert.match(r.stderr, /is not a regular file/);
    }
    const proc = run(['build', '--out', '/proc/obscompile-test']);
    assert.is(proc.status, 2, proc.stderr);
    assert.match(proc.stderr, /error \[OBS_IO\] cannot write/);
  } finally {
    cleanup(dir);
  }
});

test.run();
