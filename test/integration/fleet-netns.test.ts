/**
 * The fleet on real processes across a network: three host network namespaces and a central one, made by this test
 * with `ip netns` and veth pairs on a bridge (addresses only inside those namespaces). Each host runs a real
 * node_exporter and a real Prometheus from its generated prometheus.yml; the central Prometheus runs its remote-write
 * receiver. The central store sees every host; then it is stopped for over 30 s and restarted on the same storage,
 * and the samples written during the outage arrive (remote write retries from the WAL). Prometheus 2 flavour
 * (Debian ships 2.42). Everything started is stopped by PID and the namespaces are removed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, cli, tempDir } from '../helpers.js';
import { toolTest } from './tools.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const HOSTS = ['h1', 'h2', 'h3'];
const NS = (name: string) => `obsc-${process.pid}-${name}`;
const CENTRAL_IP = '10.251.0.1';
const OUTAGE_S = 35;

function ip(...args: string[]): void {
  const r = spawnSync('ip', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ip ${args.join(' ')}: ${r.stderr}`);
}

/** The namespaces and links: a bridge in the central namespace, one veth pair per host. */
function network(): void {
  ip('netns', 'add', NS('central'));
  ip('-n', NS('central'), 'link', 'set', 'lo', 'up');
  ip('-n', NS('central'), 'link', 'add', 'br0', 'type', 'bridge');
  ip('-n', NS('central'), 'addr', 'add', `${CENTRAL_IP}/24`, 'dev', 'br0');
  ip('-n', NS('central'), 'link', 'set', 'br0', 'up');
  HOSTS.forEach((h, i) => {
    ip('netns', 'add', NS(h));
    ip('-n', NS(h), 'link', 'set', 'lo', 'up');
    ip('link', 'add', `obsc${i}h`, 'netns', NS(h), 'type', 'veth', 'peer', 'name', `obsc${i}c`, 'netns', NS('central'));
    ip('-n', NS(h), 'addr', 'add', `10.251.0.${11 + i}/24`, 'dev', `obsc${i}h`);
    ip('-n', NS(h), 'link', 'set', `obsc${i}h`, 'up');
    ip('-n', NS('central'), 'link', 'set', `obsc${i}c`, 'master', 'br0');
    ip('-n', NS('central'), 'link', 'set', `obsc${i}c`, 'up');
  });
}

function teardown(): void {
  for (const n of ['central', ...HOSTS]) spawnSync('ip', ['netns', 'del', NS(n)]);
}

/** A PromQL query against the central Prometheus, from inside its namespace. */
function query(q: string, time?: number): { metric: Record<string, string>; value: [number, string] }[] {
  const url = `http://${CENTRAL_IP}:9090/api/v1/query?query=${encodeURIComponent(q)}${time ? `&time=${time}` : ''}`;
  const r = spawnSync('ip', ['netns', 'exec', NS('central'), 'curl', '-sf', url], { encoding: 'utf8' });
  if (r.status !== 0) return [];
  return (JSON.parse(r.stdout) as { data: { result: { metric: Record<string, string>; value: [number, string] }[] } }).data.result;
}

async function until<T>(what: string, probe: () => T | undefined, ms = 60_000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(500)) {
    const v = probe();
    if (v !== undefined) return v;
  }
  throw new Error(`timed out waiting for ${what}`);
}

const isRoot = process.getuid?.() === 0;
const TITLE = 'three hosts in their own network namespaces remote-write to a central Prometheus, and an outage of the central store loses nothing';
// Network namespaces need root: a contributor's own account skips this test by name; under CI it must run.
if (!isRoot && process.env.CI !== 'true') test.skip(`${TITLE} (skipped: network namespaces need root; run the tests as root to include it)`, () => undefined);
else toolTest(test, ['ip', 'curl', 'prometheus', 'prometheus-node-exporter'], TITLE, async (tools) => {
  if (!isRoot) throw new Error('network namespaces need root, and CI=true runs every test: run the tests as root');
  const dir = tempDir();
  const procs: ChildProcess[] = [];
  const run = (ns: string, cmd: string[], env: NodeJS.ProcessEnv = process.env) => {
    const child = spawn('ip', ['netns', 'exec', NS(ns), ...cmd], { env, stdio: 'ignore' });
    procs.push(child);
    return child;
  };
  try {
    network();
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\nnetwork: { bindAddress: 127.0.0.1 }\nprometheus: { scrapeInterval: 1s, scrapeTimeout: 1s, evaluationInterval: 1s }\njaeger: { enabled: false }\nexporters: { dcgmExporter: { enabled: false }, cadvisor: { enabled: false } }\nmodelServer: { enabled: false }\n');
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), `version: 1\nbase: observability.config.yaml\ncommon:\n  versions: { prometheus: 2.42.0 }\n  prometheus:\n    remoteWrite:\n      - { url: "http://${CENTRAL_IP}:9090/api/v1/write", queue: { batchSendDeadline: 1s } }\nhosts:\n${HOSTS.map((h) => `  - name: ${h}`).join('\n')}\n`);
    const built = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(built.code, 0, built.stderr);

    const centralArgs = [tools.prometheus!, `--config.file=${path.join(dir, 'central.yml')}`, `--storage.tsdb.path=${path.join(dir, 'central')}`, `--web.listen-address=${CENTRAL_IP}:9090`, '--web.enable-remote-write-receiver'];
    mkdirSync(path.join(dir, 'central'));
    writeFileSync(path.join(dir, 'central.yml'), 'global: { scrape_interval: 1m }\n');
    let central = run('central', centralArgs);
    for (const h of HOSTS) {
      run(h, [tools['prometheus-node-exporter']!, '--web.listen-address=127.0.0.1:9100']);
      run(h, [tools.prometheus!, `--config.file=${path.join(dir, 'fleet', h, 'prometheus.yml')}`, `--storage.tsdb.path=${path.join(dir, h)}`, '--web.listen-address=127.0.0.1:9090', '--enable-feature=expand-external-labels'], { ...process.env, CONTAINER_RUN_ID: `run-${h}` });
    }

    const everyHost = await until('node metrics of every host in the central store', () => {
      const r = query('node_load1');
      return r.length === HOSTS.length ? r : undefined;
    });
    assert.equal(everyHost.map((r) => `${r.metric.host}/${r.metric.container_run}/${r.metric.job}`).sort(), HOSTS.map((h) => `${h}/run-${h}/node_exporter`));
    // Samples arrive in batches: wait for `up` too rather than assume it came with the first one.
    await until('node_exporter up on every host', () => (query('up{job="node_exporter"} == 1').length === HOSTS.length ? true : undefined));

    // The outage: the central store is gone for OUTAGE_S seconds, then comes back on the same storage.
    central.kill('SIGTERM');
    await new Promise((r) => central.once('exit', r));
    const down = Math.floor(Date.now() / 1000);
    await sleep(OUTAGE_S * 1000);
    const up = Math.floor(Date.now() / 1000);
    central = run('central', centralArgs);
    const window = up - down - 2;
    const counts = await until('the outage samples to arrive', () => {
      const r = query(`count_over_time(up{job="prometheus"}[${window}s])`, up - 1);
      return r.length === HOSTS.length && r.every((x) => Number(x.value[1]) >= window * 0.9) ? r : undefined;
    }, 90_000);
    // With a 1 s scrape interval each host wrote about one `up` sample a second while the store was away.
    console.log(`outage: ${up - down} s; samples of up{job="prometheus"} received for the ${window} s inside it: ${counts.map((c) => `${c.metric.host} ${c.value[1]}`).join(', ')}`);
  } finally {
    for (const p of procs) if (p.pid && p.exitCode === null) p.kill('SIGTERM');
    await sleep(500);
    teardown();
    cleanup(dir);
  }
});

test.run();
