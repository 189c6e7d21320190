/**
 * The stack on today's releases: each upstream fact the compiled output depends on, per configured version.
 * Sources are recorded beside the data in src/upstream/*.ts; these tests fail when a fact is reverted.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { parse as parseJsonc } from 'jsonc-parser';
import { compileVariant, goParsesDuration } from './integration/tools.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { ROOT, cleanup, configDir, tempDir, which } from './helpers.js';
import { compile } from '../src/compile.js';

const example = (changes: Parameters<typeof compileVariant>[1] = []) => compileVariant('sglang-dev', changes);
const lines = (text: string) => text.split('\n');

test('devcontainer.json starts every service of the compose file (Grafana and cAdvisor when on), no other', async () => {
  for (const changes of [[], [[['grafana', 'enabled'], false]], [[['exporters', 'cadvisor', 'enabled'], false]], [[['grafana', 'enabled'], false], [['exporters', 'cadvisor', 'enabled'], false]]] as [string[], unknown][][]) {
    const out = await compileVariant('sglang-dev', changes);
    const services = Object.keys(parseYaml(out['docker-compose.yml']!).services);
    assert.equal(parseJsonc(out['devcontainer.json']!).runServices, services, JSON.stringify(changes));
  }
  assert.ok(Object.keys(parseYaml((await compileVariant('sglang-dev', []))['docker-compose.yml']!).services).includes('grafana'), 'the example runs Grafana');
});

test('grafana.dashboards: false while Grafana runs is said to have no effect, at the key; the dashboards are still written for it', async () => {
  const { compiledVariant: compiled } = await import('./integration/tools.js');
  const c = await compiled('sglang-dev', [[['grafana', 'dashboards'], false]]);
  assert.equal(c.diagnostics.map((d) => [d.code, d.severity, d.message]), [['OBS_SETTING_UNUSED', 'warning', '`grafana.dashboards: false` has no effect while Grafana runs: its service is provisioned with the dashboards, so they are written']]);
  assert.is(c.artifacts!.filter((a) => a.path.startsWith('dashboard-')).length, 8);
  assert.equal((await compiled('sglang-dev', [[['grafana', 'dashboards'], false], [['grafana', 'enabled'], false]])).diagnostics, [], 'without Grafana the setting does what it says');
});

test('Prometheus 3 gets neither removed nor deprecated flags; Prometheus 2 gets both the flags it needs', async () => {
  const v3 = await example();
  assert.not.match(v3['init-run.sh']!, /expand-external-labels|storage\.tsdb\.retention/, 'no removed (expand-external-labels) or deprecated (retention) flag');
  assert.equal(parseYaml(v3['prometheus.yml']!).storage, { tsdb: { retention: { time: '15d' } } });
  assert.is(parseYaml(v3['prometheus.yml']!).global.external_labels.container_run, '${CONTAINER_RUN_ID}');
  const v2 = await example([[['versions', 'prometheus'], '2.55.1']]);
  assert.match(v2['init-run.sh']!, /'--storage\.tsdb\.retention\.time=15d'/);
  assert.match(v2['init-run.sh']!, /'--enable-feature=expand-external-labels'/);
  assert.not.ok(parseYaml(v2['prometheus.yml']!).storage);
  const v38 = await example([[['versions', 'prometheus'], '3.8.0']]);
  assert.match(v38['init-run.sh']!, /retention\.time=15d/, 'before 3.11 the file setting was broken (#18200): keep the flag');
});

test('Prometheus and Alertmanager name themselves where people open them: the published port on network.hostName, localhost or the one publish address, or the externalUrl given', async () => {
  const flags = (files: Record<string, string>) => [...files['init-run.sh']!.matchAll(/'(--web\.(?:external-url|route-prefix)=[^']*)'/g)].map((m) => m[1]!);
  assert.equal(flags(await example()), ['--web.external-url=http://localhost:9093/', '--web.external-url=http://localhost:9090/'], 'loopback: localhost');
  assert.equal(flags(await example([[['network', 'publishAddress'], '0.0.0.0']])), ['--web.external-url=http://localhost:9093/', '--web.external-url=http://localhost:9090/'], 'every address: localhost');
  assert.equal(flags(await example([[['network', 'publishAddress'], '10.0.0.5']])), ['--web.external-url=http://10.0.0.5:9093/', '--web.external-url=http://10.0.0.5:9090/']);
  assert.equal(flags(await example([[['network', 'publishAddress'], 'fd00::5']])), ['--web.external-url=http://[fd00::5]:9093/', '--web.external-url=http://[fd00::5]:9090/']);
  assert.equal(flags(await example([[['network', 'hostName'], 'gpu-7.lab.internal'], [['alertmanager', 'externalUrl'], 'https://alerts.example.com/']])), ['--web.external-url=https://alerts.example.com/', '--web.external-url=http://gpu-7.lab.internal:9090/'], 'the machine\'s name, unless a URL is given');
  // Behind a proxy with a path, the routes stay at the root, where the stack's own scrapes and checks reach them.
  const proxied = flags(await example([[['prometheus', 'externalUrl'], 'https://lab.example.com/prometheus/'], [['alertmanager', 'externalUrl'], 'https://alerts.example.com/']]));
  assert.equal(proxied, ['--web.external-url=https://alerts.example.com/', '--web.external-url=https://lab.example.com/prometheus/', '--web.route-prefix=/']);
});

test('prometheus.retentionSize: beside the time in prometheus.yml from Prometheus 3.11, a flag before; unset, no cap at all', async () => {
  const v3 = await example([[['prometheus', 'retentionSize'], '50GB']]);
  assert.equal(parseYaml(v3['prometheus.yml']!).storage, { tsdb: { retention: { time: '15d', size: '50GB' } } });
  assert.not.match(v3['init-run.sh']!, /retention\.size/);
  const v2 = await example([[['versions', 'prometheus'], '2.55.1'], [['prometheus', 'retentionSize'], '50GB']]);
  assert.match(v2['init-run.sh']!, /'--storage\.tsdb\.retention\.time=15d' \\\n  '--storage\.tsdb\.retention\.size=50GB'/);
  assert.not.match((await example())['init-run.sh']!, /retention\.size/);
});

test('Jaeger 2 by default: jaeger --config with persistent per-run badger, OTLP and UI on the configured ports, metrics scraped', async () => {
  const out = await example();
  const cfg = parseYaml(out['jaeger.yaml']!);
  const badger = cfg.extensions.jaeger_storage.backends.run_store.badger;
  assert.is(badger.ephemeral, false, 'badger defaults to ephemeral: true upstream');
  assert.equal(badger.directories, { keys: '${env:JAEGER_DATA_DIR}/badger/key', values: '${env:JAEGER_DATA_DIR}/badger/value' });
  assert.is(cfg.receivers.otlp.protocols.grpc.endpoint, '0.0.0.0:4317');
  assert.is(cfg.receivers.otlp.protocols.http.endpoint, '0.0.0.0:4318');
  assert.is(cfg.extensions.jaeger_query.http.endpoint, '0.0.0.0:16686');
  // Suffixes on, so the series are the conventional names the catalog lists (src/upstream/jaeger.ts).
  assert.equal(cfg.service.telemetry.metrics.readers, [{ pull: { exporter: { prometheus: { host: '0.0.0.0', port: 8888, without_scope_info: true, without_type_suffix: false, without_units: false } } } }]);
  assert.is(cfg.service.telemetry.metrics.level, 'normal');
  assert.equal(cfg.service.pipelines.traces, { receivers: ['otlp'], processors: ['batch'], exporters: ['jaeger_storage_exporter'] });
  assert.match(out['init-run.sh']!, /start_daemon 'jaeger' 'jaeger' -- \\\n {2}'--config' \\\n {2}"\$OBS_CONFIG_DIR"'\/jaeger\.yaml'/);
  const jobs = parseYaml(out['prometheus.yml']!).scrape_configs as { job_name: string; static_configs: { targets: string[] }[] }[];
  assert.equal(jobs.find((j) => j.job_name === 'jaeger')!.static_configs[0]!.targets, ['localhost:8888']);
  const jaeger1 = await example([[['versions', 'jaeger'], '1.76.0']]);
  assert.not.ok(jaeger1['jaeger.yaml'], 'no v2 config for Jaeger 1');
  assert.match(jaeger1['init-run.sh']!, /SPAN_STORAGE_TYPE='badger' COLLECTOR_OTLP_ENABLED='true' start_daemon 'jaeger' 'jaeger-all-in-one'/);
  assert.match(jaeger1['init-run.sh']!, /'--badger\.ephemeral=false'/);
  // The ports no key sets listen on the bind address too, not on every interface (src/upstream/jaeger.ts).
  const bound = (script: string) => [...script.matchAll(/'(--[a-z.-]+)='"\$BIND_ADDRESS"':(\d+)'/g)].map((m) => `${m[1]} ${m[2]}`);
  const fixed = ['--collector.grpc-server.host-port 14250', '--collector.http-server.host-port 14268', '--query.grpc-server.host-port 16685'];
  const agent = '--http-server.host-port 5778';
  assert.equal(bound(jaeger1['init-run.sh']!).filter((f) => fixed.includes(f) || f === agent), fixed);
  const old = bound((await example([[['versions', 'jaeger'], '1.62.0']]))['init-run.sh']!);
  assert.equal(old.filter((f) => fixed.includes(f) || f === agent), [...fixed, agent], 'and the agent of Jaeger 1.62 and before');
});

test('Jaeger 2 can forward every trace to a central OTLP endpoint beside storing it; Jaeger 1 cannot', async () => {
  const out = await example([[['jaeger', 'forwardOtlp'], { endpoint: 'traces.lab.internal:4317', insecure: true }]]);
  const cfg = parseYaml(out['jaeger.yaml']!);
  assert.equal(cfg.exporters['otlp_grpc/central'], { endpoint: 'traces.lab.internal:4317', tls: { insecure: true } });
  assert.equal(cfg.service.pipelines.traces.exporters, ['jaeger_storage_exporter', 'otlp_grpc/central']);
  // The exporter's type is otlp_grpc from the collector Jaeger 2.15.0 embeds; before, otlp alone (src/upstream/jaeger.ts).
  for (const [version, type] of [['2.14.1', 'otlp'], ['2.15.0', 'otlp_grpc']]) {
    const at = parseYaml((await example([[['versions', 'jaeger'], version], [['jaeger', 'forwardOtlp'], { endpoint: 'traces.lab.internal:4317', insecure: true }]]))['jaeger.yaml']!);
    assert.equal([Object.keys(at.exporters), at.service.pipelines.traces.exporters], [['jaeger_storage_exporter', `${type}/central`], ['jaeger_storage_exporter', `${type}/central`]], version);
  }
  const dir = configDir('version: 1\nversions: { jaeger: 1.76.0 }\njaeger:\n  forwardOtlp: { endpoint: "central:4317" }\n');
  try {
    const c = await compile({ cwd: dir });
    const d = c.diagnostics.find((x) => x.code === 'OBS_VERSION_DEPRECATED' && x.severity === 'error')!;
    assert.equal([d.line, d.column], [4, 16]);
  } finally {
    cleanup(dir);
  }
});

test('Jaeger 1 compiles with a deprecation warning at versions.jaeger', async () => {
  const dir = configDir('version: 1\nversions:\n  jaeger: 1.76.0\n');
  try {
    const c = await compile({ cwd: dir });
    assert.ok(c.artifacts, 'a warning does not stop the build');
    const warning = c.diagnostics.find((d) => d.code === 'OBS_VERSION_DEPRECATED')!;
    assert.is(warning.severity, 'warning');
    assert.equal([warning.line, warning.column], [3, 11]);
    assert.match(warning.message, /end of life/);
  } finally {
    cleanup(dir);
  }
});

test('one DCGM host engine: nv-hostengine first and waited for, dcgm-exporter connected to it with the generated collectors, collecting at the scrape interval', async () => {
  const init = (await example())['init-run.sh']!;
  const engine = init.indexOf("start_daemon 'nv-hostengine' '--wait='");
  const exporter = init.indexOf("start_daemon 'dcgm-exporter'");
  assert.ok(engine > 0 && exporter > engine, 'nv-hostengine starts before dcgm-exporter');
  assert.match(init.slice(engine), /^start_daemon 'nv-hostengine' '--wait=''127\.0\.0\.1:5555' 'nv-hostengine' -- \\\n {2}'-n'/m);
  assert.match(init.slice(exporter), /'-r' \\\n {2}'127\.0\.0\.1:5555'/, 'no embedded second host engine');
  assert.match(init.slice(exporter), /"\$OBS_CONFIG_DIR"'\/dcgm-collectors\.csv'/);
  // It collects as often as Prometheus scrapes it (the example's 15s), not at its default of every 30 seconds.
  assert.match(init.slice(exporter), /'-c' \\\n {2}'15000'\n/);
  assert.equal(lines(init).filter((l) => /start_daemon 'nv-hostengine'/.test(l)).length, 1);
});

test('cAdvisor: the ghcr.io image of versions.cadvisor, upstream mounts, containerd socket; older releases from gcr.io', async () => {
  const compose = parseYaml((await example())['docker-compose.yml']!);
  const c = compose.services.cadvisor;
  assert.is(c.image, 'ghcr.io/google/cadvisor:0.60.5');
  for (const mount of ['/:/rootfs:ro', '/var/run:/var/run:ro', '/sys:/sys:ro', '/var/lib/docker/:/var/lib/docker:ro', '/dev/disk/:/dev/disk:ro']) assert.ok(c.volumes.includes(mount), mount);
  assert.ok(c.command.includes('--containerd=/var/run/containerd/containerd.sock'));
  assert.equal(c.devices, ['/dev/kmsg']);
  const old = parseYaml((await example([[['versions', 'cadvisor'], '0.49.1']]))['docker-compose.yml']!);
  assert.is(old.services.cadvisor.image, 'gcr.io/cadvisor/cadvisor:v0.49.1');
});

test('cAdvisor\'s interval flag and Compose\'s health check read durations as Go does: days and weeks reach them in hours', async () => {
  const changes: [string[], unknown][] = [[['exporters', 'cadvisor', 'scrapeInterval'], '1d'], [['exporters', 'cadvisor', 'healthcheck', 'interval'], '2w'], [['exporters', 'cadvisor', 'healthcheck', 'timeout'], '90s']];
  const { compiledVariant: compiled } = await import('./integration/tools.js');
  const c = await compiled('sglang-dev', changes);
  assert.equal(c.diagnostics.filter((d) => d.severity === 'error'), [], 'validate takes them');
  const cadvisor = parseYaml(c.artifacts!.find((a) => a.name === 'docker-compose.yml')!.content).services.cadvisor;
  assert.ok(cadvisor.command.includes('--housekeeping_interval=24h'), cadvisor.command.join(' '));
  assert.equal([cadvisor.healthcheck.interval, cadvisor.healthcheck.timeout], ['336h', '90s']);
  for (const value of [cadvisor.command.find((a: string) => a.startsWith('--housekeeping_interval=')).split('=')[1], cadvisor.healthcheck.interval, cadvisor.healthcheck.timeout]) assert.ok(goParsesDuration(value), value);
  assert.not.ok(goParsesDuration('1d'), 'the Go reader refuses what Prometheus alone takes');
  assert.match(c.artifacts!.find((a) => a.name === 'prometheus.yml')!.content, /scrape_interval: 1d/, 'Prometheus keeps the unit as written');
});

test("launch-model.sh leaves the time it starts the server for node_exporter, says where the server's output goes, then appends it to the run's log", async () => {
  const dir = tempDir();
  try {
    const script = path.join(dir, 'launch-model.sh');
    writeFileSync(script, (await example())['launch-model.sh']!, { mode: 0o755 });
    // A stand-in server that fails at once, as one given a wrong model path does.
    mkdirSync(path.join(dir, 'bin'));
    writeFileSync(path.join(dir, 'bin', 'sglang'), '#!/bin/sh\necho "ERROR: model not found"\nexit 1\n', { mode: 0o755 });
    const log = path.join(dir, 'run.log');
    writeFileSync(path.join(dir, 'container_run_meta.env'), `CONTAINER_LOG_FILE='${log}'\n`);
    const launch = () => spawnSync('bash', [script], { env: { PATH: `${path.join(dir, 'bin')}:/usr/bin:/bin`, OBS_TELEMETRY_ROOT: dir }, encoding: 'utf8' });
    // Without the folder init-run.sh makes for node_exporter, the launch time cannot be left: said, and the server starts.
    const lost = launch();
    assert.is(lost.status, 1);
    assert.is(lost.stderr, `launch-model.sh: cannot write ${path.join(dir, 'textfile', 'model-server-launch.prom')}: ModelServerDown may fire while the model loads\nlaunch-model.sh: starting SGLang; its output goes to ${log} (tail -f it to follow)\n`);
    mkdirSync(path.join(dir, 'textfile'));
    const r = launch();
    assert.is(r.status, 1);
    assert.is(r.stderr, `launch-model.sh: starting SGLang; its output goes to ${log} (tail -f it to follow)\n`);
    assert.is(readFileSync(log, 'utf8'), 'ERROR: model not found\nERROR: model not found\n');
    // The launch time, as the time of a file node_exporter's textfile collector reads (only *.prom: no temp file left).
    assert.equal(readdirSync(path.join(dir, 'textfile')), ['model-server-launch.prom']);
    assert.ok(Math.abs(statSync(path.join(dir, 'textfile', 'model-server-launch.prom')).mtimeMs - Date.now()) < 60_000);
  } finally {
    cleanup(dir);
  }
});

test('SGLang: sglang serve and the CUDA-graph successor flags for current releases, the old spelling for old ones', async () => {
  const launch = (await example())['launch-model.sh']!;
  assert.match(launch, /exec 'sglang' 'serve' /);
  assert.match(launch, /'--cuda-graph-backend-decode' 'disabled' '--cuda-graph-backend-prefill' 'disabled'/);
  assert.not.match(launch, /--disable-cuda-graph/);
  // `sglang serve` arrived in 0.5.5 (python/sglang/cli/serve.py); 0.5.4 still starts the server module.
  assert.match((await example([[['versions', 'sglang'], '0.5.5']]))['launch-model.sh']!, /exec 'sglang' 'serve' /);
  const old = (await example([[['versions', 'sglang'], '0.5.4']]))['launch-model.sh']!;
  assert.match(old, /exec 'python' '-m' 'sglang\.launch_server' /);
  assert.match(old, /'--disable-cuda-graph'/);
});

test('SGLang tracing: --oltp-traces-endpoint from 0.5.3, --otlp-traces-endpoint from 0.5.4.post2; before 0.5.3 an error at enableTrace', async () => {
  const trace: [string[], unknown] = [['modelServer', 'flags', 'enableTrace'], true];
  for (const [version, flag] of [['0.5.3', '--oltp-traces-endpoint'], ['0.5.4.post1', '--oltp-traces-endpoint'], ['0.5.4.post2', '--otlp-traces-endpoint'], ['0.5.18', '--otlp-traces-endpoint']]) {
    const launch = (await example([[['versions', 'sglang'], version], trace]))['launch-model.sh']!;
    assert.match(launch, new RegExp(`'--enable-trace' '${flag}' 'localhost:4317'`), version);
  }
  const dir = configDir('version: 1\nversions: { sglang: 0.5.2 }\nmodelServer:\n  flags: { enableTrace: true }\n');
  try {
    const c = await compile({ cwd: dir });
    const d = c.diagnostics.find((x) => x.code === 'OBS_VERSION_DEPRECATED' && x.severity === 'error');
    assert.ok(d, JSON.stringify(c.diagnostics));
    assert.match(d!.message, /SGLang 0\.5\.2 has no tracing: `--enable-trace` came in 0\.5\.3/);
    assert.equal([d!.line, d!.column], [4, 25], 'at enableTrace');
  } finally {
    cleanup(dir);
  }
});

test('the image: a pinned base, the daemons at the configured versions, built by compose; off when the image has them', async () => {
  const out = await example();
  const dockerfile = out['Dockerfile']!;
  const froms = lines(dockerfile).filter((l) => l.startsWith('FROM ')).map((l) => l.split(' ')[1]);
  // dcgm-exporter (cgo) is built on the base image itself with the Go toolchain of its go.mod; the rest are copied.
  assert.equal(froms, ['prom/alertmanager:v0.34.0', 'prom/prometheus:v3.14.0', 'jaegertracing/jaeger:2.20.0', 'prom/node-exporter:v1.12.1', 'golang:1.26.4', 'lmsysorg/sglang:v0.5.18-cu129', 'lmsysorg/sglang:v0.5.18-cu129']);
  assert.match(dockerfile, /git clone --depth 1 --branch 4\.6\.0-4\.8\.3 https:\/\/github\.com\/NVIDIA\/dcgm-exporter\.git /);
  assert.match(dockerfile, /CGO_ENABLED=1 GOTOOLCHAIN=local \/usr\/local\/go\/bin\/go -C \/src\/dcgm-exporter\/cmd\/dcgm-exporter build /);
  assert.match(dockerfile, /\nRUN dcgm-exporter --version\n/);
  assert.match(dockerfile, /datacenter-gpu-manager-4-core=1:4\.6\.0-1 datacenter-gpu-manager-4-proprietary=1:4\.6\.0-1/);
  for (const bin of ['/usr/local/bin/', '/usr/local/bin/jaeger', '/usr/local/bin/node_exporter', '/usr/local/bin/dcgm-exporter']) assert.ok(dockerfile.includes(` ${bin}\n`), bin);
  const dev = parseYaml(out['docker-compose.yml']!).services['sglang-dev'];
  assert.equal(dev.build, { context: '.', dockerfile: 'Dockerfile' });
  const own = await example([[['container', 'bundleDaemons'], false]]);
  assert.not.ok(own['Dockerfile']);
  assert.is(parseYaml(own['docker-compose.yml']!).services['sglang-dev'].image, 'lmsysorg/sglang:v0.5.18-cu129');
  assert.not.ok(parseYaml(own['docker-compose.yml']!).services['sglang-dev'].build);
});

test('GPU containers are tagged: Docker labels on the dev container, cAdvisor exports only those, GPU and container series share `container`', async () => {
  const out = await example();
  const compose = parseYaml(out['docker-compose.yml']!).services;
  assert.equal(compose['sglang-dev'].labels, { 'obscompile.gpus': 'all', 'obscompile.model_server': 'sglang', 'obscompile.model_server_version': '0.5.18', 'obscompile.project': 'sglang-dev', 'obscompile.service': 'sglang-dev' });
  const command: string[] = compose.cadvisor.command;
  assert.ok(command.includes('--store_container_labels=false'), 'not every label of every container');
  const allowed = command.find((a) => a.startsWith('--whitelisted_container_labels='))!.split('=')[1]!.split(',');
  for (const key of Object.keys(compose['sglang-dev'].labels)) assert.ok(allowed.includes(key), `${key} is exported`);
  assert.equal(compose.cadvisor.cap_add, ['SYSLOG'], '/dev/kmsg is readable without --privileged');
  const jobs = parseYaml(out['prometheus.yml']!).scrape_configs as { job_name: string; static_configs: { labels?: Record<string, string> }[]; metric_relabel_configs?: Record<string, unknown>[] }[];
  for (const job of ['dcgm_exporter', 'sglang']) assert.equal(jobs.find((j) => j.job_name === job)!.static_configs[0]!.labels, { container: 'sglang-dev' }, job);
  assert.equal(jobs.find((j) => j.job_name === 'cadvisor')!.metric_relabel_configs!.at(-1), { source_labels: ['name'], target_label: 'container' });
  const catalog = out['metrics_catalog.md']!;
  assert.match(catalog, /\| `container_memory_working_set_bytes` \| gauge \| [^|]*`container_label_obscompile_model_server`[^|]*`container` \|/);
  assert.match(catalog, /\| `DCGM_FI_DEV_GPU_UTIL` \| gauge \| [^|]*`modelName`[^|]*`container` \|/);
  assert.match(catalog, /## Joining GPU and container series/);
});

test('unpinned images are refused with their position', async () => {
  for (const [image, why] of [['lmsysorg/sglang:latest', /`latest`/], ['lmsysorg/sglang', /untagged/]] as const) {
    const dir = configDir(`version: 1\ncontainer:\n  image: ${image}\n`);
    try {
      const c = await compile({ cwd: dir });
      assert.not.ok(c.artifacts);
      const d = c.diagnostics.find((x) => x.code === 'OBS_IMAGE_UNPINNED')!;
      assert.equal([d.line, d.column], [3, 10]);
      assert.match(d.message, why);
    } finally {
      cleanup(dir);
    }
  }
});

test('devcontainer: storage prepared on the host, schema associated relative to the workspace, ports on loopback', async () => {
  const out = await example();
  // The example where it lives: its schema is in the repository, two folders up, and the workspace is the repository.
  const dc = parseJsonc(readFileSync(path.join(ROOT, 'examples/sglang-dev/out/devcontainer.json'), 'utf8')) as { initializeCommand: string[]; customizations: { vscode: { settings: Record<string, Record<string, string[]>> } } };
  assert.is(dc.initializeCommand[0], 'bash');
  assert.is(dc.initializeCommand[1], '${localWorkspaceFolder}/examples/sglang-dev/out/setup-storage.sh');
  assert.equal(Object.keys(dc.customizations.vscode.settings['yaml.schemas']!), ['examples/sglang-dev/out/observability.schema.json'], 'the schema copy, relative to the workspace');
  const ports = parseYaml(out['docker-compose.yml']!).services['sglang-dev'].ports as { host_ip: string }[];
  assert.ok(ports.length > 0 && ports.every((p) => p.host_ip === '127.0.0.1'));
  const open = parseYaml((await example([[['network', 'publishAddress'], '0.0.0.0']]))['docker-compose.yml']!).services['sglang-dev'].ports as { host_ip: string }[];
  assert.ok(open.every((p) => p.host_ip === '0.0.0.0'));
});

test('remote write: secrets by file, TLS and queue settings in Prometheus\'s own keys; promtool (2.42) accepts it', async () => {
  const remote = [{ url: 'https://metrics.example.com/api/v1/write', name: 'central', basicAuth: { username: 'lab', passwordFile: '/run/secrets/rw' }, tls: { caFile: '/run/secrets/ca.pem' }, queue: { capacity: 10000, batchSendDeadline: '5s' } }];
  const out = await example([[['prometheus', 'remoteWrite'], remote], [['versions', 'prometheus'], '2.55.1']]);
  const rw = parseYaml(out['prometheus.yml']!).remote_write;
  assert.equal(rw, [{ url: 'https://metrics.example.com/api/v1/write', name: 'central', basic_auth: { username: 'lab', password_file: '/run/secrets/rw' }, tls_config: { ca_file: '/run/secrets/ca.pem' }, queue_config: { capacity: 10000, batch_send_deadline: '5s' } }]);
  const promtool = which('promtool');
  if (!promtool) return;
  const dir = tempDir();
  try {
    writeFileSync(path.join(dir, 'prometheus.yml'), out['prometheus.yml']!);
    const r = spawnSync(promtool, ['check', 'config', '--syntax-only', path.join(dir, 'prometheus.yml')], { encoding: 'utf8' });
    assert.is(r.status, 0, r.stdout + r.stderr);
  } finally {
    cleanup(dir);
  }
});

test('devcontainer.json forwards what listens in the dev container; cAdvisor publishes its own host port', async () => {
  const out = await example([[['exporters', 'cadvisor', 'hostPort'], 18080]]);
  const dc = parseJsonc(out['devcontainer.json']!) as { forwardPorts: number[] };
  assert.ok(dc.forwardPorts.includes(9090) && dc.forwardPorts.includes(9093), 'Prometheus and Alertmanager are forwarded');
  assert.not.ok(dc.forwardPorts.includes(18080), 'nothing listens on the cAdvisor host port inside the dev container');
  assert.equal(parseYaml(out['docker-compose.yml']!).services.cadvisor.ports.map((p: { published: string }) => p.published), ['18080']);
});

test.run();
