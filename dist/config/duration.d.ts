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
/** The unit of a schema-valid duration string. */
export declare function durationUnit(text: string): DurationUnit;
export {};
