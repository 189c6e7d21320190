/** Stage 5: the model — the validated config plus everything the renderers derive from it, computed once. */
import { dirname, join, resolve } from 'node:path';
import { ENGINE_TITLE, engineOf } from '../config/engine.js';
import { daemons, type Daemon } from './daemons.js';
import { jaegerConfig } from '../upstream/jaeger.js';
import { major } from '../upstream/version.js';
import { launchCommand, type LaunchCommand } from './launch-args.js';
import { LAUNCH_FILE, TEXTFILE_DIR, launchTimeServed } from '../config/components.js';
import { bundledStages, images, type BundledStage, type Images } from './images.js';
import { portUses, type ComponentId, type PortOwner, type PortUse } from '../config/ports.js';
import type { CatalogSource } from './catalog-data.js';
import { dcgmCollectors, type CatalogSection, type DcgmCollector } from './catalog.js';
export type { CatalogRow, CatalogSection } from './catalog.js';
import type { ValidConfig } from '../types.js';
import { composeHostPaths, type ComposeHostPaths } from '../config/compose-paths.js';

import { CONTAINER_OUT_DIR } from './layout.js';
import { STACK_MARKER } from '../config/names.js';
import { containerJoins, type CatalogQuery } from './container-labels.js';
import type { AlertsModel } from './alerts.js';
import type { DashboardsModel } from './dashboards.js';
import type { SeriesInfo } from './series.js';
import { alertingOf, dashboardsOf } from './alerting.js';
import type { ScrapeJob } from './scrape-jobs.js';
import { SCHEMA_COPY, isUrl, posixRelative } from '../paths.js';

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
  inWorkspace: { outDir: string; schema: string };
  /** Where the output folder (and so every script) is mounted in the dev container. */
  containerOutDir: string;
  /** Container-side locations every script derives from the telemetry root. */
  paths: { telemetryRoot: string; metaFile: string; logsDir: string; prometheusDir: string; jaegerDir: string; profilesDir: string };
  ports: PortUse[];
  components: ComponentRow[];
  scrapeJobs: ScrapeJob[];
  /** The model-server command for launch-model.sh (undefined when the model server is disabled). */
  launch?: LaunchCommand;
  /**
   * Where launch-model.sh leaves the time it started the model server, for node_exporter's textfile collector, under
   * the telemetry root (config/components.ts launchTimeServed): only when both run.
   */
  launchTime?: { dir: string; file: string };
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
export function buildModel(config: ValidConfig, ctx: ModelContext): Model {
  const configDir = dirname(ctx.configPath);
  const root = config.storage.telemetryRoot;
  const workspaceRoot = resolve(configDir, config.devcontainer.workspaceRoot);
  const { jobs, catalog, series, alerts, scraped } = alertingOf(config, ctx.catalog);
  const dashboards = dashboardsOf(config, series, scraped);
  const storageDirs = [
    ...config.storage.durable.map((d) => d.dir),
    'profiles',
    ...config.storage.profiles.map((p) => `profiles/${p.dir}`),
    'logs',
    ...(config.prometheus.enabled ? ['prometheus'] : []),
    ...(config.jaeger.enabled ? ['jaeger'] : []),
    ...(config.alertmanager.enabled ? ['alertmanager'] : []),
    ...(launchTimeServed(config) ? [TEXTFILE_DIR] : []),
  ];
  return {
    config,
    sourceName: posixRelative(ctx.outDir, ctx.configPath),
    ...(ctx.fleetPath ? { fleetFile: posixRelative(ctx.outDir, ctx.fleetPath) } : {}),
    containerOutDir: CONTAINER_OUT_DIR,
    rel: composeHostPaths(config, configDir, ctx.outDir),
    inWorkspace: {
      outDir: posixRelative(workspaceRoot, ctx.outDir),
      schema: workspaceSchema(config.devcontainer.schemaPath ?? join(posixRelative(configDir, ctx.outDir), SCHEMA_COPY), configDir, workspaceRoot),
    },
    paths: {
      telemetryRoot: root,
      metaFile: `${root}/container_run_meta.env`,
      logsDir: `${root}/logs`,
      prometheusDir: `${root}/prometheus`,
      jaegerDir: `${root}/jaeger`,
      profilesDir: `${root}/profiles`,
    },
    ports: portUses(config),
    components: componentRows(config),
    scrapeJobs: jobs,
    ...(config.modelServer.enabled ? { launch: launchCommand(config) } : {}),
    ...(launchTimeServed(config) ? { launchTime: { dir: TEXTFILE_DIR, file: LAUNCH_FILE } } : {}),
    storageDirs,
    storageEntries: [...new Set([...storageDirs.map((d) => d.split('/')[0]!), '.gitignore', 'container_run_meta.env', STACK_MARKER])],
    stackMarker: STACK_MARKER,
    catalog,
    joins: jobs.some((j) => j.job === 'dcgm_exporter') && jobs.some((j) => j.job === 'cadvisor') ? containerJoins() : [],
    series,
    ...(alerts ? { alerts } : {}),
    ...(dashboards ? { dashboards } : {}),
    images: images(config),
    bundled: bundledStages(config),
    ...withDaemons(config),
    ...(config.jaeger.enabled && major(config.versions.jaeger) >= 2 ? { jaegerConfig: jaegerConfig(config) } : {}),
    dcgmCollectors: dcgmCollectors(config, ctx.catalog),
    schemaText: ctx.schemaText,
  };
}

/** The daemons, and whether any of them listens on the bind address. */
function withDaemons(config: ValidConfig): Pick<Model, 'daemons' | 'bindAddressUsed'> {
  const list = daemons(config);
  const words = list.flatMap((d) => [...d.args, ...Object.values(d.env)]).flat();
  return { daemons: list, bindAddressUsed: words.some((w) => typeof w === 'object' && w.variable === 'BIND_ADDRESS') };
}

/** A URL as is; a path (relative to the config) made relative to the workspace, which yaml-language-server resolves it against. */
function workspaceSchema(schemaPath: string, configDir: string, workspaceRoot: string): string {
  return isUrl(schemaPath) ? schemaPath : posixRelative(workspaceRoot, resolve(configDir, schemaPath));
}

/** The seed README's component table: component, listen ports, data directory. */
function componentRows(config: ValidConfig): ComponentRow[] {
  const { prometheus: p, jaeger: j, exporters: e, modelServer: m, storage } = config;
  const root = storage.telemetryRoot;
  const rows: (ComponentRow | false)[] = [
    p.enabled && { id: 'prometheus', name: 'Prometheus', ports: [p.port], dataDir: `\`${root}/prometheus/container-run-*/\`` },
    j.enabled && { id: 'jaeger', name: 'Jaeger UI/OTLP', ports: [j.uiPort, j.otlpGrpcPort, j.otlpHttpPort], dataDir: `\`${root}/jaeger/container-run-*/badger/{key,value}\`` },
    e.nodeExporter.enabled && { id: 'nodeExporter', name: 'node_exporter', ports: [e.nodeExporter.port], dataDir: 'none (metrics only)' },
    e.dcgmExporter.enabled && { id: 'dcgmExporter', name: 'dcgm-exporter', ports: [e.dcgmExporter.port], dataDir: 'none (metrics only)' },
    m.enabled && { id: 'modelServer', name: `${ENGINE_TITLE[engineOf(config)]} server`, ports: [m.port, ...m.extraPorts], dataDir: 'user-launched via `docker exec`' },
    e.cadvisor.enabled && { id: 'cadvisor', name: 'cAdvisor', ports: [e.cadvisor.port], dataDir: 'none (metrics only)' },
    config.alertmanager.enabled && { id: 'alertmanager', name: 'Alertmanager', ports: [config.alertmanager.port], dataDir: `\`${root}/alertmanager/state/\` (silences and notification log, kept across runs)` },
    config.grafana.enabled && { id: 'grafana', name: 'Grafana', ports: [config.grafana.port], dataDir: 'Docker volume `grafana-data` (dashboards: provisioned files)' },
  ];
  return rows.filter((r): r is ComponentRow => r !== false);
}
