/** Every port the stack listens on, derived once from the config for rules, renderers and docs. */
import type { ConfigPath } from '../types.js';
import type { ValidConfig } from '../types.js';
export type ComponentId = 'prometheus' | 'jaeger' | 'nodeExporter' | 'dcgmExporter' | 'modelServer' | 'cadvisor' | 'alertmanager';
/** What can own a port: a catalogued source, or Grafana (its own Compose service, which Prometheus does not scrape). */
export type PortOwner = ComponentId | 'grafana';
export interface PortUse {
    port: number;
    component: PortOwner;
    /** What listens, for labels and messages: "Jaeger OTLP gRPC". */
    label: string;
    /** Where the port is set in the config (a default when the user did not write it). */
    path: ConfigPath;
    /** Published by the dev container and forwarded by the devcontainer. */
    published: boolean;
    /** Listens inside the dev container (cAdvisor runs in its own service). */
    inDevContainer: boolean;
    /** No key sets the port: `path` is what chose it (a version, a component being on). */
    fixed?: true;
}
/** Ports of every enabled component, in component order. */
export declare function portUses(config: ValidConfig): PortUse[];
/**
 * Reads `--port N` / `--port=N` from pass-through arguments, and argparse's abbreviations of it (`--por 31000`: a
 * prefix argparse expands when it is unique). `port` is what the server would read, undefined when it would fail to.
 */
export declare function portFromArgs(args: readonly string[]): {
    port: number | undefined;
    raw: string;
    index: number;
} | undefined;
