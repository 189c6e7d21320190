/**
 * obscompile's dashboards against the metrics catalog, through the real PromQL parser: every panel an example gets
 * reads series its configuration stores, each the way its type allows; every panel appears in some configuration;
 * a catalog name that changes leaves its panels out, with the name; thresholds follow the config; and the files are
 * Grafana JSON with current panel types and the provisioned data source on every query.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { DASHBOARDS, panelKey } from '../src/dashboards/index.js';
import { SCOPE_LABELS, checkable } from '../src/dashboards/panel.js';
import { bornWithEvent, loadCatalog } from '../src/model/catalog-data.js';
import { dashboardsModel } from '../src/model/dashboards.js';
import { alertingOf } from '../src/model/alerting.js';
import type { Model } from '../src/model/model.js';
import { checkQuery } from '../src/promql/check.js';
import { PROMETHEUS_DATASOURCE, dashboardJson } from '../src/render/dashboards.js';
import { compiledVariant, EXAMPLES } from './integration/tools.js';
import { countedFromBirth, readsName } from './helpers.js';

const VARIANTS: [string, [string[], unknown][]][] = [
  ...EXAMPLES.map((name): [string, [string[], unknown][]] => [name, []]),
  ['sglang-dev', [[['prometheus', 'remoteWrite'], [{ url: 'https://metrics.example.com/api/v1/write' }]], [['jaeger', 'forwardOtlp'], { endpoint: 'traces.example.com:4317', insecure: true }]]],
  ['sglang-dev', [[['exporters', 'dcgmExporter', 'profiling'], false]]],
  ['sglang-dev', [[['versions', 'jaeger'], '1.76.0']]],
];

const models = new Map<string, Model>();
for (const [name, changes] of VARIANTS) models.set(`${name} ${JSON.stringify(changes)}`, (await compiledVariant(name, changes)).model!);

test('every panel an example gets reads only series its configuration stores, each the way its type allows', () => {
  const seen = new Set<string>();
  for (const [variant, m] of models) {
    assert.ok(m.dashboards, `${variant} has dashboards`);
    for (const d of m.dashboards.dashboards) {
      for (const row of d.rows) {
        for (const p of row.panels) {
          seen.add(panelKey(d, p));
          for (const q of p.queries) assert.equal(checkQuery(checkable(q.expr), m.series, { anyLabels: SCOPE_LABELS }), [], `${variant}: ${d.uid} / ${p.title}: ${q.expr}`);
        }
      }
    }
  }
  const all = DASHBOARDS.flatMap((d) => d.rows.flatMap((r) => r.panels.map((p) => panelKey(d, p))));
  assert.equal(all.filter((k) => !seen.has(k)), [], 'every panel is shown by some configuration');
});

test('a panel whose series the catalog no longer lists is left out, and the catalog says which name is missing', async () => {
  const config = (await compiledVariant('sglang-dev', [])).model!.config;
  const catalog = structuredClone(loadCatalog());
  const row = catalog.find((s) => s.source === 'modelServer')!.metrics.find((r) => r.name === 'sglang:token_usage')!;
  row.name = 'sglang:token_usage_ratio';
  const { series, scraped } = alertingOf(config, catalog);
  const m = dashboardsModel(config, series, scraped)!;
  const serving = m.dashboards.find((d) => d.uid === 'obscompile-serving')!;
  assert.not.ok(serving.rows.some((r) => r.panels.some((p) => p.title === 'KV cache used')));
  assert.match(m.leftOut.find((l) => l.name === 'Model server (SGLang) / KV cache used')!.why, /`sglang:token_usage` is not stored/);
});

test('thresholds and the latency quantile come from the config', async () => {
  const m = (await compiledVariant('sglang-dev', [[['alerting', 'thresholds'], { ttftSeconds: 4, kvCacheUsageRatio: 0.8, latencyQuantile: 0.99 }]])).model!;
  const panels = m.dashboards!.dashboards.find((d) => d.uid === 'obscompile-serving')!.rows.flatMap((r) => r.panels);
  const ttft = panels.find((p) => p.title === 'Time to first token')!;
  assert.is(ttft.threshold, 4);
  assert.match(ttft.queries[0]!.expr, /^histogram_quantile\(0\.99, /);
  assert.is(panels.find((p) => p.title === 'KV cache used')!.threshold, 0.8);
  const json = dashboardJson(m.dashboards!.dashboards.find((d) => d.uid === 'obscompile-serving')!) as { panels: { title: string; fieldConfig?: { defaults: { thresholds: { steps: { value: number | null }[] } } } }[] };
  assert.equal(json.panels.find((p) => p.title === 'Time to first token')!.fieldConfig!.defaults.thresholds.steps.map((s) => s.value), [null, 4]);
});

test("cAdvisor's queries ask Grafana for a min step its sample spacing allows (a minute at least), the others for none", async () => {
  const panels = async (changes: [string[], unknown][]) => (await compiledVariant('sglang-dev', changes)).model!.dashboards!.dashboards.flatMap((d) => d.rows.flatMap((r) => r.panels));
  const byDefault = await panels([]);
  const cadvisor = byDefault.filter((p) => p.source === 'cadvisor');
  assert.ok(cadvisor.length >= 8, `${cadvisor.length} cAdvisor panels`);
  assert.ok(cadvisor.every((p) => p.interval === '1m'), 'the 30s scrape, stretched to the 60s housekeeping cAdvisor allows an idle container');
  assert.ok(byDefault.filter((p) => p.source !== 'cadvisor').every((p) => p.interval === undefined));
  assert.ok((await panels([[['exporters', 'cadvisor', 'scrapeInterval'], '2m']])).filter((p) => p.source === 'cadvisor').every((p) => p.interval === '2m'), 'a slower scrape: its own interval');
  const json = dashboardJson((await compiledVariant('sglang-dev', [])).model!.dashboards!.dashboards.find((d) => d.uid === 'obscompile-containers')!) as { panels: { type: string; interval?: string; targets?: { interval?: string }[] }[] };
  // On each query, Grafana's Min step, which $__rate_interval is four of; a panel's Min interval would give a 75s window.
  const shown = json.panels.filter((p) => p.type !== 'row');
  assert.ok(shown.every((p) => p.targets!.length > 0 && p.targets!.every((t) => t.interval === '1m') && p.interval === undefined), 'written as each query\'s min step');
});

test('the JSON: current panel types, the provisioned Prometheus on every query, scope variables, no overlapping panels', () => {
  const m = models.get('sglang-dev []')!;
  for (const d of m.dashboards!.dashboards) {
    const json = dashboardJson(d) as { panels: { type: string; datasource?: unknown; targets?: { datasource: unknown }[]; gridPos: { x: number; y: number; w: number; h: number } }[]; templating: { list: { name: string }[] } };
    assert.equal(json.templating.list.map((v) => v.name), [...SCOPE_LABELS]);
    const cells = new Set<string>();
    for (const p of json.panels) {
      assert.ok(['row', 'timeseries', 'stat', 'gauge', 'heatmap', 'table'].includes(p.type), `${d.uid}: ${p.type} is a current panel type`);
      if (p.type !== 'row') for (const t of p.targets!) assert.equal(t.datasource, PROMETHEUS_DATASOURCE);
      const { x, y, w, h } = p.gridPos;
      assert.ok(x + w <= 24, `${d.uid}: panel within the grid`);
      for (let i = x; i < x + w; i++) for (let j = y; j < y + h; j++) {
        assert.not.ok(cells.has(`${i},${j}`), `${d.uid}: panels do not overlap at ${i},${j}`);
        cells.add(`${i},${j}`);
      }
    }
  }
});

test('a panel over a counter born with its first event counts it from birth, so a first burst is not shown as none', () => {
  const appears = loadCatalog().flatMap((src) => src.metrics.filter(bornWithEvent).map((m) => m.name));
  const checked = new Set<string>();
  for (const [variant, m] of models) {
    for (const d of m.dashboards!.dashboards) {
      for (const row of d.rows) {
        for (const p of row.panels) {
          for (const q of p.queries) {
            for (const name of appears) {
              if (!readsName(name).test(q.expr)) continue;
              assert.match(q.expr, countedFromBirth(name), `${variant}: ${d.uid} / ${p.title} reads ${name}, born with its first event: ${q.expr}`);
              checked.add(p.title);
            }
          }
        }
      }
    }
  }
  assert.ok(checked.has('Spans failed to hand on') && checked.has('Server errors') && checked.has('Retracted requests'), [...checked].join(', '));
});

test.run();
