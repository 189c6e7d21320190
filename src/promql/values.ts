/**
 * Label values as a Prometheus stores and matches them: the `le` of a classic histogram's buckets as written on
 * ingestion, and whether a matcher takes the empty value (what a series without the label has).
 */
import type { Matcher } from './analyze.js';

/**
 * A number as an `le` is stored in OpenMetrics form: Prometheus 3 writes every classic histogram's `le` so on
 * ingestion (model/textparse normalizeFloatsInLabelValues, model/labels FormatOpenMetricsFloat @ v3.0.0: Go's shortest
 * %g, `.0` added to an integer), and Python's prometheus_client exposes it so itself (floatToGoString; seen stored as
 * `1000.0` and `1e+06` by Prometheus 2.42 scraping prometheus_client 0.26).
 */
export function openMetricsFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  // -0 == 0 in Go: both are "0.0".
  if (f === 0) return '0.0';
  // Go's shortest 'g' (strconv.FormatFloat(f, 'g', -1, 64)): the exponent form below 1e-4 and from 1e6 up, with the
  // same shortest digits JavaScript finds.
  const exp = Number(f.toExponential().split('e')[1]);
  const text = exp < -4 || exp >= 6 ? goExponent(f) : String(f);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** Go's %e form of a shortest float: at least two exponent digits, with its sign. */
function goExponent(f: number): string {
  const [mantissa, exponent] = f.toExponential().split('e') as [string, string];
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${exponent.replace(/^[-+]/, '').padStart(2, '0')}`;
}

/**
 * The values an `le` or `quantile` matcher names (the labels Prometheus 3 normalises: model/textparse
 * openmetricsparse.go normalizeFloatsInLabelValues @ v3.14.0, a summary's quantile and a histogram's le): its value
 * for `=`, each alternative of an `=~` that only lists numbers (`1000|2000`); undefined for any other matcher.
 */
export function leValues(m: Matcher): string[] | undefined {
  if (m.label !== 'le' && m.label !== 'quantile') return undefined;
  if (m.op === '=') return [m.value];
  if (m.op === '=~' && /^[0-9.eE+-]+(\|[0-9.eE+-]+)*$/.test(m.value)) return m.value.split('|');
  return undefined;
}

/**
 * Whether an `=` or `=~` matcher takes the empty value, which a series without the label has: RE2's anchored match,
 * with the RE2 forms dashboards use (`(?i)`, `\pL`, `[[:alpha:]]`) read as JavaScript reads them; a pattern still
 * unreadable is given the benefit of the doubt. In a Grafana query (`grafana`), a regular expression holding a
 * variable (`$host`, `${host}`, `[[host]]`) may be `.*` (its All), so it may take the empty value.
 */
export function matchesEmpty(m: Pick<Matcher, 'op' | 'value'>, grafana = false): boolean {
  if (m.op === '=') return m.value === '';
  if (grafana && /\$\{?\w|\[\[\w/.test(m.value)) return true;
  const js = re2InJs(m.value);
  if (!js) return true;
  try {
    return new RegExp(`^(?:${js.source})$`, `u${js.flags}`).test('');
  } catch {
    return true;
  }
}

/** POSIX classes of RE2 inside brackets, as Unicode property escapes (RE2's are ASCII: near enough for an empty match). */
const POSIX: Readonly<Record<string, string>> = { alpha: 'A-Za-z', digit: '0-9', alnum: 'A-Za-z0-9', upper: 'A-Z', lower: 'a-z', space: '\\s', word: '\\w', xdigit: '0-9A-Fa-f', punct: '!-/:-@\\[-`{-~' };

/** An RE2 pattern as a JavaScript one: leading flags `(?i)`, one-letter classes `\pL`, POSIX classes; undefined when it has flags JavaScript lacks. */
function re2InJs(pattern: string): { source: string; flags: string } | undefined {
  const lead = /^\(\?([imsU]+)\)/.exec(pattern);
  if (lead && /U/.test(lead[1]!)) return undefined;
  const flags = [...new Set(lead ? lead[1]! : '')].join('');
  const source = (lead ? pattern.slice(lead[0].length) : pattern)
    .replace(/\\([pP])([A-Za-z])/g, '\\$1{$2}')
    .replace(/\[:(\w+):\]/g, (whole, name: string) => POSIX[name] ?? whole);
  return { source, flags };
}
