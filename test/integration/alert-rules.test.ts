/**
 * The generated alert-rules.yml and its alert-rules.test.yml through Debian's promtool (2.42): `promtool check rules`
 * and `promtool test rules` on every checked-in bundle, and on the reference example with other thresholds, packs
 * and sources. And the unit tests can fail: a rule that reads a misspelt name no longer fires in its test.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { cleanup, tempDir } from '../helpers.js';
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
  ['durations of its own', [[['alerting', 'for'], { TargetDown: '1m', GpuMissing: '30s', TimeToFirstTokenHigh: '0s' }]]],
  ['the longest durations they can fire with', [[['alerting', 'for'], { TargetDown: '1d', ModelServerDown: '45m', GpuMissing: '45m', ContainerRestarted: '30m', RequestsAborted: '20m', GpuThermalThrottling: '3h', ModelServerErrors: '2h' }]]],
  ['the GPU pack only, without profiling', [[['alerting', 'packs'], { serving: false, stack: false }], [['exporters', 'dcgmExporter', 'profiling'], false]]],
  ['no cAdvisor, some rules disabled', [[['exporters', 'cadvisor', 'enabled'], false], [['alerting', 'disable'], ['Watchdog', 'GpuMissing']]]],
  ['dcgm-exporter before the XID counter (4.5.3-4.8.2)', [[['versions', 'dcgmExporter'], '4.5.3-4.8.2']]],
  ['Jaeger 1', [[['versions', 'jaeger'], '1.76.0']]],
];

for (const [what, changes] of VARIANTS) {
  toolTest(test, ['promtool'], `promtool checks and unit-tests the reference example's rules with ${what}`, async () => {
    const r = promtoolRules(await compileVariant('sglang-dev', changes));
    assert.is(r.check.code, 0, r.check.out);
    assert.is(r.test.code, 0, r.test.out);
  });
}

toolTest(test, ['promtool'], 'a rule that reads a misspelt metric fails its generated unit test (promtool check rules alone passes it)', async () => {
  const files = await compileVariant('sglang-dev', []);
  const broken = files['alert-rules.yml']!.replace('increase(sglang:num_aborted_requests_total[10m])', 'increase(sglang:num_aborted_requests[10m])');
  assert.is.not(broken, files['alert-rules.yml']);
  const r = promtoolRules({ ...files, 'alert-rules.yml': broken });
  assert.is(r.check.code, 0, 'promtool check rules sees nothing wrong');
  assert.is.not(r.test.code, 0);
  assert.match(r.test.out, /name: RequestsAborted fires/);
});

test.run();
