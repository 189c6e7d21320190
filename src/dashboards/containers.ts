/**
 * cAdvisor's dashboard: every container on the host, by the `container` name Prometheus copies from cAdvisor's `name`
 * (catalog/cadvisor.yaml): CPU and its throttling, memory, network, disk, pressure, OOM kills and restarts.
 */
import { rate, sel, type DashboardSpec, type PanelSpec } from './panel.js';

const cadvisor = { source: 'cadvisor' } as const;
const named = 'container!=""';
const perContainer = '{{container}}';

const byContainer = (title: string, description: string, unit: string, expr: (metric: string) => string, metrics: [string, string][]): PanelSpec => ({
  ...cadvisor,
  title,
  description,
  kind: 'timeseries',
  unit,
  min: 0,
  queries: metrics.map(([metric, suffix]) => ({ expr: `sum by (container) (${expr(metric)})`, legend: `${perContainer}${suffix}` })),
});

export const CONTAINER_CPU = byContainer('CPU', 'CPU cores used per container (container_cpu_usage_seconds_total).', 'short', (m) => rate(m, named), [['container_cpu_usage_seconds_total', '']]);
export const CONTAINER_MEMORY = byContainer('Memory working set', 'Memory the kernel cannot reclaim without swapping, per container (container_memory_working_set_bytes): what the OOM killer looks at.', 'bytes', (m) => sel(m, named), [['container_memory_working_set_bytes', '']]);

export const CONTAINERS_DASHBOARD: DashboardSpec = {
  uid: 'obscompile-containers',
  title: 'Containers (cAdvisor)',
  description: 'Every container on the host: CPU and throttling, memory, network and disk, pressure, OOM kills and restarts.',
  source: 'cadvisor',
  rows: [
    {
      title: 'CPU and memory',
      panels: [
        CONTAINER_CPU,
        { ...cadvisor, title: 'CPU throttled', description: 'Share of CFS periods in which each container was throttled by its CPU limit (container_cpu_cfs_throttled_periods_total over container_cpu_cfs_periods_total).', kind: 'timeseries', unit: 'percentunit', min: 0, max: 1, queries: [{ expr: `sum by (container) (${rate('container_cpu_cfs_throttled_periods_total', named)}) / sum by (container) (${rate('container_cpu_cfs_periods_total', named)})`, legend: perContainer }] },
        CONTAINER_MEMORY,
      ],
    },
    {
      title: 'Network and disk',
      panels: [
        byContainer('Network', 'Bytes received and sent per container (container_network_*_bytes_total).', 'Bps', (m) => rate(m, named), [['container_network_receive_bytes_total', ' in'], ['container_network_transmit_bytes_total', ' out']]),
        byContainer('Disk I/O', 'Bytes read and written per container (container_fs_reads_bytes_total, container_fs_writes_bytes_total).', 'Bps', (m) => rate(m, named), [['container_fs_reads_bytes_total', ' read'], ['container_fs_writes_bytes_total', ' written']]),
      ],
    },
    {
      title: 'Trouble',
      panels: [
        byContainer('Pressure (some tasks waiting)', 'Share of time some task of each container waited for CPU, memory or I/O (container_pressure_*_waiting_seconds_total; cAdvisor 0.53 and later, kernels with PSI).', 'percentunit', (m) => rate(m, named), [['container_pressure_cpu_waiting_seconds_total', ' cpu'], ['container_pressure_memory_waiting_seconds_total', ' memory'], ['container_pressure_io_waiting_seconds_total', ' io']]),
        byContainer('OOM kills', "Processes the kernel's out-of-memory killer ended, per container (container_oom_events_total).", 'short', (m) => `increase(${sel(m, named)}[$__rate_interval])`, [['container_oom_events_total', '']]),
        byContainer('Restarts', 'Times each container started again (changes of container_start_time_seconds).', 'short', (m) => `changes(${sel(m, named)}[$__rate_interval])`, [['container_start_time_seconds', '']]),
      ],
    },
  ],
};
