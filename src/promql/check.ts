/**
 * Checks a PromQL expression against the series a configuration stores: names that do not exist (with a near miss
 * that knows the usual mistakes), rate() over a gauge, a raw counter compared with a number, histogram_quantile over
 * what is not a histogram or without `le`, an `le` that is no bucket boundary, labels the series do not carry, and
 * series this configuration does not produce. Findings carry offsets into the expression.
 */
import { closest, distance } from 'fastest-levenshtein';
import { analyzeQuery, type QueryAnalysis, type Selector } from './analyze.js';
import { grownOver } from '../alerts/rule.js';
import { leValues, matchesEmpty, openMetricsFloat } from './values.js';
import type { SeriesInfo } from '../model/series.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import { ALERT_SERIES } from '../upstream/prometheus.js';

export interface QueryFinding {
  code: DiagnosticCode;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
  from: number;
  to: number;
}

/** Functions that need a counter: they assume the value only goes up (and reset on restart). */
const COUNTER_FUNCTIONS = new Set(['rate', 'increase', 'irate']);
const GAUGE_FUNCTIONS = new Set(['delta', 'idelta', 'deriv', 'predict_linear', 'double_exponential_smoothing']);

/** The closest of `known` to `name`, if close enough to be a typo of it. */
function closestTo(name: string, known: readonly string[]): string | undefined {
  if (known.length === 0) return undefined;
  const best = closest(name, [...known]);
  if (distance(name, best) <= Math.max(2, Math.floor(name.length / 4))) return best;
  // A stored name the given one starts with, spelt out further (`DCGM_FI_DEV_GPU_TEMPERATURE` for `_GPU_TEMP`): the longest.
  return known.filter((k) => name.startsWith(k) && k.length * 2 >= name.length).sort((a, b) => b.length - a.length)[0];
}

/** Why a query on the box does not see `label`, an external label of its Prometheus. */
const externalLabel = (label: string) => `\`${label}\` is an external label: Prometheus adds it to what it sends on (remote write, alerts), not to what it stores, so queries on the box do not see it`;

/** A label of `labels` that `name` is in another case, or one letter from (`Hostname`, `gpu_id` for `gpu` aside). */
function labelNearMiss(name: string, labels: Iterable<string>): string | undefined {
  const all = [...labels];
  const folded = all.find((l) => l.toLowerCase() === name.toLowerCase());
  if (folded) return folded;
  const best = all.length ? closest(name, all) : undefined;
  return best !== undefined && distance(name, best) === 1 ? best : undefined;
}

/** A stored name `name` misspells in the ways people mix up: the exporter prefix's separator, the type and unit suffixes. */
function spellingOf(name: string, has: (name: string) => boolean): string | undefined {
  const variants = new Set<string>();
  const prefixes = [[/^([a-z]+)_/, '$1:'], [/^([a-z]+):/, '$1_']] as const;
  const suffixes = ['_total', '_seconds', '_bytes', '_bucket', '_seconds_total', '_bytes_total'];
  for (const [from, to] of prefixes) variants.add(name.replace(from, to));
  for (const base of [name, ...variants]) {
    for (const s of suffixes) {
      variants.add(`${base}${s}`);
      if (base.endsWith(s)) variants.add(base.slice(0, -s.length));
    }
  }
  for (const v of variants) if (v !== name && has(v)) return v;
  return undefined;
}

/** What `names` says of `name`, or of the histogram it is a part of: the entry, and the part's suffix (`_bucket`). */
function entryOf(name: string, names: ReadonlyMap<string, string>): [string, string] | undefined {
  const direct = names.get(name);
  if (direct !== undefined) return [direct, ''];
  const part = /_(bucket|sum|count)$/.exec(name);
  const base = part ? names.get(name.slice(0, part.index)) : undefined;
  return base === undefined ? undefined : [base, part![0]];
}

/** The name that replaced `name` (`renamed` maps names as stored; a histogram's parts follow its own). */
function renamedTo(name: string, renamed: ReadonlyMap<string, string>): string | undefined {
  const entry = entryOf(name, renamed);
  return entry && `${entry[0]}${entry[1]}`;
}

/** The `job="…"` matcher of a selector, if any. */
const jobMatcher = (s: Selector) => s.matchers.find((m) => m.label === 'job' && m.op === '=');

/** How to count a born counter from birth, with the query's own selector and window (`rate` has no birth term: a count per window). */
function bornHint(s: Selector): string {
  const selector = `${s.name}${s.matchers.length ? `{${s.matchers.map((m) => `${m.label}${m.op}${JSON.stringify(m.value)}`).join(', ')}}` : ''}`;
  const w = s.range ?? '10m';
  const counted = grownOver(selector, w);
  return s.rangeFunction === 'increase' ? `count it from birth: ${counted}` : `count it per window from birth instead (a rate cannot hold the first event): ${counted}`;
}

/** What else a query may read besides the stored series. */
export interface QueryContext {
  /** Names recording rules make, with the labels they keep. */
  recorded?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Labels any series may carry where the query runs (a central store's `host` and `container_run`). */
  anyLabels?: readonly string[];
  /** The expression already analysed. */
  analysis?: QueryAnalysis;
  /**
   * Name families (`node`, `prometheus`: a name up to its first `_` or `:`) of the sources whose catalog lists only a
   * selection of what they expose, with the source's title: a name of such a family that is not catalogued may still
   * be stored.
   */
  selections?: ReadonlyMap<string, string>;
  /** Names a source no longer exposes, with the names that replaced them (as stored). */
  renamed?: ReadonlyMap<string, string>;
  /** Names a source no longer exposes, with no one name instead: why, and what to read. */
  removed?: ReadonlyMap<string, string>;
  /** Names of catalogued sources this configuration does not scrape: the source's title, and what would scrape it. */
  unscraped?: ReadonlyMap<string, { title: string; needs: string }>;
  /** Why a name of a scraped source is never stored: what serves it is off by default and the stack does not turn it on. */
  offByDefault?: (name: string) => string | undefined;
  /** The scrape jobs whose series are there (a `job` matcher naming another selects nothing). */
  jobs?: ReadonlySet<string>;
  /** The jobs that store a name, where known (a `job` matcher naming another job selects none of its series). */
  jobsOf?: (name: string) => ReadonlySet<string> | undefined;
  /** The jobs whose catalog says all they store: only a matcher naming one of them is checked against jobsOf. */
  jobsKnown?: ReadonlySet<string>;
  /**
   * Whether the Prometheus stores the `le` of `job`'s histograms in OpenMetrics form (`2.0`, `1e+06`; values.ts): every
   * job's from Prometheus 3.0, which normalises `le` on ingestion, and a Python exporter's, which writes it so; then
   * `le="2"` selects nothing. Undefined (or false): as the exporter writes it, which lint does not know.
   */
  leStored?: (job: string) => boolean;
  /** The query is a Grafana panel's or variable's: `$name` in a regular expression is a dashboard variable. */
  grafana?: boolean;
  /**
   * The query is an alerting rule's condition: increase() or rate() alone over a counter born with its first event
   * never sees that event, so the alert misses it (a panel only shows its first burst late, which is not reported).
   */
  alerting?: boolean;
  /** External labels of the Prometheus the queries run on: it adds them only to what it sends on, not to what it stores. */
  sentOnly?: ReadonlySet<string>;
}


/** A metric name's family: what comes before its first `_` or `:` (`node` of `node_load1`, `vllm` of `vllm:…`). */
export const familyOf = (name: string): string | undefined => /^([A-Za-z][A-Za-z0-9]*)[_:]/.exec(name)?.[1];

/**
 * Findings for `expr`; `series` holds every series the configured versions can store (statuses say which this
 * configuration does).
 */
export function checkQuery(expr: string, series: ReadonlyMap<string, SeriesInfo>, context: QueryContext = {}): QueryFinding[] {
  const { recorded = new Map<string, ReadonlySet<string>>(), anyLabels = [], analysis = analyzeQuery(expr), selections, renamed, removed, unscraped, offByDefault, jobs, jobsOf, jobsKnown, leStored, sentOnly, grafana, alerting } = context;
  const out: QueryFinding[] = [];
  const add = (f: Omit<QueryFinding, 'severity'> & { severity?: QueryFinding['severity'] }) => out.push({ severity: 'error', ...f });
  // The first syntax error only: the parser's recovery makes the rest follow from it.
  for (const e of analysis.errors.slice(0, 1)) add({ code: 'OBS_QUERY_SYNTAX', message: `PromQL syntax: ${e.message}`, hint: 'check brackets, quotes and durations (Grafana variables such as $__rate_interval are replaced before a query is checked)', from: e.from, to: e.to });
  if (analysis.errors.length) return out;
  // Every stored name, for suggestions: made at the first unknown name only (at ten thousand targets it is fifty thousand).
  let known: string[] | undefined;
  const unstored = new Set<string>();
  // Names read as they are somewhere in the query (`x unless last_over_time(x[1h] offset 10m)`): a born counter read so is counted from birth.
  const readRaw = new Set(analysis.selectors.filter((s) => !s.rangeFunction && s.name !== undefined).map((s) => s.name!));
  const missedBirth = new Set<string>();
  /** Reports a `job="…"` (`job`, of `s`) that is no scrape job of the stack (Grafana variables aside): it selects nothing. */
  const noSuchJob = (s: Selector, job = jobMatcher(s)): boolean => {
    if (!job || !jobs || jobs.has(job.value) || job.value.includes('$')) return false;
    add({ code: 'OBS_QUERY_LABEL', message: `job="${job.value}" names no scrape job of this stack, so \`${s.name}\` selects nothing`, hint: `its jobs: ${[...jobs].sort().join(', ')}`, from: job.from, to: job.to });
    return true;
  };
  for (const s of analysis.selectors) {
    if (s.name === undefined || ALERT_SERIES.has(s.name)) continue;
    const at = { from: s.from, to: s.to };
    const info = series.get(s.name);
    const recordedLabels = recorded.get(s.name);
    if (!info && !recordedLabels) {
      // A name read twice in one query (`x unless last_over_time(x[1h] offset 10m)`) is one finding, at its first place.
      if (unstored.has(s.name)) continue;
      unstored.add(s.name);
      const elsewhere = unscraped?.get(s.name);
      if (elsewhere) {
        add({ code: 'OBS_QUERY_UNAVAILABLE', message: `\`${s.name}\` is a metric of ${elsewhere.title}, which this configuration does not scrape`, hint: `it needs ${elsewhere.needs}; or leave the query out`, ...at });
        continue;
      }
      const off = offByDefault?.(s.name);
      if (off) {
        add({ code: 'OBS_QUERY_UNAVAILABLE', message: `\`${s.name}\` is not stored with this configuration: ${off}`, hint: 'leave the query out, or scrape an exporter of your own that serves it (`prometheus.extraTargets`)', ...at });
        continue;
      }
      const now = renamed && renamedTo(s.name, renamed);
      if (now !== undefined && series.has(now)) {
        add({ code: 'OBS_QUERY_UNKNOWN_METRIC', message: `\`${s.name}\` is no longer exposed at the configured version: it was renamed \`${now}\``, hint: `use \`${now}\`; metrics_catalog.md notes the renames`, ...at });
        continue;
      }
      const gone = removed && entryOf(s.name, removed);
      if (gone) {
        add({ code: 'OBS_QUERY_UNKNOWN_METRIC', message: `\`${s.name}\` is no longer exposed at the configured version: it was removed, ${gone[0]}`, hint: 'metrics_catalog.md lists what the configured version exposes', ...at });
        continue;
      }
      const spelt = spellingOf(s.name, (n) => series.has(n) || recorded.has(n));
      const guess = spelt ?? closestTo(s.name, (known ??= [...series.keys(), ...recorded.keys()]));
      // A usual misspelling of a stored name is a mistake even where the catalog lists a selection.
      const partly = spelt === undefined ? selections?.get(familyOf(s.name) ?? '') : undefined;
      // One letter from a listed name is a typo of it, not another metric the catalog leaves out.
      if (partly && guess && distance(s.name, guess) === 1) {
        add({ code: 'OBS_QUERY_UNKNOWN_METRIC', message: `\`${s.name}\` is one letter from \`${guess}\`, which ${partly} exposes: a typo selects nothing`, hint: `did you mean \`${guess}\`?`, ...at });
        continue;
      }
      // A name the catalog may leave out is not checked, but a job no scrape job of the stack has selects nothing.
      if (partly && noSuchJob(s)) continue;
      if (partly) {
        add({ severity: 'warning', code: 'OBS_QUERY_UNCATALOGUED', message: `\`${s.name}\` is not in the catalog, which lists only a selection of what ${partly} exposes: it may be stored, but lint cannot check it`, hint: guess ? `if it is a typo: did you mean \`${guess}\`?` : `compare the name with what ${partly} exposes (its /metrics)`, ...at });
        continue;
      }
      add({ code: 'OBS_QUERY_UNKNOWN_METRIC', message: `no series \`${s.name}\` is stored by this stack's sources at their configured versions`, hint: guess ? `did you mean \`${guess}\`?` : 'see metrics_catalog.md for the names each source exposes', ...at });
      continue;
    }
    const job = jobMatcher(s);
    if (!noSuchJob(s, job) && job && info && !job.value.includes('$') && jobsKnown?.has(job.value)) {
      const by = jobsOf?.(s.name);
      if (by?.size && !by.has(job.value)) add({ code: 'OBS_QUERY_LABEL', message: `job="${job.value}" stores no \`${s.name}\`, so this selects nothing`, hint: `it is stored by job ${[...by].sort().map((j) => `\`${j}\``).join(', ')}`, from: job.from, to: job.to });
    }
    const labels = new Set([...(info?.labels ?? [...recordedLabels!, 'job', 'instance']), ...anyLabels]);
    for (const m of s.matchers) {
      // A label a series lacks reads as empty: a matcher that takes "" (`priority=""`, `=~".*"`) selects it.
      if (labels.has(m.label) || m.op === '!=' || m.op === '!~' || matchesEmpty(m, grafana)) continue;
      const near = labelNearMiss(m.label, labels);
      const hint = sentOnly?.has(m.label) ? externalLabel(m.label) : `${near ? `did you mean \`${near}\`? ` : ''}its labels: ${[...labels].sort().join(', ')}`;
      add({ code: 'OBS_QUERY_LABEL', message: `\`${s.name}\` carries no label \`${m.label}\`, so this matcher selects nothing`, hint, from: m.from, to: m.to });
    }
    if (!info) continue;
    if (info.status === 'off' && !unstored.has(s.name) && unstored.add(s.name)) add({ code: 'OBS_QUERY_UNAVAILABLE', message: `\`${s.name}\` is not stored with this configuration: ${info.note ?? 'its source is off'}`, hint: 'turn on what it needs, or leave the query out', ...at });
    // A summary's quantile series (its row's own name) is a gauge of the source's own making.
    const gauge = info.type === 'gauge' || info.part === 'quantile';
    if (s.rangeFunction && COUNTER_FUNCTIONS.has(s.rangeFunction) && gauge) {
      add({ code: 'OBS_QUERY_TYPE', message: `${s.rangeFunction}() over \`${s.name}\`, ${info.part === 'quantile' ? "a summary's quantiles (gauges)" : 'a gauge'}: it assumes a value that only goes up`, hint: 'use the gauge as it is, or deriv()/delta() for its change', ...at });
    }
    // delta(), idelta(), deriv(), predict_linear() and double_exponential_smoothing() "should only be used with gauges"
    // (docs/querying/functions.md @ v3.14.0): over a counter they read every restart as a fall.
    if (s.rangeFunction && GAUGE_FUNCTIONS.has(s.rangeFunction) && info.type === 'counter') {
      add({ code: 'OBS_QUERY_TYPE', message: `${s.rangeFunction}() over \`${s.name}\`, a counter: it reads every restart of the source as a fall`, hint: `use increase(${s.name}[…]) or rate(${s.name}[…]), which allow for restarts`, ...at });
    }
    if (alerting && s.rangeFunction && COUNTER_FUNCTIONS.has(s.rangeFunction) && info.row.born && !info.part && !readRaw.has(s.name) && !missedBirth.has(s.name)) {
      missedBirth.add(s.name);
      add({ severity: 'warning', code: 'OBS_QUERY_BORN_COUNTER', message: `${s.rangeFunction}() over \`${s.name}\` misses the event its series is born with (it appears ${info.row.born}, already counting it; ${s.rangeFunction}() needs an earlier sample), so this alert never fires for that first one`, hint: bornHint(s), ...at });
    }
    if (s.comparedRaw && info.type === 'counter' && !info.part && !info.row.countsSince) {
      add({ code: 'OBS_QUERY_TYPE', message: `\`${s.name}\` is a counter compared with a number as it is: its value is a total since the process started`, hint: `compare rate(${s.name}[5m]) or increase(${s.name}[…]) instead`, ...at });
    }
    if (s.quantile) {
      if (info.part !== 'bucket') add({ code: 'OBS_QUERY_TYPE', message: `histogram_quantile() over \`${s.name}\`, which is not a histogram's _bucket series`, hint: info.type === 'histogram' || series.has(`${s.name}_bucket`) ? `use \`${s.name}_bucket\`` : 'only a histogram has buckets', ...at });
      else if (!s.quantile.keepsLe) add({ code: 'OBS_QUERY_TYPE', message: `histogram_quantile() over \`${s.name}\` after an aggregation that drops \`le\`: every bucket is summed into one`, hint: 'keep le in the grouping: sum by (le, …)', ...at });
    }
    const openMetrics = leStored?.(info.job) ?? false;
    const shown = (b: number) => (openMetrics ? openMetricsFloat(b) : String(b));
    for (const m of s.matchers) {
      const values = leValues(m);
      if (!values) continue;
      for (const value of values) {
        // Infinity is stored as `+Inf`, and only so: `Inf`, `inf` or `+Infinity` select nothing.
        if (/^\+?inf(inity)?$/i.test(value) && value !== '+Inf') {
          add({ code: 'OBS_QUERY_BUCKET', message: `${m.label}="${value}" selects nothing: infinity is stored as ${m.label}="+Inf"`, hint: `write ${m.label}="+Inf"`, from: m.from, to: m.to });
          continue;
        }
        if (value.trim() === '' || value === '+Inf' || Number.isNaN(Number(value))) continue;
        // A summary's quantile has no boundaries to compare with: only the form it is stored in.
        if (m.label === 'quantile') {
          if (openMetrics && openMetricsFloat(Number(value)) !== value) add({ code: 'OBS_QUERY_BUCKET', message: `quantile="${value}" selects nothing: it is stored as quantile="${openMetricsFloat(Number(value))}"`, hint: `write quantile="${openMetricsFloat(Number(value))}" (Prometheus 3 normalises \`quantile\` on ingestion)`, from: m.from, to: m.to });
          continue;
        }
        if (info.buckets && !info.buckets.some((b) => b === Number(value))) {
          add({ code: 'OBS_QUERY_BUCKET', message: `le="${value}" is not a bucket boundary of \`${s.name}\``, hint: `its boundaries: ${info.buckets.map(shown).join(', ')}, +Inf`, from: m.from, to: m.to });
        } else if (openMetrics && openMetricsFloat(Number(value)) !== value) {
          const stored = openMetricsFloat(Number(value));
          add({ code: 'OBS_QUERY_BUCKET', message: `le="${value}" selects nothing: this boundary of \`${s.name}\` is stored as le="${stored}"`, hint: `write le="${stored}" (Prometheus 3 normalises \`le\` on ingestion, and Python exporters write it so)`, from: m.from, to: m.to });
        }
      }
    }
  }
  for (const g of analysis.groupings) {
    if (g.mode !== 'by' || g.selectors.length === 0) continue;
    const sets = g.selectors.map((i) => analysis.selectors[i]!).map((s) => (s.name === undefined ? undefined : (series.get(s.name)?.labels ?? recorded.get(s.name))));
    if (sets.some((l) => l === undefined)) continue;
    for (const l of g.labels) {
      if (l.name === 'le' || l.name === '__name__' || g.made.includes(l.name) || anyLabels.includes(l.name) || sets.some((set) => set!.has(l.name) || l.name === 'job' || l.name === 'instance')) continue;
      // The aggregation still answers, as one group without the label: worth a warning (an alert's {{ $labels }} of it is
      // empty), not an error.
      const near = labelNearMiss(l.name, new Set(sets.flatMap((set) => [...set!])));
      const hint = sentOnly?.has(l.name) ? externalLabel(l.name) : near ? `did you mean \`${near}\`?` : 'group by a label the series carry (metrics_catalog.md lists them)';
      add({ severity: 'warning', code: 'OBS_QUERY_LABEL', message: `by (${l.name}): none of the series this aggregates carries \`${l.name}\``, hint, from: l.from, to: l.to });
    }
  }
  return out;
}
