/**
 * The generated alert-rules.yml and its alert-rules.test.yml through Debian's promtool (2.42): `promtool check rules`
 * and `promtool test rules` on every checked-in bundle, and on the reference example with other thresholds, packs
 * and sources. And the unit tests can fail: a rule that reads a misspelt name no longer fires in its test, and one
 * whose `for` was shortened fires before its test says it may, and where the calm series sit at the threshold, one
 * loosened fires in them; and that SGLang's queue alert reads the total alone, not its per-priority series too.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { ROOT, cleanup, cli, tempDir } from '../helpers.js';
import { BUNDLES, compileVariant, runTool, toolTest } from './tools.js';

/** promtool's verdict on a bundle's rule file and its unit tests, written to a temp folder. */
function promtoolRules(files: Record<string, string | undefined>) {
  const dir = tempDir();
  try {
    for (const name of ['alert-rules.yml', 'alert-rules.test.yml']) writeFileSync(path.join(dir, name), files[name]!);
    return { check: runTool('promtool', ['check', 'rules', path.join(dir, 'alert-rules.yml')]), test: runTool('promtool', ['test', 'rules', path.join(dir, 'alert-rules.test.yml')]) };
  } finally {
    cleanup(dir);
  }
}

const ruleCount = (text: string) => (parseYaml(text) as { groups: { rules: unknown[] }[] }).groups.reduce((n, g) => n + g.rules.length, 0);

for (const bundle of BUNDLES.filter((b) => existsSync(path.join(b.dir, 'alert-rules.yml')))) {
  toolTest(test, ['promtool'], `promtool checks and unit-tests the rules of ${bundle.name}`, () => {
    const files = Object.fromEntries(['alert-rules.yml', 'alert-rules.test.yml'].map((f) => [f, readFileSync(path.join(bundle.dir, f), 'utf8')]));
    const r = promtoolRules(files);
    assert.is(r.check.code, 0, r.check.out);
    assert.match(r.check.out, new RegExp(`SUCCESS: ${ruleCount(files['alert-rules.yml']!)} rules found`));
    assert.is(r.test.code, 0, r.test.out);
    assert.match(r.test.out, /SUCCESS/);
  });
}

const VARIANTS: [string, [string[], unknown][]][] = [
  ['thresholds at other bucket boundaries and values', [[['alerting', 'thresholds'], { ttftSeconds: 0.4, interTokenLatencySeconds: 0.02, latencyQuantile: 0.5, queueRequests: 1, kvCacheUsageRatio: 0.5, gpuMemoryUsedRatio: 0.5, gpuThrottleRatio: 0.9, abortedRequests: 0, retractedRequests: 100, serverErrorRatio: 0, storageFreeRatio: 0.9 }]]],
  ['a quantile near 1 and thresholds between boundaries', [[['alerting', 'thresholds'], { ttftSeconds: 0.05, interTokenLatencySeconds: 5, latencyQuantile: 0.999, serverErrorRatio: 0.5, storageFreeRatio: 0.01 }]]],
  ['durations of its own', [[['alerting', 'for'], { TargetDown: '1m', GpuMissing: '30s', TimeToFirstTokenHigh: '0s', GpuRowRemapFailed: '5m', StorageNearlyFull: '1m' }]]],
  ['the longest durations they can fire with', [[['alerting', 'for'], { TargetDown: '1d', ModelServerDown: '45m', GpuMissing: '45m', ContainerRestarted: '30m', RequestsAborted: '20m', GpuThermalThrottling: '3h', ModelServerErrors: '2h' }]]],
  ['the GPU pack only, without profiling', [[['alerting', 'packs'], { serving: false, stack: false }], [['exporters', 'dcgmExporter', 'profiling'], false]]],
  ['no cAdvisor, some rules disabled', [[['exporters', 'cadvisor', 'enabled'], false], [['alerting', 'disable'], ['Watchdog', 'GpuMissing']]]],
  ['dcgm-exporter before the XID counter (4.5.3-4.8.2)', [[['versions', 'dcgmExporter'], '4.5.3-4.8.2']]],
  ['Jaeger 1', [[['versions', 'jaeger'], '1.76.0']]],
];

/**
 * Every threshold at each end of the range the schema takes (read from the schema, so a range widened past what an
 * alert can fire with fails here): the latency ones, which must be bucket boundaries, are held elsewhere.
 */
function thresholdsAtEnds(): [string, [string[], unknown][]][] {
  const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/observability.schema.json'), 'utf8'));
  const props = schema.properties.alerting.properties.thresholds.properties as Record<string, { type: string; minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number }>;
  const step = (p: { type: string }) => (p.type === 'integer' ? 1 : 0.001);
  const ends = (end: 'low' | 'high') =>
    Object.fromEntries(
      Object.entries(props)
        .filter(([k]) => k !== 'ttftSeconds' && k !== 'interTokenLatencySeconds')
        .map(([k, p]) => [k, end === 'low' ? (p.minimum ?? p.exclusiveMinimum! + step(p)) : (p.maximum ?? p.exclusiveMaximum! - step(p))]),
    );
  return [
    ['every threshold at the low end of its range', [[['alerting', 'thresholds'], ends('low')]]],
    ['every threshold at the high end of its range', [[['alerting', 'thresholds'], ends('high')]]],
  ];
}

for (const [what, changes] of [...VARIANTS, ...thresholdsAtEnds()]) {
  toolTest(test, ['promtool'], `promtool checks and unit-tests the reference example's rules with ${what}`, async () => {
    const r = promtoolRules(await compileVariant('sglang-dev', changes));
    assert.is(r.check.code, 0, r.check.out);
    assert.is(r.test.code, 0, r.test.out);
  });
}

toolTest(test, ['promtool'], 'a rule that reads a misspelt metric fails its generated unit test (promtool check rules alone passes it)', async () => {
  const files = await compileVariant('sglang-dev', []);
  const broken = files['alert-rules.yml']!.replaceAll('sglang:num_aborted_requests_total', 'sglang:num_aborted_requests');
  assert.is.not(broken, files['alert-rules.yml']);
  const r = promtoolRules({ ...files, 'alert-rules.yml': broken });
  assert.is(r.check.code, 0, 'promtool check rules sees nothing wrong');
  assert.is.not(r.test.code, 0);
  assert.match(r.test.out, /name: RequestsAborted fires/);
});

toolTest(test, ['promtool'], "a rule file whose `for:` was shortened by hand fails the generated test that it waits", async () => {
  const files = await compileVariant('sglang-dev', []);
  const rules = files['alert-rules.yml']!;
  const at = rules.indexOf('alert: KvCachePressure');
  const broken = rules.slice(0, at) + rules.slice(at).replace('for: 10m', 'for: 1m');
  assert.is.not(broken, rules);
  const r = promtoolRules({ ...files, 'alert-rules.yml': broken });
  assert.is(r.check.code, 0, 'promtool check rules sees nothing wrong');
  assert.is.not(r.test.code, 0);
  assert.match(r.test.out, /name: KvCachePressure does not fire before its for \(10m\) has passed/);
});

toolTest(test, ['promtool'], 'a threshold loosened by hand in the rule file fails the generated test that stays silent at it', async () => {
  const files = await compileVariant('sglang-dev', []);
  const rules = files['alert-rules.yml']!;
  for (const [alert, from, to] of [['KvCachePressure', '> 0.95', '> 0.9'], ['StorageNearlyFull', '< 0.1', '< 0.2'], ['GpuMemoryNearlyFull', '> 0.98', '> 0.9']] as const) {
    const at = rules.indexOf(`alert: ${alert}`);
    assert.ok(at >= 0, alert);
    const expr = rules.indexOf('expr:', at);
    const line = rules.slice(expr, rules.indexOf('\n', expr));
    assert.ok(line.includes(from), `${alert}: ${line}`);
    const broken = rules.slice(0, expr) + line.replace(from, to) + rules.slice(expr + line.length);
    const r = promtoolRules({ ...files, 'alert-rules.yml': broken });
    assert.is.not(r.test.code, 0, alert);
    assert.match(r.test.out, new RegExp(`name: ${alert} stays silent`));
  }
});

toolTest(test, ['promtool'], 'a minimum of observations lowered by hand in the rule file fails the generated test of a quiet server, and so does a guard taken out', async () => {
  const files = await compileVariant('sglang-dev', []);
  const rules = files['alert-rules.yml']!;
  const guarded = ['TimeToFirstTokenHigh', 'InterTokenLatencyHigh', 'ModelServerErrors'];
  for (const change of [(line: string) => line.replace(/>= 10$/, '>= 9'), (line: string) => line.replace(/ and on \((model_name|container)\) .*>= 10$/, '')]) {
    let broken = rules;
    for (const alert of guarded) {
      const expr = broken.indexOf('expr:', broken.indexOf(`alert: ${alert}`));
      const line = broken.slice(expr, broken.indexOf('\n', expr));
      assert.ok(line.endsWith('>= 10'), `${alert}: ${line}`);
      broken = broken.slice(0, expr) + change(line) + broken.slice(expr + line.length);
    }
    assert.is.not(broken, rules);
    const r = promtoolRules({ ...files, 'alert-rules.yml': broken });
    assert.is(r.check.code, 0, r.check.out);
    assert.is.not(r.test.code, 0);
    for (const alert of guarded) assert.match(r.test.out, new RegExp(`name: ${alert} stays silent`));
  }
});

toolTest(test, ['promtool'], "a queue alert that sums SGLang's per-priority series with the total fails the generated test that stays silent", async () => {
  const files = await compileVariant('sglang-dev', []);
  const rules = files['alert-rules.yml']!;
  const at = rules.indexOf('alert: ModelServerQueueGrowing');
  const expr = rules.indexOf('expr:', at);
  const line = rules.slice(expr, rules.indexOf('\n', expr));
  assert.ok(line.includes('sglang:num_queue_reqs{priority=""}'), line);
  const broken = rules.slice(0, expr) + line.replace('{priority=""}', '') + rules.slice(expr + line.length);
  const r = promtoolRules({ ...files, 'alert-rules.yml': broken });
  assert.is(r.check.code, 0);
  assert.is.not(r.test.code, 0);
  assert.match(r.test.out, /name: ModelServerQueueGrowing stays silent/);
});

toolTest(test, ['promtool'], "an annotation label the alert's series lack expands to nothing, as Prometheus's missingkey=zero makes it (a fleet whose hosts run a newer Jaeger major)", async () => {
  const dir = tempDir();
  try {
    cpSync(path.join(ROOT, 'examples/fleet/observability.config.yaml'), path.join(dir, 'observability.config.yaml'));
    const fleet = readFileSync(path.join(ROOT, 'examples/fleet/observability.fleet.yaml'), 'utf8').replace(/^common:\n/m, 'common:\n  versions: { jaeger: 3.0.0 }\n');
    writeFileSync(path.join(dir, 'observability.fleet.yaml'), fleet);
    const built = await cli(['build', '--fleet', 'observability.fleet.yaml'], dir);
    assert.is(built.code, 0, built.stderr);
    const central = path.join(dir, 'hosts', 'central');
    const r = promtoolRules(Object.fromEntries(['alert-rules.yml', 'alert-rules.test.yml'].map((f) => [f, readFileSync(path.join(central, f), 'utf8')])));
    assert.is(r.test.code, 0, r.test.out);
    assert.not.match(readFileSync(path.join(central, 'alert-rules.test.yml'), 'utf8'), /<no value>/);
  } finally {
    cleanup(dir);
  }
});

test.run();
