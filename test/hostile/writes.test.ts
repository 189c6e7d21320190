/**
 * Every place obscompile writes follows the same rules as `build`: a link or folder it did not make is never replaced
 * or written through into a file, a device or pipe is written through (never replaced), and a command either does all
 * of its writing or none of it.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, linkSync, existsSync, openSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { schemaFile } from '../../src/paths.js';
import { ROOT, cleanup, cli, configDir, tempDir } from '../helpers.js';

const SCHEMA_COPY = '.devcontainer/observability/observability.schema.json';
const isRoot = process.getuid?.() === 0;

test('a folder around the config whose name holds `$`, `:` or (for the storage root) `}`, which docker-compose.yml cannot name, is refused before anything is written', async () => {
  const root = tempDir();
  try {
    // `}` would end the storage root's ${OBS_STORAGE_ROOT:-…} default early: Compose would mount another folder.
    for (const [folder, bad] of [['dol$HOME', '$'], ['co:lon', ':'], ['br}ace', '}']] as const) {
      const dir = path.join(root, folder, 'cfg');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\noutput: { dir: ../../out }\n');
      // validate says so (at output.dir, which puts the output there), as build does before writing anything.
      const v = await cli(['validate'], dir);
      assert.is(v.code, 1, v.stdout + v.stderr);
      assert.match(v.stderr, /^observability\.config\.yaml:2:16: error \[OBS_COMPOSE_PATH\]/m);
      const r = await cli(['build'], dir);
      assert.is(r.code, 1, r.stdout + r.stderr);
      assert.ok(r.stderr.includes(`the path to the storage root (\`storage.hostRoot\`) is \`../${folder}/cfg/.devcontainer/storage\`, through a folder whose name holds \`${bad}\``), r.stderr);
      assert.not.ok(existsSync(path.join(root, 'out')), 'nothing written');
      // Beside the config, the paths stay inside its folder: built.
      writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\noutput: { dir: out }\n');
      assert.is((await cli(['build'], dir)).code, 0);
    }
  } finally {
    cleanup(root);
  }
});

test('schema --out writes through a pipe, or a link to a device, and never turns either into a file', async () => {
  const dir = tempDir();
  // A pipe of the test's own (not /dev/null: a regression would replace the machine's device with a file).
  const fifo = path.join(dir, 'fifo');
  execFileSync('mkfifo', [fifo]);
  const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
  let received = '';
  reader.stdout.on('data', (d) => (received += d));
  const closed = new Promise((resolve) => reader.on('close', resolve));
  try {
    symlinkSync('/dev/null', path.join(dir, 'sink'));
    for (const out of [fifo, 'sink']) {
      const r = await cli(['schema', '--out', out], dir);
      assert.is(r.code, 0, r.stderr);
    }
    assert.ok(lstatSync(fifo).isFIFO(), 'the pipe is still a pipe');
    await closed;
    assert.is(JSON.parse(received).title, JSON.parse(readFileSync(schemaFile(), 'utf8')).title, 'the reader got the schema');
    assert.ok(lstatSync(path.join(dir, 'sink')).isSymbolicLink(), 'the link to /dev/null is still a link');
  } finally {
    reader.kill();
    cleanup(dir);
  }
});

test('schema --out - is standard output', async () => {
  const r = await cli(['schema', '--out', '-'], tempDir());
  assert.is(r.code, 0);
  assert.is(JSON.parse(r.stdout).title, JSON.parse(readFileSync(schemaFile(), 'utf8')).title);
});

test('a file that cannot be created is named as the user gave it, not by the temp file obscompile writes first', async () => {
  // /proc takes no new file, from root either (Linux); elsewhere there is no such folder to try.
  if (!existsSync('/proc/self')) return;
  const dir = tempDir();
  try {
    const r = await cli(['schema', '--out', '/proc/obscompile-test.json'], dir);
    assert.is(r.code, 2);
    assert.match(r.stderr, /^\/proc\/obscompile-test\.json: error \[OBS_IO\] cannot open \/proc\/obscompile-test\.json: /m);
    assert.not.match(r.stderr, /\.tmp/);
  } finally {
    cleanup(dir);
  }
});

test('schema --out refuses a link to a file and a folder, leaving both as they were', async () => {
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'precious.json'), 'precious\n');
    symlinkSync('precious.json', path.join(dir, 'link.json'));
    mkdirSync(path.join(dir, 'folder'));
    for (const [out, what] of [['link.json', 'a symbolic link'], ['folder', 'a folder']] as const) {
      const r = await cli(['schema', '--out', out], dir);
      assert.is(r.code, 2, out);
      assert.match(r.stderr, new RegExp(`${out}: error \\[OBS_OUTPUT_UNSAFE\\] ${out} is ${what}`));
    }
    assert.is(readFileSync(path.join(dir, 'precious.json'), 'utf8'), 'precious\n');
    assert.ok(lstatSync(path.join(dir, 'link.json')).isSymbolicLink());
    assert.equal(readdirSync(path.join(dir, 'folder')), []);
  } finally {
    cleanup(dir);
  }
});

test('init refuses a link, or a file of someone else, at the schema copy, and then writes nothing at all', async () => {
  for (const plant of ['link', 'foreign'] as const) {
    const dir = tempDir();
    const outside = tempDir();
    try {
      const victim = path.join(outside, 'victim.json');
      writeFileSync(victim, 'precious\n');
      mkdirSync(path.join(dir, path.dirname(SCHEMA_COPY)), { recursive: true });
      if (plant === 'link') symlinkSync(victim, path.join(dir, SCHEMA_COPY));
      else writeFileSync(path.join(dir, SCHEMA_COPY), '{"mine": true}\n');
      const r = await cli(['init'], dir);
      assert.is(r.code, 2, plant);
      assert.match(r.stderr, /observability\.schema\.json: error \[OBS_IO\]/);
      assert.is(readFileSync(victim, 'utf8'), 'precious\n', 'the link target is untouched');
      if (plant === 'foreign') assert.is(readFileSync(path.join(dir, SCHEMA_COPY), 'utf8'), '{"mine": true}\n');
      assert.not.ok(existsSync(path.join(dir, 'observability.config.yaml')), 'no config was left behind');
    } finally {
      cleanup(dir);
      cleanup(outside);
    }
  }
});

test('init beside a schema copy identical to its own succeeds and leaves the copy alone', async () => {
  const dir = tempDir();
  try {
    mkdirSync(path.join(dir, path.dirname(SCHEMA_COPY)), { recursive: true });
    writeFileSync(path.join(dir, SCHEMA_COPY), readFileSync(schemaFile()));
    const before = statSync(path.join(dir, SCHEMA_COPY)).ino;
    const r = await cli(['init'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.is(statSync(path.join(dir, SCHEMA_COPY)).ino, before);
    assert.ok(existsSync(path.join(dir, 'observability.config.yaml')));
  } finally {
    cleanup(dir);
  }
});

test('docs --inject run as root keeps the README its owner', async () => {
  if (!isRoot) {
    console.log('  skipping the README owner test: only root can give a file to another user');
    return;
  }
  const dir = configDir('version: 1\noutput:\n  dir: out\n');
  try {
    const readme = path.join(dir, 'README.md');
    writeFileSync(readme, '# x\n\n<!-- obscompile:begin components -->\nold\n<!-- obscompile:end components -->\n');
    chownSync(readme, 4321, 4322);
    const r = await cli(['docs', '--inject', 'README.md'], dir);
    assert.is(r.code, 0, r.stderr);
    const info = statSync(readme);
    assert.equal([info.uid, info.gid], [4321, 4322]);
    assert.match(readFileSync(readme, 'utf8'), /\| Prometheus/);
  } finally {
    cleanup(dir);
  }
});

test('a fleet is written where coreutils `sync -f` is missing: each file and folder is flushed instead, and all of it lands', async () => {
  const dir = configDir('version: 1\nprometheus: { port: 9090 }\n');
  const path0 = process.env.PATH;
  try {
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), 'version: 1\nbase: observability.config.yaml\noutput: { dir: bundles }\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n');
    // A PATH with no `sync` on it.
    process.env.PATH = tempDir();
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    process.env.PATH = path0;
    assert.is(r.code, 0, r.stderr);
    for (const host of ['gpu-a', 'gpu-b']) {
      const left = readdirSync(path.join(dir, 'bundles', host));
      assert.ok(left.includes('prometheus.yml') && left.includes('.obscompile-manifest.json'), host);
      assert.equal(left.filter((f) => f.endsWith('.tmp') || f.startsWith('.obscompile-journal')), [], 'no temp file or journal left');
    }
    assert.is((await cli(['check', '--fleet', 'observability.fleet.yaml'], dir)).code, 0, 'what was written is what the fleet compiles to');
  } finally {
    process.env.PATH = path0;
    cleanup(dir);
  }
});

test('a build whose report cannot be written (standard output on a full disk) says so, not "nothing was changed": its files are written', async () => {
  const dir = configDir('version: 1\noutput:\n  dir: out\n');
  try {
    for (const format of ['text', 'json']) {
      // /dev/full: every write fails with ENOSPC, as a `> report.txt` on a full disk does.
      const full = openSync('/dev/full', 'w');
      const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli/bin.ts'), 'build', '--format', format], { cwd: dir, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', env: { ...process.env, OBSCOMPILE_NO_BUILD_RECORD: '1' } });
      closeSync(full);
      assert.is(r.status, 2, `${format}: ${r.stderr}`);
      assert.match(r.stderr, /^obscompile: error \[OBS_IO\] cannot write to standard output: it has no space left \(ENOSPC\)\n {2}hint: what the command did is done/m, format);
      assert.not.match(r.stderr, /nothing was changed/, format);
      const check = await cli(['check'], dir);
      assert.is(check.code, 0, `${format}: the build wrote its files: ${check.stdout}${check.stderr}`);
    }
  } finally {
    cleanup(dir);
  }
});

test('a script hard-linked outside the folder whose executable bit was taken off gets a file of its own back: the other name keeps its mode', async () => {
  const dir = configDir('version: 1\noutput:\n  dir: out\n');
  const outside = tempDir();
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    const script = path.join(dir, 'out', 'init-run.sh');
    const copy = path.join(outside, 'init-run.sh');
    linkSync(script, copy);
    chmodSync(copy, 0o644);
    const r = await cli(['build'], dir);
    assert.is(r.code, 0, r.stdout + r.stderr);
    assert.is(statSync(script).mode & 0o777, 0o755, 'the script is executable again');
    assert.is(statSync(copy).mode & 0o777, 0o644, 'the other name kept the mode its owner gave it');
    assert.is(statSync(copy).nlink, 1, 'the two are separate files now');
    assert.is(readFileSync(copy, 'utf8'), readFileSync(script, 'utf8'));
    assert.is((await cli(['check'], dir)).code, 0);
  } finally {
    cleanup(dir);
    cleanup(outside);
  }
});

test.run();
