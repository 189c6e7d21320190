import type { ModelDashboard } from '../model/dashboards.js';
import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
export declare const SCHEMA_VERSION = 42;
/** The provisioned data sources' uids (grafana-datasources.yml): every panel names its data source by uid. */
export declare const PROMETHEUS_DATASOURCE: {
    readonly type: "prometheus";
    readonly uid: "obscompile-prometheus";
};
export declare const JAEGER_DATASOURCE: {
    readonly type: "jaeger";
    readonly uid: "obscompile-jaeger";
};
/** The tag every obscompile dashboard carries: the dashboards link of each lists the others. */
export declare const DASHBOARD_TAG = "obscompile";
/** Where a dashboard file is written, and mounted from. */
export declare const dashboardFile: (uid: string) => string;
/** The dashboard as Grafana's JSON model. */
export declare function dashboardJson(d: ModelDashboard): Record<string, unknown>;
/** A dashboard's file. */
export declare const dashboardArtifact: (d: ModelDashboard) => Artifact;
/** One file per dashboard the model holds. */
export declare const renderDashboards: (model: Model) => Artifact[];
