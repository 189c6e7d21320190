/**
 * Build records (src/emit/record.ts): a config or fleet built again with nothing changed reports the recorded
 * outcome without compiling, and any change to its inputs or to what it wrote means a full build that sees it.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, cli, configDir } from './helpers.js';
import { currentRecord, recordFile } from '../src/emit/record.js';

// A base with one warning, so that replaying the record has diagnostics to replay.
const BASE = 'version: 1\noutput: { dir: out }\nalerting:\n  thresholds:\n    ttftSeconds: 2.5\n';
const FLEET = 'version: 1\nbase: observability.config.yaml\noutput: { dir: bundles }\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n    config: { prometheus: { port: 9191 } }\n';
const BUILD = ['build', '--fleet', 'observability.fleet.yaml'];

/** A fleet folder with its own cache folder, built once so that a record exists. */
async function builtFleet(): Promise<{ dir: string; cache: string }> {
  const dir = configDir(BASE);
  writeFileSync(path.join(dir, 'observability.fleet.yaml'), FLEET);
  const cache = path.join(dir, 'cache');
  const first = await cli(BUILD, dir, cache);
  assert.is(first.code, 0, first.stderr);
  assert.ok(readdirSync(path.join(cache, 'obscompile', 'records')).length === 1, 'the build left its record');
  return { dir, cache };
}

/** The same build as a JSON document: its result says whether it came from the record. */
async function buildJson(dir: string, cache: string) {
  const r = await cli([...BUILD, '--format', 'json'], dir, cache);
  const doc = JSON.parse(r.stdout) as { result: { recorded?: boolean; hosts: { name: string; written: string[]; unchanged: string[] }[] }; diagnostics: { code: string; severity: string }[] };
  return { code: r.code, ...doc };
}

test('a fleet built again with nothing changed reports what the full build reported: the same lines, the same warning', async () => {
  const { dir, cache } = await builtFleet();
  try {
    const full = await cli(BUILD, dir);
    const recorded = await cli(BUILD, dir, cache);
    assert.is(recorded.code, 0);
    assert.is(recorded.stdout, full.stdout);
    assert.is(recorded.stderr, full.stderr);
    assert.match(recorded.stderr, /^observability\.config\.yaml:5:18: warning \[OBS_ALERT_THRESHOLD\]/m, 'the warning is replayed with its position');
    assert.match(recorded.stderr, /> {1,2}5 \|\s+ttftSeconds: 2\.5/, 'with its code frame');
    const doc = await buildJson(dir, cache);
    assert.is(doc.result.recorded, true, 'the record was used');
    assert.equal(doc.result.hosts.map((h) => h.written.length), [0, 0]);
    assert.equal(doc.diagnostics.map((d) => d.code), ['OBS_ALERT_THRESHOLD']);
  } finally {
    cleanup(dir);
  }
});

/** A change after the recorded build, and what the build that follows must report because of it. */
const CHANGES: { name: string; change: (dir: string) => void; expect: (doc: Awaited<ReturnType<typeof buildJson>>) => void }[] = [
  {
    name: 'a hand edit of a bundle file is refused, not called unchanged',
    change: (dir) => writeFileSync(path.join(dir, 'bundles', 'gpu-a', 'prometheus.yml'), `${readFileSync(path.join(dir, 'bundles', 'gpu-a', 'prometheus.yml'), 'utf8')}# mine\n`),
    expect: (doc) => assert.ok(doc.diagnostics.some((d) => d.code === 'OBS_HAND_EDITED')),
  },
  {
    name: 'a deleted bundle file is written again',
    change: (dir) => unlinkSync(path.join(dir, 'bundles', 'gpu-b', 'docker-compose.yml')),
    expect: (doc) => assert.equal(doc.result.hosts.find((h) => h.name === 'gpu-b')!.written, ['docker-compose.yml']),
  },
  {
    name: 'a script that lost its executable bit gets it back',
    change: (dir) => chmodSync(path.join(dir, 'bundles', 'gpu-a', 'init-run.sh'), 0o644),
    expect: (doc) => assert.equal(doc.result.hosts.find((h) => h.name === 'gpu-a')!.written, ['init-run.sh']),
  },
  {
    name: 'an edited base is compiled',
    change: (dir) => writeFileSync(path.join(dir, 'observability.config.yaml'), BASE.replace('2.5', '4')),
    expect: (doc) => {
      assert.equal(doc.diagnostics, [], 'the warning is gone with its cause');
      assert.ok(doc.result.hosts.every((h) => h.written.includes('alert-rules.yml')));
    },
  },
  {
    name: 'a host added to the fleet file gets its bundle',
    change: (dir) => writeFileSync(path.join(dir, 'observability.fleet.yaml'), `${FLEET}  - name: gpu-c\n`),
    expect: (doc) => assert.ok(doc.result.hosts.find((h) => h.name === 'gpu-c')!.written.length > 10),
  },
  {
    name: 'what a killed build left in a bundle (its journal) is finished, not skipped',
    change: (dir) => writeFileSync(path.join(dir, 'bundles', 'gpu-a', '.obscompile-journal.json'), JSON.stringify({ manifest: readFileSync(path.join(dir, 'bundles', 'gpu-a', '.obscompile-manifest.json'), 'utf8'), steps: [], remove: [] })),
    expect: () => undefined,
  },
  {
    name: 'a removed bundle folder is written again',
    change: (dir) => rmSync(path.join(dir, 'bundles', 'gpu-b'), { recursive: true }),
    expect: (doc) => assert.ok(doc.result.hosts.find((h) => h.name === 'gpu-b')!.written.length > 10),
  },
];

for (const c of CHANGES) {
  test(`after a recorded fleet build, ${c.name}`, async () => {
    const { dir, cache } = await builtFleet();
    try {
      c.change(dir);
      const doc = await buildJson(dir, cache);
      assert.is(doc.result.recorded, undefined, 'the record was not used');
      c.expect(doc);
      assert.not.ok(existsSync(path.join(dir, 'bundles', 'gpu-a', '.obscompile-journal.json')), 'no journal is left');
    } finally {
      cleanup(dir);
    }
  });
}

test('a damaged record means a full build, and a dry run or check never uses one', async () => {
  const { dir, cache } = await builtFleet();
  try {
    const records = path.join(cache, 'obscompile', 'records');
    const file = path.join(records, readdirSync(records)[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100));
    assert.is((await buildJson(dir, cache)).result.recorded, undefined);
    assert.is((await buildJson(dir, cache)).result.recorded, true, 'the full build recorded itself again');
    writeFileSync(path.join(dir, 'bundles', 'gpu-a', 'prometheus.yml'), '# mine\n');
    const check = await cli(['check', '--fleet', 'observability.fleet.yaml'], dir, cache);
    assert.is(check.code, 1, 'check compares bytes, whatever a record says');
  } finally {
    cleanup(dir);
  }
});

test('a config that starts with a byte-order mark replays its record too, and its warning keeps its code frame', async () => {
  const dir = configDir(`\uFEFF${BASE}`);
  const cache = path.join(dir, 'cache');
  try {
    const full = await cli(['build'], dir, cache);
    assert.is(full.code, 0, full.stderr);
    const again = await cli(['build', '--format', 'json'], dir, cache);
    assert.is((JSON.parse(again.stdout) as { result: { recorded?: boolean } }).result.recorded, true);
    const text = await cli(['build'], dir, cache);
    assert.is(text.stderr, full.stderr, 'the same warning and code frame');
    assert.match(text.stderr, /> {1,2}5 \|\s+ttftSeconds: 2\.5/);
  } finally {
    cleanup(dir);
  }
});

test('a config built again with nothing changed replays the record; an edit, a hand-edited output or a nearer config means a full build', async () => {
  const dir = configDir(BASE);
  const cache = path.join(dir, 'cache');
  const json = async (cwd: string) => {
    const r = await cli(['build', '--format', 'json'], cwd, cache);
    return { code: r.code, ...(JSON.parse(r.stdout) as { result: { recorded?: boolean; outDir: string; written: string[] }; diagnostics: { code: string }[] }) };
  };
  try {
    const first = await cli(['build'], dir, cache);
    assert.is(first.code, 0, first.stderr);
    const again = await cli(['build'], dir, cache);
    const full = await cli(['build'], dir);
    assert.is(again.stdout, full.stdout, 'the same lines as a full build of an up-to-date folder');
    assert.is(again.stderr, full.stderr, 'the same warning');
    await json(dir);
    assert.is((await json(dir)).result.recorded, true, 'the record was used');
    writeFileSync(path.join(dir, 'observability.config.yaml'), BASE.replace('2.5', '4'));
    const edited = await json(dir);
    assert.is(edited.result.recorded, undefined);
    assert.ok(edited.result.written.includes('alert-rules.yml'), 'the edit is compiled');
    assert.is((await json(dir)).result.recorded, true);
    writeFileSync(path.join(dir, 'out', 'prometheus.yml'), '# mine\n');
    const handEdited = await json(dir);
    assert.is(handEdited.code, 1);
    assert.ok(handEdited.diagnostics.some((d) => d.code === 'OBS_HAND_EDITED'));
    rmSync(path.join(dir, 'out'), { recursive: true });
    // Run from a folder below: the search finds the config above, until a nearer one appears.
    const sub = path.join(dir, 'sub');
    mkdirSync(sub);
    assert.is((await json(sub)).code, 0);
    assert.is((await json(sub)).result.recorded, true);
    writeFileSync(path.join(sub, 'observability.config.yaml'), 'version: 1\noutput: { dir: here }\n');
    const nearer = await json(sub);
    assert.is(nearer.result.recorded, undefined, 'the nearer config is compiled');
    assert.is(nearer.result.outDir, 'here');
  } finally {
    cleanup(dir);
  }
});

test("Grafana's password file not there yet: every build says to make it, a replay of the record too; once it is there, no build does", async () => {
  const dir = configDir('version: 1\noutput: { dir: out }\ngrafana: { enabled: true, adminPasswordFile: secrets/pw }\n');
  const cache = path.join(dir, 'cache');
  const note = /\nGrafana's admin password file secrets\/pw is not there yet: make it before `devcontainer up` \(Compose mounts it as a secret, and will not start without it\), and keep it out of git; for example `\(umask 077 && mkdir -p secrets && head -c 24 \/dev\/urandom \| base64 > secrets\/pw\) && echo \/secrets\/pw >> \.gitignore`\n$/;
  const recorded = async () => (JSON.parse((await cli(['build', '--format', 'json'], dir, cache)).stdout) as { result: { recorded?: boolean } }).result.recorded;
  try {
    for (let i = 0; i < 2; i++) {
      const r = await cli(['build'], dir, cache);
      assert.is(r.code, 0, r.stderr);
      assert.match(r.stdout, note, `build ${i + 1}`);
    }
    assert.is(await recorded(), true, 'the second build was the record replayed');
    mkdirSync(path.join(dir, 'secrets'));
    writeFileSync(path.join(dir, 'secrets', 'pw'), 'x\n');
    assert.not.match((await cli(['build'], dir, cache)).stdout, /is not there yet/);
    assert.is(await recorded(), true);
  } finally {
    cleanup(dir);
  }
});

test('records not used for a month are removed when a config is built for the first time, not by every build', async () => {
  const dir = configDir(BASE);
  const cache = path.join(dir, 'cache');
  const records = path.join(cache, 'obscompile', 'records');
  try {
    assert.is((await cli(['build'], dir, cache)).code, 0);
    const builds = () => readdirSync(records).filter((f) => f.startsWith('build-'));
    const own = builds();
    const old = path.join(records, 'build-0123456789abcdef.json');
    const recent = path.join(records, 'build-fedcba9876543210.json');
    writeFileSync(old, '{}');
    writeFileSync(recent, '{}');
    const monthsAgo = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    utimesSync(old, monthsAgo, monthsAgo);
    // An edit replaces this config's own record: the folder is not walked.
    writeFileSync(path.join(dir, 'observability.config.yaml'), BASE.replace('2.5', '4'));
    assert.is((await cli(['build'], dir, cache)).code, 0);
    assert.ok(existsSync(old), 'replacing a record leaves the others alone');
    // Another config's first record: the stale one goes, the recent one stays.
    const other = path.join(dir, 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'observability.config.yaml'), 'version: 1\noutput: { dir: out }\n');
    assert.is((await cli(['build'], other, cache)).code, 0);
    assert.not.ok(existsSync(old), 'a record unused for a month is removed');
    assert.ok(existsSync(recent));
    assert.is(builds().length, own.length + 2, 'both configs keep their records, beside the recent one');
  } finally {
    cleanup(dir);
  }
});

test('a record out of date says whether its inputs changed (the build will write) or only what it wrote', async () => {
  const dir = configDir(BASE);
  const cache = path.join(dir, 'cache');
  const config = path.join(dir, 'observability.config.yaml');
  // What `obscompile build` in `dir` looks up: its settings are the folder, no options and the default size limit.
  const lookup = () => currentRecord(recordFile(cache, 'build', config), config, [dir, null, null, 1024 * 1024], 1024 * 1024);
  try {
    assert.is((await cli(['build'], dir, cache)).code, 0);
    assert.ok(lookup().replay, 'current');
    writeFileSync(path.join(dir, 'out', 'prometheus.yml'), '# mine\n');
    const outputs = lookup();
    assert.is(outputs.replay, undefined);
    assert.is(outputs.replay === undefined && outputs.inputsChanged, false, 'an output changed, not the config');
    // What the build wrote, by file: the status it left and the digest of the text.
    const written = outputs.replay === undefined ? outputs.lastWritten : undefined;
    assert.ok(written?.get(path.join(dir, 'out', 'prometheus.yml')) && written.get(path.join(dir, 'out', 'alert-rules.yml'))?.sum);
    writeFileSync(config, BASE.replace('2.5', '4'));
    const edited = lookup();
    assert.is(edited.replay === undefined && edited.inputsChanged, true, 'the config changed');
    rmSync(path.join(cache, 'obscompile'), { recursive: true });
    assert.equal(lookup(), { inputsChanged: false }, 'no record: nothing known');
  } finally {
    cleanup(dir);
  }
});

test('a config edit trusts the status of the files it does not change, and still refuses a hand edit of any other', async () => {
  const dir = configDir(BASE);
  const cache = path.join(dir, 'cache');
  const config = path.join(dir, 'observability.config.yaml');
  const build = async () => {
    const r = await cli(['build', '--format', 'json'], dir, cache);
    return { code: r.code, ...(JSON.parse(r.stdout) as { result: { written?: string[] }; diagnostics: { code: string; file: string }[] }) };
  };
  try {
    assert.is((await build()).code, 0);
    // Edited by hand, the same size and a later time: the status differs from the record's, so the file is read.
    const compose = path.join(dir, 'out', 'docker-compose.yml');
    const text = readFileSync(compose, 'utf8');
    writeFileSync(compose, text.replace('services:', 'servicez:'));
    writeFileSync(config, BASE.replace('2.5', '4'));
    const refused = await build();
    assert.is(refused.code, 1);
    assert.equal(refused.diagnostics.map((d) => d.code), ['OBS_HAND_EDITED']);
    assert.is(refused.diagnostics[0]!.file, 'out/docker-compose.yml');
    // Said in words too, after the count: the refused build changed nothing.
    assert.match((await cli(['build'], dir, cache)).stderr, /\n1 error, 0 warnings\nnothing was written: every file of out is as it was\n$/);
    writeFileSync(compose, text);
    const built = await build();
    assert.is(built.code, 0);
    assert.ok(built.result.written?.includes('alert-rules.yml'));
    const check = await cli(['check'], dir);
    assert.is(check.code, 0, check.stdout);
  } finally {
    cleanup(dir);
  }
});

test("a fleet whose base changed trusts the status of a host's files it does not change, and still refuses a hand edit of any other", async () => {
  const { dir, cache } = await builtFleet();
  const record = () => JSON.parse(readFileSync(path.join(cache, 'obscompile', 'records', readdirSync(path.join(cache, 'obscompile', 'records'))[0]!), 'utf8')) as { folders: { sums?: string[] }[] };
  try {
    assert.ok(record().folders.every((f) => f.sums?.length), 'each bundle keeps the digests of its texts');
    // Edited by hand, the same size: its status differs from the record's, so the file is read and the edit found.
    const compose = path.join(dir, 'bundles', 'gpu-b', 'docker-compose.yml');
    const text = readFileSync(compose, 'utf8');
    writeFileSync(compose, text.replace('services:', 'servicez:'));
    writeFileSync(path.join(dir, 'observability.config.yaml'), BASE.replace('2.5', '4'));
    const refused = await buildJson(dir, cache);
    assert.is(refused.code, 1);
    assert.equal(refused.diagnostics.map((d) => d.code), ['OBS_HAND_EDITED']);
    writeFileSync(compose, text);
    const built = await buildJson(dir, cache);
    assert.is(built.code, 0);
    assert.ok(built.result.hosts.every((h) => h.written.includes('alert-rules.yml')), JSON.stringify(built.result.hosts));
    assert.is((await cli(['check', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
  } finally {
    cleanup(dir);
  }
});

test.run();
