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
export function storedNames(row: Pick<CatalogRow, 'name' | 'type'>): string[] {
  if (row.type === 'histogram') return [`${row.name}_bucket`, `${row.name}_sum`, `${row.name}_count`];
  if (row.type === 'summary') return [row.name, `${row.name}_sum`, `${row.name}_count`];
  return [row.name];
}

/** Every query may use these: Prometheus adds them to every scraped series. */
export const TARGET_LABELS = ['job', 'instance'] as const;

/** The stored series of a set of catalog sections, by name. */
export function seriesIndex(sections: readonly CatalogSection[]): Map<string, SeriesInfo> {
  return new SeriesIndex(sections);
}

/**
 * The index as a Map whose entries for rows of one series each (neither histogram nor summary: most rows, and every
 * row of an extra target) are made when first asked for. The checks and renderers ask for a few hundred names, and
 * at ten thousand scrape targets there are fifty thousand such rows. Iterating the index (lint's suggestions) makes
 * every entry first. Where two sections have a series of the same name, the first one's is the entry.
 */
class SeriesIndex extends Map<string, SeriesInfo> {
  /** The name of each series not made yet → where its row and job are in `rows` and `jobs`. */
  private readonly pending = new Map<string, number>();
  private readonly rows: CatalogRow[] = [];
  private readonly jobs: string[] = [];
  private readonly labelSet = labelSets();

  constructor(sections: readonly CatalogSection[]) {
    super();
    for (const section of sections) for (const row of section.metrics) this.addRow(section.job, row);
  }

  private addRow(job: string, row: CatalogRow): void {
    if (row.type !== 'histogram' && row.type !== 'summary') {
      if (this.has(row.name)) return;
      this.pending.set(row.name, this.rows.length);
      this.rows.push(row);
      this.jobs.push(job);
      return;
    }
    const add = (name: string, type: CatalogRow['type'], extra: string, part: SeriesInfo['part']) => {
      if (!this.has(name)) super.set(name, seriesInfo(job, row, name, type, this.labelSet(row.labels, extra), part));
    };
    if (row.type === 'histogram') {
      add(`${row.name}_bucket`, 'counter', 'le', 'bucket');
      add(`${row.name}_sum`, 'counter', '', 'sum');
      add(`${row.name}_count`, 'counter', '', 'count');
    } else {
      add(row.name, 'summary', 'quantile', 'quantile');
      add(`${row.name}_sum`, 'counter', '', 'sum');
      add(`${row.name}_count`, 'counter', '', 'count');
    }
  }

  override get(name: string): SeriesInfo | undefined {
    const made = super.get(name);
    if (made !== undefined) return made;
    const at = this.pending.get(name);
    if (at === undefined) return undefined;
    const row = this.rows[at]!;
    const info = seriesInfo(this.jobs[at]!, row, name, row.type, this.labelSet(row.labels, ''), undefined);
    this.pending.delete(name);
    super.set(name, info);
    return info;
  }

  override has(name: string): boolean {
    return super.has(name) || this.pending.has(name);
  }

  override get size(): number {
    return super.size + this.pending.size;
  }

  /** Every entry made, for the calls that go through all of them. */
  private makeAll(): void {
    for (const name of this.pending.keys()) this.get(name);
  }

  override keys(): MapIterator<string> {
    this.makeAll();
    return super.keys();
  }

  override values(): MapIterator<SeriesInfo> {
    this.makeAll();
    return super.values();
  }

  override entries(): MapIterator<[string, SeriesInfo]> {
    this.makeAll();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[string, SeriesInfo]> {
    return this.entries();
  }

  override forEach(each: (value: SeriesInfo, key: string, map: Map<string, SeriesInfo>) => void, thisArg?: unknown): void {
    this.makeAll();
    super.forEach(each, thisArg);
  }
}

/** One stored series of `row`. */
function seriesInfo(job: string, row: CatalogRow, name: string, type: CatalogRow['type'], labels: ReadonlySet<string>, part: SeriesInfo['part']): SeriesInfo {
  const info: SeriesInfo = { name, row, type, labels, status: row.status, job };
  if (part) info.part = part;
  if (row.note !== undefined) info.note = row.note;
  if (part === 'bucket' && row.buckets) info.buckets = row.buckets;
  return info;
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
