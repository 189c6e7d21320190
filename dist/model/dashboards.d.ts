import type { DashboardSpec, PanelQuery, PanelSpec } from '../dashboards/panel.js';
import type { ComponentId } from '../config/ports.js';
import type { SeriesInfo } from './series.js';
import type { ValidConfig } from '../types.js';
/** A panel with the config's values in: its queries, and the threshold it shows. */
export interface ModelPanel extends Omit<PanelSpec, 'queries' | 'threshold'> {
    queries: readonly PanelQuery[];
    threshold?: number;
    /** Grafana's "Min interval" of the panel: the sample spacing its rate windows must allow for (four of them at least). */
    interval?: string;
}
export interface ModelDashboard extends Omit<DashboardSpec, 'rows'> {
    rows: {
        title: string;
        panels: ModelPanel[];
    }[];
}
export interface DashboardsModel {
    dashboards: ModelDashboard[];
    /** Panels this configuration cannot fill, with the reason (`Dashboard / Panel`). */
    leftOut: {
        name: string;
        why: string;
    }[];
}
/** The dashboards for `config`, given the series its scraped sources store. */
export declare function dashboardsModel(config: ValidConfig, series: ReadonlyMap<string, SeriesInfo>, scraped: ReadonlySet<ComponentId>): DashboardsModel | undefined;
