/**
 * The dashboards for real: every generated dashboard validates against Grafana's published dashboard JSON Schema
 * (grafana-foundation-sdk, pinned and checksum-checked), and Debian's Prometheus, started from the generated
 * prometheus.yml and scraping a synthetic exporter that serves every catalog series, returns data for every panel
 * query of every dashboard, and every recording rule records a series.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, tempDir } from '../helpers.js';
import { FETCH_COMMAND, missingSchemas, officialSchema } from '../official-schemas.js';
import { eventually, stopChild } from './processes.js';
import { serveCatalog } from './synthetic-exporter.js';
import { BUNDLES, compiledVariant, freePort, toolTest } from './tools.js';

const SCHEMA = 'grafana-dashboard.jsonschema.json';

function dashboardValidator(): ((data: unknown) => string[]) | undefined {
  const schema = officialSchema(SCHEMA);
  if (!schema) return undefined;
  const ajv = new Ajv.default({ strict: false, allErrors: true });
  addFormats.default(ajv as never);
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

test("every checked-in dashboard validates against Grafana's dashboard JSON Schema", () => {
  const validate = dashboardValidator();
  if (!validate) {
    const why = `${SCHEMA} not fetched: run \`${FETCH_COMMAND}\``;
    if (process.env.CI === 'true') assert.unreachable(why);
    console.log(`  skipping the dashboard schema check: ${why}`);
    return;
  }
  let checked = 0;
  for (const bundle of BUNDLES) {
    for (const file of readdirSync(bundle.dir).filter((f) => /^dashboard-.*\.json$/.test(f))) {
      assert.equal(validate(JSON.parse(readFileSync(path.join(bundle.dir, file), 'utf8'))), [], `${bundle.name}/${file}`);
      checked++;
    }
  }
  assert.ok(checked >= 8, `${checked} dashboards checked`);
  assert.ok(!missingSchemas().includes(SCHEMA));
});

/** The reference example on free ports, scraped every second, with every optional source on so every panel exists. */
async function variant() {
  const ports = { prometheus: await freePort(), node: await freePort(), dcgm: await freePort(), jaeger: await freePort(), model: await freePort(), cadvisor: await freePort(), am: await freePort() };
  const c = await compiledVariant('sglang-dev', [
    [['versions', 'prometheus'], '2.55.1'],
    [['prometheus'], { port: ports.prometheus, scrapeInterval: '1s', scrapeTimeout: '1s', evaluationInterval: '1s', remoteWrite: [{ url: 'http://127.0.0.1:9/api/v1/write', name: 'nowhere' }] }],
    [['exporters', 'nodeExporter', 'port'], ports.node],
    [['exporters', 'dcgmExporter', 'port'], ports.dcgm],
    [['exporters', 'cadvisor', 'port'], ports.cadvisor],
    [['exporters', 'cadvisor', 'scrapeInterval'], '1s'],
    [['jaeger', 'metricsPort'], ports.jaeger],
    [['jaeger', 'forwardOtlp'], { endpoint: 'traces.example.com:4317', insecure: true }],
    [['modelServer', 'port'], ports.model],
    [['modelServer', 'extraPorts'], []],
    [['alertmanager', 'port'], ports.am],
  ]);
  return { model: c.model!, files: Object.fromEntries(c.artifacts!.map((a) => [a.path, a.content])), ports };
}

toolTest(test, ['prometheus'], 'Prometheus scraping a synthetic exporter of every catalog series returns data for every panel query', async (tools) => {
  const { model, files, ports } = await variant();
  const dir = tempDir();
  // cAdvisor is scraped as the Compose service `cadvisor`: here it is the synthetic exporter on loopback.
  writeFileSync(path.join(dir, 'prometheus.yml'), files['prometheus.yml']!.replace(`cadvisor:${ports.cadvisor}`, `127.0.0.1:${ports.cadvisor}`));
  writeFileSync(path.join(dir, 'alert-rules.yml'), files['alert-rules.yml']!);
  const close = await serveCatalog(model, (target) => Number(target.split(':').pop()));
  const prometheus = spawn(tools.prometheus!, [`--config.file=${path.join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${path.join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${ports.prometheus}`, '--enable-feature=expand-external-labels'], { env: { ...process.env, CONTAINER_RUN_ID: 'run-1' }, stdio: 'ignore' });
  const api = `http://127.0.0.1:${ports.prometheus}/api/v1/query?query=`;
  const query = async (expr: string) => ((await (await fetch(api + encodeURIComponent(expr))).json()) as { status: string; error?: string; data: { result: unknown[] } });
  try {
    const jobs = model.scrapeJobs.map((j) => j.job);
    // Every job scraped at least four times: rates over the window have samples to work with.
    await eventually('four scrapes of every job', async () => {
      const r = await query('count_over_time(up[1m]) >= 4 and up == 1');
      return r.data?.result.length === jobs.length || undefined;
    }, 60_000);
    const empty: string[] = [];
    let queries = 0;
    for (const d of model.dashboards!.dashboards) {
      for (const p of d.rows.flatMap((r) => r.panels)) {
        for (const q of p.queries) {
          // Grafana's variables as a dashboard shows them: the rate window, and every host and run.
          const expr = q.expr.replace(/\$__rate_interval/g, '1m').replace(/\$(host|container_run)/g, '.*');
          const r = await query(expr);
          assert.is(r.status, 'success', `${d.uid} / ${p.title}: ${r.error} in ${expr}`);
          if (r.data.result.length === 0) empty.push(`${d.uid} / ${p.title}: ${expr}`);
          queries++;
        }
      }
    }
    assert.equal(empty, [], 'every panel query returns data');
    // The recording rules, evaluated every second by the same Prometheus, record something too.
    const unrecorded = [];
    for (const r of model.alerts!.recording) if ((await query(r.record)).data.result.length === 0) unrecorded.push(r.record);
    assert.equal(unrecorded, [], 'every recording rule records a series');
    assert.ok(queries > 60, `${queries} queries ran`);
  } finally {
    await stopChild(prometheus);
    close();
    cleanup(dir);
  }
});

test.run();
