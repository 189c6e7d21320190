/** The central bundle of a fleet as data: what the hosts send it, and the versions of what runs there. */
import { type Central } from '../config/fleet-settings.js';
import type { ModelDashboard } from './dashboards.js';
import type { Provenance } from './model.js';
import { type CentralRuns, type CentralService } from './central-alerts.js';
import type { ModelAlert } from './alerts.js';
import type { SeriesInfo } from './series.js';
import type { ValidConfig } from '../types.js';
export interface CentralModel extends Provenance {
    central: Central;
    prometheusVersion: string;
    /** The Jaeger the hosts that forward traces run; none forward: no central Jaeger. */
    jaegerVersion?: string;
    /**
     * The central Alertmanager: its release, the hosts' shared routing (none when it is off or no host alerts), and the
     * secrets its receivers read at /run/secrets/NAME, each with its host file relative to the central folder.
     */
    alertmanager?: {
        version: string;
        settings: ValidConfig['alertmanager'];
        alerts: ReadonlySet<string>;
        secrets: Record<string, string>;
    };
    /** The services the central store runs, its own alerts on them (over its own series, not the hosts'), and those series. */
    runs: ReadonlySet<CentralService>;
    alerts: ModelAlert[];
    series: ReadonlyMap<string, SeriesInfo>;
    /** The hosts' dashboards together: every panel some host fills, as a host shows it (render/central-dashboards.ts keeps `host` apart). */
    dashboards: ModelDashboard[];
    /** The central Grafana: its release and scrape interval (the hosts'), its admin password file relative to the central folder. */
    grafana?: {
        version: string;
        scrapeInterval: string;
        adminPasswordFile: string;
    };
    hosts: {
        name: string;
        bundle: string;
        traces: boolean;
        alerts: boolean;
    }[];
}
/**
 * The dashboards of several hosts as one set, gathered host by host (a fleet keeps no host's model longer than it
 * takes to write its bundle): each dashboard, row and panel that any host has, in the catalog's order, the panel as
 * the first host that has it shows it.
 */
export declare class DashboardUnion {
    private readonly firstDashboard;
    private readonly firstPanel;
    add(dashboards: readonly ModelDashboard[]): void;
    dashboards(): ModelDashboard[];
}
/** The folders a central bundle's paths are resolved in: the fleet file's, the base config's (a host's paths), its own. */
export interface CentralDirs {
    fleet: string;
    base: string;
    central: string;
}
/**
 * The services the central store runs, each with the host config whose release it runs: the host it serves first
 * (Prometheus, and Grafana, the first host's; Alertmanager the first host that sends it alerts; Jaeger the first that
 * forwards traces to it, when the central store runs one).
 */
export declare function centralRuns(central: Central, configs: readonly ValidConfig[]): CentralRuns;
/** The central model of a fleet whose hosts compiled: `hosts` in fleet order, each with its bundle folder (relative to central's). */
export declare function centralModel(sourceName: string, central: Central, hosts: readonly {
    name: string;
    bundle: string;
    config: ValidConfig;
}[], dashboards: DashboardUnion, dirs: CentralDirs): CentralModel;
