/**
 * The components of a stack as `versions` names them (the model server by its engine), and whether a config runs
 * each: one answer for the checks, lint and the catalog.
 */
import { engineOf } from './engine.js';
import type { ComponentId } from './ports.js';
import type { ValidConfig } from '../types.js';

/** A key of `versions`: a component with a release of its own. */
export type VersionKey = keyof ValidConfig['versions'];

/** The `versions` key of a catalogued component: the model server's is its engine's. */
export const versionKey = (config: ValidConfig, source: ComponentId): VersionKey => (source === 'modelServer' ? engineOf(config) : source);

/** The configured release of a catalogued component. */
export const configuredVersion = (config: ValidConfig, source: ComponentId): string => config.versions[versionKey(config, source)];

/** Whether the config runs the component `versions.<key>` pins (an engine only when it is the configured one). */
export function runsComponent(config: ValidConfig, key: VersionKey): boolean {
  switch (key) {
    case 'sglang':
    case 'vllm':
      return config.modelServer.enabled && engineOf(config) === key;
    case 'nodeExporter':
    case 'dcgmExporter':
    case 'cadvisor':
      return config.exporters[key].enabled;
    default:
      return config[key].enabled;
  }
}

/**
 * Whether node_exporter serves the time launch-model.sh last started the model server: both run, and launch-model.sh
 * writes a file into the folder node_exporter's textfile collector reads (its time, node_textfile_mtime_seconds).
 */
export const launchTimeServed = (config: ValidConfig): boolean => config.modelServer.enabled && config.exporters.nodeExporter.enabled;

/** The folder node_exporter's textfile collector reads, under the telemetry root, and the file launch-model.sh writes there. */
export const TEXTFILE_DIR = 'textfile';
export const LAUNCH_FILE = 'model-server-launch.prom';
