/** Prometheus-style single-unit durations (`15s`, `1m`), as the schema accepts them. */
declare const UNIT_MS: {
    readonly ms: 1;
    readonly s: 1000;
    readonly m: 60000;
    readonly h: 3600000;
    readonly d: 86400000;
    readonly w: 604800000;
    readonly y: 31536000000;
};
export type DurationUnit = keyof typeof UNIT_MS;
/** Largest duration Prometheus parses: an int64 count of nanoseconds. */
export declare const MAX_DURATION_MS: number;
/** Milliseconds of a schema-valid duration string. */
export declare function durationMs(text: string): number;
/**
 * A schema-valid duration as Go's time.ParseDuration reads it (Compose's health checks, cAdvisor's
 * `--housekeeping_interval`, a flag.Duration: google/cadvisor manager/container.go): Go has no d, w or y (time/format.go
 * `unitMap`: ns, us, µs, ms, s, m, h), so those are written in hours, which they are whole multiples of.
 */
export declare function goDuration(text: string): string;
export {};
