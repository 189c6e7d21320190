/**
 * The model's alerting: which of obscompile's rules this configuration gets, with its thresholds, and which are left
 * out and why. A rule is kept only when its pack is on, it is not disabled, its source is scraped, and every series
 * it reads (src/generated/alert-reads.js, found by a PromQL parser) is one this configuration stores.
 */
import { alertReads } from '../generated/alert-reads.js';
import { alertRules, RECORDING_RULES } from '../alerts/index.js';
import { bornWindowOf, missedScrape, ruleKey, type AlertRule, type AlertScope, type AlertTest, type RecordingRule, type TestSeries } from '../alerts/rule.js';
import { launchTimeServed } from '../config/components.js';
import { engineOf, forEngine, type Engine } from '../config/engine.js';
import { missing, notScrapedWhy } from './availability.js';
import type { SeriesInfo } from './series.js';
import type { AlertingThresholds } from '../alerts/thresholds.js';
import { durationMs, inWords } from '../config/duration.js';
import type { ComponentId } from '../config/ports.js';
import type { ValidConfig } from '../types.js';


/** A unit test as this configuration gets it: evaluated at `at`, once the condition has held for the alert's `for`. */
export interface ModelAlertTest extends Omit<AlertTest, 'settle' | 'also'> {
  at: string;
  /** More firing cases, each evaluated at its own minute (`fire`'s, or one of its own). */
  also?: { what: string; series: TestSeries[]; at: string }[];
  /**
   * For an alert that counts counters from their birth (grownOver): the firing series held at their count, with
   * scrapes missed from a window before `at` (and its `for` before that) on, on which it must stay silent.
   */
  gap?: { series: TestSeries[]; at: string };
}

/** Every input series of a unit test, of each of its cases (the names a renderer labels them by). */
export const testSeries = (t: ModelAlertTest): TestSeries[] => [...t.fire, ...(t.also ?? []).flatMap((c) => c.series), ...(t.quiet ?? []).flatMap((c) => c.series), ...(t.calm ?? []), ...(t.gap?.series ?? [])];

/** An alert as this configuration gets it, as plain data: its expression, duration and unit test with the config's values in. */
export interface ModelAlert extends Omit<AlertRule, 'expr' | 'test' | 'description'> {
  expr: string;
  description: string;
  test: ModelAlertTest;
}

/** The unit test of `rule` with these thresholds and this `for`: its series last five minutes past the last evaluation. */
function unitTest(rule: AlertRule, thresholds: AlertingThresholds, forDuration: string, expr: string, scope: AlertScope): ModelAlertTest {
  const probe = rule.test(thresholds, 1, scope);
  const waits = Math.ceil(durationMs(forDuration) / 60_000);
  const at = probe.settle + waits;
  const samples = Math.max(at, probe.lasts ?? 0, ...(probe.also ?? []).map((c) => (c.settle ?? 0) + waits)) + 5;
  const { settle: _, also, ...rest } = rule.test(thresholds, samples, scope);
  const series = { ...rest, ...(also ? { also: also.map(({ settle, ...c }) => ({ ...c, at: `${settle === undefined ? at : settle + waits}m` })) } : {}) };
  // A rule that counts from birth also gets its count from before, with scrapes missed for its `for` from a window
  // before the evaluation: a birth in every evaluation the alert waits for, if the gap were taken for one.
  const window = bornWindowOf(expr);
  if (window === undefined) return { ...series, at: `${at}m` };
  const gapAt = Math.max(at, window + waits + 2);
  const gap = missedScrape(series.fire, at, gapAt - window - waits, waits, gapAt + 5);
  return { ...series, ...(gap.length ? { gap: { series: gap, at: `${gapAt}m` } } : {}), at: `${at}m` };
}

export interface AlertsModel {
  recording: RecordingRule[];
  alerts: ModelAlert[];
  /** Rules of enabled packs that this configuration cannot evaluate, with the reason. */
  leftOut: { name: string; why: string }[];
}


/** Why the config turns a rule off itself (its pack off, or `alerting.disable`), or undefined when it does not. */
export function turnedOff(alerting: ValidConfig['alerting'], rule: Pick<AlertRule, 'pack' | 'alert'>): string | undefined {
  if (alerting.disable.includes(rule.alert as never)) return '`alerting.disable` lists it';
  return alerting.packs[rule.pack] ? undefined : `the \`${rule.pack}\` pack is off`;
}

/** The rules for `config`, given the series its scraped sources store. */
export function alertsModel(config: ValidConfig, series: ReadonlyMap<string, SeriesInfo>, scraped: ReadonlySet<ComponentId>, buckets: (metric: string) => readonly number[]): AlertsModel | undefined {
  const a = config.alerting;
  if (!a.enabled || !config.prometheus.enabled) return undefined;
  const leftOut: AlertsModel['leftOut'] = [];
  const notScraped = (source: ComponentId) => notScrapedWhy(source, scraped);
  const engine = engineOf(config);
  const ours = forEngine(engine);
  const recording = RECORDING_RULES.filter(ours).filter((r) => {
    const why = notScraped(r.source) ?? missing(alertReads[ruleKey(r)] ?? [], series, new Set());
    if (why) leftOut.push({ name: r.record, why });
    return !why;
  });
  const recorded = new Set(recording.map((r) => r.record));
  const alerts: ModelAlert[] = [];
  for (const rule of alertRules(buckets).filter(ours)) {
    if (turnedOff(a, rule)) continue;
    const why = notScraped(rule.source) ?? missing(alertReads[ruleKey(rule)] ?? [], series, recorded);
    if (why) {
      leftOut.push({ name: rule.alert, why });
      continue;
    }
    alerts.push(modelAlert(rule, config, engine));
  }
  return { recording, alerts, leftOut };
}

/** `rule` as `config` gets it: its thresholds in, its `for` as set, its unit test to match. */
export function modelAlert(rule: AlertRule, config: ValidConfig, engine: Engine): ModelAlert {
  const { expr, test: _, description, ...rest } = rule;
  const alerting = config.alerting;
  const duration = (alerting.for as Record<string, string>)[rule.alert] ?? rule.for;
  const scope: AlertScope = { project: config.project.name, launchTime: launchTimeServed(config) };
  const text = expr(alerting.thresholds, engine, scope);
  const held = durationMs(duration) > 0 ? ` for ${inWords(duration)}` : '';
  return { ...rest, expr: text, description: typeof description === 'string' ? description : description(held), for: duration, test: unitTest(rule, alerting.thresholds, duration, text, scope) };
}
