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
export const NODE_EXPORTER_OFF_BY_DEFAULT: Readonly<Record<string, readonly string[]>> = {
  buddyinfo: ['node_buddyinfo_'],
  cgroups: ['node_cgroups_'],
  cpu_vulnerabilities: ['node_cpu_vulnerabilities_'],
  drbd: ['node_drbd_'],
  drm: ['node_drm_'],
  ethtool: ['node_ethtool_'],
  interrupts: ['node_interrupts_total'],
  ksmd: ['node_ksmd_'],
  lnstat: ['node_lnstat_'],
  logind: ['node_logind_'],
  meminfo_numa: ['node_memory_numa_'],
  mountstats: ['node_mountstats_nfs_'],
  network_route: ['node_network_route_info', 'node_network_routes'],
  ntp: ['node_ntp_'],
  nvmesubsystem: ['node_nvmesubsystem_'],
  pcidevice: ['node_pcidevice_'],
  perf: ['node_perf_'],
  processes: ['node_processes_'],
  qdisc: ['node_qdisc_'],
  runit: ['node_service_'],
  slabinfo: ['node_slabinfo_'],
  softirqs: ['node_softirqs_functions_total'],
  supervisord: ['node_supervisord_'],
  swap: ['node_swap_'],
  sysctl: ['node_sysctl_'],
  systemd: ['node_systemd_'],
  tcpstat: ['node_tcp_'],
  wifi: ['node_wifi_'],
  xfrm: ['node_xfrm_'],
  zoneinfo: ['node_zoneinfo_'],
};

/** The default-disabled collector that serves `name`, if one does. */
export function offByDefaultCollector(name: string): string | undefined {
  for (const [collector, names] of Object.entries(NODE_EXPORTER_OFF_BY_DEFAULT)) {
    if (names.some((n) => (n.endsWith('_') ? name.startsWith(n) : name === n))) return collector;
  }
  return undefined;
}
