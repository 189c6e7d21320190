/**
 * `expr` with `label="value"` in every selector: `up` becomes `up{host=""}`, `x{job="a"}[5m]` becomes
 * `x{job="a",host=""}[5m]`. An expression that does not parse is a bug in obscompile's own rules, and throws.
 */
export declare function withMatcher(expr: string, label: string, value: string): string;
