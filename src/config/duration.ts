/** Prometheus-style single-unit durations (`15s`, `1m`), as the schema accepts them, and the Go form some readers need. */

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 } as const;
export type DurationUnit = keyof typeof UNIT_MS;

/** Largest duration Prometheus parses: an int64 count of nanoseconds. */
export const MAX_DURATION_MS = Number(2n ** 63n / 1_000_000n);

/** The count and unit of a schema-valid duration string. */
function parts(text: string): [number, DurationUnit] {
  const match = /^(\d+)(ms|s|m|h|d|w|y)$/.exec(text);
  if (!match) throw new Error(`not a duration: ${text}`);
  return [Number(match[1]), match[2] as DurationUnit];
}

/** Milliseconds of a schema-valid duration string. */
export function durationMs(text: string): number {
  const [n, unit] = parts(text);
  return n * UNIT_MS[unit];
}

/**
 * A schema-valid duration as Go's time.ParseDuration reads it (Compose's health checks, cAdvisor's
 * `--housekeeping_interval`, a flag.Duration: google/cadvisor manager/container.go): Go has no d, w or y (time/format.go
 * `unitMap`: ns, us, µs, ms, s, m, h), so those are written in hours, which they are whole multiples of.
 */
export function goDuration(text: string): string {
  const unit = /(ms|s|m|h|d|w|y)$/.exec(text)![1] as DurationUnit;
  return unit === 'd' || unit === 'w' || unit === 'y' ? `${durationMs(text) / UNIT_MS.h}h` : text;
}

const UNIT_NAMES: Readonly<Record<DurationUnit, string>> = { ms: 'millisecond', s: 'second', m: 'minute', h: 'hour', d: 'day', w: 'week', y: 'year' };

/** A schema-valid duration in words, in its own unit: `10m` is "10 minutes", `1h` "1 hour". */
export function inWords(text: string): string {
  const [n, unit] = parts(text);
  return `${n} ${UNIT_NAMES[unit]}${n === 1 ? '' : 's'}`;
}

/** The schema's pattern of a duration (observability.schema.json `definitions.duration`). */
export const DURATION_PATTERN = '^[0-9]+(ms|s|m|h|d|w|y)$';

/** Units from the largest: a length is written in the largest that divides it. */
const LARGEST_FIRST = (Object.keys(UNIT_MS) as DurationUnit[]).sort((a, b) => UNIT_MS[b] - UNIT_MS[a]);

/**
 * A duration the schema refuses but whose length is clear, in the one unit the schema takes: Prometheus's compound
 * form (`1h30m`, prometheus/common model/time.go) or a decimal (`1.5m`) of a whole number of milliseconds, as `90m`
 * or `90s`. Undefined for anything else.
 */
export function inOneUnit(text: string): string | undefined {
  let ms: number | undefined;
  const compound = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(text);
  const decimal = /^(\d*\.\d+|\d+\.\d*)(ms|s|m|h|d|w|y)$/.exec(text);
  if (compound && text !== '') {
    // The groups of `compound` stand in LARGEST_FIRST's order.
    ms = LARGEST_FIRST.reduce((sum, unit, i) => sum + Number(compound[i + 1] ?? 0) * UNIT_MS[unit], 0);
  } else if (decimal) {
    const exact = Number(decimal[1]) * UNIT_MS[decimal[2] as DurationUnit];
    if (Math.abs(exact - Math.round(exact)) < 1e-6) ms = Math.round(exact);
  }
  if (ms === undefined || ms === 0 || !Number.isSafeInteger(ms)) return undefined;
  const unit = LARGEST_FIRST.find((u) => ms % UNIT_MS[u] === 0)!;
  return `${ms / UNIT_MS[unit]}${unit}`;
}

/**
 * Why Prometheus cannot read `text` as a duration (a rule's `for` or `keep_firing_for`, a group's `interval` or
 * `query_offset`: model/rulefmt/rulefmt.go @ v3.14.0), or undefined when it can: prometheus/common model/time.go
 * ParseDuration (@ v0.69.0, as in the v0.70.1 Prometheus v3.14.0 requires): `0` alone, else numbers each with a unit,
 * the units largest first and each once, at most an int64 of nanoseconds.
 */
export function promDurationProblem(text: string): string | undefined {
  if (text === '0') return undefined;
  if (text === '') return 'it is empty';
  let rest = text;
  let last = -1;
  let ns = 0n;
  while (rest !== '') {
    const part = /^([0-9]+)([^0-9]*)/.exec(rest);
    if (!part || part[2] === '') return 'it is not numbers each followed by a unit';
    const at = LARGEST_FIRST.indexOf(part[2] as DurationUnit);
    if (at < 0) return `\`${part[2]}\` is not a unit Prometheus knows (ms, s, m, h, d, w, y)`;
    if (at <= last) return 'its units are not each written once, largest first';
    last = at;
    ns += BigInt(part[1]!) * BigInt(UNIT_MS[LARGEST_FIRST[at]!]) * 1_000_000n;
    if (ns > 2n ** 63n - 1n) return 'it is longer than Prometheus can hold (about 292 years)';
    rest = rest.slice(part[0].length);
  }
  return undefined;
}

/** Unit words as people write them, to the unit letter of a Prometheus duration. */
const UNIT_WORDS: Readonly<Record<string, string>> = {
  ms: 'ms', msec: 'ms', msecs: 'ms', millisecond: 'ms', milliseconds: 'ms',
  s: 's', sec: 's', secs: 's', second: 's', seconds: 's',
  m: 'm', min: 'm', mins: 'm', minute: 'm', minutes: 'm',
  h: 'h', hr: 'h', hrs: 'h', hour: 'h', hours: 'h',
  d: 'd', day: 'd', days: 'd', w: 'w', week: 'w', weeks: 'w', y: 'y', year: 'y', years: 'y',
};

/** A duration spelled with a unit word or a space (`5 minutes`, `30 sec`, `10 s`) as one (`5m`), or undefined. */
export function spelledDuration(text: string): string | undefined {
  const m = /^\s*(\d+)\s*([A-Za-z]+)\s*$/.exec(text);
  const unit = m && (UNIT_WORDS[m[2]!.toLowerCase()] ?? undefined);
  // `5M` is not read as minutes: a capital single letter could mean months.
  if (!m || !unit || (m[2]!.length === 1 && m[2] !== m[2]!.toLowerCase())) return undefined;
  return `${m[1]}${unit}`;
}
