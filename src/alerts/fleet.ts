/**
 * The fleet's central store watching its hosts: a host that stops sending is silent, and no alert of its own can
 * reach anyone. The central Prometheus knows every host of the fleet file, and each host's own Prometheus scrapes
 * itself (job `prometheus`), a series its remote write sends on with the host's `host` label: when none has arrived
 * for ten minutes, the host, its Prometheus or the way to the central store is down.
 */
import { HOST_LABEL } from '../config/fleet-settings.js';
import { flatCounter, risingCounter, steady, type AlertRule } from './rule.js';

export const FLEET_HOST_SILENT = 'FleetHostSilent';

/** How long without a sample from a host before it is silent. */
const SILENT_FOR = '10m';

/** The rule over the hosts `hosts` (names as the fleet file gives them), for the central store only. */
export function fleetHostSilent(hosts: readonly string[]): AlertRule {
  const absent = hosts.map((h) => `absent_over_time(up{job="prometheus", ${HOST_LABEL}="${h}"}[${SILENT_FOR}])`);
  return {
    pack: 'stack',
    source: 'prometheus',
    alert: FLEET_HOST_SILENT,
    fires: `A host of the fleet has sent the central store nothing for ${SILENT_FOR} (central store only).`,
    severity: 'critical',
    readsHosts: true,
    // absent_over_time() keeps the selector's equality labels: grouped by host alone.
    expr: () => `max by (${HOST_LABEL}) (${absent.join(' or ')})`,
    for: '0m',
    summary: 'Host {{ $labels.host }} stopped reporting to the central store',
    description: `No sample of the host's own Prometheus has arrived for ${SILENT_FOR}: the host, its Prometheus or the network to the central store is down, and its own alerts cannot get out either.`,
    by: [HOST_LABEL],
    // Firing: the first host's Prometheus stops sending after minute 5 (none in the window 10 minutes later). Calm:
    // every host keeps sending.
    test: (_, n) => {
      const up = (host: string, values: string) => ({ metric: 'up', labels: { job: 'prometheus', [HOST_LABEL]: host }, values });
      return {
        settle: 16,
        fire: [up(hosts[0] ?? 'host', `${steady(1, 6)} _x${n - 6}`), ...hosts.slice(1).map((h) => up(h, steady(1, n)))],
        calm: hosts.map((h) => up(h, steady(1, n))),
      };
    },
  };
}

export const FLEET_HOST_ALERTS_FAILING = 'FleetHostAlertsFailing';

/**
 * A host whose alerts do not reach the central Alertmanager: its Prometheus counts each failed send
 * (prometheus_notifications_errors_total, catalog/prometheus.yaml), and its remote write brings the count to the central
 * store with the host's `host` label. The host's own PrometheusNotificationsFailing would take the broken way, and
 * FleetHostSilent stays quiet while the samples arrive: only the central store can tell. For a fleet whose hosts send
 * their alerts to the central Alertmanager.
 */
export function fleetHostAlertsFailing(): AlertRule {
  const errors = 'prometheus_notifications_errors_total';
  return {
    pack: 'stack',
    source: 'prometheus',
    alert: FLEET_HOST_ALERTS_FAILING,
    fires: 'A host of the fleet failed to deliver alerts to the central Alertmanager in the last 10 minutes (central store only).',
    severity: 'critical',
    readsHosts: true,
    expr: () => `sum by (${HOST_LABEL}) (increase(${errors}{job="prometheus", ${HOST_LABEL}!=""}[10m])) > 0`,
    for: '0m',
    summary: 'Host {{ $labels.host }} cannot deliver its alerts to the central Alertmanager',
    description: 'The host\'s Prometheus failed to send alerts to the central Alertmanager in the last 10 minutes, while its samples still arrive: its own alerts are not getting out. Its Prometheus log says why (the network to the central store, or the Alertmanager refusing them).',
    by: [HOST_LABEL],
    // Firing: a host whose sends fail from minute 5 on. Calm: every host's count steady, one of them after old failures.
    test: (_, n) => {
      const sent = (host: string, values: string) => ({ metric: errors, labels: { job: 'prometheus', [HOST_LABEL]: host }, values });
      return { settle: 7, exact: true, fire: [sent('gpu-a', risingCounter(1, n))], calm: [sent('gpu-a', flatCounter(n, 3)), sent('gpu-b', flatCounter(n))] };
    },
  };
}
