/**
 * Hosts of a fleet share what their configs decide alike (src/model/alerting.ts: the catalog, its series, the alerts
 * and dashboards of hosts that differ only in ports, targets and external labels). Sharing must never show: every
 * host's files are what its config gets built alone, in a process where nothing was built before.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, cleanup, cli, configDir } from './helpers.js';
import { BASE, fleetDir } from './fleet-dir.js';

/**
 * Each host's override, and the same change written into the base for the host built alone. Hosts share only with
 * the host before them and only when their configs are the same plain data but for ports, targets and external labels, key
 * order included: so each pair below has one shape, and the second differs in ports alone (it shares) or in something
 * else too (it must not).
 */
const HOSTS: { name: string; override: string; alone: (base: string) => string }[] = [
  { name: 'gpu-a', override: '', alone: (b) => b },
  ...[['gpu-b', 9191, 8001, 9200], ['gpu-b2', 9192, 8002, 9201]].map(([name, port, app, node]) => ({
    name: String(name),
    override: `{ prometheus: { port: ${port}, extraTargets: [{ job: app, targets: ["localhost:${app}"] }] }, exporters: { nodeExporter: { port: ${node} } } }`,
    alone: (b: string) => `${b.replace('port: 9090', `port: ${port}`).replace('localhost:8000', `localhost:${app}`)}exporters:\n  nodeExporter: { port: ${node} }\n`,
  })),
  ...[['gpu-c', 9291, 0.9], ['gpu-c2', 9292, 0.8]].map(([name, port, ratio]) => ({
    name: String(name),
    override: `{ prometheus: { port: ${port} }, alerting: { thresholds: { gpuMemoryUsedRatio: ${ratio} } } }`,
    alone: (b: string) => `${b.replace('port: 9090', `port: ${port}`)}alerting:\n  thresholds: { gpuMemoryUsedRatio: ${ratio} }\n`,
  })),
  ...[['gpu-e', '2.55.1', 'false'], ['gpu-e2', '3.14.0', 'false'], ['gpu-e3', '3.14.0', 'true']].map(([name, release, cadvisor]) => ({
    name: String(name),
    override: `{ exporters: { cadvisor: { enabled: ${cadvisor} } }, versions: { prometheus: ${release} } }`,
    alone: (b: string) => `${b}exporters:\n  cadvisor: { enabled: ${cadvisor} }\nversions: { prometheus: ${release} }\n`,
  })),
];

/** The files sharing could change, without their first line (which names the config relative to the folder). */
function shareable(folder: string): Record<string, string> {
  const files = readdirSync(folder).filter((f) => f.startsWith('dashboard-') || f.startsWith('alert-rules') || ['metrics_catalog.md', 'prometheus.yml', 'grafana-dashboards.yml', 'alertmanager.yml'].includes(f));
  return Object.fromEntries(files.map((f) => [f, readFileSync(path.join(folder, f), 'utf8').replace(/^(<!--.*-->|# .*)\n/, '')]));
}

test('every host of a fleet gets the files its config gets built alone, whatever the host before it shared', async () => {
  const hosts = HOSTS.map((h) => `  - name: ${h.name}${h.override ? `\n    config: ${h.override}` : ''}`).join('\n');
  const dir = fleetDir(`version: 1\nbase: observability.config.yaml\noutput: { dir: bundles }\nhosts:\n${hosts}\n`);
  // Alone, each with the external label the fleet gives it.
  const alone = HOSTS.map((h) => configDir(h.alone(BASE).replace('externalLabels: { team: ml }', `externalLabels: { team: ml, host: ${h.name} }`)));
  try {
    const built = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(built.code, 0, built.stderr);
    HOSTS.forEach((h, i) => {
      const r = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli/bin.ts'), 'build'], { cwd: alone[i], encoding: 'utf8' });
      assert.is(r.status, 0, r.stderr);
      const own = shareable(path.join(alone[i]!, 'out'));
      assert.ok(Object.keys(own).length >= 8, Object.keys(own).join(' '));
      assert.equal(shareable(path.join(dir, 'bundles', h.name)), own, `${h.name}: what its config gets built alone`);
    });
  } finally {
    cleanup(dir);
    for (const folder of alone) cleanup(folder);
  }
});

test.run();
