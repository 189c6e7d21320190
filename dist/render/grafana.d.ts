import type { ModelDashboard } from '../model/dashboards.js';
import type { Model, Provenance } from '../model/model.js';
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
/** The Compose secret of the admin password, and the named volume of Grafana's database. */
export declare const GRAFANA_VOLUME = "grafana-data";
/** What Grafana reads: Prometheus (with its scrape interval, which `$__rate_interval` is computed from) and Jaeger. */
export interface GrafanaSources {
    prometheusUrl: string;
    prometheusVersion: string;
    scrapeInterval: string;
    jaegerUrl?: string;
}
export declare function datasourcesDocument(s: GrafanaSources): Record<string, unknown>;
export declare const providersDocument: () => {
    apiVersion: number;
    providers: {
        name: string;
        orgId: number;
        folder: string;
        type: string;
        disableDeletion: boolean;
        allowUiUpdates: boolean;
        updateIntervalSeconds: number;
        options: {
            path: string;
        };
    }[];
};
/** The two provisioning files, headed by where they come from. */
export declare function provisioningArtifacts(from: Provenance, sources: GrafanaSources): Artifact[];
/** The `grafana` Compose service: `ports` published as the caller's stack publishes them. */
export declare function grafanaService(g: {
    version: string;
    anonymous: boolean;
    ports: unknown[];
}, dashboards: readonly ModelDashboard[]): Record<string, unknown>;
/** The top-level Compose keys the service needs: its secret (a file relative to the compose file) and its volume. */
export declare const grafanaComposeKeys: (passwordFile: string) => {
    secrets: {
        grafana_admin_password: {
            file: string;
        };
    };
    volumes: {
        "grafana-data": {};
    };
};
export declare const renderGrafanaDatasources: (model: Model) => Artifact;
export declare const renderGrafanaDashboards: (model: Model) => Artifact;
