/**
 * What the generation takes from obscompile's rules. src/generated/alert-reads.js: the series each of obscompile's alert and recording rules reads, found by Prometheus's
 * own PromQL grammar (src/promql/analyze.ts) at generate time, so a run needs no PromQL parser to leave out the rules
 * whose series a configuration does not produce. A rule that does not parse stops the generation.
 */
import { alertRules, RECORDING_RULES } from '../src/alerts/index.js';
import { ruleKey } from '../src/alerts/rule.js';
import { fleetHostAlertsFailing, fleetHostSilent } from '../src/alerts/fleet.js';
import type { AlertingThresholds } from '../src/alerts/thresholds.js';
import { analyzeQuery } from '../src/promql/analyze.js';
import { ALERT_SERIES } from '../src/upstream/prometheus.js';

/** `alerting.thresholds` at the schema's defaults. */
export function defaultThresholds(schema: Record<string, unknown>): AlertingThresholds {
  const props = (((schema.properties as Record<string, any>).alerting.properties.thresholds.properties) ?? {}) as Record<string, { default?: number }>;
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, v.default])) as unknown as AlertingThresholds;
}

/**
 * The names an expression reads, or an error naming the rule. An alert's own `ALERTS` series (read to keep it firing
 * while its cause lasts) is written by the Prometheus that evaluates the rule: nothing a configuration has to scrape.
 */
function reads(rule: string, expr: string): string[] {
  const a = analyzeQuery(expr);
  if (a.errors.length) throw new Error(`rule ${rule} does not parse: ${a.errors.map((e) => e.message).join('; ')} in ${expr}`);
  return [...new Set(a.selectors.map((s) => s.name).filter((n): n is string => n !== undefined && !ALERT_SERIES.has(n)))].sort();
}

/** The series each rule reads, by rule name (the alert, or the recorded series). */
export function alertReadsTable(schema: Record<string, unknown>): Record<string, string[]> {
  const t = defaultThresholds(schema);
  const table: Record<string, string[]> = {};
  for (const r of RECORDING_RULES) table[ruleKey(r)] = reads(ruleKey(r), r.expr);
  for (const r of alertRules(() => [])) table[ruleKey(r)] = reads(ruleKey(r), r.expr(t, r.engine ?? 'sglang', { project: 'project' }));
  return table;
}

/**
 * The schema with `definitions.alertName` (the names `alerting.disable` and `alerting.for` take) listing the rules and
 * what fires each: written back to schema/observability.schema.json, so editors offer exactly the rules there are.
 */
export function withAlertNames(schema: Record<string, unknown>): Record<string, unknown> {
  const rules = [...alertRules(() => []), fleetHostSilent([]), fleetHostAlertsFailing()];
  const definitions = schema.definitions as Record<string, Record<string, unknown>>;
  const first = rules.filter((r, i) => rules.findIndex((o) => o.alert === r.alert) === i);
  definitions.alertName = { ...definitions.alertName, enum: first.map((r) => r.alert), enumDescriptions: first.map((r) => r.fires) };
  return schema;
}
