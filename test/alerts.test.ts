/**
 * obscompile's alert and recording rules against the metrics catalog, through the real PromQL parser: every rule an
 * example gets reads series its configuration stores, with counters through rate()/increase() and quantiles over
 * buckets that keep `le`; the reference example leaves out only what needs a part it does not run; a catalog name
 * that changes (or a rule's metric that is misspelt) is caught; the schema's alert names are the rules'.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { alertRules, RECORDING_RULES } from '../src/alerts/index.js';
import { ruleKey } from '../src/alerts/rule.js';
import { FLEET_HOST_ALERTS_FAILING, FLEET_HOST_SILENT } from '../src/alerts/fleet.js';
import { alertReads } from '../src/generated/alert-reads.js';
import { bornWithEvent, loadCatalog } from '../src/model/catalog-data.js';
import { alertingOf } from '../src/model/alerting.js';
import { testSeries } from '../src/model/alerts.js';
import type { Model } from '../src/model/model.js';
import { analyzeQuery } from '../src/promql/analyze.js';
import { checkQuery } from '../src/promql/check.js';
import { ROOT, countedFromBirth } from './helpers.js';
import { alertTestsText, testsWithInstance } from '../src/render/alert-rules.js';
import { testLabelling } from '../src/render/alert-tests.js';
import { compiledVariant, EXAMPLES } from './integration/tools.js';

/** The examples as shipped, and the reference example with parts turned off or an older dcgm-exporter. */
const VARIANTS: [string, [string[], unknown][]][] = [
  ...EXAMPLES.map((name): [string, [string[], unknown][]] => [name, []]),
  ['sglang-dev', [[['exporters', 'dcgmExporter', 'profiling'], false]]],
  ['sglang-dev', [[['exporters', 'cadvisor', 'enabled'], false]]],
  ['sglang-dev', [[['versions', 'dcgmExporter'], '4.5.2-4.8.1']]],
  ['sglang-dev', [[['versions', 'jaeger'], '1.76.0']]],
];

const models = new Map<string, Model>();
for (const [name, changes] of VARIANTS) models.set(`${name} ${JSON.stringify(changes)}`, (await compiledVariant(name, changes)).model!);

const recordedOf = (m: Model) => new Map(m.alerts!.recording.map((r) => [r.record, new Set(r.labels)]));

test('every rule an example gets reads only series its configuration stores, each the way its type allows', () => {
  const checked = new Set<string>();
  for (const [variant, m] of models) {
    assert.ok(m.alerts, `${variant} has alerts`);
    const recorded = recordedOf(m);
    for (const r of m.alerts.recording) {
      assert.equal(checkQuery(r.expr, m.series), [], `${variant}: recording rule ${r.record}`);
      checked.add(r.record);
    }
    for (const a of m.alerts.alerts) {
      assert.equal(checkQuery(a.expr, m.series, { recorded }), [], `${variant}: ${a.alert} = ${a.expr}`);
      checked.add(a.alert);
    }
  }
  // Every rule was checked in some configuration (those needing an Alertmanager or remote write aside, below).
  const needOther = new Set(['PrometheusNotificationsFailing', 'PrometheusRemoteWriteFailing']);
  const all = [...RECORDING_RULES.map((r) => r.record), ...alertRules(() => []).map((r) => r.alert)];
  assert.equal(all.filter((n) => !checked.has(n) && !needOther.has(n)), []);
});

test('a counter that appears with its first event is counted from its birth, and its test series is born as upstream makes it', () => {
  const appears = new Map(loadCatalog().flatMap((src) => src.metrics.filter(bornWithEvent).map((m) => [m.name, m.appears!] as const)));
  const checked = new Set<string>();
  for (const [variant, m] of models) {
    for (const alert of m.alerts!.alerts) {
      for (const name of alertReads[ruleKey(alert)] ?? []) {
        if (!appears.has(name)) continue;
        const at = `${variant} ${alert.alert} reads ${name} (${appears.get(name)})`;
        assert.match(alert.expr, countedFromBirth(name), `${at}: counted from its birth`);
        const fired = alert.test.fire.filter((s) => s.metric === name);
        assert.ok(fired.some((s) => s.values.startsWith('_')), `${at}: a firing series is born within the test`);
        checked.add(alert.alert);
      }
    }
  }
  assert.ok(checked.has('GpuXidErrors') && checked.has('RequestsRetracted') && checked.has('ModelServerErrors'), [...checked].join(', '));
});

test('a scrape interval too long for the rules\' shortest window (two samples in it) is warned about at the interval', async () => {
  const warned = async (changes: [string[], unknown][]) => (await compiledVariant('sglang-dev', changes)).diagnostics.filter((d) => d.code === 'OBS_RULE_WINDOW');
  assert.equal(await warned([]), [], 'the example scrapes every 15s');
  assert.equal(await warned([[['prometheus', 'scrapeInterval'], '150s']]), [], 'two samples in 5m');
  const slow = await warned([[['prometheus', 'scrapeInterval'], '151s']]);
  assert.is(slow.length, 1);
  assert.is(slow[0]!.severity, 'warning');
  assert.match(slow[0]!.message, /^a scrape every 151s leaves fewer than two samples at times in the 5m windows the alert and recording rules read/);
  assert.equal(await warned([[['prometheus', 'scrapeInterval'], '10m'], [['alerting', 'enabled'], false]]), [], 'no rules, nothing to warn of');
  // cAdvisor's rules read its samples, at its own interval: said at that interval.
  const cadvisor = await warned([[['exporters', 'cadvisor', 'scrapeInterval'], '10m']]);
  assert.equal(cadvisor.map((d) => d.message.replace(/ windows .*/, '')), ['a scrape every 10m leaves fewer than two samples at times in the 15m']);
});

test("a dead man's switch without a Watchdog to send is warned about at its receiver, whatever leaves the Watchdog out", async () => {
  const leftOut = async (changes: [string[], unknown][]) => (await compiledVariant('sglang-dev', changes)).diagnostics.filter((d) => d.code === 'OBS_ALERT_LEFT_OUT' && d.message.startsWith('the Watchdog goes to'));
  assert.equal(await leftOut([]), [], 'the example keeps its Watchdog');
  for (const [changes, why] of [[[[['alerting', 'disable'], ['Watchdog']]], '`alerting.disable` lists it'], [[[['alerting', 'packs'], { stack: false }]], 'the `stack` pack is off']] as [[string[], unknown][], string][]) {
    const found = await leftOut(changes);
    assert.is(found.length, 1, why);
    assert.is(found[0]!.severity, 'warning');
    assert.is(found[0]!.message, `the Watchdog goes to \`deadman\`, but this configuration leaves it out (${why}): the dead man's switch behind \`deadman\` gets no heartbeat and will page`);
  }
  assert.equal(await leftOut([[['alerting', 'disable'], ['Watchdog']], [['alertmanager', 'watchdog'], {}]]), [], 'no receiver, nothing to page');
});

test('a receiver of the critical alerts is warned about when the rules hold none, and named in the route only when set', async () => {
  const pager = [[['alertmanager', 'receivers'], [{ name: 'team', webhook: { url: 'http://alerts.lab.internal:8080/hook' } }, { name: 'pager', webhook: { url: 'http://pager.lab.internal:8080/page' } }]], [['alertmanager', 'watchdog'], {}], [['alertmanager', 'route', 'criticalReceiver'], 'pager']] as [string[], unknown][];
  const alertmanagerYml = (c: Awaited<ReturnType<typeof compiledVariant>>) => c.artifacts!.find((a) => a.name === 'alertmanager.yml')!.content;
  const nothingToGet = (c: Awaited<ReturnType<typeof compiledVariant>>) => c.diagnostics.filter((d) => d.code === 'OBS_ALERT_LEFT_OUT' && d.message.startsWith('`pager` is to get the critical alerts'));
  const kept = await compiledVariant('sglang-dev', pager);
  assert.equal(nothingToGet(kept), [], 'the example has critical alerts');
  // Every critical alert the example gets, whatever it is, goes to the pager: the route matches their severity.
  assert.ok(kept.model!.alerts!.alerts.some((a) => a.severity === 'critical'));
  assert.match(alertmanagerYml(kept), /- matchers:\n {8}- severity="critical"\n {6}receiver: pager\n/);
  const none = await compiledVariant('sglang-dev', [...pager, [['alerting', 'packs'], { gpu: false, serving: false }]]);
  const found = nothingToGet(none);
  assert.is(found.length, 1);
  assert.is(found[0]!.severity, 'warning');
  assert.match(found[0]!.message, /this configuration's rules hold none of them \((\w+, )+ModelServerDown\)/);
  assert.equal(none.model!.alerts!.alerts.filter((a) => a.severity === 'critical'), [], 'the warning says what the rules hold');
  const plain = await compiledVariant('sglang-dev', []);
  assert.not.match(alertmanagerYml(plain), /severity=/, 'without criticalReceiver, no route by severity');
});

test('ModelServerDown waits for a relaunched model to load only where node_exporter serves the launch time; setting the wait without it is a warning', async () => {
  const down = (c: Awaited<ReturnType<typeof compiledVariant>>) => c.model!.alerts!.alerts.find((a) => a.alert === 'ModelServerDown')!;
  const served = down(await compiledVariant('sglang-dev', [[['alerting', 'thresholds', 'modelServerLoadMinutes'], 30]]));
  assert.match(served.expr, / unless on \(\) \(time\(\) - node_textfile_mtime_seconds\{job="node_exporter", file=~"\.\*\/model-server-launch\[\.\]prom"\} < 1800\)$/);
  assert.equal(served.test.quiet!.map((q) => q.what), ['while a relaunched server loads its model']);
  assert.equal(served.test.also!.map((c) => c.at), ['38m', '32m'], 'relaunched at minute 6, started at 0: 30 minutes, then its 2m for');
  const off = await compiledVariant('sglang-dev', [[['exporters', 'nodeExporter', 'enabled'], false], [['alerting', 'thresholds', 'modelServerLoadMinutes'], 30]]);
  assert.not.match(down(off).expr, /unless/);
  assert.is(down(off).test.quiet, undefined);
  const warned = off.diagnostics.filter((d) => d.message.startsWith('the load allowance of ModelServerDown'));
  assert.is(warned.length, 1);
  assert.is(warned[0]!.severity, 'warning');
  assert.not.match(down(await compiledVariant('sglang-dev', [[['alerting', 'thresholds', 'modelServerLoadMinutes'], 0]])).expr, /unless/, '0: no wait');
});

test('the reference example leaves out only rules that read what needs a part it does not run', () => {
  const m = models.get('sglang-dev []')!;
  const catalogRows = new Map(loadCatalog().flatMap((s) => s.metrics.map((row) => [row.name, row])));
  for (const l of m.alerts!.leftOut) {
    const unmet = (alertReads as Record<string, string[]>)[l.name]!.filter((n) => m.series.get(n)?.status !== 'available' && !m.alerts!.recording.some((r) => r.record === n));
    assert.ok(unmet.length > 0, `${l.name} is left out for a reason`);
    for (const n of unmet) assert.ok(catalogRows.get(n)?.requires, `${l.name} is left out because of ${n}, which needs nothing the example lacks: ${l.why}`);
  }
});

test('a rule whose series the catalog no longer lists is left out, and the catalog says which name is missing', async () => {
  const config = (await compiledVariant('sglang-dev', [])).model!.config;
  const catalog = structuredClone(loadCatalog());
  const dcgm = catalog.find((s) => s.source === 'dcgmExporter')!;
  const row = dcgm.metrics.find((r) => r.name === 'DCGM_EXP_XID_ERRORS_TOTAL')!;
  row.name = 'DCGM_FI_DEV_XID_ERRORS_TOTAL';
  const { series, alerts } = alertingOf(config, catalog);
  assert.not.ok(alerts!.alerts.some((a) => a.alert === 'GpuXidErrors'));
  assert.match(alerts!.leftOut.find((l) => l.name === 'GpuXidErrors')!.why, /`DCGM_EXP_XID_ERRORS_TOTAL` is not stored/);
  const rule = alertRules(() => []).find((r) => r.alert === 'GpuXidErrors')!;
  const [finding] = checkQuery(rule.expr(config.alerting.thresholds, 'sglang', { project: config.project.name }), series);
  assert.is(finding?.code, 'OBS_QUERY_UNKNOWN_METRIC');
  assert.is(finding?.hint, 'did you mean `DCGM_FI_DEV_XID_ERRORS_TOTAL`?');
});

test('the mistakes hand-kept rule files make are findings at their offsets', () => {
  const m = models.get('sglang-dev []')!;
  const recorded = recordedOf(m);
  const first = (expr: string) => {
    const [f] = checkQuery(expr, m.series, { recorded });
    return f && { code: f.code, text: expr.slice(f.from, f.to), message: f.message, hint: f.hint };
  };
  // The name without its _total suffix: passes promtool check rules, can never fire.
  assert.equal(first('increase(sglang:num_aborted_requests[10m]) > 5'), { code: 'OBS_QUERY_UNKNOWN_METRIC', text: 'sglang:num_aborted_requests', message: "no series `sglang:num_aborted_requests` is stored by this stack's sources at their configured versions", hint: 'did you mean `sglang:num_aborted_requests_total`?' });
  assert.is(first('rate(sglang:num_queue_reqs[5m]) > 1')?.code, 'OBS_QUERY_TYPE');
  assert.is(first('sglang:num_requests_total > 100')?.code, 'OBS_QUERY_TYPE');
  assert.is(first('histogram_quantile(0.9, sum by (model_name) (rate(sglang:time_to_first_token_seconds_bucket[5m])))')?.code, 'OBS_QUERY_TYPE');
  assert.is(first('histogram_quantile(0.9, rate(sglang:time_to_first_token_seconds[5m]))')?.hint, 'did you mean `sglang:time_to_first_token_seconds_bucket`?');
  assert.is(first('histogram_quantile(0.9, rate(sglang:time_to_first_token_seconds_count[5m]))')?.message, "histogram_quantile() over `sglang:time_to_first_token_seconds_count`, which is not a histogram's _bucket series");
  assert.equal(first('sglang:time_to_first_token_seconds_bucket{le="2.5"}')?.text, 'le');
  assert.equal(first('sum by (gpu) (sglang:num_running_reqs)')?.text, 'gpu');
  assert.equal(first('DCGM_FI_DEV_GPU_UTIL{pod="x"}')?.code, 'OBS_QUERY_LABEL');
  assert.equal(first('DCGM_FI_DEV_GPU_UTIL{pod=~".+"}')?.code, 'OBS_QUERY_LABEL');
  // A label a series lacks reads as empty, so a matcher that takes "" selects every series (SGLang's queue totals).
  assert.is(first('sglang:num_queue_reqs{priority=""}'), undefined);
  assert.is(first('DCGM_FI_DEV_GPU_UTIL{pod=~"|x"}'), undefined);
  assert.is(first('sum(rate(sglang:num_requests_total[5m]')?.code, 'OBS_QUERY_SYNTAX');
  // And what is right passes.
  assert.is(first('histogram_quantile(0.9, sum by (le, model_name) (rate(sglang:time_to_first_token_seconds_bucket[5m]))) > 2'), undefined);
  assert.is(first('model_name:sglang_requests:rate5m > 1'), undefined);
});

test('the alert names the schema offers (alerting.disable, alerting.for) are the rules obscompile has, each described', () => {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/observability.schema.json'), 'utf8'));
  const names = schema.definitions.alertName;
  // Each engine has its own serving rules under the same names: the schema offers each name once.
  // And the central store's rules over its hosts, which only a fleet's central store gets.
  assert.equal(names.enum, [...new Set(alertRules(() => []).map((r) => r.alert)), FLEET_HOST_SILENT, FLEET_HOST_ALERTS_FAILING]);
  assert.is(names.enumDescriptions.length, names.enum.length);
});

test('job matchers of the rules name jobs of the generated prometheus.yml', () => {
  const prom = parseYaml(readFileSync(path.join(ROOT, 'examples/sglang-dev/out/prometheus.yml'), 'utf8')) as { scrape_configs: { job_name: string }[] };
  const jobs = new Set(prom.scrape_configs.map((j) => j.job_name));
  const m = models.get('sglang-dev []')!;
  for (const expr of [...m.alerts!.alerts.map((a) => a.expr), ...m.alerts!.recording.map((r) => r.expr)]) {
    for (const s of analyzeQuery(expr).selectors) {
      for (const matcher of s.matchers.filter((x) => x.label === 'job')) {
        for (const job of matcher.op.endsWith('~') ? matcher.value.split('|') : [matcher.value]) assert.ok(jobs.has(job), `${expr}: job ${job} is scraped`);
      }
    }
  }
});

test('recording rules keep exactly the labels they say, so alerts and dashboards group by what exists', () => {
  for (const r of RECORDING_RULES) {
    const outer = analyzeQuery(r.expr).groupings.filter((g) => g.mode === 'by');
    assert.ok(outer.length > 0, r.record);
    for (const g of outer) assert.equal(g.labels.map((l) => l.name).sort(), [...r.labels].sort(), r.record);
  }
});

test('an alert unit test made with a stand-in for the instance is byte for byte the one made with the instance', () => {
  const m = models.get('sglang-dev []')!;
  const labelling = testLabelling(m);
  const instances = ['localhost:9090', 'a:1', 'gpu-7.lab.internal:65535', 'x.:1', 'A-1:0', 'no-port-shape', '10.0.0.1:9090', '1.2.3.4:1', '255.255.255.255:65535', '[::1]:9090'];
  let replaced = 0;
  for (const instance of instances) {
    for (const a of m.alerts!.alerts) {
      const names: Record<string, readonly string[]> = {};
      for (const s of testSeries(a.test)) names[s.metric] ??= labelling.names(s.metric);
      const source = labelling.source(a.source);
      const input = { alert: a, source: { ...source, known: { ...source.known, instance } }, names };
      const direct = alertTestsText(a.alert, input);
      if (direct.includes(instance)) replaced++;
      assert.is(testsWithInstance(input), direct, `${a.alert} at ${instance}`);
    }
  }
  assert.ok(replaced > instances.length, 'the instance stands in the tests');
});

test("an alert's description says how long its condition held as the config's `for` sets it, not the default", async () => {
  const rules = (changes: [string[], unknown][]) => compiledVariant('sglang-dev', changes).then((c) => c.model!.alerts!.alerts);
  const description = (alerts: { alert: string; description: string }[], name: string) => alerts.find((a) => a.alert === name)!.description;
  const byDefault = await rules([]);
  assert.match(description(byDefault, 'KvCachePressure'), /fuller than the configured share for 10 minutes:/);
  const set = await rules([[['alerting', 'for'], { KvCachePressure: '90m', StorageNearlyFull: '0s', GpuMemoryNearlyFull: '1h' }]]);
  assert.match(description(set, 'KvCachePressure'), /fuller than the configured share for 90 minutes:/);
  assert.match(description(set, 'StorageNearlyFull'), /less than the configured share free\. It holds/, 'a `for` of 0 says no duration');
  assert.match(description(set, 'GpuMemoryNearlyFull'), /of its memory for 1 hour\./);
});

test.run();
