import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** Where the dashboards are mounted in the Grafana container, and the provisioning files with their targets. */
export declare const GRAFANA_DASHBOARDS_DIR = "/etc/grafana/dashboards/obscompile";
export declare const GRAFANA_FILES: {
    readonly datasources: {
        readonly file: "grafana-datasources.yml";
        readonly target: "/etc/grafana/provisioning/datasources/obscompile.yml";
    };
    readonly dashboards: {
        readonly file: "grafana-dashboards.yml";
        readonly target: "/etc/grafana/provisioning/dashboards/obscompile.yml";
    };
};
/** The compose volumes of the provisioning files and the dashboards, read-only. */
export declare function grafanaMounts(model: Model): string[];
export declare function renderGrafanaDatasources(model: Model): Artifact;
export declare function renderGrafanaDashboards(model: Model): Artifact;
