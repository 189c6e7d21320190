/**
 * The series a configuration makes Prometheus store, by name, from the metrics catalog: a histogram row stands for its
 * `_bucket` (with `le`), `_sum` and `_count` series, a summary for its quantiles, `_sum` and `_count`. What queries
 * are checked against (src/promql/check.ts): alert rules, dashboards and anyone's rule files and dashboards.
 */
import type { CatalogRow, CatalogSection, MetricStatus } from './catalog.js';
/** One stored series name: what its row says, and the labels the stored series carry. */
export interface SeriesInfo {
    /** The name as stored (`sglang:time_to_first_token_seconds_bucket`). */
    name: string;
    /** The catalog row it comes from. */
    row: CatalogRow;
    /** `counter`, `gauge`, … for the row's own series; a histogram's `_bucket`, `_sum` and `_count` are counters. */
    type: CatalogRow['type'];
    /** Which part of a histogram or summary this is, if any. */
    part?: 'bucket' | 'sum' | 'count' | 'quantile';
    labels: ReadonlySet<string>;
    status: MetricStatus;
    note?: string;
    /** The scrape job of its section. */
    job: string;
    /** A histogram's bucket boundaries (only on `_bucket`). */
    buckets?: readonly number[];
}
/** The names a row stands for in a TSDB: a histogram or summary is stored as its parts. */
export declare function storedNames(row: Pick<CatalogRow, 'name' | 'type'>): string[];
/** Every query may use these: Prometheus adds them to every scraped series. */
export declare const TARGET_LABELS: readonly ["job", "instance"];
/** The stored series of a set of catalog sections, by name. */
export declare function seriesIndex(sections: readonly CatalogSection[]): Map<string, SeriesInfo>;
