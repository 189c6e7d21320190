/**
 * The shape of obscompile's alert and recording rules: each reads series the metrics catalog lists (checked by a real
 * PromQL parser: src/generated/alert-reads.js, tests), compares with a config threshold, and carries the input series
 * of its own promtool unit test, so the rules users get are tested with the names their exporters expose.
 */
import type { ComponentId } from '../config/ports.js';
import type { AlertingThresholds } from './thresholds.js';
import type { Engine } from '../config/engine.js';

export type PackName = 'gpu' | 'serving' | 'stack';
export type Severity = 'critical' | 'warning' | 'info' | 'none';

/** One input series of a unit test: a catalogued name, labels beyond the catalog's (which get sample values), values in promtool's notation. */
export interface TestSeries {
  metric: string;
  labels?: Record<string, string>;
  values: string;
}

/**
 * A promtool unit test of one alert: series that make its condition hold from minute `settle` on, and healthy series
 * that keep it silent. It is evaluated at `settle` plus the alert's `for` (which a config may change), so the
 * series are asked for as long as that: `test(thresholds, samples)`.
 */
export interface AlertTest {
  fire: TestSeries[];
  /** Absent only for an alert that always fires (the Watchdog). */
  calm?: TestSeries[];
  /** A minute by which the firing series hold the condition: the alert fires at `settle` plus its `for`. */
  settle: number;
  /**
   * `settle` is the very first minute the condition holds, whatever the thresholds: the alert does not fire a minute
   * before `settle` plus its `for`, which a test checks (a `for` shortened or dropped fails it). Not so for a rate or
   * an increase that must climb to a threshold over its window: when it crosses depends on the threshold.
   */
  exact?: true;
  /**
   * A minute, long after `settle` plus `for`, at which the alert still fires on the firing series: for an alert whose
   * condition looks back over a window, and which must not end while its cause lasts.
   */
  lasts?: number;
}

export interface AlertRule {
  alert: string;
  /** What makes it fire, in a sentence (the schema's description of the name, the catalog and the README). */
  fires: string;
  pack: PackName;
  severity: Severity;
  /** The catalog source whose series the rule reads: the rule exists only where that source is scraped. */
  source: ComponentId;
  /** The model server engine whose names the rule reads (serving rules): it exists only for that engine. */
  engine?: Engine;
  /** The histogram a latency rule takes its quantile of (its threshold must be one of the histogram's boundaries). */
  histogram?: string;
  /** The expression with the config's thresholds, for the configured engine (whose scrape job is named after it). */
  expr(t: AlertingThresholds, engine: Engine): string;
  /** How long the condition must hold (a Prometheus duration). */
  for: string;
  /** Annotation templates; only `{{ $labels.NAME }}` is used, so tests can state what they expand to. */
  summary: string;
  description: string;
  /** The threshold key (alerting.thresholds.KEY) the rule compares with, if any. */
  threshold?: keyof AlertingThresholds;
  /** Labels of the alert taken from the series (undefined: every label of the first series of the test). */
  by?: readonly string[];
  /** The longest `for` with which the condition can still fire (it looks back over a fixed window). */
  maxFor?: string;
  /** Its unit test, with series `samples` minutes long (one sample a minute). */
  test(t: AlertingThresholds, samples: number): AlertTest;
}

export interface RecordingRule {
  record: string;
  source: ComponentId;
  engine?: Engine;
  expr: string;
  /** The labels the recorded series keep (what alerts and dashboards may group by). */
  labels: readonly string[];
}

/** A counter that stays at `start` for `quiet` samples, then rises by `step` per sample: `samples` in all. */
export const risingCounter = (step: number, samples: number, quiet = 5, start = 0) => `${start}+0x${quiet} ${start}+${step}x${samples - quiet - 1}`;
/**
 * A counter that is not there for `quiet` samples, then appears at `first` and rises by `step` per sample: `samples` in
 * all. This is how a counter the catalog says `appears` with its first event starts (no series at 0 before it).
 */
export const bornCounter = (first: number, step: number, samples: number, quiet: number) => `_x${quiet} ${first}+${step}x${samples - quiet - 1}`;
/**
 * How much the counters `selector` selects grew over `window`, a series born inside it counted whole. A counter the
 * catalog says `appears` with its first event has no series before it, so its first value is that event's count, which
 * increase() cannot see (it has no earlier sample): a series younger than the window counted from nothing, and is
 * taken as it is; the others through increase(). (A series already there when Prometheus first started counts as born
 * in its first `window`: in a dev container both start together.)
 */
export const grownOver = (selector: string, window: string) => `(${selector} unless ${selector} offset ${window}) or increase(${selector}[${window}])`;
/** How much `selector`'s counters grew over `window`: grownOver() for counters born with their first event (`born`), else increase(). */
export const increaseOver = (selector: string, window: string, born = false) => (born ? grownOver(selector, window) : `increase(${selector}[${window}])`);
/** A value that stays the same for `samples` samples. */
export const steady = (value: number, samples: number) => `${value}+0x${samples - 1}`;
/** A counter that never moves. */
export const flatCounter = (samples: number, value = 0) => steady(value, samples);

/**
 * A rule's key in src/generated/alert-reads.js: its name, and for another engine than SGLang the engine too (each
 * engine has its own ModelServerDown, read from its own names).
 */
export const ruleKey = (rule: { engine?: Engine } & ({ alert: string } | { record: string })) => {
  const name = 'alert' in rule ? rule.alert : rule.record;
  return rule.engine && rule.engine !== 'sglang' ? `${name}@${rule.engine}` : name;
};
