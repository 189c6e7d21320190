/**
 * `expr` with `label="value"` in every selector: `up` becomes `up{host=""}`, `x{job="a"}[5m]` becomes
 * `x{job="a",host=""}[5m]`. An expression that does not parse is a bug in obscompile's own rules, and throws.
 */
export declare function withMatcher(expr: string, label: string, value: string): string;
/**
 * `expr` with `label` kept by every aggregation, so that series that differ only in it stay apart: it joins each
 * `by (...)` that lacks it, and a bare aggregation (`sum(x)`) becomes `sum by (label) (x)`. A `without (...)` keeps
 * it already, unless it names it, which throws, as a query that does not parse does: both are bugs in obscompile's
 * own queries. `parsed` is the text the grammar reads, of `expr`'s length (a dashboard query with Grafana's interval
 * variables written as durations: dashboards/panel.ts `checkable`), so that its positions are `expr`'s.
 */
export declare function keepingLabel(expr: string, label: string, parsed?: string): string;
