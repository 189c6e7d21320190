/**
 * What the checks, the model, lint and verify all ask of a config first: its scrape jobs, the catalog sections of what
 * they scrape, the series those store, the alert rules that can read them (and the dashboards, for the model),
 * answered once per config and shared by the hosts of a fleet that differ only in ports, targets and labels.
 */
import { type AlertsModel } from './alerts.js';
import { type DashboardsModel } from './dashboards.js';
import { type SeriesInfo } from './series.js';
import { type ScrapeJob } from './scrape-jobs.js';
import type { CatalogSection } from './catalog.js';
import type { CatalogSource } from './catalog-data.js';
import type { ComponentId } from '../config/ports.js';
import type { ValidConfig } from '../types.js';
type Alerting = {
    jobs: ScrapeJob[];
    catalog: CatalogSection[];
    series: Map<string, SeriesInfo>;
    alerts: AlertsModel | undefined;
    scraped: Set<ComponentId>;
};
/** The scrape jobs, the catalog sections of the sources they scrape, the series those store, and the alert rules that can read them. */
export declare function alertingOf(config: ValidConfig, source: readonly CatalogSource[]): Alerting;
export declare function dashboardsOf(config: ValidConfig, series: Map<string, SeriesInfo>, scraped: Set<ComponentId>): DashboardsModel | undefined;
export {};
