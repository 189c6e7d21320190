/**
 * The metrics catalog states only recorded upstream facts: each catalog row is checked against the facts recorded
 * from the upstream source of the pinned version (test/facts/*.yaml, each naming its repository, file and tag), and
 * availability is computed from the config, not asserted. A hand edit of a catalog row that drifts fails here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { loadCatalog, type CatalogSource } from '../src/model/catalog-data.js';
import { ROOT } from './helpers.js';
import { compileVariant, compiledVariant } from './integration/tools.js';

const facts = (name: string) => parseYaml(readFileSync(path.join(ROOT, 'test/facts', `${name}.yaml`), 'utf8'));
const source = (id: CatalogSource['source'], major?: number, engine = 'sglang') => loadCatalog().find((s) => s.source === id && (major === undefined || s.major === major) && (id !== 'modelServer' || s.engine === engine))!;
const sorted = (xs: readonly string[]) => [...xs].sort();

test('dcgm-exporter rows: real fields with the upstream type of each release; labels per version; the collectors file lists what the catalog marks collected', async () => {
  const f = facts('dcgm-exporter');
  const src = source('dcgmExporter');
  const newer = f['from-4.8.3'];
  for (const m of src.metrics) {
    const before = f.fields[m.name];
    const after = newer.fields[m.name] ?? before;
    assert.ok(after, `${m.name} is a field of the upstream collectors file`);
    assert.is(m.type, after.type, `${m.name} type in 4.8.3`);
    if (m.since) assert.ok(!before && newer.fields[m.name], `${m.name} is new in ${m.since}`);
    else assert.is(m.typeBefore?.type ?? m.type, before.type, `${m.name} type in 4.8.2`);
    assert.equal(m.labels ?? [], newer.attributeLabels[m.name] ?? f.attributeLabels[m.name] ?? [], `${m.name} own labels`);
  }
  for (const l of src.labelFields!) assert.is(f.fields[l.name]?.type, 'label', `${l.name} is a label field`);
  for (const [name, field] of Object.entries(f.fields as Record<string, { active: boolean }>)) {
    if (field.active && !name.startsWith('DCGM_EXP_')) assert.ok(src.metrics.some((m) => m.name === name) || src.labelFields!.some((l) => l.name === name), `upstream's default field ${name} is catalogued`);
  }

  for (const [tag, key] of [['4.6.0-4.8.3', 'from-4.8.3'], ['4.5.3-4.8.2', 'before-4.8.3']] as const) {
    const out = await compileVariant('sglang-dev', [[['versions', 'dcgmExporter'], tag]]);
    const row = out['metrics_catalog.md']!.split('\n').find((l) => l.startsWith('| `DCGM_FI_DEV_GPU_TEMP`'))!;
    const labels = [...row.split('|')[3]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    // `container` is added by obscompile's scrape job: the dev container the exporter runs in.
    assert.equal(labels, [...f.seriesLabels[key], 'DCGM_FI_DRIVER_VERSION', 'container'], `labels of dcgm-exporter ${tag}`);
    // The collectors file of each release names only fields that release knows, with the type it gives them.
    const records = out['dcgm-collectors.csv']!.split('\n').filter((l) => l && !l.startsWith('#')).map((r) => r.split(',').slice(0, 2));
    const known = key === 'from-4.8.3' ? { ...f.fields, ...newer.fields } : f.fields;
    for (const [field, type] of records) assert.is(type, known[field!]?.type, `${field} in the collectors file of ${tag}`);
  }

  for (const capabilities of [['SYS_ADMIN'], []]) {
    const out = await compileVariant('sglang-dev', [[['container', 'capabilities'], capabilities], [['exporters', 'dcgmExporter', 'profiling'], capabilities.length > 0]]);
    const records = out['dcgm-collectors.csv']!.split('\n').filter((l) => l && !l.startsWith('#'));
    for (const r of records) assert.is(r.replace(/"[^"]*"/g, 'q').split(',').length, 3, `exactly three fields: ${r}`);
    const collected = records.map((r) => r.split(',')[0]!);
    const catalog = out['metrics_catalog.md']!;
    const dcgmRows = catalog.slice(catalog.indexOf('## dcgm-exporter'), catalog.indexOf('## Jaeger')).split('\n').filter((l) => l.startsWith('| `'));
    const catalogued = dcgmRows.filter((l) => !/\| no: [^|]*\|$/.test(l)).map((l) => /`([^`]+)`/.exec(l)![1]!);
    assert.equal(sorted(collected.filter((c) => c !== 'DCGM_FI_DRIVER_VERSION')), sorted(catalogued), 'collected = catalogued as exposed');
    assert.is(collected.some((c) => c!.startsWith('DCGM_FI_PROF_')), capabilities.length > 0, 'profiling fields only with SYS_ADMIN');
    if (capabilities.length) assert.match(catalog, /\| `DCGM_FI_PROF_SM_ACTIVE` \|.*\| only on GPUs with DCGM profiling support/);
  }
});

test('SGLang rows: names, types and label sets of v0.5.18; removed names stay out', () => {
  const f = facts('sglang');
  const src = source('modelServer');
  for (const m of src.metrics) {
    const fact = f.metrics[m.name];
    assert.ok(fact, `${m.name} exists in SGLang ${f.version}`);
    assert.is(m.type, fact.type, `${m.name} type`);
    const labels = [...(m.noSeriesLabels ? [] : m.labelSet ? src.labelSets![m.labelSet]! : src.seriesLabels!), ...(m.labels ?? [])];
    assert.equal(labels, [...f.labelSets[fact.set], ...(fact.labels ?? [])], `${m.name} labels`);
    assert.equal(m.buckets, fact.buckets, `${m.name} buckets`);
  }
  for (const gone of f.removed) assert.not.ok(src.metrics.some((m) => m.name === gone), `${gone} is not listed`);
});

test('vLLM rows: names as exposed from the source definitions, types, labels and buckets; feature-bound rows are conditional; removed names stay out', () => {
  const f = facts('vllm');
  const src = source('modelServer', undefined, 'vllm');
  const kind = { Gauge: 'gauge', Counter: 'counter', Histogram: 'histogram' } as Record<string, string>;
  // prometheus_client exposes a Counter as NAME_total, unless the name already ends so.
  const exposed = (name: string, k: string) => (k === 'Counter' && !name.endsWith('_total') ? `${name}_total` : name);
  const defined = new Map(Object.entries(f.metrics as Record<string, { kind: string; labels?: string[]; ownLabelsOnly?: string[]; buckets?: string; flag?: string; env?: string }>).map(([name, fact]) => [exposed(name, fact.kind), fact]));
  assert.equal(sorted(src.metrics.map((m) => m.name)), sorted([...defined.keys()]), 'every recorded metric is catalogued, and only those');
  for (const m of src.metrics) {
    const fact = defined.get(m.name)!;
    assert.is(m.type, kind[fact.kind], `${m.name} type`);
    const labels = m.noSeriesLabels ? (m.labels ?? []) : [...src.seriesLabels!, ...(m.labels ?? [])];
    assert.equal(labels, fact.ownLabelsOnly ?? [...f.labels, ...(fact.labels ?? [])], `${m.name} labels`);
    const short = m.name.replace(/^vllm:/, '');
    assert.equal(m.buckets, fact.buckets ? f.buckets[fact.buckets] : undefined, `${m.name} buckets`);
    if (f.oneTwoFive.includes(short)) assert.match(m.help, /1-2-5 buckets up to the context length/, `${m.name} says its buckets follow the model`);
    const needs = fact.flag ?? fact.env;
    assert.is(m.condition !== undefined && needs !== undefined && m.condition.includes(needs), needs !== undefined, `${m.name} conditional on ${needs ?? 'nothing'}`);
  }
  for (const gone of f.removed) assert.not.ok(src.metrics.some((m) => m.name === gone), `${gone} is not listed`);
});

test('cAdvisor rows: names, types and labels of v0.60.5; metric kinds off by default are marked off', async () => {
  const f = facts('cadvisor');
  const src = source('cadvisor');
  for (const m of src.metrics) {
    const fact = f.metrics[m.name];
    assert.ok(fact, `${m.name} exists in cAdvisor ${f.version}`);
    assert.is(m.type, fact.type, `${m.name} type`);
    const own = m.noSeriesLabels ? (m.labels ?? []).filter((l) => !f.machineLabels.includes(l)) : (m.labels ?? []);
    assert.equal(own, fact.labels, `${m.name} labels`);
    if (m.noSeriesLabels && m.name.startsWith('machine_')) assert.equal(m.labels!.filter((l) => f.machineLabels.includes(l)), f.machineLabels);
  }
  const catalog = (await compileVariant('sglang-dev', [[['exporters', 'cadvisor', 'dropMetrics'], []]]))['metrics_catalog.md']!;
  assert.match(catalog, /\| `container_network_tcp_usage_total` \|.*\| no: cAdvisor leaves its tcp metric kind off by default/);
  assert.match(catalog, /\| `container_cpu_cfs_throttled_seconds_total` \|.*\| only for containers with a CPU limit/);
});

/**
 * The name a Prometheus reader with type and unit suffixes exposes for an OpenTelemetry instrument (prometheus/otlptranslator
 * v1.0.0): the unit's word unless the name already ends with it (`s` seconds, `By` bytes; an annotation in braces adds
 * nothing), then `_total` for a counter.
 */
function exposedName(name: string, kind: string, unit: string): string {
  const word = ({ s: 'seconds', By: 'bytes' } as Record<string, string>)[unit];
  const withUnit = word && !name.endsWith(`_${word}`) ? `${name}_${word}` : name;
  return kind === 'counter' ? `${withUnit}_total` : withUnit;
}

test('Jaeger rows follow the configured major: the collector instruments as the generated reader names them for 2, the v1 names for 1', async () => {
  const f = facts('jaeger');
  const v2 = f.versions['2'];
  const exposed = new Map(Object.entries(v2.instruments as Record<string, { kind: string; unit: string; labels: string[]; buckets?: number[] }>).map(([name, i]) => [exposedName(name, i.kind, i.unit), i]));
  const src2 = source('jaeger', 2);
  assert.is(src2.upstream.version, v2.version);
  for (const m of src2.metrics) {
    const fact = exposed.get(m.name);
    assert.ok(fact, `${m.name} is what Jaeger ${v2.version} exposes for one of its instruments`);
    assert.is(m.type, fact.kind, `${m.name} type`);
    assert.equal([...(src2.seriesLabels ?? []), ...(m.labels ?? [])], [...v2.seriesLabels, ...fact.labels], `${m.name} labels`);
    assert.equal(m.buckets, fact.buckets, `${m.name} buckets`);
  }
  // The names hold only while jaeger.yaml's reader asks for them.
  const config = parseYaml((await compileVariant('sglang-dev', []))['jaeger.yaml']!);
  const reader = config.service.telemetry.metrics.readers[0].pull.exporter.prometheus;
  for (const [key, value] of Object.entries(v2.reader)) assert.is(reader[key], value, `jaeger.yaml sets ${key}: ${value}`);

  const v1 = f.versions['1'];
  const src1 = source('jaeger', 1);
  assert.is(src1.upstream.version, v1.version);
  for (const m of src1.metrics) {
    assert.ok(v1.metrics[m.name], `${m.name} exists in Jaeger ${v1.version}`);
    assert.is(m.type, v1.metrics[m.name].type);
    assert.equal([...(src1.seriesLabels ?? []), ...(m.labels ?? [])], [...v1.seriesLabels, ...v1.metrics[m.name].labels], `${m.name} labels`);
  }
  const catalog1 = (await compileVariant('sglang-dev', [[['versions', 'jaeger'], '1.76.0']]))['metrics_catalog.md']!;
  assert.match(catalog1, /## Jaeger all-in-one \(v1\)/);
  assert.not.match(catalog1, /\| `otelcol_/);
  // Rules that read the v2 names are left out, and the catalog says why.
  assert.match(catalog1, /Left out: `JaegerRefusingSpans`, because `otelcol_receiver_refused_spans_total` is not stored/);
  const catalog2 = (await compileVariant('sglang-dev', []))['metrics_catalog.md']!;
  assert.not.match(catalog2, /jaeger_collector_/);
  assert.match(catalog2, /\| `otelcol_exporter_queue_size` \|.*\| no: exists only for the OTLP exporter that forwards/);
});

test("a row whose need came with a release exists before it whatever the config turns on: Prometheus's dropped-alerts counter", async () => {
  // notifier/notifier.go @ v2.42.0: a plain counter, there from start-up; notifier/metric.go @ v3.10.0: per Alertmanager, so only with one.
  const status = async (prometheus: string) => {
    const c = await compiledVariant('cpu-only', [[['versions', 'prometheus'], prometheus], [['alertmanager', 'enabled'], false]]);
    return c.model!.catalog.find((s) => s.job === 'prometheus')!.metrics.find((m) => m.name === 'prometheus_notifications_dropped_total');
  };
  const old = await status('2.42.0');
  assert.equal([old?.status, old?.labels.includes('alertmanager')], ['available', false]);
  assert.is((await status('3.14.0'))?.status, 'off');
});

test('every section names its upstream project and version; a config pinning another release is told so', async () => {
  const catalog = (await compileVariant('sglang-dev', [[['versions', 'nodeExporter'], '1.5.0']]))['metrics_catalog.md']!;
  const sections = catalog.split('\n## ').slice(1).filter((s) => s.split('\n')[0]!.includes('(job `'));
  for (const s of sections) assert.match(s, /\n\nDescribes \[[\w-]+\/[\w-]+\]\(https:\/\/github\.com\/[\w-]+\/[\w-]+\) `[\d.-]+`; checked against /, s.split('\n')[0]);
  assert.match(catalog, /This stack runs `1\.5\.0`: rows that changed between the two releases may differ\./);
  assert.match(catalog, /the external label `container_run` \(the\nid of the container run\) is added only to samples that leave it/);
});


test("the catalog's own text is Latin-1, so a catalog of any size stays one byte per character in memory", () => {
  // One character above U+00FF anywhere in the joined text makes V8 hold all of it at two bytes a character: at ten
  // thousand scrape targets that is six megabytes more at the build's peak. Users' help texts may still bring one.
  const wide = /[^\u0000-\u00ff]/u;
  const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []);
  for (const text of strings(loadCatalog())) assert.not.ok(wide.test(text), `catalog data: ${JSON.stringify(text)}`);
  for (const example of ['sglang-dev', 'vllm-dev', 'cpu-only', 'fleet']) {
    const catalog = readFileSync(path.join(ROOT, 'examples', example, 'out/metrics_catalog.md'), 'utf8');
    assert.is(wide.exec(catalog)?.[0], undefined, `examples/${example}/out/metrics_catalog.md`);
  }
});

test.run();
