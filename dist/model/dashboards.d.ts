import type { DashboardSpec, PanelQuery, PanelSpec } from '../dashboards/panel.js';
import type { ComponentId } from '../config/ports.js';
import type { SeriesInfo } from './series.js';
import type { ValidConfig } from '../types.js';
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
export interface ModelDashboard extends Omit<DashboardSpec, 'rows'> {
    rows: {
        title: string;
        panels: ModelPanel[];
    }[];
    /**
     * Over a central store, whose own series carry no `host`: "All" of the host variable is every host, not the
     * central services too (whose lines would stand beside the hosts' with an empty name).
     */
    hostsOnly?: true;
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
