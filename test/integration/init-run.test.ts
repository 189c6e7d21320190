/**
 * init-run.sh for real, outside a container: real Prometheus and node_exporter on PATH, no GPU or Jaeger binaries,
 * no SYS_ADMIN. Prometheus, started from the generated config on 127.0.0.1, must scrape node_exporter and carry
 * the run id as its `container_run` external label; the time launch-model.sh starts the server must reach it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, tempDir, which } from '../helpers.js';
import { eventually, pidsIn, sandboxPath, sleep, stop } from './processes.js';
import { buildInto, freePort, runTool, toolTest } from './tools.js';
import { launchedWithin } from '../../src/alerts/server-down.js';

async function config(): Promise<Record<string, number>> {
  const names = ['prometheus', 'ui', 'grpc', 'http', 'admin', 'node', 'dcgm', 'model'];
  const ports: Record<string, number> = {};
  for (const n of names) ports[n] = await freePort();
  return ports;
}

function configYaml(p: Record<string, number>): string {
  // Debian ships Prometheus 2.42: the Prometheus 2 flavour of the generated files (expand-external-labels, retention flag).
  return `version: 1
versions: { prometheus: 2.42.0 }
output: { dir: out }
network: { bindAddress: 127.0.0.1 }
container: { command: [sleep, '300'] }
prometheus: { port: ${p.prometheus}, scrapeInterval: 2s, scrapeTimeout: 1s, evaluationInterval: 2s, retentionSize: 512MB }
jaeger: { uiPort: ${p.ui}, otlpGrpcPort: ${p.grpc}, otlpHttpPort: ${p.http}, metricsPort: ${p.admin} }
exporters:
  nodeExporter: { port: ${p.node} }
  dcgmExporter: { port: ${p.dcgm} }
  cadvisor: { enabled: false }
modelServer: { port: ${p.model}, extraPorts: [] }
`;
}

toolTest(test, ['bash', 'prometheus', 'prometheus-node-exporter', 'setpriv'], 'init-run.sh starts what exists, warns for the rest, and Prometheus scrapes node_exporter with the run label', async (tools) => {
  const dir = tempDir();
  const ports = await config();
  writeFileSync(path.join(dir, 'observability.config.yaml'), configYaml(ports));
  const outDir = await buildInto(dir);
  // PATH is this folder only: the tools the script uses, Prometheus, and node_exporter under Debian's name alone.
  const bin = sandboxPath(dir, { 'prometheus-node-exporter': tools['prometheus-node-exporter']!, prometheus: tools.prometheus! });
  const root = path.join(dir, 'telemetry');
  const env = { PATH: bin, HOME: dir, OBS_TELEMETRY_ROOT: root };
  // Drop SYS_ADMIN so the script sees what a container started without --cap-add SYS_ADMIN sees.
  const child: ChildProcess = spawn(tools.setpriv!, ['--bounding-set', '-sys_admin', '--inh-caps', '-sys_admin', '--', which('bash')!, path.join(outDir, 'init-run.sh')], { env, stdio: 'ignore' });
  let daemons: ReturnType<typeof pidsIn> = [];
  try {
    const logFile = await eventually('the run log', async () => {
      const logs = readdirSync(path.join(root, 'logs')).filter((f) => f.endsWith('.log'));
      return logs.length === 1 && /running sleep 300/.test(readFileSync(path.join(root, 'logs', logs[0]!), 'utf8')) ? path.join(root, 'logs', logs[0]!) : undefined;
    }, 20_000);
    const log = readFileSync(logFile, 'utf8');
    daemons = pidsIn(log);
    assert.equal(daemons.map((d) => d.name).sort(), ['node_exporter', 'prometheus']);
    assert.is(daemons.find((d) => d.name === 'node_exporter')!.binary, 'prometheus-node-exporter', 'node_exporter is found under its Debian name');

    const meta = runTool('bash', ['-c', 'set -u; source "$1"; printf "%s\\n" "$CONTAINER_RUN_ID" "$CONTAINER_LOG_FILE" "$PROMETHEUS_DATA_DIR" "$JAEGER_DATA_DIR" "$CONTAINER_RUN_STARTED_AT"', '_', path.join(root, 'container_run_meta.env')]);
    assert.is(meta.code, 0, meta.out);
    const [runId, metaLog, promDir, jaegerDir, startedAt] = meta.out.trim().split('\n');
    assert.match(runId!, /^container-run-\d{8}T\d{6}Z-[0-9a-f]{8}$/);
    assert.is(metaLog, logFile);
    assert.is(promDir, path.join(root, 'prometheus', runId!));
    assert.is(jaegerDir, path.join(root, 'jaeger', runId!));
    assert.match(startedAt!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.is(path.basename(logFile), `${runId}.log`);
    assert.equal(readdirSync(path.join(root, 'jaeger', runId!, 'badger')).sort(), ['key', 'value']);

    for (const missing of ['nv-hostengine', 'jaeger', 'dcgm-exporter']) assert.match(log, new RegExp(`WARNING: .*${missing}.*not found`), `warns that ${missing} is missing`);
    assert.match(log, /WARNING: the container lacks SYS_ADMIN/);
    // The command runs as the script's child: the script stays PID 1 of a container, to pass `docker stop` on.
    const command = Number(/running sleep 300 \(pid (\d+)\)/.exec(log)![1]);
    assert.is(readFileSync(`/proc/${command}/cmdline`, 'utf8'), ['sleep', '300', ''].join('\u0000'));
    assert.match(readFileSync(`/proc/${command}/status`, 'utf8'), new RegExp(`^PPid:\\s+${child.pid}$`, 'm'), 'its parent is init-run.sh');

    const api = `http://127.0.0.1:${ports.prometheus}`;
    await eventually('node_exporter up in Prometheus', async () => {
      const body = (await (await fetch(`${api}/api/v1/targets`)).json()) as { data: { activeTargets: { labels: { job: string }; health: string }[] } };
      return body.data.activeTargets.some((t) => t.labels.job === 'node_exporter' && t.health === 'up') || undefined;
    });
    // prometheus.retentionSize reaches Prometheus 2.42 as its flag, which reads KB, MB... as powers of 1024.
    const flags = (await (await fetch(`${api}/api/v1/status/flags`)).json()) as { data: Record<string, string> };
    assert.is(flags.data['storage.tsdb.retention.size'], '512MiB');
    assert.is(flags.data['storage.tsdb.retention.time'], '15d');
    const federated = await eventually('the federated up series', async () => {
      const text = await (await fetch(`${api}/federate?match[]=${encodeURIComponent('up{job="node_exporter"}')}`)).text();
      return /^up\{/m.test(text) ? text : undefined;
    });
    assert.match(federated, new RegExp(`container_run="${runId}"`), 'the run id is the container_run external label');
    assert.match(federated, /^up\{[^}]*job="node_exporter"[^}]*\} 1 /m);

    // launch-model.sh leaves the time it starts the server where node_exporter reads it, and ModelServerDown's own
    // clause finds it there: the window in which a relaunched server loading its model does not page. (A stand-in
    // server that ends at once: only its launch matters here.)
    writeFileSync(path.join(bin, 'sglang'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const launched = runTool(which('bash')!, [path.join(outDir, 'launch-model.sh')], env);
    assert.is(launched.code, 0, launched.out);
    const loading = await eventually('the launch time served by node_exporter', async () => {
      const body = (await (await fetch(`${api}/api/v1/query?query=${encodeURIComponent(launchedWithin(20))}`)).json()) as { data: { result: { metric: Record<string, string>; value: [number, string] }[] } };
      return body.data.result[0];
    });
    assert.is(loading.metric.file, path.join(root, 'textfile', 'model-server-launch.prom'));
    assert.ok(Number(loading.value[1]) < 60, `launched ${loading.value[1]} s ago`);

    // `docker stop`: SIGTERM to the script, which stops the command and every daemon and waits for them.
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    const code = await Promise.race([exited, sleep(20_000).then(() => 'timeout' as const)]);
    assert.is.not(code, 'timeout', 'init-run.sh ends within Docker\'s grace period');
    const stopped = readFileSync(logFile, 'utf8');
    assert.match(stopped, /stopping: the command and 2 daemons/);
    assert.match(stopped, /Received SIGTERM, exiting gracefully/, 'Prometheus shuts down cleanly (its TSDB closed)');
    assert.match(stopped, /See you next time!/);
    assert.match(stopped.trimEnd().split('\n').at(-1)!, new RegExp(`run ${runId} stopped$`), 'the last line reaches the log');
    for (const pid of [command, ...daemons.map((d) => d.pid)]) assert.not.ok(existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8')), `pid ${pid} has ended`);
  } finally {
    for (const d of daemons) stop(d.pid);
    if (child.pid) stop(child.pid);
    await sleep(300);
    cleanup(dir);
  }
});

test.run();
