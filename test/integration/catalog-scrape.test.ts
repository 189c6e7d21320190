/**
 * The catalog against reality where reality runs here: Debian's node_exporter, Prometheus and Alertmanager, started
 * on 127.0.0.1. Every catalogued row of those sources exists with its type, and each live series carries no label the
 * catalog does not list (rows the catalog itself marks as conditional are exempt). Debian ships older releases (node_exporter
 * 1.5, Prometheus 2.42, Alertmanager 0.25) than the catalog describes: later releases only add labels, which this
 * check tolerates.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadCatalog } from '../../src/model/catalog-data.js';
import { cleanup, tempDir } from '../helpers.js';
import { freePort, toolTest } from './tools.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Metric families of a Prometheus text exposition: type and the label names seen on its series. */
function families(text: string): Map<string, { type: string; labels: Set<string> }> {
  const out = new Map<string, { type: string; labels: Set<string> }>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)$/.exec(line);
    if (type) out.set(type[1]!, { type: type[2]!, labels: new Set() });
    const sample = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? /.exec(line);
    if (!sample) continue;
    const family = out.get(sample[1]!) ?? out.get(sample[1]!.replace(/_(bucket|sum|count)$/, ''));
    for (const m of (sample[2] ?? '').matchAll(/(\w+)="/g)) if (m[1] !== 'le' || family?.type !== 'histogram') family?.labels.add(m[1]!);
  }
  return out;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 120; i++) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch {
      // not up yet
    }
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
}

function checkSource(sourceId: 'nodeExporter' | 'prometheus' | 'alertmanager', live: ReturnType<typeof families>, skip: (name: string) => boolean = () => false): void {
  const src = loadCatalog().find((s) => s.source === sourceId)!;
  for (const m of src.metrics) {
    // Rows that need what this test does not set up (rules, an Alertmanager, remote write) or a situation are not checked live.
    if (m.condition || m.requires || skip(m.name)) continue;
    const family = live.get(m.name);
    assert.ok(family, `${m.name} is exposed by the running ${src.title}`);
    assert.is(family.type, m.type, `${m.name} type`);
    const extra = [...family.labels].filter((l) => !(m.labels ?? []).includes(l));
    assert.equal(extra, [], `${m.name} carries only catalogued labels`);
  }
}

toolTest(test, ['prometheus', 'prometheus-node-exporter'], 'the catalog rows of node_exporter and Prometheus exist on the running binaries, with their types and labels', async (tools) => {
  const dir = tempDir();
  const [nodePort, promPort] = [await freePort(), await freePort()];
  const procs: ChildProcess[] = [];
  try {
    procs.push(spawn(tools['prometheus-node-exporter']!, [`--web.listen-address=127.0.0.1:${nodePort}`], { stdio: 'ignore' }));
    const config = path.join(dir, 'prometheus.yml');
    writeFileSync(config, `global: { scrape_interval: 1s, evaluation_interval: 1s, external_labels: { container_run: run-1 } }\nscrape_configs:\n  - { job_name: node_exporter, static_configs: [{ targets: ['127.0.0.1:${nodePort}'] }] }\n`);
    procs.push(spawn(tools.prometheus!, [`--config.file=${config}`, `--storage.tsdb.path=${path.join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${promPort}`], { stdio: 'ignore' }));

    const nodeText = await until('node_exporter', async () => (await fetch(`http://127.0.0.1:${nodePort}/metrics`)).text());
    checkSource('nodeExporter', families(nodeText));

    const api = `http://127.0.0.1:${promPort}`;
    const up = await until('a scrape', async () => {
      const body = (await (await fetch(`${api}/api/v1/query?query=up`)).json()) as { data: { result: { metric: Record<string, string> }[] } };
      return body.data.result.length ? body.data.result[0]!.metric : undefined;
    });
    assert.equal(Object.keys(up).sort(), ['__name__', 'instance', 'job'], 'a local query shows no external label: container_run only travels with samples that leave');
    // Scrape-interval summaries appear once two scrapes have happened.
    const promText = await until('a second scrape', async () => {
      const text = await (await fetch(`${api}/metrics`)).text();
      return /^prometheus_target_interval_length_seconds\{/m.test(text) ? text : undefined;
    });
    const live = families(promText);
    for (const synthetic of ['up', 'scrape_duration_seconds', 'scrape_samples_scraped', 'scrape_samples_post_metric_relabeling', 'scrape_series_added']) {
      live.set(synthetic, { type: 'gauge', labels: new Set(['instance', 'job']) });
      const r = (await (await fetch(`${api}/api/v1/query?query=${synthetic}`)).json()) as { data: { result: unknown[] } };
      assert.ok(r.data.result.length > 0, `${synthetic} is synthesised for every target`);
    }
    checkSource('prometheus', live);
  } finally {
    for (const p of procs) if (p.pid) process.kill(p.pid, 'SIGTERM');
    await sleep(300);
    cleanup(dir);
  }
});

toolTest(test, ['prometheus-alertmanager'], "the catalog rows of Alertmanager exist on Debian's running 0.25, with their types and labels", async (tools) => {
  const dir = tempDir();
  const port = await freePort();
  const config = path.join(dir, 'alertmanager.yml');
  // A webhook receiver, so the notification counters have their webhook series.
  writeFileSync(config, "route: { receiver: hook }\nreceivers:\n  - name: hook\n    webhook_configs: [{ url: 'http://127.0.0.1:9/' }]\n");
  const am = spawn(tools['prometheus-alertmanager']!, [`--config.file=${config}`, `--storage.path=${path.join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`, '--cluster.listen-address='], { stdio: 'ignore' });
  try {
    const text = await until('Alertmanager', async () => (await fetch(`http://127.0.0.1:${port}/metrics`)).text());
    checkSource('alertmanager', families(text));
  } finally {
    if (am.pid) process.kill(am.pid, 'SIGTERM');
    await sleep(300);
    cleanup(dir);
  }
});

test.run();
