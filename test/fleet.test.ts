/** Fleets: hosts layered over a base config, every diagnostic and every explanation pointing into the right layer. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import { parse as parseYaml } from 'yaml';
import * as assert from 'uvu/assert';
import { merge } from '../src/layer/layer.js';
import { ROOT, bundleFiles, cleanup, cli, configDir, which } from './helpers.js';

const BASE = 'version: 1\noutput: { dir: out }\nprometheus:\n  port: 9090\n  retention: 15d\n  externalLabels: { team: ml }\n  extraTargets:\n    - { job: app, targets: ["localhost:8000"] }\n';

function fleetDir(fleet: string, base = BASE): string {
  const dir = configDir(base);
  writeFileSync(path.join(dir, 'observability.fleet.yaml'), fleet);
  return dir;
}

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

test('explain: the resolved value, where it was written, and what it overrode; the default when nothing wrote it', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n    config:\n      prometheus:\n        port: 9191\n        extraTargets: []\n        externalLabels: null\n');
  try {
    const b = await cli(['explain', 'prometheus.port', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-b'], dir);
    assert.is(b.code, 0, b.stderr);
    assert.is(b.stdout, 'prometheus.port = 9191\n  written at observability.fleet.yaml:8:15\n  overrides observability.config.yaml:4:9\n');
    const a = await cli(['explain', 'prometheus.port', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-a'], dir);
    assert.is(a.stdout, 'prometheus.port = 9090\n  written at observability.config.yaml:4:9\n');
    const list = await cli(['explain', 'prometheus.extraTargets', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-b'], dir);
    assert.match(list.stdout, /^prometheus\.extraTargets = \[\]\n/, 'a list replaces the base list');
    const removed = await cli(['explain', 'prometheus.externalLabels', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-b'], dir);
    assert.match(removed.stdout, /^prometheus\.externalLabels = \{"host":"gpu-b"\}\n/, 'null removed the base labels; only the host label the fleet adds is left');
    const dflt = await cli(['explain', 'prometheus.scrapeInterval', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-a'], dir);
    assert.is(dflt.stdout, 'prometheus.scrapeInterval = "15s"\n  not written in any file: the default\n');
    const json = JSON.parse((await cli(['explain', 'prometheus.port', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-b', '--format', 'json'], dir)).stdout);
    assert.equal(json.result, { path: 'prometheus.port', value: 9191, writtenAt: 'observability.fleet.yaml:8:15', overrides: ['observability.config.yaml:4:9'] });
    const noHost = await cli(['explain', 'prometheus.port', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-z'], dir);
    assert.is(noHost.code, 2);
    assert.match(noHost.stderr, /--host must name a host of observability\.fleet\.yaml: gpu-a, gpu-b/);
  } finally {
    cleanup(dir);
  }
});

const FLEET = 'version: 1\nbase: observability.config.yaml\noutput: { dir: bundles }\ncommon:\n  versions: { prometheus: 2.55.1 }\n  prometheus:\n    remoteWrite:\n      - { url: "http://central.example:9090/api/v1/write", queue: { capacity: 2500 } }\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n    config: { prometheus: { port: 9191 } }\n';

test('build --fleet writes one bundle per host, each Prometheus with its host label and the common remote write; check --fleet sees drift', async () => {
  const dir = fleetDir(FLEET);
  try {
    const built = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(built.code, 0, built.stderr);
    const [a, b] = ['gpu-a', 'gpu-b'].map((h) => bundleFiles(path.join(dir, 'bundles', h)).length);
    assert.match(built.stdout, new RegExp(`^bundles/gpu-a: wrote ${a} files, 0 unchanged\nbundles/gpu-b: wrote ${b} files, 0 unchanged\n$`));
    for (const [host, port] of [['gpu-a', 9090], ['gpu-b', 9191]] as const) {
      const prom = parseYaml(readFileSync(path.join(dir, 'bundles', host, 'prometheus.yml'), 'utf8'));
      assert.equal(prom.global.external_labels, { container_run: '${CONTAINER_RUN_ID}', host, team: 'ml' });
      assert.equal(prom.remote_write, [{ url: 'http://central.example:9090/api/v1/write', queue_config: { capacity: 2500 } }]);
      assert.equal(prom.scrape_configs[0].static_configs[0].targets, [`localhost:${port}`]);
    }
    assert.is((await cli(['check', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    writeFileSync(path.join(dir, 'bundles', 'gpu-b', 'prometheus.yml'), 'edited\n');
    const drift = await cli(['check', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(drift.code, 1);
    assert.match(drift.stdout, /bundles\/gpu-b\/prometheus\.yml is hand-edited/);
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

test('a host taken out of the fleet: its bundle goes, but only the files obscompile wrote there', async () => {
  const dir = fleetDir(FLEET);
  try {
    assert.is((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    const written = bundleFiles(path.join(dir, 'bundles', 'gpu-a')).length;
    writeFileSync(path.join(dir, 'bundles', 'gpu-a', 'notes.txt'), 'mine\n');
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), FLEET.replace('  - name: gpu-a\n', ''));
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`bundles/gpu-a: host left the fleet; removed ${written} files`));
    assert.equal(readdirSync(path.join(dir, 'bundles', 'gpu-a')).sort(), ['.obscompile-manifest.json', 'notes.txt'], 'the user\'s file stays');
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

test('a fleet with a central store: its bundle (receiver, Alertmanager, compose, hosts table), and every host remote-writes and alerts to it', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral: { address: metrics.lab.internal, retention: 60d }\ncommon:\n  versions: { prometheus: 2.55.1 }\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n');
  try {
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^fleet/central: wrote ${bundleFiles(path.join(dir, 'fleet', 'central')).length} files`, 'm'));
    const read = (f: string) => parseYaml(readFileSync(path.join(dir, 'fleet', f), 'utf8'));
    assert.equal(read('gpu-a/prometheus.yml').remote_write, [{ url: 'http://metrics.lab.internal:9090/api/v1/write', name: 'central' }]);
    // Traces: every Jaeger 2 host forwards to the central Jaeger, which receives OTLP and keeps it in badger.
    assert.equal(read('gpu-b/jaeger.yaml').exporters['otlp/central'], { endpoint: 'metrics.lab.internal:4317', tls: { insecure: true } });
    const central = read('central/jaeger.yaml');
    assert.equal(central.receivers.otlp.protocols, { grpc: { endpoint: '0.0.0.0:4317' }, http: { endpoint: '0.0.0.0:4318' } });
    assert.equal(central.extensions.jaeger_storage.backends.run_store.badger.ttl, { spans: '72h' });
    assert.not.ok(central.exporters['otlp/central'], 'the central Jaeger forwards nowhere');
    const compose = read('central/docker-compose.yml');
    assert.is(compose.services.prometheus.image, 'prom/prometheus:v2.55.1');
    assert.ok(compose.services.prometheus.command.includes('--web.enable-remote-write-receiver'));
    assert.ok(compose.services.prometheus.command.includes('--storage.tsdb.retention.time=60d'), 'Prometheus 2: retention by flag');
    assert.is(compose.services.jaeger.image, 'jaegertracing/jaeger:2.20.0');
    assert.equal(compose.services.jaeger.ports.map((p: { target: number }) => p.target), [4317, 4318, 16686]);
    assert.equal(compose.services.jaeger.volumes[1], { type: 'bind', source: './data/jaeger', target: '/jaeger', bind: { create_host_path: false } });
    assert.ok(read('central/prometheus.yml').scrape_configs.some((j: { job_name: string }) => j.job_name === 'central-jaeger'), 'the central Prometheus scrapes its Jaeger');
    assert.match(readFileSync(path.join(dir, 'fleet', 'central', 'README.md'), 'utf8'), /\| gpu-a \| \.\.\/gpu-a \| yes \| yes \|\n\| gpu-b \| \.\.\/gpu-b \| yes \| yes \|/);
    // Alerts: every host sends to the central Alertmanager and runs none itself; it groups by host and run.
    assert.equal(read('gpu-a/prometheus.yml').alerting, { alertmanagers: [{ static_configs: [{ targets: ['metrics.lab.internal:9093'] }] }] });
    assert.not.ok(existsSync(path.join(dir, 'fleet', 'gpu-a', 'alertmanager.yml')));
    assert.is(compose.services.alertmanager.image, 'prom/alertmanager:v0.34.0');
    assert.ok(compose.services.alertmanager.command.includes('--cluster.listen-address='));
    assert.equal(read('central/alertmanager.yml').route.group_by, ['alertname', 'host', 'container_run']);
    // Dashboards: the hosts' set, over the central Prometheus; no Grafana unless central.grafana asks for one.
    assert.ok(existsSync(path.join(dir, 'fleet', 'central', 'dashboard-overview.json')));
    assert.not.ok(compose.services.grafana);
    const explained = await cli(['explain', 'alertmanager.enabled', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-a'], dir);
    assert.match(explained.stdout, /^alertmanager\.enabled = false\n  set by the fleet, from observability\.fleet\.yaml:3:1 \(central\.alertmanager\)\n/);
    const list = await cli(['explain', 'alerting.alertmanagers', '--fleet', 'observability.fleet.yaml', '--host', 'gpu-a'], dir);
    assert.match(list.stdout, /\n  alerting\.alertmanagers\[0\] set by the fleet, from observability\.fleet\.yaml:3:1 \(central\.alertmanager\)\n/, 'a list the fleet added to names the item');
    const promtool = which('promtool');
    if (promtool) {
      for (const f of ['central/prometheus.yml', 'gpu-b/prometheus.yml']) {
        const check = spawnSync(promtool, ['check', 'config', path.join(dir, 'fleet', f)], { encoding: 'utf8' });
        assert.is(check.status, 0, `${f}: ${check.stdout}${check.stderr}`);
      }
    }
    assert.is((await cli(['check', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
  } finally {
    cleanup(dir);
  }
});

test('central Alertmanager: one routing for every host, refused at the host layer that differs; turned off, hosts alert nowhere central', async () => {
  const hosts = "hosts:\n  - name: gpu-a\n  - name: gpu-b\n    config:\n      alertmanager:\n        receivers: [{ name: mine, webhook: { url: 'https://hooks.example.com/b' } }]\n        route: { receiver: mine }\n";
  const dir = fleetDir(`version: 1\nbase: observability.config.yaml\ncentral: { address: 10.0.0.1 }\n${hosts}`);
  try {
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 1);
    assert.match(r.stderr, /^observability\.fleet\.yaml:8:7: error \[OBS_ALERTMANAGER_RECEIVER\] host `gpu-b` routes alerts its own way, but the central Alertmanager routes every host's alerts with one set of receivers$/m);
    assert.match(r.stderr, /hint: set `alertmanager` in the base config or in `common`, the same for every host/);
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), `version: 1\nbase: observability.config.yaml\ncentral: { address: 10.0.0.1, alertmanager: { enabled: false } }\n${hosts}`);
    const off = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(off.code, 0, off.stderr);
    assert.not.ok(existsSync(path.join(dir, 'fleet', 'central', 'alertmanager.yml')));
    assert.not.ok(parseYaml(readFileSync(path.join(dir, 'fleet', 'gpu-a', 'prometheus.yml'), 'utf8')).alerting, 'no Alertmanager to send to');
  } finally {
    cleanup(dir);
  }
});

test('central Grafana: the hosts\' dashboards over the central Prometheus and Jaeger, its password a secret relative to the central bundle; none without a password file', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral: { address: 10.0.0.1, grafana: { enabled: true } }\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n    config: { exporters: { dcgmExporter: { profiling: false } } }\n');
  try {
    const refused = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(refused.code, 1);
    assert.match(refused.stderr, /^observability\.fleet\.yaml:3:51: error \[OBS_GRAFANA\] the central Grafana needs its admin user's password, read from a file$/m);
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), readFileSync(path.join(dir, 'observability.fleet.yaml'), 'utf8').replace('grafana: { enabled: true }', 'grafana: { enabled: true, adminPasswordFile: grafana.secret }'));
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 0, r.stderr);
    const read = (f: string) => parseYaml(readFileSync(path.join(dir, 'fleet', 'central', f), 'utf8'));
    const compose = read('docker-compose.yml');
    assert.equal(compose.secrets, { grafana_admin_password: { file: '../../grafana.secret' } });
    assert.equal(compose.services.grafana.ports, [{ target: 3000, published: '3000', protocol: 'tcp' }]);
    assert.equal(read('grafana-datasources.yml').datasources.map((d: { url: string }) => d.url), ['http://prometheus:9090', 'http://jaeger:16686']);
    // gpu-a collects the profiling fields, gpu-b does not: the central GPU dashboard has them, for gpu-a.
    const gpu = JSON.parse(readFileSync(path.join(dir, 'fleet', 'central', 'dashboard-gpu.json'), 'utf8')) as { panels: { title: string }[] };
    assert.ok(gpu.panels.some((p) => p.title === 'SM active'));
    assert.not.ok(JSON.parse(readFileSync(path.join(dir, 'fleet', 'gpu-b', 'dashboard-gpu.json'), 'utf8')).panels.some((p: { title: string }) => p.title === 'SM active'));
  } finally {
    cleanup(dir);
  }
});

test('central Jaeger: a Jaeger 1 host or a host with its own forwarding does not send to it; none sending, none generated', async () => {
  const hosts = 'hosts:\n  - name: old\n    config: { versions: { jaeger: 1.76.0 } }\n  - name: own\n    config: { jaeger: { forwardOtlp: { endpoint: "traces.example:4317" } } }\n';
  const dir = fleetDir(`version: 1\nbase: observability.config.yaml\ncentral: { address: 10.0.0.1 }\n${hosts}`);
  try {
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stderr, /OBS_VERSION_DEPRECATED/, 'Jaeger 1 is still only a warning');
    assert.equal(parseYaml(readFileSync(path.join(dir, 'fleet', 'own', 'jaeger.yaml'), 'utf8')).exporters['otlp/central'].endpoint, 'traces.example:4317', "the layer's own endpoint wins");
    assert.not.ok(existsSync(path.join(dir, 'fleet', 'central', 'jaeger.yaml')));
    assert.not.ok(parseYaml(readFileSync(path.join(dir, 'fleet', 'central', 'docker-compose.yml'), 'utf8')).services.jaeger);
    assert.match(readFileSync(path.join(dir, 'fleet', 'central', 'README.md'), 'utf8'), /No host forwards traces[^]*\| old \| \.\.\/old \| no \| yes \|\n\| own \| \.\.\/own \| no \| yes \|/);
  } finally {
    cleanup(dir);
  }
});

test('central store ports: two central services on one port are refused, at the second', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral:\n  address: 10.0.0.1\n  port: 4317\nhosts:\n  - name: gpu-a\n');
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 1);
    assert.match(r.stderr, /^observability\.fleet\.yaml:3:1: error \[OBS_PORT_COLLISION\] port 4317 of `central\.jaeger\.otlpGrpcPort` is already taken by `central\.port`/m);
  } finally {
    cleanup(dir);
  }
});

test("central setup-storage.sh creates the store's folders for the users the images run as, and keeps what exists", async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral: { address: 10.0.0.1, storage: ../../store }\nhosts:\n  - name: gpu-a\n');
  try {
    assert.is((await cli(['build', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
    const script = path.join(dir, 'fleet', 'central', 'setup-storage.sh');
    const asRoot = process.getuid?.() === 0;
    const first = spawnSync('bash', [script], { encoding: 'utf8' });
    if (!asRoot) {
      assert.is(first.status, 1);
      assert.match(first.stderr, /run it as root/);
      return;
    }
    assert.is(first.status, 0, first.stderr);
    const owner = (sub: string) => statSync(path.join(dir, 'store', sub)).uid;
    assert.is(owner('prometheus'), 65534);
    for (const sub of ['jaeger', 'jaeger/badger/key', 'jaeger/badger/value']) assert.is(owner(sub), 10001, sub);
    writeFileSync(path.join(dir, 'store', 'prometheus', 'keep'), 'data');
    const again = spawnSync('bash', [script], { encoding: 'utf8' });
    assert.is(again.status, 0);
    assert.is(again.stdout, '', 'nothing left to create');
    assert.is(readFileSync(path.join(dir, 'store', 'prometheus', 'keep'), 'utf8'), 'data');
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
