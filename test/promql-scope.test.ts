/**
 * withMatcher: one label matcher in every series selector of an expression; keepingLabel: one label kept by every
 * aggregation (a fleet's central dashboards: `host`). Both placed by the PromQL grammar.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { keepingLabel, withMatcher } from '../src/promql/scope.js';
import { checkable } from '../src/dashboards/panel.js';
import { analyzeQuery } from '../src/promql/analyze.js';

const cases: [string, string][] = [
  ['up', 'up{host=""}'],
  ['up{job!~"a|b"} == 0', 'up{job!~"a|b",host=""} == 0'],
  ['x{job="a",}[5m]', 'x{job="a",host=""}[5m]'],
  ['x{}', 'x{host=""}'],
  ['{__name__="x"}', '{__name__="x",host=""}'],
  ['sum by (integration) (increase(a_total[10m])) / on() group_left b', 'sum by (integration) (increase(a_total{host=""}[10m])) / on() group_left b{host=""}'],
  ['rate(x{path="/a{b}"}[5m]) > 0 and vector(1)', 'rate(x{path="/a{b}",host=""}[5m]) > 0 and vector(1)'],
  ['max_over_time(x[1h:5m]) offset 1m', 'max_over_time(x{host=""}[1h:5m]) offset 1m'],
];

test('withMatcher adds the matcher to every selector, and only to selectors', () => {
  for (const [expr, want] of cases) {
    const got = withMatcher(expr, 'host', '');
    assert.is(got, want, expr);
    const { errors, selectors } = analyzeQuery(got);
    assert.equal(errors, [], got);
    assert.ok(selectors.every((s) => s.matchers.some((m) => m.label === 'host' && m.value === '')), got);
  }
});

test('an expression that does not parse is refused, not rewritten', () => {
  assert.throws(() => withMatcher('rate(x[5m]', 'host', ''), /not PromQL/);
});

const kept: [string, string][] = [
  ['sum(x)', 'sum by (host) (x)'],
  ['sum by (gpu) (x)', 'sum by (host, gpu) (x)'],
  ['sum(x) by (gpu)', 'sum(x) by (host, gpu)'],
  ['count by () (x)', 'count by (host) (x)'],
  ['avg by (host, gpu) (x)', 'avg by (host, gpu) (x)'],
  ['max without (gpu) (x)', 'max without (gpu) (x)'],
  ['topk(3, x)', 'topk by (host) (3, x)'],
  ['1 - avg by (instance) (rate(x{mode="idle", by="sum("}[5m]))', '1 - avg by (host, instance) (rate(x{mode="idle", by="sum("}[5m]))'],
  ['histogram_quantile(0.9, sum by (le) (rate(x_bucket[5m]))) / on() group_left sum(y)', 'histogram_quantile(0.9, sum by (host, le) (rate(x_bucket[5m]))) / on() group_left sum by (host) (y)'],
  ['sum(max by (gpu) (x))', 'sum by (host) (max by (host, gpu) (x))'],
];

test('keepingLabel keeps the label in every aggregation, nested or not, and leaves strings and selectors alone', () => {
  for (const [expr, want] of kept) {
    const got = keepingLabel(expr, 'host');
    assert.is(got, want, expr);
    const { errors, groupings } = analyzeQuery(got);
    assert.equal(errors, [], got);
    assert.ok(groupings.every((g) => g.labels.some((l) => l.name === 'host') === (g.mode === 'by')), got);
  }
});

test('keepingLabel reads a Grafana query through its checkable text, and refuses a without that drops the label', () => {
  const grafana = 'sum(rate(x{host=~"$host"}[$__rate_interval]))';
  assert.is(keepingLabel(grafana, 'host', checkable(grafana)), 'sum by (host) (rate(x{host=~"$host"}[$__rate_interval]))');
  assert.throws(() => keepingLabel('sum without (host) (x)', 'host'), /aggregates host away/);
  assert.throws(() => keepingLabel('sum(x', 'host'), /not PromQL/);
});

test.run();
