/**
 * node_exporter's dashboard: the host as the dev container sees it (catalog/node_exporter.yaml says which figures are
 * the whole host's and which the container's own): CPU, load, memory, disks, network and pressure stalls.
 */
import { rate, sel, type DashboardSpec, type PanelSpec } from './panel.js';

const host = { source: 'nodeExporter' } as const;
const perInstance = '{{instance}}';

export const HOST_CPU: PanelSpec = { ...host, title: 'CPU busy', description: 'Share of CPU time not idle, over all CPUs of the host (node_cpu_seconds_total).', kind: 'timeseries', unit: 'percentunit', min: 0, max: 1, queries: [{ expr: `1 - avg by (instance) (${rate('node_cpu_seconds_total', 'mode="idle"')})`, legend: perInstance }] };
export const HOST_MEMORY: PanelSpec = { ...host, title: 'Memory available', description: 'Memory available to new work without swapping, over the total (node_memory_MemAvailable_bytes).', kind: 'timeseries', unit: 'percentunit', min: 0, max: 1, queries: [{ expr: `${sel('node_memory_MemAvailable_bytes')} / ${sel('node_memory_MemTotal_bytes')}`, legend: perInstance }] };

const bytesPerSecond = (title: string, description: string, queries: [string, string][]): PanelSpec => ({ ...host, title, description, kind: 'timeseries', unit: 'Bps', min: 0, queries: queries.map(([metric, legend]) => ({ expr: `sum by (device) (${rate(metric)})`, legend })) });

const stalled = (what: string, metric: string): { expr: string; legend: string } => ({ expr: rate(metric), legend: what });

export const HOST_DASHBOARD: DashboardSpec = {
  uid: 'obscompile-host',
  title: 'Host (node_exporter)',
  description: 'CPU, load, memory and pressure of the host; disks and network as the dev container sees them.',
  source: 'nodeExporter',
  rows: [
    {
      title: 'CPU and memory',
      panels: [
        HOST_CPU,
        { ...host, title: 'Load average', description: 'Runnable and uninterruptible tasks, averaged over 1, 5 and 15 minutes (node_load1, node_load5, node_load15).', kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: sel('node_load1'), legend: '1m' }, { expr: sel('node_load5'), legend: '5m' }, { expr: sel('node_load15'), legend: '15m' }] },
        HOST_MEMORY,
      ],
    },
    {
      title: 'Disks and network',
      panels: [
        { ...host, title: 'File system space available', description: 'Space left on each file system mounted in the dev container (node_filesystem_avail_bytes over node_filesystem_size_bytes); the line is alerting.thresholds.storageFreeRatio, below which StorageNearlyFull fires.', kind: 'timeseries', unit: 'percentunit', min: 0, max: 1, threshold: (t) => t.storageFreeRatio, queries: [{ expr: `${sel('node_filesystem_avail_bytes')} / ${sel('node_filesystem_size_bytes')}`, legend: '{{mountpoint}}' }] },
        bytesPerSecond('Disk I/O', 'Bytes read and written per disk (node_disk_read_bytes_total, node_disk_written_bytes_total).', [['node_disk_read_bytes_total', '{{device}} read'], ['node_disk_written_bytes_total', '{{device}} written']]),
        bytesPerSecond('Network', "Bytes received and sent per network device of the dev container's namespace (node_network_*_bytes_total).", [['node_network_receive_bytes_total', '{{device}} in'], ['node_network_transmit_bytes_total', '{{device}} out']]),
      ],
    },
    {
      title: 'Pressure',
      panels: [
        { ...host, title: 'Waiting (some tasks)', description: 'Share of time some task waited for CPU, memory or I/O (node_pressure_*_waiting_seconds_total; kernels with PSI).', kind: 'timeseries', unit: 'percentunit', min: 0, queries: [stalled('cpu', 'node_pressure_cpu_waiting_seconds_total'), stalled('memory', 'node_pressure_memory_waiting_seconds_total'), stalled('io', 'node_pressure_io_waiting_seconds_total')] },
        { ...host, title: 'Stalled (every task)', description: 'Share of time every non-idle task waited for memory or I/O: the host thrashes (node_pressure_*_stalled_seconds_total).', kind: 'timeseries', unit: 'percentunit', min: 0, queries: [stalled('memory', 'node_pressure_memory_stalled_seconds_total'), stalled('io', 'node_pressure_io_stalled_seconds_total')] },
      ],
    },
  ],
};
