/** Resource attacks, file-system safety and concurrent builds: fail fast and clearly, never lose or mix files. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze, compile } from '../../src/compile.js';
import { afterBuilds, check } from '../../src/emit/drift.js';
import { acquireLock } from '../../src/emit/lock.js';
import { MAX_CONFIG_BYTES } from '../../src/discover/discover.js';
import { artifactCount, cleanup, cli, cliProcess, configDir, tempDir } from '../helpers.js';

test('a multi-megabyte config is refused before it is read', async () => {
  const dir = configDir(`version: 1\n${'# padding\n'.repeat(600_000)}`);
  try {
    const r = await analyze({ cwd: dir });
    assert.equal(r.diagnostics.map((d) => [d.code, d.line, d.column]), [['OBS_CONFIG_TOO_LARGE', 0, 0]]);
    assert.match(r.diagnostics[0]!.message, new RegExp(`the limit is ${MAX_CONFIG_BYTES}`));
    assert.is(r.source, undefined, 'the text was never loaded');
  } finally {
    cleanup(dir);
  }
});

test('a config over the default limit builds when the user raises it with --max-config-bytes; a bad value is a usage error', async () => {
  const targets = Array.from({ length: 15_000 }, (_, i) => `    - { job: exporter_${i}, targets: ["host${i}.internal:9100"], labels: { shard: "s${i % 16}" } }`).join('\n');
  const dir = configDir(`version: 1\noutput:\n  dir: out\nprometheus:\n  extraTargets:\n${targets}\n`);
  try {
    const refused = await cli(['validate'], dir);
    assert.is(refused.code, 1);
    assert.match(refused.stderr, /OBS_CONFIG_TOO_LARGE.*the limit is 1048576/);
    assert.match(refused.stderr, /raise the limit with `--max-config-bytes`/);
    const built = await cli(['build', '--max-config-bytes', '8388608'], dir);
    assert.is(built.code, 0, built.stderr);
    assert.is((await cli(['build', '--max-config-bytes', 'lots'], dir)).code, 2);
  } finally {
    cleanup(dir);
  }
});

test('runaway nesting deep enough to overflow the parser is a depth error, not a crash', async () => {
  const dir = configDir(`version: 1\nproject: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
  try {
    const r = await cli(['validate'], dir);
    assert.is(r.code, 1);
    assert.match(r.stderr, /observability\.config\.yaml:2:\d+: error \[OBS_YAML_TOO_DEEP\]/);
    assert.ok(r.stderr.split('\n').every((l) => l.length < 200), 'the code frame is clipped, not 200 000 characters wide');
  } finally {
    cleanup(dir);
  }
});

test('a symlink in the output folder is not followed out of it', async () => {
  const dir = configDir('version: 1\noutput:\n  dir: out\n');
  const outside = tempDir();
  try {
    const victim = path.join(outside, 'important.yml');
    writeFileSync(victim, 'precious\n');
    mkdirSync(path.join(dir, 'out'));
    symlinkSync(victim, path.join(dir, 'out', 'prometheus.yml'));
    const r = await cli(['build'], dir);
    assert.is(r.code, 2);
    assert.match(r.stderr, /out\/prometheus\.yml: error \[OBS_OUTPUT_UNSAFE\] out\/prometheus\.yml is a symbolic link/);
    assert.is(readFileSync(victim, 'utf8'), 'precious\n');
    assert.ok(lstatSync(path.join(dir, 'out', 'prometheus.yml')).isSymbolicLink());
    assert.equal(readdirSync(path.join(dir, 'out')), ['prometheus.yml'], 'nothing else was written');
  } finally {
    cleanup(dir);
    cleanup(outside);
  }
});

/** Runs the real CLI in its own process. */
async function build(cwd: string, args: string[]): Promise<{ code: number; stderr: string }> {
  const run = cliProcess(['build', ...args], cwd);
  return { code: (await run.exited) ?? -1, stderr: run.err() };
}

test('concurrent builds into one folder leave one consistent set of artifacts', async () => {
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'a.yaml'), 'version: 1\nprometheus:\n  port: 9191\n');
    writeFileSync(path.join(dir, 'b.yaml'), 'version: 1\nprometheus:\n  port: 9292\n  retention: 30d\n');
    const runs = await Promise.all(['a', 'b', 'a', 'b'].map((c) => build(dir, ['--config', `${c}.yaml`, '--out', 'out'])));
    // The first to write makes the folder its config's: the other config is then refused it, or finds it locked.
    for (const r of runs) assert.ok(r.code === 0 || (r.code === 2 && /OBS_LOCKED|OBS_OUTPUT_UNSAFE\] out holds what `\.\.\/[ab]\.yaml`/.test(r.stderr)), `each build succeeds, says the folder is locked, or that it is the other config's: ${r.stderr}`);
    assert.ok(runs.some((r) => r.code === 0));
    assert.not.ok(existsSync(path.join(dir, 'out', '.obscompile.lock')), 'the lock is released');
    const consistentWith = [];
    for (const config of ['a.yaml', 'b.yaml']) {
      const c = await compile({ cwd: dir, config, out: 'out' });
      const drift = await check(c.artifacts!, { outDir: c.outDir!, shownDir: 'out', source: c.model!.sourceName });
      if (drift.length === 0) consistentWith.push(config);
    }
    assert.is(consistentWith.length, 1, 'the folder is exactly one config\'s output, never a mix');
    assert.equal(readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.tmp')), [], 'no temp file left behind');
  } finally {
    cleanup(dir);
  }
});

test("a config is refused another config's output folder (its manifest names that one), unless --force", async () => {
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'a.yaml'), 'version: 1\nprometheus:\n  port: 9191\n');
    writeFileSync(path.join(dir, 'b.yaml'), 'version: 1\nprometheus:\n  port: 9292\n');
    assert.is((await build(dir, ['--config', 'a.yaml', '--out', 'out'])).code, 0);
    const before = readFileSync(path.join(dir, 'out', 'prometheus.yml'), 'utf8');
    const taken = await build(dir, ['--config', 'b.yaml', '--out', 'out']);
    assert.is(taken.code, 2);
    assert.match(taken.stderr, /error \[OBS_OUTPUT_UNSAFE\] out holds what `\.\.\/a\.yaml` \(a path from that folder\) compiled/);
    assert.match(taken.stderr, /give this config an output folder of its own/);
    assert.is(readFileSync(path.join(dir, 'out', 'prometheus.yml'), 'utf8'), before, 'nothing of a.yaml\'s output changed');
    // The same config again, and a moved config that says so with --force, build.
    assert.is((await build(dir, ['--config', 'a.yaml', '--out', 'out'])).code, 0);
    assert.is((await build(dir, ['--config', 'b.yaml', '--out', 'out', '--force'])).code, 0);
    assert.match(readFileSync(path.join(dir, 'out', 'prometheus.yml'), 'utf8'), /localhost:9292/);
  } finally {
    cleanup(dir);
  }
});

test('a stale lock from a process that died is taken over', async () => {
  const dir = configDir('version: 1\noutput:\n  dir: out\n');
  const other = spawn('sleep', ['30'], { stdio: 'ignore' });
  try {
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', '.obscompile.lock'), '999999999\n');
    const r = await cli(['build'], dir);
    assert.is(r.code, 0, r.stderr);
    // A lock held by a live process stops a build that has something to write.
    writeFileSync(path.join(dir, 'out', '.obscompile.lock'), `${other.pid}\n`);
    rmSync(path.join(dir, 'out', 'prometheus.yml'));
    const locked = await cli(['build', '--force'], dir);
    assert.is(locked.code, 2);
    assert.match(locked.stderr, new RegExp(`another obscompile build \\(pid ${other.pid}\\) is writing out`));
    assert.not.ok(existsSync(path.join(dir, 'out', 'prometheus.yml')), 'nothing was written past the lock');
  } finally {
    other.kill();
    cleanup(dir);
  }
});

test('the lock appears whole: an empty lock (a build of an earlier release still writing it) is left while new, taken once old; a killed build\'s own lock files are swept', async () => {
  const dir = tempDir();
  try {
    const lock = path.join(dir, '.obscompile.lock');
    writeFileSync(lock, '');
    const held = await acquireLock(dir);
    assert.equal(held, { heldBy: 0 }, 'a lock being written is not taken');
    assert.is(readFileSync(lock, 'utf8'), '', 'nor removed');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const dead = spawnSync('true').pid!;
    writeFileSync(path.join(dir, `.obscompile.lock.${dead}`), `${dead}\n`);
    const taken = await acquireLock(dir);
    assert.ok('release' in taken, 'an empty lock a minute old is a dead build\'s');
    assert.is(readFileSync(lock, 'utf8').split(' ')[0], String(process.pid), 'the lock names this process from the moment it exists');
    assert.equal(readdirSync(dir).sort(), ['.obscompile.lock'], 'the killed build\'s lock file is gone, and so is this one\'s own');
    await (taken as { release: () => Promise<void> }).release();
    assert.equal(readdirSync(dir), []);
  } finally {
    cleanup(dir);
  }
});

test('an output folder that is a symbolic link to nothing, or to itself, is said to be one, by build and check, and nothing is made', async () => {
  const dir = configDir('version: 1\noutput:\n  dir: out\n');
  try {
    symlinkSync('gone', path.join(dir, 'out'));
    for (const [command, verb] of [['build', 'write'], ['check', 'read']] as const) {
      const r = await cli([command], dir);
      assert.is(r.code, 2, command);
      assert.match(r.stderr, new RegExp(`^out: error \\[OBS_IO\\] cannot ${verb} out: it is a symbolic link to gone, which does not exist$`, 'm'), command);
      assert.match(r.stderr, /hint: make gone \(a folder\), or remove the link; nothing was changed/);
    }
    assert.not.ok(existsSync(path.join(dir, 'gone')), 'nothing was made');
    // A link to itself.
    rmSync(path.join(dir, 'out'));
    symlinkSync('out', path.join(dir, 'out'));
    for (const [command, verb] of [['build', 'write'], ['check', 'read']] as const) {
      assert.match((await cli([command], dir)).stderr, new RegExp(`^out: error \\[OBS_IO\\] cannot ${verb} out: it is a symbolic link that leads back to itself \\(ELOOP\\)$`, 'm'), command);
    }
  } finally {
    cleanup(dir);
  }
});

test('check waits for a build writing the folder and compares what it leaves; a build still writing at the limit is named', async () => {
  const dir = configDir('version: 1\noutput:\n  dir: out\n');
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    const out = path.join(dir, 'out');
    const prometheus = path.join(out, 'prometheus.yml');
    const built = readFileSync(prometheus, 'utf8');
    writeFileSync(path.join(dir, 'built.yml'), built);
    // A "build" that has removed a file and puts it back before it lets go of the lock.
    rmSync(prometheus);
    const build = spawn('sh', ['-c', 'sleep 1; cp built.yml out/prometheus.yml; rm out/.obscompile.lock'], { cwd: dir, stdio: 'ignore' });
    writeFileSync(path.join(out, '.obscompile.lock'), `${build.pid}\n`);
    const r = await cli(['check'], dir);
    assert.is(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, new RegExp(`out: a build \\(pid ${build.pid}\\) is writing it; checking when it has finished`));
    assert.match(r.stdout, /out: up to date/, 'the finished folder was compared, not the half-written one');

    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      writeFileSync(path.join(out, '.obscompile.lock'), `${other.pid}\n`);
      const busy = await afterBuilds({ outDir: out, shownDir: 'out' }, undefined, 200);
      assert.is(busy?.code, 'OBS_LOCKED');
      assert.match(busy!.message, new RegExp(`an obscompile build \\(pid ${other.pid}\\) is still writing out after 0.2 s`));
      writeFileSync(path.join(out, '.obscompile.lock'), '999999999\n');
      assert.is(await afterBuilds({ outDir: out, shownDir: 'out' }, undefined, 200), undefined, 'a dead build\'s lock is no reason to wait');
    } finally {
      other.kill();
    }
  } finally {
    cleanup(dir);
  }
});

test('a build with nothing to change says so without the lock; anything a killed build left takes the lock', async () => {
  const dir = configDir('version: 1\noutput:\n  dir: out\n');
  // Another live process holds the lock (this test's own pid would be recognised as stale: the build is this process).
  const other = spawn('sleep', ['30'], { stdio: 'ignore' });
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    const lock = path.join(dir, 'out', '.obscompile.lock');
    writeFileSync(lock, `${other.pid}\n`);
    const current = await cli(['build'], dir);
    assert.is(current.code, 0, current.stderr);
    assert.match(current.stdout, new RegExp(`wrote 0 files, ${await artifactCount(dir)} unchanged`));
    assert.is(readFileSync(lock, 'utf8'), `${other.pid}\n`, 'the other build\'s lock is left alone');
    // A build killed after its last rename leaves a current folder and its lock: the next build clears a dead one.
    const dead = spawnSync('true').pid!;
    writeFileSync(lock, `${dead}\n`);
    assert.is((await cli(['build'], dir)).code, 0);
    assert.not.ok(existsSync(lock), 'a dead build\'s lock goes');
    writeFileSync(lock, `${other.pid}\n`);
    // A temp file of a killed build is cleared under the lock only, so the same build now waits for it.
    writeFileSync(path.join(dir, 'out', '.prometheus.yml.12345.obscompile.tmp'), 'half');
    const leftover = await cli(['build'], dir);
    assert.is(leftover.code, 2);
    assert.match(leftover.stderr, new RegExp(`OBS_LOCKED\\] another obscompile build \\(pid ${other.pid}\\) is writing out; it holds out/\\.obscompile\\.lock`));
    assert.match(leftover.stderr, /if pid \d+ is not an obscompile build \(a stale lock\), remove out\/\.obscompile\.lock/);
    rmSync(lock);
    assert.is((await cli(['build'], dir)).code, 0);
    assert.not.ok(existsSync(path.join(dir, 'out', '.prometheus.yml.12345.obscompile.tmp')), 'the leftover is swept once the lock is free');
    // A lock naming this very process is a dead build's whose pid was reused (pid 1 in containers): taken over.
    writeFileSync(lock, `${process.pid}\n`);
    writeFileSync(path.join(dir, 'out', '.prometheus.yml.12345.obscompile.tmp'), 'half');
    const own = await cli(['build'], dir);
    assert.is(own.code, 0, own.stderr);
  } finally {
    other.kill();
    cleanup(dir);
  }
});

test('thousands of findings: text prints the first 100 and a summary, JSON lists them all', async () => {
  const keys = Array.from({ length: 3000 }, (_, i) => `  unknown${i}: 1`).join('\n');
  const dir = configDir(`version: 1\nprometheus:\n${keys}\n`);
  try {
    const text = await cli(['validate'], dir);
    assert.is(text.code, 1);
    assert.is(text.stderr.split('\n').filter((l) => /: error \[OBS_SCHEMA_UNKNOWN_KEY\]/.test(l)).length, 100);
    assert.match(text.stderr, /… 2900 more diagnostics not shown \(the first 100 are above\); `--format json` lists them all/);
    assert.match(text.stderr, /3000 errors, 0 warnings/);
    const json = await cli(['validate', '--format', 'json'], dir);
    assert.is(JSON.parse(json.stdout).diagnostics.length, 3000);
  } finally {
    cleanup(dir);
  }
});

test('control characters from the config never reach the terminal, in any output format', async () => {
  // A key that would retitle the terminal, clear the screen, fake a diagnostic line, and reverse the text after it.
  const key = 'x\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e';
  const dir = configDir(`version: 1\nprometheus:\n  "${key.replace(/[\u0000-\u001f\u007f-\u009f\u202e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\\nfake.yaml:1:1: error [OBS_X] forged": 1\n`);
  try {
    for (const format of ['text', 'json', 'github']) {
      const r = await cli(['validate', '--format', format], dir);
      assert.is(r.code, 1, `${format}: ${r.stdout}${r.stderr}`);
      const all = r.stdout + r.stderr;
      assert.not.match(all, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/, `${format}: no raw control character`);
      assert.not.match(all, /^fake\.yaml:1:1/m, `${format}: no forged diagnostic line`);
      if (format === 'json') assert.ok(JSON.parse(r.stdout).diagnostics.length > 0);
    }
  } finally {
    cleanup(dir);
  }
});

test.run();
