/**
 * Alerting rules: a latency threshold is a bucket boundary of its histogram (a quantile can only tell which bucket it
 * lies in: past the last boundary the alert can never fire, an error; between two it compares a guess, a warning),
 * and a threshold set for an alert this configuration leaves out is a warning, not silently ignored.
 */
import { at, type Rule } from './rule.js';
import { ruleShapes } from '../alerts/index.js';
import { loadCatalog } from '../model/catalog-data.js';
import { alertingOf } from '../model/alerting.js';
import { turnedOff } from '../model/alerts.js';
import { DURATION_PATTERN, durationMs, goDuration } from '../config/duration.js';
import { ENGINE_TITLE, engineOf, forEngine } from '../config/engine.js';
import { launchTimeServed } from '../config/components.js';
import { bucketFlagAt } from '../model/launch-args.js';
import type { ConfigPath, Finding, ValidConfig } from '../types.js';


export const alertThresholdsUsable: Rule = {
  code: 'OBS_ALERT_THRESHOLD',
  title: 'Alert thresholds and durations are values the alerts can fire with, and each one set belongs to an alert this configuration gets',
  check(config, { written }) {
    const a = config.alerting;
    if (!a.enabled || !config.prometheus.enabled) return [];
    const { series, alerts } = alertingOf(config, loadCatalog());
    const out: Finding[] = [];
    const thresholds = config.alerting.thresholds;
    // The latency alerts this configuration gets, each with the histogram of its engine it takes a quantile of.
    for (const { threshold: key, histogram } of alerts?.alerts ?? []) {
      const buckets = histogram && series.get(`${histogram}_bucket`)?.buckets;
      if (!buckets || !key) continue;
      const value = thresholds[key];
      // `buckets` are the finite boundaries; above the last lies only +Inf, and histogram_quantile() never returns
      // more than that last boundary, so a threshold there or past it could never fire. Between two boundaries the
      // alert fires on a linear interpolation inside the bucket: a guess.
      const last = buckets[buckets.length - 1]!;
      const never = value >= last;
      if (!never && buckets.includes(value)) continue;
      // The boundaries on either side of the value, of those that can fire.
      const usable = buckets.slice(0, -1);
      const near = [usable.filter((b) => b < value).pop(), usable.find((b) => b > value)].filter((b) => b !== undefined);
      // Unwritten, the threshold is the default: what makes it no boundary is a launch flag that gave other buckets.
      const flag = written(['alerting', 'thresholds', key]) || engineOf(config) !== 'sglang' ? -1 : bucketFlagAt(config.modelServer.extraArgs, histogram);
      out.push(at(flag >= 0 ? ['modelServer', 'extraArgs', flag] : ['alerting', 'thresholds', key], {
        severity: never ? 'error' : 'warning',
        code: 'OBS_ALERT_THRESHOLD',
        message: never
          ? `${value} is not below the last bucket boundary of \`${histogram}\` (${last} seconds): its quantile never exceeds that, so the alert could never fire`
          : `${value} is not a bucket boundary of \`${histogram}\` (${buckets.join(', ')} seconds): the alert would compare a quantile interpolated inside a bucket`,
        hint: `set \`alerting.thresholds.${key}\` to a boundary below the last, such as ${near.join(" or ")}`,
      }));
    }
    const keys = (Object.keys(a.thresholds) as (keyof typeof a.thresholds)[]).filter((k) => written(['alerting', 'thresholds', k]));
    const skipped = [...(alerts?.leftOut ?? []), ...otherEngines(config)];
    const leftOut = new Map(skipped.map((l) => [l.name, l.why]));
    const thresholdOf = new Map(ruleShapes().map((r) => [r.alert, r.threshold]));
    for (const key of keys) {
      if (alerts?.alerts.some((x) => x.threshold === key)) continue;
      const missing = [...leftOut.keys()].find((name) => thresholdOf.get(name) === key);
      if (!missing) continue;
      out.push(at(['alerting', 'thresholds', key], {
        severity: 'warning',
        code: 'OBS_ALERT_LEFT_OUT',
        message: `\`${key}\` is set for ${missing}, which this configuration leaves out: ${leftOut.get(missing)}`,
        hint: 'turn on what the alert reads, or remove the threshold',
      }, 'key'));
    }
    // The load allowance reads the launch time node_exporter serves: without it, it holds nothing back.
    if (written(['alerting', 'thresholds', 'modelServerLoadMinutes']) && config.modelServer.enabled && !launchTimeServed(config)) {
      out.push(at(['alerting', 'thresholds', 'modelServerLoadMinutes'], { severity: 'warning', code: 'OBS_ALERT_LEFT_OUT', message: 'the load allowance of ModelServerDown reads the time launch-model.sh started the model server, which node_exporter serves, and node_exporter is off: every relaunch can page while its model loads', hint: 'turn node_exporter on (`exporters.nodeExporter.enabled`), or remove the setting' }, 'key'));
    }
    out.push(...forDurations(config, skipped, written));
    return out;
  },
};

/** The alerts only another engine gets (SGLang's RequestsRetracted, vLLM's RequestsPreempted), with why. */
function otherEngines(config: ValidConfig): { name: string; why: string }[] {
  const engine = engineOf(config);
  const rules = ruleShapes();
  const ours = new Set(rules.filter(forEngine(engine)).map((r) => r.alert));
  return rules
    .filter((r) => r.engine && r.engine !== engine && !ours.has(r.alert))
    .map((r) => ({ name: r.alert, why: `it reads ${ENGINE_TITLE[r.engine!]}'s series, and this configuration runs ${ENGINE_TITLE[engine]}` }));
}

/** A day: an alert whose condition must hold longer is a report, and its unit test would need days of samples. */
const LONGEST_FOR = '1d';

/** `alerting.for` values the alerts can fire with: at most a day, within a rule's own look-back, for a rule it gets. */
function forDurations(config: ValidConfig, leftOut: readonly { name: string; why: string }[], written: (path: ConfigPath) => boolean): Finding[] {
  const out: Finding[] = [];
  const rules = new Map(ruleShapes().map((r) => [r.alert, r]));
  for (const [name, value] of Object.entries(config.alerting.for as Record<string, string>)) {
    if (!written(['alerting', 'for', name])) continue;
    const rule = rules.get(name)!;
    const limit = rule.maxFor && durationMs(rule.maxFor) < durationMs(LONGEST_FOR) ? rule.maxFor : LONGEST_FOR;
    if (durationMs(value) > durationMs(limit)) {
      out.push(at(['alerting', 'for', name], {
        code: 'OBS_ALERT_FOR',
        message: limit === LONGEST_FOR ? `${name} would wait ${value} before firing: obscompile's alerts wait at most ${LONGEST_FOR}` : `${name} fires only within an hour of what it detects (its expression looks back 1h), so after waiting ${value} it never would`,
        hint: `use ${limit} or less`,
      }));
    }
    const off = turnedOff(config.alerting, rule);
    const why = off ?? leftOut.find((l) => l.name === name)?.why;
    if (why) out.push(at(['alerting', 'for', name], { severity: 'warning', code: 'OBS_ALERT_LEFT_OUT', message: `a duration is set for ${name}, which this configuration ${off ? 'turns off' : 'leaves out'}: ${why}`, hint: off ? 'remove the duration, or turn the alert back on' : 'turn on what the alert reads, or remove the duration' }, 'key'));
  }
  return out;
}

/** A range or subquery in a rule's expression, `[5m]` or `[1h:1m]`: its duration (a duration as the schema writes one). */
const RANGE = new RegExp(`\\[(${DURATION_PATTERN.slice(1, -1)})(?::[^\\]]*)?\\]`, 'g');

/**
 * A rate or an increase needs two samples in its window: at a scrape interval longer than half the shortest window
 * a generated rule reads (a subquery's range included, not its step), that window holds one sample at times, and the
 * rule is empty then; past the window, always. cAdvisor's rules read samples at its own interval, the others at the
 * global one; said once for each interval, where it is set.
 */
export const rulesSeeSamples: Rule = {
  code: 'OBS_RULE_WINDOW',
  title: 'The scrape interval leaves at least two samples in every window the alert and recording rules read',
  check(config) {
    if (!config.alerting.enabled || !config.prometheus.enabled) return [];
    const { alerts } = alertingOf(config, loadCatalog());
    const rules = [...(alerts?.recording ?? []), ...(alerts?.alerts ?? [])];
    const intervals: [ConfigPath, string, (source: string | undefined) => boolean][] = [
      [['prometheus', 'scrapeInterval'], config.prometheus.scrapeInterval, (source) => source !== 'cadvisor'],
      [['exporters', 'cadvisor', 'scrapeInterval'], config.exporters.cadvisor.scrapeInterval, (source) => source === 'cadvisor'],
    ];
    return intervals.flatMap(([path, interval, reads]) => {
      const windows = rules.filter((r) => reads(r.source)).flatMap((r) => [...r.expr.matchAll(RANGE)].map((m) => m[1]!));
      if (windows.length === 0) return [];
      const shortest = windows.reduce((a, b) => (durationMs(b) < durationMs(a) ? b : a));
      if (2 * durationMs(interval) <= durationMs(shortest)) return [];
      return [at(path, {
        severity: 'warning',
        code: 'OBS_RULE_WINDOW',
        message: `a scrape every ${interval} leaves fewer than two samples at times in the ${shortest} windows ${path[0] === 'exporters' ? "cAdvisor's" : 'the'} alert and recording rules read: their rates and increases are empty then, and the alerts on them cannot fire`,
        hint: `scrape at most every ${goDuration(`${durationMs(shortest) / 2000}s`)}, or turn the rules off (\`alerting.enabled: false\`)`,
      })];
    });
  },
};
