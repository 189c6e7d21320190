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
  /**
   * More firing cases, each with what sets it apart ("when every GPU stops reporting"), evaluated as `fire` is, or
   * from their own `settle` (the minute their condition first holds) plus the alert's `for`.
   */
  also?: { what: string; series: TestSeries[]; settle?: number }[];
  /** More silent cases, each with what sets it apart ("while a relaunched server loads"), evaluated as `fire` is. */
  quiet?: { what: string; series: TestSeries[] }[];

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

/** What a rule may need of the configuration beyond its thresholds. */
export interface AlertScope {
  /** `project.name`, which the dev container carries as its `obscompile.project` Docker label. */
  project: string;
  /** node_exporter serves the time launch-model.sh last started the model server (src/alerts/server-down.ts launchedWithin). */
  launchTime?: boolean;
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
  expr(t: AlertingThresholds, engine: Engine, scope: AlertScope): string;
  /** How long the condition must hold (a Prometheus duration). */
  for: string;
  /**
   * Annotation templates; only `{{ $labels.NAME }}` is used, so tests can state what they expand to. A description
   * that says how long the condition has held is written from the `for` the config gives it (`held`: " for 10
   * minutes", or nothing for a `for` of 0).
   */
  summary: string;
  description: string | ((held: string) => string);
  /** The threshold key (alerting.thresholds.KEY) the rule compares with, if any. */
  threshold?: keyof AlertingThresholds;
  /** Labels of the alert taken from the series (undefined: every label of the first series of the test). */
  by?: readonly string[];
  /** The longest `for` with which the condition can still fire (it looks back over a fixed window). */
  maxFor?: string;
  /** A central store's rule over what its hosts send (their `host` label), not over its own series. */
  readsHosts?: true;
  /** Its unit test, with series `samples` minutes long (one sample a minute), for the expression `scope` gives. */
  test(t: AlertingThresholds, samples: number, scope: AlertScope): AlertTest;
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
 * How far back before its window a counter born with its first event must have had no sample to be taken as born in
 * the window: a missed scrape (Prometheus then marks every series of the target stale) or a short outage leaves the
 * series without a sample at the window's start, and only a series with none for this long is new.
 */
export const BORN_LOOKBACK = '1h';
/**
 * How much the counters `selector` selects grew over `window`, a series born inside it counted whole. A counter the
 * catalog says `appears` with its first event has no series before it, so its first value is that event's count, which
 * increase() cannot see (it has no earlier sample): a series with no sample in the hour before the window began is
 * taken as it is; the others through increase(), which a missed scrape does not disturb. (A series already there when
 * Prometheus first started, or after Prometheus was stopped for more than that hour, counts as born in its first
 * `window`: in a dev container both start together.)
 */
export const grownOver = (selector: string, window: string) => `(${selector} unless last_over_time(${selector}[${BORN_LOOKBACK}] offset ${window})) or increase(${selector}[${window}])`;
/** The window of the first grownOver() in `expr`, in minutes, or undefined when it has none. */
export function bornWindowOf(expr: string): number | undefined {
  const m = new RegExp(` unless last_over_time\\([^\\[]*\\[${BORN_LOOKBACK}\\] offset (\\d+)m\\)`).exec(expr);
  return m ? Number(m[1]) : undefined;
}
/** How much `selector`'s counters grew over `window`: grownOver() for counters born with their first event (`born`), else increase(). */
export const increaseOver = (selector: string, window: string, born = false) => (born ? grownOver(selector, window) : `increase(${selector}[${window}])`);
/**
 * The samples promtool reads from the notation this module writes (`_`, `_xN`, `stale`, `a`, `a+bxN`, `a-bxN`), one a
 * minute: undefined where there is none.
 */
export function samplesOf(values: string): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  for (const word of values.trim().split(/\s+/)) {
    const blank = BLANK_TERM.exec(word);
    const run = RUN_TERM.exec(word);
    if (blank) out.push(...Array<undefined>(blank[1] === undefined ? 1 : Number(blank[1])).fill(undefined));
    else if (word === 'stale') out.push(undefined);
    else if (run) for (let i = 0; i <= Number(run[4]); i++) out.push(Number(run[1]) + (run[2] === '-' ? -1 : 1) * Number(run[3]) * i);
    else if (NUMBER_TERM.test(word)) out.push(Number(word));
    else throw new Error(`test series notation not read: ${word}`);
  }
  return out;
}

/** The terms of that notation: a number, `a+bxN` (a signed start, an unsigned step), `_` or `_xN`. */
const UNSIGNED = '\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?';
const NUMBER_TERM = new RegExp(`^-?${UNSIGNED}$`);
const RUN_TERM = new RegExp(`^(-?${UNSIGNED})([+-])(${UNSIGNED})x(\\d+)$`);
const BLANK_TERM = /^_(?:x(\d+))?$/;

/**
 * Each of `series` held at its value at minute `at`, from the start, but for a gap of `missing` minutes after a missed
 * scrape at minute `staleAt` (promtool's `stale`: Prometheus marks a target's series stale when a scrape fails):
 * counters with a count from before and no new event. An alert that counts from birth must stay silent on them; one
 * that takes the gap for a birth fires.
 */
export function missedScrape(series: readonly TestSeries[], at: number, staleAt: number, missing: number, samples: number): TestSeries[] {
  const gap = missing > 0 ? ` _x${missing}` : '';
  return series.flatMap((s) => {
    const value = samplesOf(s.values)[at];
    return value === undefined ? [] : [{ ...s, values: `${value}+0x${staleAt - 1} stale${gap} ${value}+0x${samples - staleAt - missing - 2}` }];
  });
}

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
