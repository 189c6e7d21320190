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
  const labelSet = labelSets();
  for (const section of sections) {
    for (const row of section.metrics) {
      if (row.type === 'histogram') {
        addSeries(index, section.job, row, `${row.name}_bucket`, 'counter', labelSet(row.labels, 'le'), 'bucket');
        addSeries(index, section.job, row, `${row.name}_sum`, 'counter', labelSet(row.labels, ''), 'sum');
        addSeries(index, section.job, row, `${row.name}_count`, 'counter', labelSet(row.labels, ''), 'count');
      } else if (row.type === 'summary') {
        addSeries(index, section.job, row, row.name, 'summary', labelSet(row.labels, 'quantile'), 'quantile');
        addSeries(index, section.job, row, `${row.name}_sum`, 'counter', labelSet(row.labels, ''), 'sum');
        addSeries(index, section.job, row, `${row.name}_count`, 'counter', labelSet(row.labels, ''), 'count');
      } else addSeries(index, section.job, row, row.name, row.type, labelSet(row.labels, ''), undefined);
    }
  }
  return index;
}

/** One stored series of `row`, unless an earlier section already stores the name. */
function addSeries(index: Map<string, SeriesInfo>, job: string, row: CatalogRow, name: string, type: CatalogRow['type'], labels: ReadonlySet<string>, part: SeriesInfo['part']): void {
  if (index.has(name)) return;
  const info: SeriesInfo = { name, row, type, labels, status: row.status, job };
  if (part) info.part = part;
  if (row.note !== undefined) info.note = row.note;
  if (part === 'bucket' && row.buckets) info.buckets = row.buckets;
  index.set(name, info);
}

/**
 * A row's labels plus the target labels (and `le` or `quantile`), one set for all series with the same labels: at
 * ten thousand scrape targets a set per series was most of the index's memory. Rows share their label lists (the
 * model makes each list once), so a set is looked up by the list first and by its contents only for a new list.
 */
function labelSets(): (labels: readonly string[], extra: string) => ReadonlySet<string> {
  const byContent = new Map<string, ReadonlySet<string>>();
  const byList = new Map<readonly string[], Map<string, ReadonlySet<string>>>();
  return (labels, extra) => {
    let ofList = byList.get(labels);
    if (!ofList) byList.set(labels, (ofList = new Map()));
    let set = ofList.get(extra);
    if (!set) {
      const key = `${labels.join('\0')}\0\0${extra}`;
      set = byContent.get(key);
      if (!set) byContent.set(key, (set = new Set([...labels, ...TARGET_LABELS, ...(extra ? [extra] : [])])));
      ofList.set(extra, set);
    }
    return set;
  };
}
