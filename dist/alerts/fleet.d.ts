import { type AlertRule } from './rule.js';
export declare const FLEET_HOST_SILENT = "FleetHostSilent";
/** The rule over the hosts `hosts` (names as the fleet file gives them), for the central store only. */
export declare function fleetHostSilent(hosts: readonly string[]): AlertRule;
export declare const FLEET_HOST_ALERTS_FAILING = "FleetHostAlertsFailing";
/**
 * A host whose alerts do not reach the central Alertmanager: its Prometheus counts each failed send
 * (prometheus_notifications_errors_total, catalog/prometheus.yaml), and its remote write brings the count to the central
 * store with the host's `host` label. The host's own PrometheusNotificationsFailing would take the broken way, and
 * FleetHostSilent stays quiet while the samples arrive: only the central store can tell. For a fleet whose hosts send
 * their alerts to the central Alertmanager.
 */
export declare function fleetHostAlertsFailing(): AlertRule;
