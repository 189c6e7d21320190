import { type Central, type FleetSettings } from '../config/fleet-settings.js';
import type { Finding, ValidConfig } from '../types.js';
/** Host names are unique: each becomes the `host` label of its series in the central store. */
export declare function duplicateHosts(data: FleetSettings): Finding[];
/** The central store's services publish their ports on one machine: each port once. */
export declare function centralPortCollisions(c: Central | undefined): Finding[];
/** The central store's retentions are durations Prometheus and Jaeger (Go) accept: longer than zero, and in range. */
export declare function centralDurations(c: Central | undefined): Finding[];
/** A host named like the central store's address sends its samples to itself when the two Prometheus ports agree. */
export declare function centralNotHost(c: Central | undefined, index: number, name: string, config: ValidConfig): Finding[];
/**
 * The central Alertmanager routes every host's alerts one way: the hosts' `alertmanager` settings (receivers, route,
 * Watchdog) must agree, so each host layer that sets its own while they differ is told where.
 */
export declare function centralRoutingShared(data: FleetSettings, configs: readonly (ValidConfig | undefined)[]): Finding[];
/** The central Grafana needs its admin password, from a file. */
export declare function centralGrafanaPassword(c: Central | undefined): Finding[];
/**
 * The central Alertmanager's container holds only the secrets its receivers name, each the first file a host gives it
 * (model/central.ts): a file they read that no alerting host gives as a secret is not there, and its notifications
 * fail; hosts that give one secret different files leave the central bundle with the first.
 */
export declare function centralReceiverFiles(data: FleetSettings, configs: readonly (ValidConfig | undefined)[]): Finding[];
