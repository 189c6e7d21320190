/**
 * The model's dashboards: obscompile's dashboards as this configuration gets them, as plain data. A panel is kept
 * only when its source is scraped and every series it reads (src/generated/panel-reads.js, found by a PromQL parser)
 * is one this configuration stores; a row without panels, and a dashboard without rows, are left out.
 */
import { panelReads } from '../generated/panel-reads.js';
import { DASHBOARDS, panelKey, panelQueries } from '../dashboards/index.js';
import { missing, notScrapedWhy } from './availability.js';
import type { DashboardSpec, PanelQuery, PanelSpec } from '../dashboards/panel.js';
import type { ComponentId } from '../config/ports.js';
import type { SeriesInfo } from './series.js';
import { durationMs } from '../config/duration.js';
import type { ValidConfig } from '../types.js';
import { engineOf, forEngine } from '../config/engine.js';
import type { AlertingThresholds } from '../alerts/thresholds.js';

/** A panel with the config's values in: its queries, and the threshold it shows. */
export interface ModelPanel extends Omit<PanelSpec, 'queries' | 'threshold'> {
  queries: readonly PanelQuery[];
  threshold?: number;
  /**
   * The "Min step" of each of the panel's queries: the sample spacing its rate windows must allow for. Grafana makes
   * `$__rate_interval` at least four of the query's min step, or of the data source's scrape interval when it has
   * none (grafana/grafana pkg/promlib/models/query.go, calculateRateInterval and interpolateVariables); a panel's
   * "Min interval" only raises `$__interval`, which adds to one scrape interval: 75s for a minute, not four.
   */
  interval?: string;
}

/**
 * cAdvisor's own sample spacing. It collects a container at its housekeeping interval (obscompile sets it to the scrape
 * interval), stretched up to `--max_housekeeping_interval` (60s) while the container is idle and by a jitter of up to
 * the interval again (`--jitter_factor` 1.0), and its samples carry the time it collected them (lib/manager/manager.go,
 * lib/manager/container.go @ v0.60.5): two samples can be two minutes apart. With a min step of at least 60s,
 * Grafana's `$__rate_interval` (four min steps at least) holds two of them.
 */
const CADVISOR_MAX_HOUSEKEEPING_MS = 60_000;
const cadvisorInterval = (config: ValidConfig): string => {
  const ms = Math.max(durationMs(config.exporters.cadvisor.scrapeInterval), CADVISOR_MAX_HOUSEKEEPING_MS);
  return ms % 60_000 === 0 ? `${ms / 60_000}m` : `${Math.ceil(ms / 1000)}s`;
};

export interface ModelDashboard extends Omit<DashboardSpec, 'rows'> {
  rows: { title: string; panels: ModelPanel[] }[];
  /**
   * Over a central store, whose own series carry no `host`: "All" of the host variable is every host, not the
   * central services too (whose lines would stand beside the hosts' with an empty name).
   */
  hostsOnly?: true;
}

export interface DashboardsModel {
  dashboards: ModelDashboard[];
  /** Panels this configuration cannot fill, with the reason (`Dashboard / Panel`). */
  leftOut: { name: string; why: string }[];
}

/** A panel as this configuration gets it. */
function modelPanel(panel: PanelSpec, thresholds: AlertingThresholds): ModelPanel {
  const { queries: _, threshold, ...rest } = panel;
  return { ...rest, queries: panelQueries(panel, thresholds), ...(threshold ? { threshold: threshold(thresholds) } : {}) };
}

/** The dashboards for `config`, given the series its scraped sources store. */
export function dashboardsModel(config: ValidConfig, series: ReadonlyMap<string, SeriesInfo>, scraped: ReadonlySet<ComponentId>): DashboardsModel | undefined {
  if (!config.prometheus.enabled || !(config.grafana.dashboards || config.grafana.enabled)) return undefined;
  const leftOut: DashboardsModel['leftOut'] = [];
  const dashboards: ModelDashboard[] = [];
  const thresholds = config.alerting.thresholds;
  const ours = forEngine(engineOf(config));
  for (const d of DASHBOARDS.filter(ours)) {
    if (d.source && !scraped.has(d.source)) continue;
    const rows = d.rows
      .map((row) => ({
        title: row.title,
        panels: row.panels.filter(ours).filter((p) => {
          const why = notScrapedWhy(p.source, scraped) ?? missing(panelReads[panelKey(d, p)] ?? [], series, new Set());
          // The overview leaves out quietly what a source's own dashboard already lists.
          if (why && d.source) leftOut.push({ name: `${d.title} / ${p.title}`, why });
          return !why;
        }).map((p) => (p.source === 'cadvisor' ? { ...modelPanel(p, thresholds), interval: cadvisorInterval(config) } : modelPanel(p, thresholds))),
      }))
      .filter((row) => row.panels.length > 0);
    if (rows.length) dashboards.push({ ...d, rows });
  }
  return { dashboards, leftOut };
}
