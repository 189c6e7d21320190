/** Prometheus-style single-unit durations (`15s`, `1m`), as the schema accepts them. */

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 } as const;
export type DurationUnit = keyof typeof UNIT_MS;

/** Largest duration Prometheus parses: an int64 count of nanoseconds. */
export const MAX_DURATION_MS = Number(2n ** 63n / 1_000_000n);

/** Milliseconds of a schema-valid duration string. */
export function durationMs(text: string): number {
  const match = /^(\d+)(ms|s|m|h|d|w|y)$/.exec(text);
  if (!match) throw new Error(`not a duration: ${text}`);
  return Number(match[1]) * UNIT_MS[match[2] as DurationUnit];
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
