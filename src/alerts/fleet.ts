/**
 * The fleet's central store watching its hosts: a host that stops sending is silent, and no alert of its own can
 * reach anyone. The central Prometheus knows every host of the fleet file, and each host's own Prometheus scrapes
 * itself (job `prometheus`), a series its remote write sends on with the host's `host` label: when none has arrived
 * for ten minutes, the host, its Prometheus or the way to the central store is down.
 */
import { HOST_LABEL } from '../config/fleet-settings.js';
import { steady, type AlertRule } from './rule.js';

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
