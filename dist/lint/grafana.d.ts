/**
 * Grafana's variables in a PromQL expression, replaced by text of the same length that the PromQL grammar reads, so
 * an expression parses and every offset in it still points at the same character of the file. Interval macros
 * (`$__rate_interval`, `$__interval`, `$__range`) become a duration, their `_ms`/`_s` forms and other variables
 * outside quotes a number; variables inside a quoted label value stay, as the text they are. Variable syntaxes:
 * `$name`, `${name}`, `${name:format}`, `[[name]]` (docs/sources/dashboards/variables/variable-syntax.md @ v13.2.0).
 */
/**
 * `expr` as the grammar can read it: each variable outside quotes becomes a name where PromQL wants one (`_`), a
 * duration in a range, a subquery or after `offset`, else a number.
 */
export declare function maskGrafana(expr: string): string;
/** The Grafana variable that starts at `from` in a query, if one does: what it stands for is known once Grafana replaces it. */
export declare function variableAt(expr: string, from: number): string | undefined;
