/**
 * The shipped executable (dist/cli/bin.cjs): it runs the bundle with no TypeScript at run time, writes a V8 code
 * cache on its first run, reuses it afterwards, and never lets a missing, damaged or unwritable cache change
 * what a command does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checksum, checksumText } from '../src/checksum.js';
import { checksumReference } from '../src/checksum-module.js';
import { cleanup, tempDir } from './helpers.js';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'dist/cli/bin.cjs');
const example = path.join(root, 'examples/sglang-dev/observability.config.yaml');
const work = tempDir('obscompile-launcher-');

test.after(() => cleanup(work));

function obscompile(args: string[], env: Record<string, string>) {
  const base = { ...process.env };
  delete base.OBSCOMPILE_NO_COMPILE_CACHE;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: work, env: { ...base, ...env }, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cacheFiles = (home: string) => {
  const dir = path.join(home, 'obscompile', 'v8');
  return existsSync(dir) ? readdirSync(dir).map((f) => path.join(dir, f)) : [];
};

test('the cache checksum (WebAssembly) is the function its BigInt specification describes, and sees one flipped bit', () => {
  for (const size of [0, 1, 7, 8, 9, 65535, 65536, 65537, 200_003]) {
    const data = randomBytes(size);
    assert.is(checksum(data), checksumReference(data), `${size} bytes`);
    if (size) {
      const flipped = Buffer.from(data);
      flipped[size >> 1] = flipped[size >> 1]! ^ 1;
      assert.is.not(checksum(flipped), checksum(data), `a flipped bit in ${size} bytes`);
    }
  }
});

test('a text\'s checksum is that of its UTF-8, however long and whatever its characters', () => {
  // After a long text, a short one: the module's memory still holds the first's bytes past the second's end.
  for (const text of ['x'.repeat(200_003), '', 'plain', 'métrique — 𝔾PU ✓', '\ud800 unpaired', '€'.repeat(70_000), 'tail']) {
    const bytes = Buffer.from(text);
    assert.equal(checksumText(text), { length: bytes.length, sum: checksum(bytes) }, JSON.stringify(text.slice(0, 20)));
  }
});

test('the bundle the launcher reads is ASCII (decoded as latin1), carries its build id and its module wrapper', () => {
  const bundle = readFileSync(path.join(root, 'dist/cli/obscompile.cjs'));
  assert.ok(bundle.every((b) => b < 0x80), 'ASCII only');
  assert.match(bundle.subarray(0, 100).toString('latin1'), /^\/\/obscompile-build:[0-9a-f]{16}\n\(function \(exports, require, module, __filename, __dirname\) \{/);
  assert.match(bundle.subarray(-4).toString('latin1'), /\n\}\)\n$/);
});

test('the first run writes a code cache for its command; the next run reads it and gives the same result', () => {
  const home = path.join(work, 'cache-a');
  const first = obscompile(['validate', '--config', example], { XDG_CACHE_HOME: home });
  assert.is(first.code, 0, first.stderr);
  assert.match(first.stdout, /valid/);
  const [file, ...rest] = cacheFiles(home);
  assert.ok(file && rest.length === 0, 'one cache file');
  assert.match(path.basename(file!), /^validate-[0-9a-f]{12}-[0-9a-f]{16}\.bin$/);
  const written = statSync(file!).mtimeMs;
  const second = obscompile(['validate', '--config', example], { XDG_CACHE_HOME: home });
  assert.equal(second, first);
  assert.is(statSync(file!).mtimeMs, written, 'an accepted cache is not rewritten');
});

test('a damaged cache is ignored and replaced', () => {
  const home = path.join(work, 'cache-b');
  const clean = obscompile(['check', '--config', example], { XDG_CACHE_HOME: home });
  assert.is(clean.code, 0, clean.stderr + clean.stdout);
  const [file] = cacheFiles(home);
  writeFileSync(file!, 'not a V8 code cache');
  const again = obscompile(['check', '--config', example], { XDG_CACHE_HOME: home });
  assert.equal(again, clean);
  assert.is.not(readFileSync(file!, 'utf8'), 'not a V8 code cache');
});

test('flipped bytes inside a valid cache never reach V8: the run is correct and the cache is rewritten', () => {
  const home = path.join(work, 'cache-flip');
  const clean = obscompile(['build', '--config', example, '--dry-run'], { XDG_CACHE_HOME: home });
  assert.is(clean.code, 0, clean.stderr);
  const [file] = cacheFiles(home);
  const original = readFileSync(file!);
  // Corrupt the middle of the V8 payload, and separately its header, the way a bad disk or a partial copy would.
  for (const offset of [Math.floor(original.length / 2), 40, original.length - 5]) {
    const damaged = Buffer.from(original);
    for (let i = 0; i < 64 && offset + i < damaged.length; i++) damaged[offset + i] = damaged[offset + i]! ^ 0xff;
    writeFileSync(file!, damaged);
    const r = obscompile(['build', '--config', example, '--dry-run'], { XDG_CACHE_HOME: home });
    assert.equal(r, clean, `damage at byte ${offset} changes nothing the user sees`);
    const now = readFileSync(file!);
    assert.is(now.subarray(0, 16).toString('latin1'), checksum(now.subarray(16)), 'the damaged cache was replaced by an intact one');
  }
});

test('a cache made by a run that stopped early is replaced by the first complete run\'s, which is then kept', () => {
  const home = path.join(work, 'cache-partial');
  assert.is(obscompile(['build', '--help'], { XDG_CACHE_HOME: home }).code, 0);
  const [partial, ...none] = cacheFiles(home);
  assert.ok(partial && none.length === 0, 'one cache file');
  assert.match(path.basename(partial!), /^build-[0-9a-f]{12}-[0-9a-f]{16}\.partial\.bin$/);
  const partialSize = statSync(partial!).size;
  const dry = obscompile(['build', '--config', example, '--dry-run'], { XDG_CACHE_HOME: home });
  assert.is(dry.code, 0, dry.stderr);
  const [complete, ...left] = cacheFiles(home);
  assert.ok(complete && left.length === 0, `the partial cache is gone: ${cacheFiles(home).join(', ')}`);
  assert.is(path.basename(complete!), path.basename(partial!).replace('.partial.bin', '.bin'));
  // It holds what the build compiled: the renderers, the checks, the writer.
  assert.ok(statSync(complete!).size > 2 * partialSize, `${statSync(complete!).size} bytes against ${partialSize}`);
  const written = statSync(complete!).mtimeMs;
  assert.is(obscompile(['build', '--help'], { XDG_CACHE_HOME: home }).code, 0);
  assert.equal(obscompile(['build', '--config', example, '--dry-run'], { XDG_CACHE_HOME: home }), dry);
  assert.equal(cacheFiles(home), [complete], 'still the one complete cache');
  assert.is(statSync(complete!).mtimeMs, written, 'a complete cache is not rewritten by a run that stops early, nor by another complete one');
});

test('a build replayed from its record compiles nothing, so it does not replace a partial cache', () => {
  const project = path.join(work, 'replay');
  mkdirSync(project, { recursive: true });
  copyFileSync(example, path.join(project, 'observability.config.yaml'));
  const built = path.join(work, 'cache-built');
  const run = (home: string, args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: project, env: { ...process.env, OBSCOMPILE_NO_COMPILE_CACHE: '', XDG_CACHE_HOME: home }, encoding: 'utf8' });
  assert.is(run(built, ['build']).status, 0);
  const home = path.join(work, 'cache-replay');
  assert.is(run(home, ['build', '--help']).status, 0);
  cpSync(path.join(built, 'obscompile', 'records'), path.join(home, 'obscompile', 'records'), { recursive: true });
  const replayed = run(home, ['build', '--format', 'json']);
  assert.is(replayed.status, 0, replayed.stderr);
  assert.is(JSON.parse(replayed.stdout).result.recorded, true, 'replayed from the record');
  assert.equal(cacheFiles(home).map((f) => path.basename(f).endsWith('.partial.bin')), [true]);
});

test('an installation whose schema file changed builds in full: its record is not replayed and the schema copy is current', () => {
  // The bundle knows its schema by its build id and the file's size and time; it no longer reads the schema to name itself.
  const pkg = path.join(work, 'schema-install');
  mkdirSync(pkg, { recursive: true });
  for (const part of ['dist', 'schema', 'package.json']) cpSync(path.join(root, part), path.join(pkg, part), { recursive: true });
  const project = path.join(work, 'schema-project');
  mkdirSync(project, { recursive: true });
  copyFileSync(example, path.join(project, 'observability.config.yaml'));
  const home = path.join(work, 'schema-cache');
  const build = () => spawnSync(process.execPath, [path.join(pkg, 'dist/cli/bin.cjs'), 'build', '--format', 'json'], { cwd: project, env: { ...process.env, XDG_CACHE_HOME: home }, encoding: 'utf8' });
  assert.is(build().status, 0);
  assert.is(JSON.parse(build().stdout).result.recorded, true, 'built again with nothing changed: replayed');
  const schema = path.join(pkg, 'schema/observability.schema.json');
  const edited = readFileSync(schema, 'utf8').replace('"$schema"', '"$comment": "edited in place",\n  "$schema"');
  assert.is.not(edited, readFileSync(schema, 'utf8'));
  writeFileSync(schema, edited);
  const after = build();
  assert.is(after.status, 0, after.stderr);
  assert.is(JSON.parse(after.stdout).result.recorded, undefined, 'compiled, not replayed');
  assert.is(readFileSync(path.join(project, 'out/observability.schema.json'), 'utf8'), edited, 'the output folder has the schema as it is now');
});

test('a relative XDG_CACHE_HOME or HOME never puts a cache in the project; two installations keep their own caches', () => {
  const project = path.join(work, 'project');
  execFileSync('mkdir', ['-p', project]);
  const r = spawnSync(process.execPath, [bin, 'validate', '--config', example], { cwd: project, env: { PATH: process.env.PATH!, XDG_CACHE_HOME: 'rel-cache', HOME: 'rel-home' }, encoding: 'utf8' });
  assert.is(r.status, 0, r.stderr);
  assert.equal(readdirSync(project), [], 'nothing written into the working folder');

  const home = path.join(work, 'cache-shared');
  const other = path.join(work, 'other-install');
  execFileSync('mkdir', ['-p', path.join(other, 'dist')]);
  execFileSync('cp', ['-r', path.join(root, 'dist/cli'), path.join(other, 'dist/')]);
  execFileSync('cp', [path.join(root, 'package.json'), other]);
  const run = (launcher: string) => spawnSync(process.execPath, [launcher, 'validate', '--config', example], { cwd: work, env: { ...process.env, XDG_CACHE_HOME: home, OBSCOMPILE_NO_COMPILE_CACHE: '' }, encoding: 'utf8' });
  assert.is(run(bin).status, 0);
  assert.is(run(path.join(other, 'dist/cli/bin.cjs')).status, 0);
  assert.is(cacheFiles(home).length, 2, 'one cache per installation, neither evicted by the other');
  // A cache of an installation unused for two months (a deleted checkout, say) is removed by the next write.
  const gone = path.join(home, 'obscompile', 'v8', 'validate-000000000000-0000000000000000.bin');
  writeFileSync(gone, 'old');
  const twoMonthsAgo = new Date(Date.now() - 60 * 24 * 3600 * 1000);
  utimesSync(gone, twoMonthsAgo, twoMonthsAgo);
  // Remove this installation's cache, so the next run writes one (and cleans up while it does).
  execFileSync('rm', ['-f', ...cacheFiles(home).filter((f) => f !== gone)]);
  assert.is(run(bin).status, 0);
  assert.not.ok(existsSync(gone), 'the month-old cache of another installation is gone');
});

test('an unwritable cache folder or OBSCOMPILE_NO_COMPILE_CACHE=1 only means no cache', () => {
  const notAFolder = path.join(work, 'plain-file');
  writeFileSync(notAFolder, '');
  const blocked = obscompile(['validate', '--config', example], { XDG_CACHE_HOME: notAFolder });
  assert.is(blocked.code, 0, blocked.stderr);
  assert.is(blocked.stderr, '');
  const home = path.join(work, 'cache-c');
  const off = obscompile(['validate', '--config', example], { XDG_CACHE_HOME: home, OBSCOMPILE_NO_COMPILE_CACHE: '1' });
  assert.is(off.code, 0, off.stderr);
  assert.equal(cacheFiles(home), []);
});

test('the libraries shipped as separate files load where a run needs them', () => {
  const project = path.join(work, 'chunks');
  const deep = path.join(project, 'deploy', 'gpu');
  execFileSync('mkdir', ['-p', deep]);
  writeFileSync(path.join(project, 'observability.config.yaml'), 'version: 1\noutput: { dir: out }\n');
  const env = { ...process.env, XDG_CACHE_HOME: path.join(work, 'cache-chunks') };
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8' });
  // The search upward: the config two folders up.
  const found = run(['validate'], deep);
  assert.is(found.status, 0, found.stderr);
  assert.match(found.stdout, /observability\.config\.yaml: valid/);
  // diff: a drifted file shows its unified diff.
  assert.is(run(['build'], project).status, 0);
  writeFileSync(path.join(project, 'out', 'prometheus.yml'), 'edited\n');
  const drift = run(['check'], project);
  assert.is(drift.status, 1);
  assert.match(drift.stdout, /^-edited$/m);
  // js-yaml: a label value with a space is a scalar the block writer leaves to it.
  writeFileSync(path.join(project, 'observability.config.yaml'), 'version: 1\noutput: { dir: out }\nprometheus:\n  extraTargets: [{ job: x, targets: ["h:1"], labels: { team: "ml infra" } }]\n');
  const labelled = run(['build', '--force'], project);
  assert.is(labelled.status, 0, labelled.stderr);
  assert.match(readFileSync(path.join(project, 'out', 'prometheus.yml'), 'utf8'), /^ {10}team: ml infra$/m);
  // ajv's compiler: a fleet file's own keys.
  writeFileSync(path.join(project, 'observability.fleet.yaml'), 'version: 1\nbase: observability.config.yaml\nhosts: [{ name: a, colour: red }]\n');
  const fleet = run(['validate', '--fleet', 'observability.fleet.yaml'], project);
  assert.is(fleet.status, 1);
  assert.match(fleet.stderr, /observability\.fleet\.yaml:3:\d+: error \[OBS_SCHEMA_UNKNOWN_KEY\] unknown key `colour`/);
  // Prometheus' PromQL parser: lint reads a rule's query; a query it cannot parse is a finding at its line.
  writeFileSync(path.join(project, 'rules.yml'), 'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up{job="prometheus"} ==\n');
  const linted = run(['lint', 'rules.yml'], project);
  assert.is(linted.status, 1, linted.stderr);
  assert.match(linted.stderr + linted.stdout, /rules\.yml:5:\d+: error/);
});

test('commander is read only for help, the version and mistakes: the everyday command lines run without it', () => {
  const log = path.join(work, 'loaded.txt');
  const hook = path.join(work, 'record-chunks.cjs');
  writeFileSync(hook, "const M = require('node:module'); const load = M._load; M._load = function (request, ...rest) { if (request.includes('obscompile-')) require('node:fs').appendFileSync(process.env.LOAD_LOG, request + '\\n'); return load.call(this, request, ...rest); };\n");
  const loaded = (args: string[]) => {
    writeFileSync(log, '');
    const r = obscompile(args, { XDG_CACHE_HOME: path.join(work, 'cache-e'), NODE_OPTIONS: `--require ${hook}`, LOAD_LOG: log });
    return { ...r, chunks: readFileSync(log, 'utf8') };
  };
  const everyday = loaded(['validate', '--config', example, '--format', 'json']);
  assert.is(everyday.code, 0, everyday.stderr);
  assert.not.match(everyday.chunks, /commander/);
  const build = loaded(['build', '--config', example, '--dry-run']);
  assert.is(build.code, 0, build.stderr);
  assert.is(build.chunks, '', 'a build of the example reads no library file: not commander, not the PromQL parser');
  const help = loaded(['validate', '--help']);
  assert.is(help.code, 0, help.stderr);
  assert.match(help.stdout, /^Usage: obscompile validate \[options\]/);
  assert.match(help.chunks, /obscompile-commander\.cjs/);
  const mistake = loaded(['validate', '--bogus']);
  assert.is(mistake.code, 2);
  assert.match(mistake.stderr, /unknown option '--bogus'/);
});

test('errors and exit codes pass through the launcher unchanged', () => {
  const broken = path.join(work, 'broken.yaml');
  writeFileSync(broken, 'version: 1\nprometheus:\n  port: "x"\n');
  const r = obscompile(['validate', '--config', broken], { XDG_CACHE_HOME: path.join(work, 'cache-d') });
  assert.is(r.code, 1);
  assert.match(r.stderr, /broken\.yaml:3:9: error/);
  assert.is(obscompile(['no-such-command'], { XDG_CACHE_HOME: path.join(work, 'cache-d') }).code, 2);
});

test.run();
