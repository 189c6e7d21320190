/**
 * A fleet's bundles against real processes on 127.0.0.1: a central Prometheus with its remote-write receiver, and one
 * real Prometheus per host started from that host's generated prometheus.yml. Through the central query API every
 * host's series arrive, each with its own `host` and `container_run` labels. Debian ships Prometheus 2.42, so the
 * fleet pins the Prometheus 2 flavour. (The network-namespace and outage proof of the fleet issue is still to come.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, cli, tempDir } from '../helpers.js';
import { freePort, toolTest } from './tools.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

toolTest(test, ['prometheus'], 'every host remote-writes to the central store with its own host and container_run labels', async (tools) => {
  const dir = tempDir();
  const procs: ChildProcess[] = [];
  try {
    const [central, a, b] = [await freePort(), await freePort(), await freePort()];
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\nnetwork: { bindAddress: 127.0.0.1 }\nprometheus: { scrapeInterval: 1s, scrapeTimeout: 1s, evaluationInterval: 1s }\njaeger: { enabled: false }\nexporters: { nodeExporter: { enabled: false }, dcgmExporter: { enabled: false }, cadvisor: { enabled: false } }\nmodelServer: { enabled: false }\n');
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), `version: 1\nbase: observability.config.yaml\ncommon:\n  versions: { prometheus: 2.42.0 }\n  prometheus:\n    remoteWrite:\n      - { url: "http://127.0.0.1:${central}/api/v1/write", queue: { batchSendDeadline: 1s } }\nhosts:\n  - { name: gpu-a, config: { prometheus: { port: ${a} } } }\n  - { name: gpu-b, config: { prometheus: { port: ${b} } } }\n`);
    const built = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(built.code, 0, built.stderr);
    const start = (args: string[], env: NodeJS.ProcessEnv = process.env) => procs.push(spawn(tools.prometheus!, args, { env, stdio: 'ignore' }));
    mkdirSync(path.join(dir, 'central'));
    writeFileSync(path.join(dir, 'central.yml'), 'global: { scrape_interval: 1m }\n');
    start([`--config.file=${path.join(dir, 'central.yml')}`, `--storage.tsdb.path=${path.join(dir, 'central')}`, `--web.listen-address=127.0.0.1:${central}`, '--web.enable-remote-write-receiver']);
    for (const [host, port] of [['gpu-a', a], ['gpu-b', b]] as const) {
      // As init-run.sh starts it: the run id in the environment, expanded into the external label (Prometheus 2 flag).
      start([`--config.file=${path.join(dir, 'fleet', host, 'prometheus.yml')}`, `--storage.tsdb.path=${path.join(dir, host)}`, `--web.listen-address=127.0.0.1:${port}`, '--enable-feature=expand-external-labels'], { ...process.env, CONTAINER_RUN_ID: `run-${host}` });
    }
    let seen: Record<string, string>[] = [];
    for (let i = 0; i < 120 && seen.length < 2; i++) {
      await sleep(500);
      try {
        const body = (await (await fetch(`http://127.0.0.1:${central}/api/v1/query?query=${encodeURIComponent('up{job="prometheus"}')}`)).json()) as { data: { result: { metric: Record<string, string> }[] } };
        seen = body.data.result.map((r) => r.metric);
      } catch {
        // the central Prometheus is still starting
      }
    }
    const labels = seen.map((m) => `${m.host}/${m.container_run}`).sort();
    assert.equal(labels, ['gpu-a/run-gpu-a', 'gpu-b/run-gpu-b'], `central sees both hosts: ${JSON.stringify(seen)}`);
  } finally {
    for (const p of procs) if (p.pid) process.kill(p.pid, 'SIGTERM');
    await sleep(300);
    cleanup(dir);
  }
});

test.run();
