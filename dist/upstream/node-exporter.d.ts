/**
 * node_exporter facts (prometheus/node_exporter @ v1.12.1). obscompile runs it with its default collectors and no
 * `--collector.*` flag (src/model/daemons.ts), so what its default-disabled collectors serve is never
 * stored by this stack. Facts only; the wording is ours.
 */
/**
 * The Linux collectors registered `defaultDisabled` (`registerCollector(name, defaultDisabled, …)` in collector/*.go
 * @ v1.12.1), each with the names it serves: a prefix (ending in `_`) or a whole name, read from the collector's
 * subsystem constant or metric names in the same file. Turned on with `--collector.<name>`. Names another collector
 * shares are left out (ethtool's `node_network_*` ones, which netdev's default names neighbour).
 */
export declare const NODE_EXPORTER_OFF_BY_DEFAULT: Readonly<Record<string, readonly string[]>>;
/** The default-disabled collector that serves `name`, if one does. */
export declare function offByDefaultCollector(name: string): string | undefined;
