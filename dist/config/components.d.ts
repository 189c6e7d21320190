import type { ComponentId } from './ports.js';
import type { ValidConfig } from '../types.js';
/** A key of `versions`: a component with a release of its own. */
export type VersionKey = keyof ValidConfig['versions'];
/** The `versions` key of a catalogued component: the model server's is its engine's. */
export declare const versionKey: (config: ValidConfig, source: ComponentId) => VersionKey;
/** The configured release of a catalogued component. */
export declare const configuredVersion: (config: ValidConfig, source: ComponentId) => string;
/** Whether the config runs the component `versions.<key>` pins (an engine only when it is the configured one). */
export declare function runsComponent(config: ValidConfig, key: VersionKey): boolean;
/**
 * Whether node_exporter serves the time launch-model.sh last started the model server: both run, and launch-model.sh
 * writes a file into the folder node_exporter's textfile collector reads (its time, node_textfile_mtime_seconds).
 */
export declare const launchTimeServed: (config: ValidConfig) => boolean;
/** The folder node_exporter's textfile collector reads, under the telemetry root, and the file launch-model.sh writes there. */
export declare const TEXTFILE_DIR = "textfile";
export declare const LAUNCH_FILE = "model-server-launch.prom";
