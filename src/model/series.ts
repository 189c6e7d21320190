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

/** Every query may use these: Prometheus adds them to every scraped series. */
export const TARGET_LABELS = ['job', 'instance'] as const;

/** The stored series of a set of catalog sections, by name. */
export function seriesIndex(sections: readonly CatalogSection[]): Map<string, SeriesInfo> {
  const index = new Map<string, SeriesInfo>();
  // Series with the same labels share one set: at ten thousand scrape targets, a set per series was most of the
  // index's memory.
  const sets = new Map<string, ReadonlySet<string>>();
  const labelSet = (labels: readonly string[], extra: string) => {
    const key = `${labels.join('\0')}\0\0${extra}`;
    let set = sets.get(key);
    if (!set) sets.set(key, (set = new Set([...labels, ...TARGET_LABELS, ...(extra ? [extra] : [])])));
    return set;
  };
  for (const section of sections) {
    for (const row of section.metrics) {
      const add = (name: string, type: CatalogRow['type'], extra = '', part?: SeriesInfo['part']) => {
        const info: SeriesInfo = { name, row, type, labels: labelSet(row.labels, extra), status: row.status, job: section.job };
        if (part) info.part = part;
        if (row.note !== undefined) info.note = row.note;
        if (part === 'bucket' && row.buckets) info.buckets = row.buckets;
        if (!index.has(name)) index.set(name, info);
      };
      if (row.type === 'histogram') {
        add(`${row.name}_bucket`, 'counter', 'le', 'bucket');
        add(`${row.name}_sum`, 'counter', '', 'sum');
        add(`${row.name}_count`, 'counter', '', 'count');
      } else if (row.type === 'summary') {
        add(row.name, 'summary', 'quantile', 'quantile');
        add(`${row.name}_sum`, 'counter', '', 'sum');
        add(`${row.name}_count`, 'counter', '', 'count');
      } else add(row.name, row.type);
    }
  }
  return index;
}
