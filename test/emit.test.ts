/** Emit: all-or-nothing writes, idempotence, hand-edit protection, orphans, drift reports. */
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmdirSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compile } from '../src/compile.js';
import { sameText, write, type EmitTarget } from '../src/emit/emit.js';
import { check, firstDifference } from '../src/emit/drift.js';
import { tempPathFor, writeTemp } from '../src/emit/fs-safe.js';
import type { Artifact } from '../src/types.js';
import { cleanup, cli, configDir, snapshot, tempDir } from './helpers.js';

async function build(dir: string): Promise<{ artifacts: Artifact[]; target: EmitTarget }> {
  const c = await compile({ cwd: dir });
  assert.ok(c.artifacts, JSON.stringify(c.diagnostics));
  return { artifacts: c.artifacts, target: { outDir: c.outDir!, shownDir: 'out', source: c.model!.sourceName } };
}

const config = 'version: 1\noutput:\n  dir: out\n';

test('a file on disk is current exactly when its bytes are the UTF-8 of the rendered text, whatever the text (pieces, multi-byte and unpaired surrogates at their edges)', () => {
  // Generated texts longer than the comparison's pieces, of characters of one to four bytes and unpaired surrogates.
  const alphabet = ['a', '\n', '—', 'é', '\u{1F600}', '\ud800', '\udc00'];
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let round = 0; round < 300; round++) {
    const text = Array.from({ length: random(40_000) }, () => alphabet[random(alphabet.length)]).join('');
    const bytes = Buffer.from(text);
    assert.ok(sameText(bytes, text), `round ${round}: the same text`);
    assert.not.ok(sameText(bytes, `${text}a`), `round ${round}: one character more`);
    if (bytes.length === 0) continue;
    const changed = Buffer.from(bytes);
    changed[random(changed.length)]! ^= 1;
    assert.not.ok(sameText(changed, text), `round ${round}: one bit changed`);
  }
  const surrogates = '\ud800'.repeat(30_000);
  assert.ok(sameText(Buffer.from(surrogates), surrogates), 'a long run of unpaired surrogates');
});

test('scripts are written executable, data files not; a second write changes nothing', async () => {
  const dir = configDir(config);
  try {
    const { artifacts, target } = await build(dir);
    const first = await write(artifacts, target, { force: false, dryRun: false });
    assert.is(first.written.length, artifacts.length);
    assert.ok(statSync(path.join(target.outDir, 'init-run.sh')).mode & 0o100);
    assert.not.ok(statSync(path.join(target.outDir, 'prometheus.yml')).mode & 0o100);
    const mtimes = readdirSync(target.outDir).map((f) => statSync(path.join(target.outDir, f)).mtimeMs);
    const second = await write(artifacts, target, { force: false, dryRun: false });
    assert.equal(second.written, []);
    assert.is(second.unchanged.length, artifacts.length);
    assert.equal(readdirSync(target.outDir).map((f) => statSync(path.join(target.outDir, f)).mtimeMs), mtimes, 'no file was touched');
  } finally {
    cleanup(dir);
  }
});

test('a build told its inputs changed takes the lock at once; with nothing to change it still writes nothing and leaves nothing', async () => {
  const dir = configDir(config);
  try {
    const { artifacts, target } = await build(dir);
    await write(artifacts, target, { force: false, dryRun: false });
    const files = () => readdirSync(target.outDir).sort();
    const before = files();
    const mtimes = before.map((f) => statSync(path.join(target.outDir, f)).mtimeMs);
    const same = await write(artifacts, target, { force: false, dryRun: false, inputsChanged: true });
    assert.equal(same.written, []);
    assert.is(same.unchanged.length, artifacts.length);
    assert.equal(files(), before, 'no lock, journal or temp file left');
    assert.equal(before.map((f) => statSync(path.join(target.outDir, f)).mtimeMs), mtimes, 'no file was touched');
    writeFileSync(path.join(dir, 'observability.config.yaml'), `${config}prometheus:\n  retention: 30d\n`);
    const next = await build(dir);
    const changed = await write(next.artifacts, next.target, { force: false, dryRun: false, inputsChanged: true });
    assert.ok(changed.written.length > 0 && changed.written.length < artifacts.length, changed.written.join(', '));
    assert.equal(files(), before);
    assert.equal(await check(next.artifacts, next.target), [], 'the folder holds what the new config compiles to');
  } finally {
    cleanup(dir);
  }
});

test('a hand-edited artifact is refused without --force, and nothing at all is written', async () => {
  const dir = configDir(config);
  try {
    const { artifacts, target } = await build(dir);
    await write(artifacts, target, { force: false, dryRun: false });
    const edited = path.join(target.outDir, 'prometheus.yml');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}# my tweak\n`);
    writeFileSync(path.join(dir, 'observability.config.yaml'), `${config}prometheus:\n  retention: 30d\n`);
    const next = await build(dir);
    const before = snapshot(target.outDir);
    const refused = await write(next.artifacts, next.target, { force: false, dryRun: false });
    assert.equal(refused.diagnostics.map((d) => [d.code, d.file]), [['OBS_HAND_EDITED', 'out/prometheus.yml']]);
    assert.match(refused.diagnostics[0]!.hint!, /--force/);
    assert.equal(snapshot(target.outDir), before, 'the stale init-run.sh was not written either');
    const forced = await write(next.artifacts, next.target, { force: true, dryRun: false });
    assert.equal(forced.diagnostics, []);
    assert.not.match(readFileSync(edited, 'utf8'), /my tweak/);
    // The edit is not lost: --force kept the file as it was beside it, and says so.
    assert.equal(forced.replaced, [{ path: 'prometheus.yml', keptAs: 'prometheus.yml.bak', why: 'edited' }]);
    assert.match(readFileSync(`${edited}.bak`, 'utf8'), /# my tweak\n$/);
  } finally {
    cleanup(dir);
  }
});

test('a file obscompile never wrote is refused as such; --force keeps it (a second time under the next free name), --dry-run only names where', async () => {
  const dir = configDir(config);
  try {
    const { artifacts, target } = await build(dir);
    mkdirSync(target.outDir, { recursive: true });
    const mine = path.join(target.outDir, 'devcontainer.json');
    writeFileSync(mine, '{"mine": 1}\n');
    const refused = await write(artifacts, target, { force: false, dryRun: false });
    assert.equal(refused.diagnostics.map((d) => d.message), ['out/devcontainer.json exists and was not written by obscompile (the folder\'s .obscompile-manifest.json does not list it)']);
    assert.match(refused.diagnostics[0]!.hint!, /^move it out of out, or give obscompile a folder of its own .*--force replaces it, keeping this file as out\/devcontainer\.json\.bak$/);
    assert.equal(readdirSync(target.outDir), ['devcontainer.json'], 'nothing written');
    const dry = await write(artifacts, target, { force: true, dryRun: true });
    assert.equal(dry.replaced, [{ path: 'devcontainer.json', keptAs: 'devcontainer.json.bak', why: 'foreign' }]);
    assert.equal(readdirSync(target.outDir), ['devcontainer.json'], 'a dry run keeps nothing aside');
    writeFileSync(`${mine}.bak`, 'an older backup\n');
    // The refusal names the name --force would use now.
    assert.match((await write(artifacts, target, { force: false, dryRun: false })).diagnostics[0]!.hint!, /keeping this file as out\/devcontainer\.json\.bak\.2$/);
    const forced = await write(artifacts, target, { force: true, dryRun: false });
    assert.equal(forced.replaced, [{ path: 'devcontainer.json', keptAs: 'devcontainer.json.bak.2', why: 'foreign' }]);
    assert.is(readFileSync(`${mine}.bak.2`, 'utf8'), '{"mine": 1}\n');
    assert.is(readFileSync(`${mine}.bak`, 'utf8'), 'an older backup\n', 'an existing .bak is left alone');
    assert.match(readFileSync(mine, 'utf8'), /"dockerComposeFile"/);
  } finally {
    cleanup(dir);
  }
});

test('a disabled component removes its artifact only if obscompile wrote it unchanged; other files are never deleted', async () => {
  const dir = configDir(config);
  try {
    const { artifacts, target } = await build(dir);
    await write(artifacts, target, { force: false, dryRun: false });
    writeFileSync(path.join(target.outDir, 'notes.txt'), 'mine');
    writeFileSync(path.join(dir, 'observability.config.yaml'), `${config}modelServer:\n  enabled: false\n`);
    const next = await build(dir);
    const result = await write(next.artifacts, next.target, { force: false, dryRun: false });
    assert.equal(result.removed, ['dashboard-serving.json', 'launch-model.sh'], "the model server's launcher and dashboard go");
    assert.not.ok(existsSync(path.join(target.outDir, 'launch-model.sh')));
    assert.is(readFileSync(path.join(target.outDir, 'notes.txt'), 'utf8'), 'mine');
  } finally {
    cleanup(dir);
  }
});

test('a write failure midway leaves every previous artifact intact, no temp file behind, and names the cause', async () => {
  const dir = configDir(config);
  try {
    const { artifacts, target } = await build(dir);
    await write(artifacts, target, { force: false, dryRun: false });
    const before = snapshot(target.outDir);
    writeFileSync(path.join(dir, 'observability.config.yaml'), `${config}prometheus:\n  retention: 30d\n  port: 9191\n`);
    const next = await build(dir);
    // Something unwritable where the last temp file must go (works as root too, unlike permissions).
    const blocker = tempPathFor(path.join(target.outDir, 'devcontainer.json'));
    mkdirSync(blocker);
    const result = await write(next.artifacts, next.target, { force: false, dryRun: false });
    rmdirSync(blocker);
    assert.is(result.diagnostics[0]?.code, 'OBS_IO');
    assert.match(result.diagnostics[0]!.message, /cannot write .*devcontainer\.json.*EEXIST/);
    assert.equal(result.written, []);
    assert.equal(snapshot(target.outDir), before, 'every file is exactly as before, and no temp file is left');
  } finally {
    cleanup(dir);
  }
});

test('check reports missing, stale and hand-edited files with unified diffs', async () => {
  const dir = configDir(config);
  try {
    const { artifacts, target } = await build(dir);
    assert.equal((await check(artifacts, target)).map((d) => d.state), artifacts.map(() => 'missing'));
    await write(artifacts, target, { force: false, dryRun: false });
    assert.equal(await check(artifacts, target), []);
    const edited = path.join(target.outDir, 'docker-compose.yml');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('ipc: host', 'ipc: private'));
    writeFileSync(path.join(dir, 'observability.config.yaml'), `${config}prometheus:\n  retention: 30d\n`);
    const next = await build(dir);
    unlinkSync(path.join(target.outDir, 'devcontainer.json'));
    const drift = await check(next.artifacts, next.target);
    assert.equal(drift.map((d) => [d.path, d.state]), [['docker-compose.yml', 'hand-edited'], ['prometheus.yml', 'stale'], ['devcontainer.json', 'missing']]);
    assert.match(drift[0]!.diff, /^-    ipc: private$/m);
    assert.match(drift[1]!.diff, /^-      time: 15d$/m);
    assert.match(drift[1]!.diff, /^\+      time: 30d$/m);
  } finally {
    cleanup(dir);
  }
});


test('a temp file that fails part-way (a full disk) is removed, and the error names the file it was for', async () => {
  const dir = tempDir();
  try {
    const file = path.join(dir, 'prometheus.yml');
    // A flush that fails as a full disk would: an error about the descriptor, with no path of its own.
    const full = { written: async () => Promise.reject(Object.assign(new Error('no space left on device'), { code: 'ENOSPC', syscall: 'fsync' })), named: () => undefined, barrier: async () => undefined };
    const error = await writeTemp(file, 'text\n', false, undefined, full).then(() => undefined, (e: NodeJS.ErrnoException) => e);
    assert.is(error?.code, 'ENOSPC');
    assert.is(error?.path, file, 'named by the file it was writing');
    assert.equal(readdirSync(dir), [], 'no temp file left');
  } finally {
    cleanup(dir);
  }
});


test('drift is placed at the first line of the file on disk that differs; added lines at the last line there is', () => {
  const at = (was: string, now: string) => firstDifference(was, now).line;
  assert.is(at('a\nX\nc\n', 'a\nb\nc\n'), 2);
  assert.is(at('a\nb\nc\n', 'a\nb\n'), 3, 'removed lines: the first one removed');
  assert.is(at('a\nb\n', 'a\nb\nc\n'), 2, 'added lines: no line of the file differs, so its last');
  assert.is(at('a\nb', 'a\nbc'), 2);
  assert.is(at('', 'x\n'), 1);
  assert.equal(firstDifference('\n', '\nx\n'), { line: 1, offset: 0 });
  assert.equal(firstDifference('one\ntwo\n', 'one\nTWO\n'), { line: 2, offset: 4 });
});

test('a file a build replaces keeps the permissions its owner narrowed it to; executables stay executable', async () => {
  const dir = configDir('version: 1\noutput:\n  dir: out\n');
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    const mode = (f: string) => statSync(path.join(dir, 'out', f)).mode & 0o777;
    assert.is(mode('prometheus.yml'), 0o644);
    assert.is(mode('init-run.sh'), 0o755);
    chmodSync(path.join(dir, 'out', 'prometheus.yml'), 0o600);
    chmodSync(path.join(dir, 'out', 'init-run.sh'), 0o700);
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\noutput:\n  dir: out\nprometheus:\n  port: 9191\n');
    const r = await cli(['build'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, /prometheus\.yml/);
    assert.match(r.stdout, /init-run\.sh/);
    assert.is(mode('prometheus.yml'), 0o600, 'rewritten, still private');
    assert.is(mode('init-run.sh'), 0o700, 'rewritten, still executable and private');
  } finally {
    cleanup(dir);
  }
});

test.run();
