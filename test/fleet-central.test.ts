/** A fleet's central store: its bundle, and what every host sends it (metrics, traces, alerts), with its Grafana. */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import { parse as parseYaml } from 'yaml';
import * as assert from 'uvu/assert';
import { bundleFiles, cleanup, cli, which } from './helpers.js';
import { BASE, fleetDir } from './fleet-dir.js';
import { analyzeQuery } from '../src/promql/analyze.js';
import { checkable } from '../src/dashboards/panel.js';

test('a fleet with a central store: its bundle (receiver, Alertmanager, compose, hosts table), and every host remote-writes and alerts to it', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral: { address: metrics.lab.internal, retention: 60d, retentionSize: 500GB }\ncommon:\n  versions: { prometheus: 2.55.1 }\nhosts:\n  - name: gpu-a\n    address: gpu-a.lab.internal\n  - name: gpu-b\n');
  try {
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`^fleet/central: wrote ${bundleFiles(path.join(dir, 'fleet', 'central')).length} files`, 'm'));
    const read = (f: string) => parseYaml(readFileSync(path.join(dir, 'fleet', f), 'utf8'));
    assert.equal(read('gpu-a/prometheus.yml').remote_write, [{ url: 'http://metrics.lab.internal:9090/api/v1/write', name: 'central' }]);
    // Traces: every Jaeger 2 host forwards to the central Jaeger, which receives OTLP and keeps it in badger.
    assert.equal(read('gpu-b/jaeger.yaml').exporters['otlp_grpc/central'], { endpoint: 'metrics.lab.internal:4317', tls: { insecure: true } });
    const central = read('central/jaeger.yaml');
    assert.equal(central.receivers.otlp.protocols, { grpc: { endpoint: '0.0.0.0:4317' }, http: { endpoint: '0.0.0.0:4318' } });
    assert.equal(central.extensions.jaeger_storage.backends.run_store.badger.ttl, { spans: '72h' });
    assert.not.ok(central.exporters['otlp_grpc/central'], 'the central Jaeger forwards nowhere');
    const compose = read('central/docker-compose.yml');
    assert.is(compose.services.prometheus.image, 'prom/prometheus:v2.55.1');
    assert.ok(compose.services.prometheus.command.includes('--web.enable-remote-write-receiver'));
    // The links of the fleet's alerts name the central store where the hosts reach it, not its container's hostname,
    // and each host where the fleet file says people reach it (localhost for a host with no address).
    const hostUrl = (host: string) => /'--web\.external-url=([^']*)'/.exec(readFileSync(path.join(dir, 'fleet', host, 'init-run.sh'), 'utf8'))?.[1];
    assert.is(hostUrl('gpu-a'), 'http://gpu-a.lab.internal:9090/');
    assert.is(hostUrl('gpu-b'), 'http://localhost:9090/');
    assert.ok(compose.services.prometheus.command.includes('--web.external-url=http://metrics.lab.internal:9090/'), compose.services.prometheus.command.join(' '));
    assert.ok(compose.services.alertmanager.command.includes('--web.external-url=http://metrics.lab.internal:9093/'), compose.services.alertmanager.command.join(' '));
    assert.ok(compose.services.prometheus.command.includes('--storage.tsdb.retention.time=60d'), 'Prometheus 2: retention by flag');
    assert.ok(compose.services.prometheus.command.includes('--storage.tsdb.retention.size=500GB'), 'and its size cap');
    assert.match(readFileSync(path.join(dir, 'fleet', 'central', 'README.md'), 'utf8'), /keeping 60d and at most 500GB\./);
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
    // The central store's own alerts: on its own series only (no `host` label), sent to its Alertmanager.
    const centralProm = read('central/prometheus.yml');
    assert.equal(centralProm.rule_files, ['alert-rules.yml']);
    assert.equal(centralProm.alerting, { alertmanagers: [{ static_configs: [{ targets: ['alertmanager:9093'] }] }] });
    assert.ok(compose.services.prometheus.volumes.some((v: { source: string }) => v.source === './alert-rules.yml'));
    const rules = read('central/alert-rules.yml').groups.flatMap((g: { rules: { alert: string; expr: string }[] }) => g.rules);
    assert.ok(rules.some((r: { alert: string }) => r.alert === 'AlertmanagerNotificationsFailing'), 'the central Alertmanager\'s failures are watched');
    assert.not.ok(rules.some((r: { alert: string }) => r.alert === 'PrometheusRemoteWriteFailing'));
    // Its own Watchdog: the hosts' cannot say that the central Prometheus evaluates its rules and reaches the Alertmanager.
    assert.ok(rules.some((r: { alert: string; expr: string }) => r.alert === 'Watchdog' && r.expr === 'vector(1)'));
    // And whether the hosts' alerts reach the central Alertmanager: only the central store sees their failed sends.
    assert.ok(rules.some((r: { alert: string; expr: string }) => r.alert === 'FleetHostAlertsFailing' && r.expr.includes('prometheus_notifications_errors_total{job="prometheus", host!=""}')));
    for (const r of rules.filter((x: { alert: string }) => !['FleetHostSilent', 'FleetHostAlertsFailing', 'Watchdog'].includes(x.alert))) {
      const { selectors } = analyzeQuery(r.expr);
      assert.ok(selectors.length > 0 && selectors.every((sel) => sel.matchers.some((m) => m.label === 'host' && m.op === '=' && m.value === '')), `${r.alert}: ${r.expr}`);
    }
    // And one over what the hosts send: each host of the fleet file by name, silent for ten minutes.
    const silent = rules.find((r: { alert: string }) => r.alert === 'FleetHostSilent');
    assert.equal(analyzeQuery(silent.expr).selectors.map((sel) => sel.matchers.map((m) => `${m.label}${m.op}${m.value}`).join(',')), ['job=prometheus,host=gpu-a', 'job=prometheus,host=gpu-b']);
    const promtool = which('promtool');
    if (promtool) {
      for (const f of ['central/prometheus.yml', 'gpu-b/prometheus.yml']) {
        const check = spawnSync(promtool, ['check', 'config', path.join(dir, 'fleet', f)], { encoding: 'utf8' });
        assert.is(check.status, 0, `${f}: ${check.stdout}${check.stderr}`);
      }
      const central = path.join(dir, 'fleet', 'central');
      const tested = spawnSync(promtool, ['test', 'rules', 'alert-rules.test.yml'], { cwd: central, encoding: 'utf8' });
      assert.is(tested.status, 0, tested.stdout + tested.stderr);
      // A host's WAL failure reaches the central store by remote write, with its host label: the host alerts on it, the central store does not.
      const series = (host: string) => `prometheus_tsdb_wal_writes_failed_total{${host}instance="localhost:9090",job="prometheus"}`;
      const scoped = { rule_files: ['alert-rules.yml'], evaluation_interval: '1m', tests: [{ interval: '1m', input_series: [{ series: series('host="gpu-a",'), values: '0+1x20' }], alert_rule_test: [{ eval_time: '10m', alertname: 'PrometheusWalWritesFailing', exp_alerts: [] }] }, { interval: '1m', input_series: [{ series: series(''), values: '0+1x20' }], alert_rule_test: [{ eval_time: '10m', alertname: 'PrometheusWalWritesFailing', exp_alerts: [{ exp_labels: { instance: 'localhost:9090', job: 'prometheus', severity: 'warning', pack: 'stack' }, exp_annotations: { summary: 'Prometheus fails to write its write-ahead log (a full or read-only disk?)', description: "prometheus_tsdb_wal_writes_failed_total rose in the last 1h; Prometheus's own log says why." } }] }] }] };
      writeFileSync(path.join(central, 'scoped.test.yml'), JSON.stringify(scoped));
      const own = spawnSync(promtool, ['test', 'rules', 'scoped.test.yml'], { cwd: central, encoding: 'utf8' });
      assert.is(own.status, 0, own.stdout + own.stderr);
    }
    assert.is((await cli(['check', '--fleet', 'observability.fleet.yaml'], dir)).code, 0);
  } finally {
    cleanup(dir);
  }
});

test('a fleet file whose central: is removed: check and build name the central store, not a host, and build removes its bundle', async () => {
  const receivers = "alertmanager:\n  receivers:\n    - name: lab\n      webhook: { url: 'http://alerts.lab.internal:8080/hook' }\n  route: { receiver: lab }\n";
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral: { address: 10.0.0.1 }\nhosts:\n  - name: gpu-a\n', `${BASE}${receivers}`);
  try {
    const built = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(built.code, 0);
    assert.not.match(built.stderr, /OBS_SETTING_UNUSED/, 'the receivers route the central Alertmanager');
    const files = bundleFiles(path.join(dir, 'fleet', 'central')).length;
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), 'version: 1\nbase: observability.config.yaml\nhosts:\n  - name: gpu-a\n');
    const check = await cli(['check', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(check.code, 1);
    assert.match(check.stdout, new RegExp(`^fleet/central: the fleet file no longer has \`central:\`; ${files} files still there, which \`obscompile build --fleet\` removes: `, 'm'));
    assert.not.match(check.stdout, /host left/);
    // Without a central store the hosts run no Alertmanager and send to none: the receivers would route nothing.
    const validated = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.match(validated.stderr, new RegExp(`^observability\\.config\\.yaml:${BASE.split('\n').length + 1}:3: warning \\[OBS_SETTING_UNUSED\\] no Alertmanager runs here and Prometheus sends its alerts to none`, 'm'));
    const build = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(build.code, 0, build.stderr);
    assert.match(build.stdout, new RegExp(`^fleet/central: the fleet file no longer has \`central:\`; removed ${files} files`, 'm'));
    assert.not.ok(existsSync(path.join(dir, 'fleet', 'central')));
  } finally {
    cleanup(dir);
  }
});

test('central.retentionSize beyond what Prometheus reads is an error at its position in the fleet file', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral: { address: 10.0.0.1, retentionSize: 16EB }\nhosts:\n  - name: gpu-a\n');
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 1);
    assert.match(r.stderr, /^observability\.fleet\.yaml:3:\d+: error \[OBS_SCHEMA_RANGE\] 16EB is more bytes than Prometheus can hold/m);
  } finally {
    cleanup(dir);
  }
});

test('a central.address that is no host name (empty label, leading dot) is refused at the address, as a host name to write, not as a URL', async () => {
  for (const address of ['a..b', '.lab', 'central.lab..']) {
    const dir = fleetDir(`version: 1\nbase: observability.config.yaml\ncentral: { address: '${address}' }\nhosts:\n  - name: gpu-a\n`);
    try {
      const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
      assert.is(r.code, 1, address);
      assert.match(r.stderr, /^observability\.fleet\.yaml:3:21: error \[OBS_SCHEMA_PATTERN\] `[^`]*` is not valid for `central\.address`/m, address);
      assert.match(r.stderr, /hint: a host name or IPv4 address: names between single dots/, address);
      assert.not.match(r.stderr, /remote-write URL/, address);
    } finally {
      cleanup(dir);
    }
  }
  // Names with _ or -, and the root's trailing dot, stay hosts.
  const dir = fleetDir("version: 1\nbase: observability.config.yaml\ncentral: { address: 'metrics-1.lab_a.internal.' }\nhosts:\n  - name: gpu-a\n");
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.not.match(r.stderr, /central\.address|OBS_REMOTE_WRITE_INVALID/, r.stderr);
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
    const central = parseYaml(readFileSync(path.join(dir, 'fleet', 'central', 'alert-rules.yml'), 'utf8')).groups.flatMap((g: { rules: { alert?: string }[] }) => g.rules.map((x) => x.alert));
    assert.ok(central.includes('FleetHostSilent') && !central.includes('FleetHostAlertsFailing'), 'no central Alertmanager: no alerts of the hosts sent to it to watch');
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

test("the central dashboards tell hosts apart: every aggregation keeps `host`, every legend names it (heatmaps aside), All hosts leaves the central store's own series out; a host's own dashboards do not", async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral: { address: 10.0.0.1 }\nhosts:\n  - name: gpu-a\n  - name: gpu-b\n    config: { prometheus: { port: 9191 } }\n');
  try {
    const r = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 0, r.stderr);
    type Dashboard = { panels: { title: string; type: string; targets?: { expr: string; legendFormat?: string }[] }[] };
    const targets = (bundle: string) =>
      readdirSync(path.join(dir, 'fleet', bundle))
        .filter((f) => f.startsWith('dashboard-'))
        .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, 'fleet', bundle, f), 'utf8')) as Dashboard).panels.flatMap((p) => (p.targets ?? []).map((t) => ({ ...t, heatmap: p.type === 'heatmap', where: `${f} / ${p.title}` }))));
    const central = targets('central');
    assert.ok(central.length > 40, `${central.length} queries`);
    let aggregations = 0;
    // A heatmap stays one distribution over the hosts picked: its buckets are named by `le` alone, which Grafana sorts.
    for (const t of central.filter((x) => x.heatmap)) assert.is(t.legendFormat, '{{le}}', t.where);
    for (const t of central.filter((x) => !x.heatmap)) {
      const a = analyzeQuery(checkable(t.expr));
      assert.equal(a.errors, [], t.expr);
      for (const g of a.groupings) {
        aggregations++;
        const names = g.labels.map((l) => l.name);
        assert.ok(g.mode === 'by' ? names.includes('host') : !names.includes('host'), `${t.where}: ${t.expr}`);
      }
      if (t.legendFormat !== undefined) assert.ok(t.legendFormat.startsWith('{{host}} '), `${t.where}: ${t.legendFormat}`);
    }
    assert.ok(aggregations > 20, `${aggregations} aggregations`);
    // A host's Prometheus holds one host: its own dashboards are as a single box has them.
    assert.not.ok(targets('gpu-a').some((t) => t.legendFormat?.includes('{{host}}') || /by \([^)]*\bhost\b/.test(t.expr)));
    // "All" hosts is every host, not the central store's own series (no `host` label), which `.*` would match too.
    const allOf = (bundle: string, f: string) => (JSON.parse(readFileSync(path.join(dir, 'fleet', bundle, f), 'utf8')) as { templating: { list: { name: string; allValue: string }[] } }).templating.list.find((v) => v.name === 'host')!.allValue;
    assert.equal([allOf('central', 'dashboard-prometheus.json'), allOf('gpu-a', 'dashboard-prometheus.json')], ['.+', '.*']);
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
    assert.equal(parseYaml(readFileSync(path.join(dir, 'fleet', 'own', 'jaeger.yaml'), 'utf8')).exporters['otlp_grpc/central'].endpoint, 'traces.example:4317', "the layer's own endpoint wins");
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
    assert.match(readFileSync(path.join(dir, 'store', '.gitignore'), 'utf8'), /^\*$/m, 'the store is kept out of git');
    writeFileSync(path.join(dir, 'store', 'prometheus', 'keep'), 'data');
    const again = spawnSync('bash', [script], { encoding: 'utf8' });
    assert.is(again.status, 0);
    assert.is(again.stdout, '', 'nothing left to create');
    assert.is(readFileSync(path.join(dir, 'store', 'prometheus', 'keep'), 'utf8'), 'data');
    // A folder made by root before the script ran: handed over when empty, reported (and left alone) when not.
    chownSync(path.join(dir, 'store', 'alertmanager'), 0, 0);
    chownSync(path.join(dir, 'store', 'prometheus'), 0, 0);
    const third = spawnSync('bash', [script], { encoding: 'utf8' });
    assert.is(third.status, 1, 'a store its service cannot write fails the script');
    assert.match(third.stdout, /handed .*store\/alertmanager \(empty\) to 65534:65534/);
    assert.is(owner('alertmanager'), 65534);
    assert.match(third.stderr, /store\/prometheus is owned by 0:0, but its service runs as 65534:65534 .*chown -R 65534:65534 /);
    assert.is(owner('prometheus'), 0, 'a folder holding data keeps its owner');
    assert.is(readFileSync(path.join(dir, 'store', 'prometheus', 'keep'), 'utf8'), 'data');
  } finally {
    cleanup(dir);
  }
});

test('a central Alertmanager over hosts that name no route receiver is warned about: it would drop every alert', async () => {
  const dir = fleetDir('version: 1\nbase: observability.config.yaml\ncentral: { address: 10.0.0.1 }\nhosts:\n  - name: gpu-a\n');
  try {
    const r = await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.match(r.stderr, /^observability\.fleet\.yaml:3:\d+: warning \[OBS_ALERTMANAGER_RECEIVER\] the central Alertmanager routes with the hosts' `alertmanager` settings, which name no route receiver: it drops every alert/m);
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), 'version: 1\nbase: observability.config.yaml\ncentral: { address: 10.0.0.1 }\ncommon:\n  alertmanager:\n    receivers: [{ name: team, webhook: { url: "http://alerts.lab.internal:8080/hook" } }]\n    route: { receiver: team }\nhosts:\n  - name: gpu-a\n');
    assert.not.match((await cli(['validate', '--fleet', 'observability.fleet.yaml'], dir)).stderr, /OBS_ALERTMANAGER_RECEIVER/);
    // One box: Alertmanager turned on with nowhere to send.
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\nalertmanager: { enabled: true }\n');
    assert.match((await cli(['validate'], dir)).stderr, /^observability\.config\.yaml:2:26: warning \[OBS_ALERTMANAGER_RECEIVER\] Alertmanager runs, but `alertmanager\.route\.receiver` names no receiver/m);
  } finally {
    cleanup(dir);
  }
});

test.run();
