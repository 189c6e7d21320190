/**
 * dcgm-exporter's dashboard: per GPU, what it does, how full and hot it is, what holds it back and the errors it
 * reports; the profiling figures where they are collected. Series and units from catalog/dcgm_exporter.yaml.
 */
import { rate, sel, type DashboardSpec, type PanelSpec } from './panel.js';
import { increaseOver } from '../alerts/rule.js';

const gpu = { source: 'dcgmExporter' } as const;
const perGpu = '{{container}} GPU {{gpu}}';
/** Nanoseconds per second: the violation counters count nanoseconds held back. */
const NS = 1e9;

export const GPU_UTILISATION: PanelSpec = { ...gpu, title: 'GPU utilisation', description: 'Share of time a kernel ran on each GPU (DCGM_FI_DEV_GPU_UTIL).', kind: 'timeseries', unit: 'percent', min: 0, max: 100, queries: [{ expr: `avg by (container, gpu) (${sel('DCGM_FI_DEV_GPU_UTIL')})`, legend: perGpu }] };

export const GPU_MEMORY: PanelSpec = {
  ...gpu,
  title: 'GPU memory used',
  description: 'Framebuffer used over used plus free, per GPU; red from the GpuMemoryNearlyFull threshold.',
  kind: 'timeseries',
  unit: 'percentunit',
  min: 0,
  max: 1,
  threshold: (t) => t.gpuMemoryUsedRatio,
  queries: [{ expr: `${sel('DCGM_FI_DEV_FB_USED')} / (${sel('DCGM_FI_DEV_FB_USED')} + ${sel('DCGM_FI_DEV_FB_FREE')})`, legend: perGpu }],
};

export const GPU_POWER: PanelSpec = { ...gpu, title: 'GPU power', description: 'Power draw per GPU (DCGM_FI_DEV_POWER_USAGE).', kind: 'timeseries', unit: 'watt', queries: [{ expr: sel('DCGM_FI_DEV_POWER_USAGE'), legend: perGpu }] };

const heldBack = (title: string, metric: string, cause: string): PanelSpec => ({
  ...gpu,
  title,
  description: `Share of time each GPU's clocks were lowered ${cause} (${metric}, nanoseconds per second); red from the throttling alerts' threshold.`,
  kind: 'timeseries',
  unit: 'percentunit',
  min: 0,
  threshold: (t) => t.gpuThrottleRatio,
  queries: [{ expr: `${rate(metric)} / ${NS}`, legend: perGpu }],
});

/** A counter's increase per interval; `born`: its series appear with their first event, counted from birth (grownOver). */
const counted = (title: string, metric: string, description: string, legend = perGpu, born = false): PanelSpec => ({ ...gpu, title, description, kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: increaseOver(sel(metric), '$__rate_interval', born), legend }] });

const activity = (title: string, metric: string, what: string): PanelSpec => ({ ...gpu, title, description: `${what} (${metric}, a profiling field: collected with exporters.dcgmExporter.profiling and SYS_ADMIN).`, kind: 'timeseries', unit: 'percentunit', min: 0, max: 1, queries: [{ expr: sel(metric), legend: perGpu }] });

export const GPU_DASHBOARD: DashboardSpec = {
  uid: 'obscompile-gpu',
  title: 'GPUs (dcgm-exporter)',
  description: 'Every GPU of the dev container: utilisation, memory, power and heat, throttling, errors and profiling fields.',
  source: 'dcgmExporter',
  rows: [
    {
      title: 'Utilisation',
      panels: [GPU_UTILISATION, GPU_MEMORY, { ...gpu, title: 'Memory activity', description: 'Share of time the GPU memory was read or written (DCGM_FI_DEV_MEM_COPY_UTIL).', kind: 'timeseries', unit: 'percent', min: 0, max: 100, queries: [{ expr: sel('DCGM_FI_DEV_MEM_COPY_UTIL'), legend: perGpu }] }],
    },
    {
      title: 'Power and heat',
      panels: [
        GPU_POWER,
        { ...gpu, title: 'Temperature', description: 'GPU and memory temperature (DCGM_FI_DEV_GPU_TEMP, DCGM_FI_DEV_MEMORY_TEMP).', kind: 'timeseries', unit: 'celsius', queries: [{ expr: sel('DCGM_FI_DEV_GPU_TEMP'), legend: `${perGpu} GPU` }, { expr: sel('DCGM_FI_DEV_MEMORY_TEMP'), legend: `${perGpu} memory` }] },
        { ...gpu, title: 'Clocks (MHz)', description: 'SM and memory clocks in MHz (DCGM_FI_DEV_SM_CLOCK, DCGM_FI_DEV_MEM_CLOCK).', kind: 'timeseries', unit: 'short', queries: [{ expr: sel('DCGM_FI_DEV_SM_CLOCK'), legend: `${perGpu} SM` }, { expr: sel('DCGM_FI_DEV_MEM_CLOCK'), legend: `${perGpu} memory` }] },
      ],
    },
    {
      title: 'Held back',
      panels: [heldBack('Thermal throttling', 'DCGM_FI_DEV_THERMAL_VIOLATION', 'for temperature'), heldBack('Power throttling', 'DCGM_FI_DEV_POWER_VIOLATION', 'by the power limit')],
    },
    {
      title: 'Errors',
      panels: [
        counted('XID errors', 'DCGM_EXP_XID_ERRORS_TOTAL', 'XID errors the driver reported, by code (DCGM_EXP_XID_ERRORS_TOTAL, dcgm-exporter 4.8.3 and later).', `${perGpu} XID {{xid}}`, true),
        counted('Uncorrectable ECC errors', 'DCGM_FI_DEV_ECC_DBE_VOL_TOTAL', 'Double-bit memory errors since the last driver load (DCGM_FI_DEV_ECC_DBE_VOL_TOTAL).'),
        counted('PCIe replays', 'DCGM_FI_DEV_PCIE_REPLAY_COUNTER', 'PCIe packets resent (DCGM_FI_DEV_PCIE_REPLAY_COUNTER): a rising count points at the link.'),
      ],
    },
    {
      title: 'Profiling',
      panels: [
        activity('SM active', 'DCGM_FI_PROF_SM_ACTIVE', 'Share of time at least one warp ran on an SM'),
        activity('Tensor cores active', 'DCGM_FI_PROF_PIPE_TENSOR_ACTIVE', 'Share of cycles the tensor pipes were busy'),
        activity('Memory bandwidth used', 'DCGM_FI_PROF_DRAM_ACTIVE', 'Share of cycles the device memory interface was busy'),
      ],
    },
  ],
};
