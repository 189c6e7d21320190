import { type Daemon } from './daemons.js';
import { type LaunchCommand } from './launch-args.js';
import { type BundledStage, type Images } from './images.js';
import { type PortOwner, type PortUse } from '../config/ports.js';
import type { CatalogSource } from './catalog-data.js';
import { type CatalogSection, type DcgmCollector } from './catalog.js';
export type { CatalogRow, CatalogSection } from './catalog.js';
import type { ValidConfig } from '../types.js';
import { type ComposeHostPaths } from '../config/compose-paths.js';
import { CONTAINER_OUT_DIR } from './layout.js';
import { type CatalogQuery } from './container-labels.js';
import type { AlertsModel } from './alerts.js';
import type { DashboardsModel } from './dashboards.js';
import type { SeriesInfo } from './series.js';
import type { ScrapeJob } from './scrape-jobs.js';
export { CONTAINER_OUT_DIR };
export type { ScrapeJob } from './scrape-jobs.js';
export interface ComponentRow {
    id: PortOwner;
    name: string;
    ports: number[];
    dataDir: string;
}
/** What a bundle is compiled from, named in every generated header (paths relative to the output folder). */
export interface Provenance {
    /** The config file (a fleet host's: the fleet's base; the central bundle's: the fleet file). */
    sourceName: string;
    /** The fleet file, for the bundles `build --fleet` writes. */
    fleetFile?: string;
}
export interface Model extends Provenance {
    config: ValidConfig;
    /** Host paths relative to the output folder (POSIX), for compose volumes and script defaults. */
    rel: ComposeHostPaths;
    /** Paths relative to the workspace root (POSIX): what the devcontainer sees in the workspace folder and on the host. */
    inWorkspace: {
        outDir: string;
        schema: string;
    };
    /** Where the output folder (and so every script) is mounted in the dev container. */
    containerOutDir: string;
    /** Container-side locations every script derives from the telemetry root. */
    paths: {
        telemetryRoot: string;
        metaFile: string;
        logsDir: string;
        prometheusDir: string;
        jaegerDir: string;
        profilesDir: string;
    };
    ports: PortUse[];
    components: ComponentRow[];
    scrapeJobs: ScrapeJob[];
    /** The model-server command for launch-model.sh (undefined when the model server is disabled). */
    launch?: LaunchCommand;
    /**
     * Where launch-model.sh leaves the time it started the model server, for node_exporter's textfile collector, under
     * the telemetry root (config/components.ts launchTimeServed): only when both run.
     */
    launchTime?: {
        dir: string;
        file: string;
    };
    /** Folders setup-storage.sh creates, relative to the storage root, in seed order. */
    storageDirs: string[];
    /** Every top-level entry setup-storage.sh may create in the storage root: all it accepts finding there. */
    storageEntries: string[];
    /** The storage root's file naming the stack it belongs to (config/names.ts). */
    stackMarker: string;
    catalog: CatalogSection[];
    /** PromQL joins of GPU and container series the catalog shows (both dcgm-exporter and cAdvisor scraped), else empty. */
    joins: CatalogQuery[];
    /** Every series Prometheus stores with this configuration, by name (from `catalog`). */
    series: Map<string, SeriesInfo>;
    /** Alert and recording rules (undefined when alerting or Prometheus is off). */
    alerts?: AlertsModel;
    /** Grafana dashboards of this configuration (with Prometheus, unless `grafana.dashboards` is off). */
    dashboards?: DashboardsModel;
    /** The base and cAdvisor images. */
    images: Images;
    /** Upstream images whose binaries the Dockerfile bundles (empty when `container.bundleDaemons` is off). */
    bundled: BundledStage[];
    /** The Jaeger 2 configuration (undefined for Jaeger 1 or when Jaeger is off). */
    jaegerConfig?: Record<string, unknown>;
    /** The daemons init-run.sh starts, in order. */
    daemons: Daemon[];
    /** True when a daemon's arguments name the bind address (init-run.sh defines it only then: shellcheck SC2034). */
    bindAddressUsed: boolean;
    /** The schema copy for editors (observability.schema.json in the output folder). */
    schemaText: string;
    /** Records of dcgm-collectors.csv (empty when dcgm-exporter is disabled). */
    dcgmCollectors: DcgmCollector[];
}
export interface ModelContext {
    /** Absolute path of the config file. */
    configPath: string;
    /** Absolute path of the output folder. */
    outDir: string;
    /** Absolute path of the fleet file, for a host of a fleet. */
    fleetPath?: string | undefined;
    catalog: readonly CatalogSource[];
    /** The shipped JSON Schema's text, copied into the output folder for editors. */
    schemaText: string;
}
/** Builds the model from a validated config; pure apart from path arithmetic on the given absolute paths. */
export declare function buildModel(config: ValidConfig, ctx: ModelContext): Model;
