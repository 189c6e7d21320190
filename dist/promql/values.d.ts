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
export declare function openMetricsFloat(f: number): string;
/**
 * The values an `le` or `quantile` matcher names (the labels Prometheus 3 normalises: model/textparse
 * openmetricsparse.go normalizeFloatsInLabelValues @ v3.14.0, a summary's quantile and a histogram's le): its value
 * for `=`, each alternative of an `=~` that only lists numbers (`1000|2000`); undefined for any other matcher.
 */
export declare function leValues(m: Matcher): string[] | undefined;
/**
 * Whether an `=` or `=~` matcher takes the empty value, which a series without the label has: RE2's anchored match,
 * with the RE2 forms dashboards use (`(?i)`, `\pL`, `[[:alpha:]]`) read as JavaScript reads them; a pattern still
 * unreadable is given the benefit of the doubt. In a Grafana query (`grafana`), a regular expression holding a
 * variable (`$host`, `${host}`, `[[host]]`) may be `.*` (its All), so it may take the empty value.
 */
export declare function matchesEmpty(m: Pick<Matcher, 'op' | 'value'>, grafana?: boolean): boolean;
