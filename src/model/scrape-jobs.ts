/** The scrape jobs of a config (one per enabled source, then the extra targets) and the catalog sections of what they scrape. */
import { BUILTIN_JOBS } from '../config/names.js';
import { engineOf } from '../config/engine.js';
import type { ComponentId } from '../config/ports.js';
import { CONTAINER_LABEL } from './container-labels.js';
import { byName, catalogSection, sourcesFor, type CatalogRow, type CatalogSection } from './catalog.js';
import type { CatalogSource } from './catalog-data.js';
import type { ValidConfig } from '../types.js';

/** Read only: an extra target's job shares its lists with the config (ten thousand targets, no copies). */
export interface ScrapeJob {
  job: string;
  targets: readonly string[];
  metricsPath: string;
  scrapeInterval?: string;
  /** Labels Prometheus adds to every series of the job's targets. */
  labels: Readonly<Record<string, string>>;
  dropMetrics: readonly string[];
  /** Labels metric relabelling copies from another label of the same series, where that one is set. */
  copyLabels: readonly { from: string; to: string }[];
}

/** The empty list every job and section without one shares. */
const NONE: readonly never[] = Object.freeze([]);

/** One scrape job per enabled source (seed 000 "Metrics & Traces", seed 004 task 3), then the extra targets. */
export function scrapeJobs(config: ValidConfig): ScrapeJob[] {
  if (!config.prometheus.enabled) return [];
  const { prometheus: p, jaeger: j, exporters: e, modelServer: m } = config;
  const local = (port: number) => [`localhost:${port}`];
  const job = (name: (typeof BUILTIN_JOBS)[number], targets: string[], extra: Partial<ScrapeJob> = {}): ScrapeJob => ({ job: name, targets, metricsPath: '/metrics', labels: {}, dropMetrics: [], copyLabels: [], ...extra });
  // GPU and model-server series name the container they come from, as cAdvisor's series do (container-labels.ts).
  const inContainer = { labels: { [CONTAINER_LABEL]: config.container.service } };
  const jobs: (ScrapeJob | false)[] = [
    p.scrapeSelf && job('prometheus', local(p.port)),
    config.alertmanager.enabled && job('alertmanager', local(config.alertmanager.port)),
    e.nodeExporter.enabled && job('node_exporter', local(e.nodeExporter.port)),
    e.dcgmExporter.enabled && job('dcgm_exporter', local(e.dcgmExporter.port), inContainer),
    j.enabled && job('jaeger', local(j.metricsPort)),
    m.enabled && m.scrape && job(engineOf(config), local(m.port), inContainer),
    e.cadvisor.enabled && job('cadvisor', [`cadvisor:${e.cadvisor.port}`], { scrapeInterval: e.cadvisor.scrapeInterval, dropMetrics: [...e.cadvisor.dropMetrics], copyLabels: [{ from: 'name', to: CONTAINER_LABEL }] }),
  ];
  const extra = p.extraTargets.map((t): ScrapeJob => ({
    job: t.job,
    targets: t.targets,
    metricsPath: t.metricsPath,
    ...(t.scrapeInterval ? { scrapeInterval: t.scrapeInterval } : {}),
    labels: t.labels,
    dropMetrics: NONE,
    copyLabels: NONE,
  }));
  return [...jobs.filter((x): x is ScrapeJob => x !== false), ...extra];
}

/** The scrape job of each source other than the model server. */
const JOBS: Record<Exclude<ComponentId, 'modelServer'>, string> = {
  prometheus: 'prometheus',
  nodeExporter: 'node_exporter',
  dcgmExporter: 'dcgm_exporter',
  jaeger: 'jaeger',
  cadvisor: 'cadvisor',
  alertmanager: 'alertmanager',
};

/** The scrape job of a source: the model server's is named after its engine (`sglang`, `vllm`). */
export const jobOf = (config: ValidConfig, source: ComponentId): string => (source === 'modelServer' ? engineOf(config) : JOBS[source]);

/** Every source, the model server last. */
export const COMPONENTS: readonly ComponentId[] = [...(Object.keys(JOBS) as ComponentId[]), 'modelServer'];

/** Catalog sections for the sources Prometheus actually scrapes, then the extra targets that document their metrics. */
export function catalogSections(config: ValidConfig, scrapeJobs: readonly ScrapeJob[], catalog: readonly CatalogSource[]): CatalogSection[] {
  const jobs = new Map(scrapeJobs.map((j) => [j.job, j]));
  const sections: CatalogSection[] = [];
  for (const src of sourcesFor(config, catalog)) {
    const job = jobs.get(jobOf(config, src.source));
    if (job) sections.push(catalogSection(config, src, job));
  }
  // Extra targets' rows share one list per set of labels, as a source's rows do: the renderers and the series index
  // format and index each list once, which at ten thousand targets is fifty thousand lists fewer.
  const lists = new Map<string, readonly string[]>();
  const shared = (labels: readonly string[]) => {
    const key = labels.join('\0');
    const list = lists.get(key);
    if (list) return list;
    lists.set(key, labels);
    return labels;
  };
  for (const t of config.prometheus.extraTargets) {
    if (t.metrics.length === 0) continue;
    const metrics = t.metrics.map((m): CatalogRow => ({ name: m.name, type: m.type, help: m.help, labels: shared(m.labels), status: 'available' })).sort(byName);
    sections.push({ title: t.job, job: t.job, notes: NONE, metrics, dropped: NONE, droppedOffByDefault: NONE, labelFields: NONE });
  }
  return sections;
}
