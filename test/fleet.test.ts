/** Fleets: hosts layered over a base config, every diagnostic and every explanation pointing into the right layer. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import { parse as parseYaml } from 'yaml';
import * as assert from 'uvu/assert';
import { merge } from '../src/layer/layer.js';
import { ROOT, bundleFiles, cleanup, cli, configDir } from './helpers.js';
import { BASE, fleetDir } from './fleet-dir.js';


test('merge rules: mappings merge, lists and scalars replace, null removes', () => {
  const base = { a: { x: 1, y: 2 }, list: [1, 2, 3], s: 'base', gone: { deep: true } };
  const over = { a: { y: 20, z: 30 }, list: [9], s: 'host', gone: null };
  assert.equal(merge(base, over), { a: { x: 1, y: 20, z: 30 }, list: [9], s: 'host' });
  assert.equal(base, { a: { x: 1, y: 2 }, list: [1, 2, 3], s: 'base', gone: { deep: true } }, 'the base is not changed');
});

test('a host key `__proto__` is an unknown key at its position, not a prototype: merging keeps it an own key', async () => {
  const merged = merge({ version: 1 }, JSON.parse('{"__proto__": {"port": 1}}')) as Record<string, unknown>;
  assert.ok(Object.hasOwn(merged, '__proto__'), 'an own key');
  assert.is(Object.getPrototypeOf(merged), Object.prototype, 'the prototype is untouched');
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n    config:\n      "__proto__": { port: 1 }\n');
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 1, r.stdout);
    assert.match(r.stderr, /^observability\.fleet\.yaml:6:7: error \[OBS_SCHEMA_UNKNOWN_KEY\] unknown key `__proto__` at the top level/m);
  } finally {
    cleanup(dir);
  }
});

test('a host override is validated in its layer: the diagnostic names the fleet file, line and column', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n    config:\n      prometheus:\n        port: "9191"\n');
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 1);
    assert.match(r.stderr, /^observability\.fleet\.yaml:8:15: error \[OBS_SCHEMA_TYPE\] `prometheus\.port` must be an integer/m);
    assert.match(r.stderr, /> {1,2}8 \|\s+port: "9191"/, 'the code frame shows the fleet file');
  } finally {
    cleanup(dir);
  }
});

test('fleet file mistakes read like the config\'s: a near miss for a misspelt key, a missing base at its `base:` line', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\nhost:\n  - name: gpu-a\n');
  try {
    const misspelt = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(misspelt.code, 1);
    assert.match(misspelt.stderr, /^observability\.fleet\.yaml:3:1: error \[OBS_SCHEMA_UNKNOWN_KEY\] unknown key `host` at the top level\n(.*\n)*  hint: did you mean `hosts`\?$/m);
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), 'version: 1\nbase: configs/base.yaml\nhosts:\n  - name: gpu-a\n');
    const missing = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(missing.code, 2);
    assert.match(missing.stderr, /^observability\.fleet\.yaml:2:7: error \[OBS_CONFIG_NOT_FOUND\] `base: configs\/base\.yaml`: config file configs\/base\.yaml does not exist$/m);
    assert.match(missing.stderr, /hint: the path is relative to the fleet file/);
  } finally {
    cleanup(dir);
  }
});

test('a config given to --fleet is said once, with the flag that reads it', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n');
  try {
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\nproject:\n  name: demo\nprometheus:\n  port: 9090\n');
    const r = await cli(['validate', '--fleet', 'observability.config.yaml'], dir);
    assert.is(r.code, 1);
    assert.match(r.stderr, /^observability\.config\.yaml:2:1: error \[OBS_CONFIG_AS_FLEET\] this is a config \(it has `project:` and no `base:` or `hosts:`\), not a fleet file\n/);
    assert.match(r.stderr, /hint: pass it with `--config` instead of `--fleet`/);
    assert.match(r.stderr, /\n1 error, 0 warnings\n$/);
  } finally {
    cleanup(dir);
  }
});

test('a fleet with no host says so in plain words', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\nhosts: []\n');
  try {
    assert.match((await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir)).stderr, /^observability\.fleet\.yaml:3:8: error \[OBS_SCHEMA_RANGE\] `hosts` needs at least 1 item$/m);
  } finally {
    cleanup(dir);
  }
});

test('a base problem is reported once, in the base file; duplicate host names are refused', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n  - name: gpu-a\n', BASE.replace('retention: 15d', 'retention: 15 days'));
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 1);
    assert.is(r.stderr.split('\n').filter((l) => /^observability\.config\.yaml:5:14: error/.test(l)).length, 1, r.stderr);
    assert.match(r.stderr, /^observability\.fleet\.yaml:6:11: error \[OBS_RESERVED_NAME\] host `gpu-a` is listed twice/m);
  } finally {
    cleanup(dir);
  }
});

test('host names equal but for case are refused (one folder on macOS and Windows); an absolute base path is read as written', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral: { address: 10.0.0.1 }\nhosts:\n  - name: gpu-a\n  - name: GPU-A\n  - name: Central\n');
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 1);
    assert.match(r.stderr, /^observability\.fleet\.yaml:6:11: error \[OBS_RESERVED_NAME\] host `GPU-A` differs from `gpu-a` \(hosts\[0\]\) only in case/m);
    assert.match(r.stderr, /^observability\.fleet\.yaml:7:11: error \[OBS_RESERVED_NAME\] host name `Central` is the folder of the central store where file names ignore case/m);
    writeFileSync(path.join(dir, 'abs.fleet.yaml'), `version: 1\nbase: ${path.join(dir, 'observability.config.yaml')}\nhosts:\n  - name: gpu-a\n`);
    const abs = await cli(['validate', '--fleet', 'abs.fleet.yaml'], dir);
    assert.is(abs.code, 0, abs.stderr);
    // A mistake two schema rules see alike is said once.
    writeFileSync(path.join(dir, 'null.fleet.yaml'), 'version: 1\nbase: observability.config.yaml\nhosts:\n  - name: a\n    config: null\n');
    const nulled = await cli(['validate', '--fleet', 'null.fleet.yaml'], dir);
    assert.is(nulled.stderr.match(/error \[OBS_SCHEMA_TYPE\] `hosts\[0\]\.config` must be an object/g)?.length, 1, nulled.stderr);
  } finally {
    cleanup(dir);
  }
});

test('explain: a value the fleet sets over one the base writes is said to be the fleet\'s, overriding the base', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral: { address: 10.0.0.1 }\nhosts:\n  - name: gpu-a\n', `${BASE}alertmanager:\n  enabled: true\n`);
  try {
    const r = await cli(['explain', 'alertmanager.enabled', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-a'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, /^alertmanager\.enabled = false\n {2}set by the fleet, from observability\.fleet\.yaml:3:1 \(central[^)]*\)\n {2}default: false \(the same\)\n {2}overrides observability\.config\.yaml:10:12\n/);
    const json = JSON.parse((await cli(['explain', 'alertmanager.enabled', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-a', '--format', 'json'], dir)).stdout);
    assert.equal([json.result.writtenAt, json.result.overrides], [null, ['observability.config.yaml:10:12']]);
  } finally {
    cleanup(dir);
  }
});

test('a base value that only some hosts cannot take is reported in the base, naming those hosts', async () => {
  const base = `${BASE}modelServer:\n  flags: { memFractionStatic: 0.8 }\n`;
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n    config: { modelServer: { engine: vllm } }\n  - name: gpu-c\n    config: { modelServer: { engine: vllm } }\n', base);
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 1);
    assert.match(r.stderr, /^observability\.config\.yaml:10:3: error \[OBS_ENGINE_FLAGS\] hosts gpu-b, gpu-c: `modelServer\.flags` holds SGLang flags/m);
    assert.match(r.stderr, /hint: .*; for those hosts alone, write the key in their `config:` \(`null` there removes the base's value\)\n/);
    // Every host on vLLM: the base's own problem, no host named.
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), 'version: 1\nbase: observability.config.yaml\ncommon: { modelServer: { engine: vllm } }\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n');
    assert.match((await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir)).stderr, /^observability\.config\.yaml:10:3: error \[OBS_ENGINE_FLAGS\] `modelServer\.flags`/m);
  } finally {
    cleanup(dir);
  }
});

test('explain: the resolved value, where it was written, and what it overrode; the default when nothing wrote it', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n    config:\n      prometheus:\n        port: 9191\n        extraTargets: []\n        externalLabels: null\n');
  try {
    const b = await cli(['explain', 'prometheus.port', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-b'], dir);
    assert.is(b.code, 0, b.stderr);
    assert.is(b.stdout, 'prometheus.port = 9191\n  written at observability.fleet.yaml:8:15\n  default: 9090\n  overrides observability.config.yaml:4:9\n');
    const a = await cli(['explain', 'prometheus.port', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-a'], dir);
    assert.is(a.stdout, 'prometheus.port = 9090\n  written at observability.config.yaml:4:9\n  default: 9090 (the same)\n');
    const list = await cli(['explain', 'prometheus.extraTargets', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-b'], dir);
    assert.match(list.stdout, /^prometheus\.extraTargets = \[\]\n/, 'a list replaces the base list');
    const removed = await cli(['explain', 'prometheus.externalLabels', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-b'], dir);
    assert.match(removed.stdout, /^prometheus\.externalLabels = \{"host":"gpu-b"\}\n/, 'null removed the base labels; only the host label the fleet adds is left');
    const dflt = await cli(['explain', 'prometheus.scrapeInterval', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-a'], dir);
    assert.is(dflt.stdout, 'prometheus.scrapeInterval = "15s"\n  not written in any file: the default\n');
    const json = JSON.parse((await cli(['explain', 'prometheus.port', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-b', '--format', 'json'], dir)).stdout);
    assert.equal(json.result, { path: 'prometheus.port', value: 9191, writtenAt: 'observability.fleet.yaml:8:15', overrides: ['observability.config.yaml:4:9'], default: 9090 });
    const noHost = await cli(['explain', 'prometheus.port', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-z'], dir);
    assert.is(noHost.code, 2);
    assert.match(noHost.stderr, /error \[OBS_USAGE\] explain: `--host gpu-z` is not a host of observability\.fleet\.yaml\n {2}hint: name one of its hosts: `gpu-a`, `gpu-b`/);
    const none = await cli(['explain', 'prometheus.port', '--fleet', 'observability.fleet.yaml', '--format', 'json'], dir);
    assert.is(none.code, 2);
    assert.equal(JSON.parse(none.stdout).diagnostics.map((d: { message: string }) => d.message), ['explain: `--fleet observability.fleet.yaml` needs `--host NAME`: a value is a host\'s'], 'no --host is said as such');
  } finally {
    cleanup(dir);
  }
});

const FLEET = 'version: 1\nbase: observability.config.yaml\noutput: { dir: bundles }\ncommon:\n  versions: { prometheus: 2.55.1 }\n  modelServer: { scrape: false }\n  prometheus:\n    remoteWrite:\n      - { url: "http://central.example:9090/api/v1/write", queue: { capacity: 2500 } }\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n    config: { prometheus: { port: 9191 } }\n';

test('build --fleet writes one bundle per host, each Prometheus with its host label and the common remote write; check --fleet sees drift', async () => {
  const dir = fleetDir(FLEET);
  try {
    const built = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(built.code, 0, built.stderr);
    const [a, b] = ['gpu-a', 'gpu-b'].map((h) => bundleFiles(path.join(dir, 'bundles', h)).length);
    assert.match(built.stdout, new RegExp(`^bundles/gpu-a: wrote ${a} files \\(init-run\\.sh, [^)]*\\), 0 unchanged\nbundles/gpu-b: wrote ${b} files \\([^)]*\\), 0 unchanged\n$`));
    for (const [host, port] of [['gpu-a', 9090], ['gpu-b', 9191]] as const) {
      const prom = parseYaml(readFileSync(path.join(dir, 'bundles', host, 'prometheus.yml'), 'utf8'));
      assert.equal(prom.global.external_labels, { container_run: '${CONTAINER_RUN_ID}', host, team: 'ml' });
      assert.equal(prom.remote_write, [{ url: 'http://central.example:9090/api/v1/write', queue_config: { capacity: 2500 } }]);
      assert.equal(prom.scrape_configs[0].static_configs[0].targets, [`localhost:${port}`]);
    }
    // Each generated file says where it comes from and the command that writes it again: the fleet's, not `build`.
    const header = readFileSync(path.join(dir, 'bundles', 'gpu-a', 'docker-compose.yml'), 'utf8').split('\n')[0];
    assert.is(header, '# Generated by obscompile from ../../observability.fleet.yaml over ../../observability.config.yaml. Do not edit: change the fleet file or its base and run `obscompile build --fleet observability.fleet.yaml`.');
    assert.match(readFileSync(path.join(dir, 'bundles', 'gpu-b', 'metrics_catalog.md'), 'utf8'), /^<!-- Generated by obscompile from \.\.\/\.\.\/observability\.fleet\.yaml over \.\.\/\.\.\/observability\.config\.yaml\. .* run `obscompile build --fleet observability\.fleet\.yaml`\. -->\n/);
    assert.is((await cli(['check', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    writeFileSync(path.join(dir, 'bundles', 'gpu-b', 'prometheus.yml'), 'edited\n');
    const drift = await cli(['check', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(drift.code, 1);
    assert.match(drift.stdout, /^bundles\/gpu-b\/prometheus\.yml was edited by hand: move the change into the config, or revert the file$/m);
    // What CI reads: an annotation at the file, with its diff; a diagnostic in JSON and a result in SARIF.
    const github = await cli(['check', '--fleet', 'observability.fleet.yaml', '--format', 'github'], dir);
    assert.is(github.code, 1);
    assert.match(github.stdout, /^::error file=bundles\/gpu-b\/prometheus\.yml,line=1,col=1,title=OBS_HAND_EDITED::bundles\/gpu-b\/prometheus\.yml was edited by hand/m);
    const json = JSON.parse((await cli(['check', '--fleet', 'observability.fleet.yaml', '--format', 'json'], dir)).stdout);
    assert.equal(json.diagnostics.map((d: { file: string; code: string }) => [d.file, d.code]), [['bundles/gpu-b/prometheus.yml', 'OBS_HAND_EDITED']]);
    assert.is(json.result.upToDate, false);
    const sarif = JSON.parse((await cli(['check', '--fleet', 'observability.fleet.yaml', '--format', 'sarif'], dir)).stdout);
    assert.equal(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId), ['OBS_HAND_EDITED']);
  } finally {
    cleanup(dir);
  }
});

test('options of one config are refused with --fleet, before anything is written or watched', async () => {
  const dir = fleetDir(FLEET);
  try {
    for (const [args, message] of [
      [['build', '--out', 'elsewhere'], /--out does not apply with --fleet/],
      [['build', '--stdout', 'prometheus.yml'], /--stdout prints an artifact of one config; a fleet has one per host/],
      [['build', '--config', 'observability.config.yaml', '--watch'], /--config does not apply with --fleet/],
      [['check', '--out', 'elsewhere', '--watch'], /--out does not apply with --fleet/],
      [['check', '--staged'], /`check --staged` compares one config with its output folder/],
      [['validate', '--config', 'observability.config.yaml'], /--config does not apply with --fleet/],
    ] as [string[], RegExp][]) {
      const r = await cli([...args, '--fleet', 'observability.fleet.yaml'], dir);
      assert.is(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
      assert.not.ok(existsSync(path.join(dir, 'bundles')) || existsSync(path.join(dir, 'elsewhere')), `${args.join(' ')} wrote nothing`);
    }
  } finally {
    cleanup(dir);
  }
});

test('a host taken out of the fleet: its bundle goes, but only the files obscompile wrote there, and an edited one is named as left', async () => {
  const dir = fleetDir(FLEET);
  try {
    assert.is((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    const written = bundleFiles(path.join(dir, 'bundles', 'gpu-a')).length;
    writeFileSync(path.join(dir, 'bundles', 'gpu-a', 'notes.txt'), 'mine\n');
    writeFileSync(path.join(dir, 'bundles', 'gpu-a', 'prometheus.yml'), 'tuned by hand\n');
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), FLEET.replace('  - name: gpu-a\n', ''));
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`bundles/gpu-a: host left the fleet; removed ${written - 1} files \\(\\.gitattributes, `));
    assert.match(r.stdout, /^left bundles\/gpu-a\/prometheus\.yml in place: obscompile no longer writes it, and it was edited by hand/m);
    assert.equal(readdirSync(path.join(dir, 'bundles', 'gpu-a')).sort(), ['notes.txt', 'prometheus.yml'], 'the user\'s files stay, the manifest goes with the last of obscompile\'s');
    // Said once: the folder is no longer the fleet's.
    const again = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.not.match(again.stdout, /gpu-a/);
    rmSync(path.join(dir, 'bundles', 'gpu-a', 'prometheus.yml'));
    assert.ok(existsSync(path.join(dir, 'bundles', 'gpu-b', 'prometheus.yml')));
    rmSync(path.join(dir, 'bundles', 'gpu-a', 'notes.txt'));
    writeFileSync(path.join(dir, 'bundles', 'gpu-a', 'init-run.sh'), 'restored by hand\n');
    assert.is((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    assert.ok(existsSync(path.join(dir, 'bundles', 'gpu-a', 'init-run.sh')), 'a file obscompile did not write is never removed');
  } finally {
    cleanup(dir);
  }
});

test('a layer that sets the host label itself is refused at its position', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n    config:\n      prometheus:\n        externalLabels: { host: other }\n');
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 1);
    assert.match(r.stderr, /^observability\.fleet\.yaml:7:27: error \[OBS_RESERVED_NAME\] external label `host` is set by the fleet/m);
  } finally {
    cleanup(dir);
  }
});

test('hosts get the dashboards, catalog, alert rules and tests they would get built alone: equal ones for equal settings, its own for a host whose threshold and port differ', async () => {
  // Hosts in a row: a renderer given an input equal to the last host's answers with the last host's text.
  const fleet = 'version: 1\nbase: observability.config.yaml\noutput: { dir: bundles }\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n    config: { prometheus: { port: 9191 }, alerting: { thresholds: { gpuMemoryUsedRatio: 0.8 } } }\n  - name: gpu-c\n';
  const dir = fleetDir(fleet);
  const baseAlone = configDir(BASE);
  const alone = configDir(`${BASE.replace('port: 9090', 'port: 9191')}alerting:\n  thresholds: { gpuMemoryUsedRatio: 0.8 }\n`);
  try {
    // Each config built alone in a process of its own, where nothing was rendered before: what each host must get.
    for (const folder of [baseAlone, alone]) {
      const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli/bin.ts'), 'build'], { cwd: folder, encoding: 'utf8' });
      assert.is(r.status, 0, r.stderr);
    }
    const built = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(built.code, 0, built.stderr);
    // The dashboards, and the catalog, alert rules and their tests without their header (which names the config relative to the folder).
    const dashboards = (folder: string) => Object.fromEntries(readdirSync(folder).filter((f) => f.startsWith('dashboard-') || f === 'metrics_catalog.md' || f.startsWith('alert-rules.')).map((f) => [f, readFileSync(path.join(folder, f), 'utf8').replace(/^(<!--.*-->|# .*)\n/, '')]));
    const [a, b, c] = ['gpu-a', 'gpu-b', 'gpu-c'].map((h) => dashboards(path.join(dir, 'bundles', h)));
    assert.ok(Object.keys(a!).includes('dashboard-gpu.json'), Object.keys(a!).join(' '));
    assert.equal(a, dashboards(path.join(baseAlone, 'out')), 'gpu-a: what its config gets built alone');
    assert.equal(b, dashboards(path.join(alone, 'out')), 'gpu-b: what its config gets built alone');
    assert.equal(c, a);
    const red = (text: string) => JSON.parse(text).panels.flatMap((p: { fieldConfig?: { defaults: { thresholds: { steps: { value: number | null }[] } } } }) => p.fieldConfig?.defaults.thresholds.steps.map((s) => s.value) ?? []);
    assert.ok(red(b!['dashboard-gpu.json']!).includes(0.8), 'gpu-b shows its own threshold');
    assert.not.ok(red(a!['dashboard-gpu.json']!).includes(0.8));
    assert.match(b!['metrics_catalog.md']!, /`alerting\.thresholds\.gpuMemoryUsedRatio` = 0\.8 \|/, 'gpu-b: its catalog lists its threshold');
    assert.ok(a!['alert-rules.yml'] && b!['alert-rules.yml'] !== a!['alert-rules.yml'], 'gpu-b: its alert rules use its threshold');
    assert.ok(a!['alert-rules.test.yml'] && b!['alert-rules.test.yml'] !== a!['alert-rules.test.yml'], 'gpu-b: its alert tests test its threshold');
    // Each manifest records its own files' hashes, though most texts are the previous host's.
    for (const host of ['gpu-a', 'gpu-b', 'gpu-c']) {
      const folder = path.join(dir, 'bundles', host);
      const manifest = JSON.parse(readFileSync(path.join(folder, '.obscompile-manifest.json'), 'utf8')) as { artifacts: Record<string, { sha256: string }> };
      for (const [file, entry] of Object.entries(manifest.artifacts)) assert.is(entry.sha256, createHash('sha256').update(readFileSync(path.join(folder, file))).digest('hex'), `${host}/${file}`);
    }
    const check = await cli(['check', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(check.code, 0, check.stdout + check.stderr);
  } finally {
    cleanup(dir);
    cleanup(baseAlone);
    cleanup(alone);
  }
});

test.run();
