/**
 * What the checks, the model, lint and verify all ask of a config first: its scrape jobs, the catalog sections of what
 * they scrape, the series those store, the alert rules that can read them (and the dashboards, for the model),
 * answered once per config and shared by the hosts of a fleet that differ only in ports, targets and labels.
 */
import { alertsModel, type AlertsModel } from './alerts.js';
import { dashboardsModel, type DashboardsModel } from './dashboards.js';
import { seriesIndex, type SeriesInfo } from './series.js';
import { COMPONENTS, catalogSections, jobOf, scrapeJobs, type ScrapeJob } from './scrape-jobs.js';
import type { CatalogSection } from './catalog.js';
import type { CatalogSource } from './catalog-data.js';
import type { ComponentId } from '../config/ports.js';
import { samePlainData } from '../config/plain-data.js';
import type { ValidConfig } from '../types.js';

type Alerting = { jobs: ScrapeJob[]; catalog: CatalogSection[]; series: Map<string, SeriesInfo>; alerts: AlertsModel | undefined; scraped: Set<ComponentId> };

/**
 * alertingOf's last answer: the checks and the model of one build ask for the same one, and a fleet checks and
 * renders one host after another. One answer is kept, not one per config: a fleet's thousand would hold most of a
 * build's memory.
 */
let last: { config: ValidConfig; source: readonly CatalogSource[]; found: Alerting } | undefined;

/**
 * The part of the last answer that no port or scrape target decides (the catalog, its series, the alerts): hosts of
 * a fleet that differ only there (each its own Prometheus port, say) share it, as the next host is checked while the
 * last one's answer is kept. Kept with the config it was made for: the next config is compared with that one, key
 * order included and these keys left out, and whatever else differs makes it anew. A test builds such a fleet and
 * every host as a config alone, and compares their files.
 */
let shared: { config: ValidConfig; source: readonly CatalogSource[]; found: Omit<Alerting, 'jobs'> } | undefined;

/**
 * Config keys none of the shared part reads: ports and scrape targets (only the scrape jobs' targets read them) and
 * the external labels (prometheus.yml's; a fleet gives each host its own `host`).
 */
const notShared = (key: string) => key === 'port' || key === 'extraPorts' || key === 'targets' || key.endsWith('Port') || key === 'externalLabels';

/** The scrape jobs, the catalog sections of the sources they scrape, the series those store, and the alert rules that can read them. */
export function alertingOf(config: ValidConfig, source: readonly CatalogSource[]): Alerting {
  if (last?.config === config && last.source === source) return last.found;
  const jobs = scrapeJobs(config);
  // Compared only when another config comes: a single build (ten thousand targets, say) never pays for it.
  let rest = shared?.source === source && samePlainData(shared.config, config, notShared) ? shared.found : undefined;
  if (!rest) {
    const catalog = catalogSections(config, jobs, source);
    const series = seriesIndex(catalog);
    const scraped = new Set(COMPONENTS.filter((id) => jobs.some((j) => j.job === jobOf(config, id))));
    const alerts = alertsModel(config, series, scraped, (metric) => series.get(`${metric}_bucket`)?.buckets ?? []);
    rest = { catalog, series, alerts, scraped };
    shared = { config, source, found: rest };
  }
  const found = { jobs, ...rest };
  last = { config, source, found };
  return found;
}

/**
 * The dashboards' model, shared like the alerting part it reads: a series index is made anew for every config that
 * differs in more than ports, targets and external labels, none of which the dashboards read, so the same index
 * means the same answer.
 */
const dashboardsBySeries = new WeakMap<ReadonlyMap<string, SeriesInfo>, DashboardsModel | undefined>();
export function dashboardsOf(config: ValidConfig, series: Map<string, SeriesInfo>, scraped: Set<ComponentId>): DashboardsModel | undefined {
  if (dashboardsBySeries.has(series)) return dashboardsBySeries.get(series);
  const found = dashboardsModel(config, series, scraped);
  dashboardsBySeries.set(series, found);
  return found;
}
