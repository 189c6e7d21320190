/** withMatcher: one label matcher in every series selector of an expression, placed by the PromQL grammar. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { withMatcher } from '../src/promql/scope.js';
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

test.run();
