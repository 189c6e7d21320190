/** Prometheus-style single-unit durations (`15s`, `1m`), as the schema accepts them, and the Go form some readers need. */
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
/** A schema-valid duration in words, in its own unit: `10m` is "10 minutes", `1h` "1 hour". */
export declare function inWords(text: string): string;
/** The schema's pattern of a duration (observability.schema.json `definitions.duration`). */
export declare const DURATION_PATTERN = "^[0-9]+(ms|s|m|h|d|w|y)$";
/**
 * A duration the schema refuses but whose length is clear, in the one unit the schema takes: Prometheus's compound
 * form (`1h30m`, prometheus/common model/time.go) or a decimal (`1.5m`) of a whole number of milliseconds, as `90m`
 * or `90s`. Undefined for anything else.
 */
export declare function inOneUnit(text: string): string | undefined;
/**
 * Why Prometheus cannot read `text` as a duration (a rule's `for` or `keep_firing_for`, a group's `interval` or
 * `query_offset`: model/rulefmt/rulefmt.go @ v3.14.0), or undefined when it can: prometheus/common model/time.go
 * ParseDuration (@ v0.69.0, as in the v0.70.1 Prometheus v3.14.0 requires): `0` alone, else numbers each with a unit,
 * the units largest first and each once, at most an int64 of nanoseconds.
 */
export declare function promDurationProblem(text: string): string | undefined;
/** A duration spelled with a unit word or a space (`5 minutes`, `30 sec`, `10 s`) as one (`5m`), or undefined. */
export declare function spelledDuration(text: string): string | undefined;
export {};
