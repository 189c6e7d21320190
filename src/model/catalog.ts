/** The model's metrics catalog: the catalog data of the configured versions, with availability computed from the config. */
import { CADVISOR_DEFAULT_DISABLED_KINDS } from '../upstream/cadvisor.js';
import { CADVISOR_LABELS } from './container-labels.js';
import { cadvisorLabelName } from '../upstream/cadvisor.js';
import { dcgmSeriesLabels, splitDcgmTag } from '../upstream/dcgm.js';
import { bucketsFromArgs, extraLabelsFromArgs } from './launch-args.js';
import { major, versionAtLeast } from '../upstream/version.js';
import { bornWithEvent, type CatalogMetric, type CatalogSource, type Upstream } from './catalog-data.js';
import { configuredVersion } from '../config/components.js';
import { sendsAlerts } from './alertmanager.js';
import { engineOf, forEngine } from '../config/engine.js';
import type { ValidConfig } from '../types.js';

/**
 * `available`: emitted with this config. `conditional`: emitted only in the situation the note names.
 * `off`: not emitted with this config (the note says what turns it on).
 */
export type MetricStatus = 'available' | 'conditional' | 'off';

export interface CatalogRow {
  name: string;
  type: CatalogMetric['type'];
  help: string;
  /** A histogram's bucket boundaries, when the catalog records them. */
  buckets?: readonly number[];
  /** Every label the series carries: the source's series labels, then the metric's own (rows may share one list). */
  labels: readonly string[];
  status: MetricStatus;
  note?: string;
  /** The series exists only once something has happened (the note says when): until then its absence is no drift. */
  later?: true;
  /**
   * When a counter born with its first event appears (catalog-data.ts bornWithEvent: "after the first retraction"):
   * increase() and rate() alone miss that event.
   */
  born?: string;
  /** A counter that starts again only at this event (catalog-data.ts CatalogMetric.countsSince): one compared as it is. */
  countsSince?: string;
}

export interface CatalogSection {
  title: string;
  job: string;
  /** The rows are a selection of what the source exposes, not all of it. */
  selection?: boolean;
  /** The upstream release the rows describe, and the one the config runs (they can differ); none for extra targets. */
  upstream?: Upstream & { configured: string };
  notes: readonly string[];
  /** Sorted by name. */
  metrics: CatalogRow[];
  dropped: readonly string[];
  /** Dropped metrics the source does not emit by default anyway (cAdvisor's disabled metric kinds). */
  droppedOffByDefault: readonly string[];
  /** DCGM label fields, collected as labels (dcgm-exporter only). */
  labelFields: readonly { name: string; help: string }[];
  /** Names of earlier releases and the names that replaced them (CatalogSource.renamed). */
  renamed?: Readonly<Record<string, string>>;
  /** Names of earlier releases that are gone, with why (CatalogSource.removed). */
  removed?: Readonly<Record<string, string>>;
}

/** True when DCGM profiling fields are collected: requested, and the container has SYS_ADMIN. */
export const profilingCollected = (config: ValidConfig) => config.exporters.dcgmExporter.profiling && config.container.capabilities.includes('SYS_ADMIN');

/** The catalog sources that describe the configured versions (Jaeger 1 and 2 differ) and model server engine. */
export function sourcesFor(config: ValidConfig, catalog: readonly CatalogSource[]): CatalogSource[] {
  const ours = forEngine(engineOf(config));
  return catalog.filter((src) => (src.major === undefined || src.major === major(configuredVersion(config, src.source))) && ours(src));
}

/**
 * The labels on every series of a source, by label set (`''`: the default set), each list made once per section:
 * rows share them, so a catalog of thousands of rows does not copy the same labels into each.
 */
function seriesLabelSets(src: CatalogSource, configured: string, job: CatalogJob, extra: readonly string[] = []): (metric: CatalogMetric) => readonly string[] {
  const own = src.source === 'dcgmExporter' ? [...dcgmSeriesLabels(configured), ...(src.labelFields ?? []).map((f) => f.name)] : src.source === 'cadvisor' ? [...(src.seriesLabels ?? []), ...CADVISOR_LABELS.map(cadvisorLabelName)] : (src.seriesLabels ?? []);
  // What the scrape job adds: its static labels, and labels copied from one the series already has.
  const added = (labels: readonly string[]) => [...labels, ...Object.keys(job.labels ?? {}), ...(job.copyLabels ?? []).filter((c) => labels.includes(c.from)).map((c) => c.to)];
  // `extra`: labels the source's launch flags add to every set of its own (SGLang's --extra-metric-labels).
  const withExtra = (labels: readonly string[]) => [...labels, ...extra.filter((l) => !labels.includes(l))];
  const base = added(withExtra(own));
  // A series without the source's labels still gets the job's static ones.
  const bare = added([]);
  const sets = new Map(Object.entries(src.labelSets ?? {}).map(([name, labels]) => [name, added(withExtra(labels))]));
  return (metric) => (metric.noSeriesLabels ? bare : metric.labelSet ? (sets.get(metric.labelSet) ?? []) : base);
}

/** What a section needs of its scrape job. */
export interface CatalogJob {
  job: string;
  dropMetrics: readonly string[];
  labels?: Readonly<Record<string, string>>;
  copyLabels?: readonly { from: string; to: string }[];
}

const AVAILABLE: Pick<CatalogRow, 'status' | 'note'> = { status: 'available' };

/**
 * DCGM_FI_PROF_* fields exist only on GPUs with DCGM profiling support: dcgm-exporter asks DCGM for the supported
 * metric groups at start and skips every other profiling row with a warning, then runs on (pkg/cmd/app.go
 * queryDCPMetrics, internal/pkg/counters fieldIsSupported @ 7ad58324); default-counters.csv: "supported on Nvidia
 * datacenter Volta GPUs and newer".
 */
const PROFILING_GPUS = 'only on GPUs with DCGM profiling support (datacenter Volta and newer); dcgm-exporter skips the field with a warning elsewhere';

function status(config: ValidConfig, metric: CatalogMetric): Pick<CatalogRow, 'status' | 'note' | 'later'> {
  if (metric.requires === 'profiling') return profilingCollected(config) ? { status: 'conditional', note: PROFILING_GPUS } : { status: 'off', note: 'needs `exporters.dcgmExporter.profiling` and the SYS_ADMIN capability' };
  const off = metric.requires ? OFF_UNLESS[metric.requires]?.(config) : undefined;
  if (off) return { status: 'off', note: off };
  if (metric.disabledKind && (CADVISOR_DEFAULT_DISABLED_KINDS as readonly string[]).includes(metric.disabledKind)) {
    return { status: 'off', note: `cAdvisor leaves its ${metric.disabledKind} metric kind off by default (see -disable_metrics)` };
  }
  if (metric.condition) return { status: 'conditional', note: metric.condition };
  if (metric.appears) return { status: 'available', note: `appears ${metric.appears}`, later: true };
  return AVAILABLE;
}

/** What each `requires` needs, and the note of a row whose need the config leaves unmet. */
const OFF_UNLESS: Partial<Record<NonNullable<CatalogMetric['requires']>, (config: ValidConfig) => string | undefined>> = {
  forwarding: (c) => (c.jaeger.forwardOtlp ? undefined : 'exists only for the OTLP exporter that forwards to a central endpoint (`jaeger.forwardOtlp`)'),
  rules: (c) => (c.alerting.enabled ? undefined : 'exists only while Prometheus loads rule files (`alerting.enabled`)'),
  alertmanager: (c) => (sendsAlerts(c) ? undefined : 'exists only while Prometheus sends alerts to an Alertmanager (`alertmanager.enabled`)'),
  remoteWrite: (c) => (c.prometheus.remoteWrite.length ? undefined : 'exists only for a remote-write queue (`prometheus.remoteWrite`)'),
};

/** The release a row's `since`, `labelsSince` and `typeBefore` compare with: for dcgm-exporter the exporter part of its tag. */
const sourceRelease = (src: CatalogSource, configured: string) => (src.source === 'dcgmExporter' ? splitDcgmTag(configured).exporter : configured);

/** A row as the release shows it: the type it has there, without the labels it does not have yet, and what it needs there. */
function atRelease(m: CatalogMetric, release: string): CatalogMetric {
  const type = m.typeBefore && !versionAtLeast(release, m.typeBefore.version) ? m.typeBefore.type : m.type;
  const since = m.labelsSince;
  const labels = since ? m.labels?.filter((l) => !since[l] || versionAtLeast(release, since[l])) : m.labels;
  const always = m.requiresSince !== undefined && !versionAtLeast(release, m.requiresSince);
  if (type === m.type && labels === m.labels && !always) return m;
  const { requires, ...rest } = { ...m, type, labels };
  return always ? rest : { ...rest, ...(requires ? { requires } : {}) };
}

/** The metrics the configured release exposes, each as it is there. */
function releaseMetrics(src: CatalogSource, configured: string): CatalogMetric[] {
  const release = sourceRelease(src, configured);
  return src.metrics.filter((m) => !m.since || versionAtLeast(release, m.since)).map((m) => atRelease(m, release));
}

/** One section for a scraped source: its rows minus what relabelling drops, sorted by name. */
export function catalogSection(config: ValidConfig, src: CatalogSource, job: CatalogJob): CatalogSection {
  const configured = configuredVersion(config, src.source);
  const dropped = new Set(job.dropMetrics);
  // SGLang's launch flags may add labels to its series and give its latency histograms their boundaries (upstream/sglang.ts).
  const sglang = src.source === 'modelServer' && engineOf(config) === 'sglang';
  const series = seriesLabelSets(src, configured, job, sglang ? extraLabelsFromArgs(config.modelServer.extraArgs) : []);
  const exposed = releaseMetrics(src, configured);
  const buckets = sglang ? bucketsFromArgs(config.modelServer.extraArgs) : undefined;
  const metrics = exposed
    .filter((m) => !dropped.has(m.name))
    .map((m): CatalogRow => {
      const { status: state, note, later } = status(config, m);
      const labels = m.labels?.length ? [...series(m), ...m.labels] : series(m);
      const row: CatalogRow = { name: m.name, type: m.type, help: m.help, labels, status: state };
      const given = buckets?.get(m.name);
      if (given || m.buckets) row.buckets = given ?? m.buckets;
      if (note !== undefined) row.note = note;
      if (later) row.later = later;
      if (bornWithEvent(m)) row.born = m.appears!;
      if (m.countsSince) row.countsSince = m.countsSince;
      return row;
    })
    .sort(byName);
  const offByDefault = exposed.filter((m) => dropped.has(m.name) && status(config, m).status === 'off').map((m) => m.name);
  return { title: src.title, job: job.job, upstream: { ...src.upstream, configured }, selection: src.selection === true, notes: src.notes ?? [], metrics, dropped: [...dropped].sort(), droppedOffByDefault: offByDefault.sort(), labelFields: src.labelFields ?? [], ...(src.renamed ? { renamed: src.renamed } : {}), ...(src.removed ? { removed: src.removed } : {}) };
}

export const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** One record of dcgm-exporter's collectors file. */
export interface DcgmCollector {
  field: string;
  type: CatalogMetric['type'] | 'label';
  help: string;
}

/** The fields dcgm-exporter is told to collect: the catalog's rows for the configured version, profiling only when collected. */
export function dcgmCollectors(config: ValidConfig, catalog: readonly CatalogSource[]): DcgmCollector[] {
  const src = sourcesFor(config, catalog).find((s) => s.source === 'dcgmExporter');
  if (!src || !config.exporters.dcgmExporter.enabled) return [];
  const profiling = profilingCollected(config);
  return [
    ...releaseMetrics(src, config.versions.dcgmExporter).filter((m) => m.requires !== 'profiling' || profiling).map((m): DcgmCollector => ({ field: m.name, type: m.type, help: m.help })),
    ...(src.labelFields ?? []).map((f): DcgmCollector => ({ field: f.name, type: 'label', help: f.help })),
  ];
}
