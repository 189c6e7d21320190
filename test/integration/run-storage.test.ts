/**
 * init-run.sh and the storage tree it writes into, for real (bash, coreutils; no daemons on PATH): old runs removed as
 * storage.keepRuns says and no others, a storage root it cannot write that still lets the container start, and the
 * temporary file of an interrupted run-metadata write, which neither script trips over.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, tempDir, which } from '../helpers.js';
import { sandboxPath } from './processes.js';
import { buildInto, toolTest } from './tools.js';

/** A config whose container command is `sh -c 'exit 7'`: the script runs it and ends with its status. */
const configYaml = (extra: string, service?: string) => `version: 1
output: { dir: out }
container: { ${service ? `service: ${service}, ` : ''}command: [sh, -c, 'exit 7'] }
exporters: { cadvisor: { enabled: false } }
${extra}`;

async function bundle(extra: string, service?: string): Promise<{ dir: string; outDir: string; bin: string }> {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'observability.config.yaml'), configYaml(extra, service));
  const outDir = await buildInto(dir);
  // No daemon on PATH: each is a warning, and the script goes on to the command.
  const bin = sandboxPath(dir, { sh: which('sh')! });
  return { dir, outDir, bin };
}

function initRun(outDir: string, bin: string, root: string) {
  return spawnSync(which('bash')!, [path.join(outDir, 'init-run.sh')], { env: { PATH: bin, HOME: path.dirname(root), OBS_TELEMETRY_ROOT: root }, encoding: 'utf8', timeout: 30_000 });
}

/** An old run's data, as init-run.sh leaves it: its log, TSDB folder and Jaeger folder. */
function oldRun(root: string, id: string): void {
  mkdirSync(path.join(root, 'prometheus', id, 'wal'), { recursive: true });
  mkdirSync(path.join(root, 'jaeger', id, 'badger'), { recursive: true });
  mkdirSync(path.join(root, 'logs'), { recursive: true });
  writeFileSync(path.join(root, 'logs', `${id}.log`), 'an old run\n');
}

const runIds = (root: string, folder: string) => readdirSync(path.join(root, folder)).filter((n) => n.startsWith('container-run-')).map((n) => n.replace(/\.log$/, '')).sort();

toolTest(test, ['bash', 'sort'], 'storage.keepRuns: init-run.sh removes the oldest runs beyond it, never the starting one nor anything else', async () => {
  const { dir, outDir, bin } = await bundle('storage: { keepRuns: 3 }\n');
  try {
    const root = path.join(dir, 'telemetry');
    const old = ['container-run-20250101T000000Z-0000000a', 'container-run-20250102T000000Z-0000000b', 'container-run-20250103T000000Z-0000000c', 'container-run-20250104T000000Z-0000000d'];
    // Listed newest first, so the script has to sort them; one run has a log only (its daemons never started).
    for (const id of [...old].reverse()) oldRun(root, id);
    writeFileSync(path.join(root, 'logs', 'container-run-20241231T000000Z-00000009.log'), 'a run with a log only\n');
    // Not runs, though named like them: a user's notes and a copy. They stay, and take no run's place.
    const strangers = [path.join(root, 'logs', 'container-run-notes.log'), path.join(root, 'prometheus', `${old[3]}.bak`)];
    writeFileSync(strangers[0]!, 'notes\n');
    mkdirSync(strangers[1]!);
    mkdirSync(path.join(root, 'models'), { recursive: true });
    writeFileSync(path.join(root, 'models', 'weights.bin'), 'durable');
    const r = initRun(outDir, bin, root);
    assert.is(r.status, 7, `the command's status passes through: ${r.stderr}${r.stdout}`);
    const current = /run (container-run-\S+) started/.exec(r.stdout)![1]!;
    // keepRuns 3: the starting run and the two newest before it.
    assert.equal(runIds(root, 'logs'), ['container-run-notes', old[2], old[3], current].sort());
    assert.equal(runIds(root, 'prometheus'), [old[2], old[3], `${old[3]}.bak`, current].sort());
    assert.equal(runIds(root, 'jaeger'), [old[2], old[3], current].sort());
    for (const gone of ['container-run-20241231T000000Z-00000009', old[0], old[1]]) assert.match(r.stdout, new RegExp(`removed run ${gone} \\(storage.keepRuns: 3\\)`));
    assert.match(readFileSync(path.join(root, 'logs', `${current}.log`), 'utf8'), /removed run container-run-20250101T000000Z-0000000a/, 'the run log says what went');
    assert.is(readFileSync(path.join(root, 'models', 'weights.bin'), 'utf8'), 'durable', 'a durable folder is never touched');

    // Unset, nothing is removed.
    const keepAll = await bundle('');
    try {
      const root2 = path.join(keepAll.dir, 'telemetry');
      for (const id of old) oldRun(root2, id);
      const r2 = initRun(keepAll.outDir, keepAll.bin, root2);
      assert.is(r2.status, 7, r2.stderr);
      assert.is(runIds(root2, 'prometheus').length, old.length + 1);
      assert.not.match(r2.stdout, /removed run/);
    } finally {
      cleanup(keepAll.dir);
    }
  } finally {
    cleanup(dir);
  }
});

toolTest(test, ['bash', 'sort'], "two stacks never share a storage root: setup-storage.sh refuses another stack's, and init-run.sh removes no run there", async () => {
  const mine = await bundle('storage: { keepRuns: 1 }\n', 'stack-a');
  const theirs = await bundle('', 'stack-b');
  try {
    const root = path.join(mine.dir, 'shared-root');
    const setup = (outDir: string) => spawnSync(which('bash')!, [path.join(outDir, 'setup-storage.sh')], { encoding: 'utf8', env: { PATH: process.env.PATH, OBS_STORAGE_ROOT: root } });
    assert.is(setup(theirs.outDir).status, 0);
    assert.is(readFileSync(path.join(root, '.obscompile-stack'), 'utf8'), 'stack-b\n', 'the root names its stack');
    const refused = setup(mine.outDir);
    assert.is(refused.status, 1);
    assert.match(refused.stderr, /is the storage root of another stack \(stack-b in \.obscompile-stack\), not of stack-a/);
    // Their runs, in the root they own: stack-a started there anyway (setup-storage.sh skipped) removes none of them.
    const runs = ['container-run-20250101T000000Z-0000000a', 'container-run-20250102T000000Z-0000000b'];
    for (const id of runs) oldRun(root, id);
    const r = initRun(mine.outDir, mine.bin, root);
    assert.is(r.status, 7, r.stderr);
    assert.match(r.stderr + r.stdout, /the storage root belongs to another stack \(stack-b in \.obscompile-stack\): no run is removed/);
    for (const id of runs) assert.ok(existsSync(path.join(root, 'prometheus', id)), `${id} stays`);
    // Its own root again: setup-storage.sh is idempotent and pruning works.
    assert.is(setup(theirs.outDir).status, 0);
  } finally {
    cleanup(mine.dir);
    cleanup(theirs.dir);
  }
});

toolTest(test, ['bash'], 'a storage root init-run.sh cannot write is a warning: the container command still runs', async () => {
  const { dir, outDir, bin } = await bundle('');
  try {
    // A regular file where a folder of the root should be: mkdir fails even for root.
    writeFileSync(path.join(dir, 'blocked'), 'not a folder');
    const root = path.join(dir, 'blocked', 'telemetry');
    const r = initRun(outDir, bin, root);
    assert.is(r.status, 7, `the command ran and its status passed through: ${r.stderr}${r.stdout}`);
    assert.match(r.stderr, /WARNING: cannot write the run's folders under .*blocked\/telemetry .*run setup-storage.sh on the host/);
    assert.match(r.stdout, /running sh -c exit 7/);
  } finally {
    cleanup(dir);
  }
});

toolTest(test, ['bash'], 'an interrupted run-metadata write: setup-storage.sh accepts its temporary file, and the next start removes it', async () => {
  const { dir, outDir, bin } = await bundle('');
  try {
    const storage = path.join(dir, '.devcontainer', 'storage');
    const setup = () => spawnSync(which('bash')!, [path.join(outDir, 'setup-storage.sh')], { encoding: 'utf8' });
    assert.is(setup().status, 0);
    // PID 1's temporary file, as a container killed mid-write leaves it.
    writeFileSync(path.join(storage, 'container_run_meta.env.tmp.1'), "CONTAINER_RUN_ID='container-run-2");
    const again = setup();
    assert.is(again.status, 0, `setup-storage.sh does not refuse its own leftover: ${again.stderr}`);
    const r = initRun(outDir, bin, storage);
    assert.is(r.status, 7, r.stderr);
    assert.not.ok(existsSync(path.join(storage, 'container_run_meta.env.tmp.1')), 'the leftover is removed');
    assert.not.ok(readdirSync(storage).some((n) => n.includes('.tmp.')), 'and the run leaves none of its own');
    assert.match(readFileSync(path.join(storage, 'container_run_meta.env'), 'utf8'), /^CONTAINER_RUN_ID='container-run-\d{8}T\d{6}Z-[0-9a-f]{8}'$/m);
  } finally {
    cleanup(dir);
  }
});

test.run();
