/**
 * GPU health, from dcgm-exporter's series (catalog/dcgm_exporter.yaml): errors the hardware reports, the clocks held
 * down, memory nearly full, a GPU that disappears. The rules read counters through increase() or rate() only.
 */
import { bornCounter, flatCounter, grownOver, risingCounter, steady, type AlertRule } from './rule.js';

/** The GPUs reporting, per dev container. */
const GPUS = 'count by (container) (DCGM_FI_DEV_GPU_UTIL)';
/** The GPUs reporting now, 0 where some reported in the last hour (or day) and none does now. */
const REPORTING = `(${GPUS} or 0 * max_over_time(${GPUS}[1h:1m]))`;
const REPORTING_DAY = `(${GPUS} or 0 * max_over_time(${GPUS}[1d:5m]))`;
const gpu = { pack: 'gpu', source: 'dcgmExporter' } as const;

/** Nanoseconds per second: DCGM's violation counters count nanoseconds (etc/default-counters.csv @ 4.5.3-4.8.2, 7ad58324). */
const NS = 1e9;

/**
 * A GPU held back (`cause`) more than the threshold's share of the time, from a DCGM violation counter of nanoseconds.
 * Its test: the counter rising at twice the share (at most all of the time) or at half of it; rate() over 5m sees
 * only rising samples from minute 12.
 */
function throttling(alert: string, metric: string, cause: string, summary: string, lowered: string): AlertRule {
  const perMinute = (share: number) => share * 60 * NS;
  return {
    ...gpu,
    alert,
    fires: `A GPU spends more than alerting.thresholds.gpuThrottleRatio of its time held back ${cause}.`,
    severity: 'warning',
    threshold: 'gpuThrottleRatio',
    expr: (t) => `rate(${metric}[5m]) / ${NS} > ${t.gpuThrottleRatio}`,
    for: '10m',
    summary: `GPU {{ $labels.gpu }} of {{ $labels.container }} is ${summary}`,
    description: `GPU {{ $labels.gpu }} ({{ $labels.modelName }}) spent more than the configured share of the last 5 minutes with its clocks ${lowered}.`,
    // Firing: twice the threshold, at most all the time (a threshold of 0, any throttling: half the time).
    test: (t, n) => ({ settle: 12, fire: [{ metric, values: risingCounter(perMinute(t.gpuThrottleRatio > 0 ? Math.min(1, t.gpuThrottleRatio * 2) : 0.5), n) }], calm: [{ metric, values: risingCounter(perMinute(t.gpuThrottleRatio / 2), n) }] }),
  };
}

export const GPU_RULES: readonly AlertRule[] = [
  {
    ...gpu,
    alert: 'GpuXidErrors',
    fires: 'A GPU reported an XID error (dcgm-exporter).',
    severity: 'critical',
    // Each XID code's series appears with its first error (xid_total_collector.go @ 7ad58324): counted from its birth.
    expr: () => `(${grownOver('DCGM_EXP_XID_ERRORS_TOTAL', '15m')}) > 0`,
    for: '0m',
    summary: 'GPU {{ $labels.gpu }} of {{ $labels.container }} reported XID error {{ $labels.xid }}',
    description: 'The driver reported an XID error on GPU {{ $labels.gpu }} ({{ $labels.modelName }}, {{ $labels.UUID }}); look the code up in NVIDIA\'s XID catalogue: many need a GPU reset or a node drain.',
    // Firing: code 79's series born at minute 20 with its first error, as dcgm-exporter makes it (increase() alone
    // never sees that error). Calm: a code seen long before, counting no more.
    test: (_, n) => ({ settle: 20, exact: true, fire: [{ metric: 'DCGM_EXP_XID_ERRORS_TOTAL', labels: { xid: '79' }, values: bornCounter(1, 1, n, 20) }], calm: [{ metric: 'DCGM_EXP_XID_ERRORS_TOTAL', labels: { xid: '13' }, values: flatCounter(n, 2) }] }),
  },
  throttling('GpuThermalThrottling', 'DCGM_FI_DEV_THERMAL_VIOLATION', 'by temperature', 'held back by its temperature', 'lowered for temperature: check cooling and airflow'),
  throttling('GpuPowerThrottling', 'DCGM_FI_DEV_POWER_VIOLATION', 'by its power limit', 'held back by its power limit', 'lowered by the power limit'),
  {
    ...gpu,
    alert: 'GpuEccUncorrectableErrors',
    fires: 'A GPU had uncorrectable (double-bit) memory errors since its driver loaded.',
    severity: 'critical',
    // The volatile count lasts until the driver loads again (NVIDIA/DCGM sdk/nvidia/nvml/nvml.h @ 2fc25add,
    // nvmlEccCounterType_t: with a driver client such as nv-hostengine always there, once a boot), so the alert lasts
    // until a GPU reset or a reboot clears it, not a window after the error.
    expr: () => 'DCGM_FI_DEV_ECC_DBE_VOL_TOTAL > 0',
    for: '0m',
    summary: 'GPU {{ $labels.gpu }} of {{ $labels.container }} had uncorrectable memory errors',
    description: 'Double-bit ECC errors on GPU {{ $labels.gpu }} ({{ $labels.UUID }}) since its driver loaded: the data of a running job may be wrong. The alert lasts until the count is cleared, which the driver loading again (a GPU reset or a reboot) does.',
    // Still firing an hour and a half in, the error's window long past.
    test: (_, n) => ({ settle: 7, exact: true, lasts: 90, fire: [{ metric: 'DCGM_FI_DEV_ECC_DBE_VOL_TOTAL', values: `${steady(0, 7)} ${steady(1, n - 7)}` }], calm: [{ metric: 'DCGM_FI_DEV_ECC_DBE_VOL_TOTAL', values: steady(0, n) }] }),
  },
  {
    ...gpu,
    alert: 'GpuRowRemapFailed',
    fires: 'A GPU could not remap a failing memory row: it needs service.',
    severity: 'critical',
    expr: () => 'DCGM_FI_DEV_ROW_REMAP_FAILURE > 0',
    for: '0m',
    summary: 'GPU {{ $labels.gpu }} of {{ $labels.container }} could not remap a failing memory row',
    description: 'GPU {{ $labels.gpu }} ({{ $labels.UUID }}) reports a row-remapping failure: its memory can no longer hide a bad row; the GPU needs service.',
    test: (_, n) => ({ settle: 0, exact: true, fire: [{ metric: 'DCGM_FI_DEV_ROW_REMAP_FAILURE', values: steady(1, n) }], calm: [{ metric: 'DCGM_FI_DEV_ROW_REMAP_FAILURE', values: steady(0, n) }] }),
  },
  {
    ...gpu,
    alert: 'GpuRowsRemappedUncorrectable',
    fires: 'A GPU remapped memory rows after uncorrectable errors: reset it to use the spare rows.',
    severity: 'warning',
    expr: () => 'increase(DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS[1h]) > 0',
    for: '0m',
    summary: 'GPU {{ $labels.gpu }} of {{ $labels.container }} remapped memory rows after uncorrectable errors',
    description: 'GPU {{ $labels.gpu }} ({{ $labels.UUID }}) remapped rows after uncorrectable errors; a reset applies the remapping.',
    test: (_, n) => ({ settle: 7, exact: true, fire: [{ metric: 'DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS', values: risingCounter(1, n) }], calm: [{ metric: 'DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS', values: flatCounter(n, 1) }] }),
  },
  {
    ...gpu,
    alert: 'GpuMemoryNearlyFull',
    fires: 'A GPU\'s framebuffer is fuller than alerting.thresholds.gpuMemoryUsedRatio.',
    severity: 'warning',
    threshold: 'gpuMemoryUsedRatio',
    expr: (t) => `DCGM_FI_DEV_FB_USED / (DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE) > ${t.gpuMemoryUsedRatio}`,
    for: '15m',
    summary: 'GPU {{ $labels.gpu }} of {{ $labels.container }} has almost no free memory',
    description: (held) => `GPU {{ $labels.gpu }} ({{ $labels.modelName }}) has used more than the configured share of its memory${held}. The model server reserves its share of GPU memory at start, so the threshold sits above that share.`,
    test: (t, n) => {
      // An 80 GB GPU (the fields are MiB), used halfway between the threshold and full, or one MiB short of the
      // threshold: a threshold lowered by hand fires there.
      const total = 80000;
      const memory = (used: number) => [{ metric: 'DCGM_FI_DEV_FB_USED', values: steady(used, n) }, { metric: 'DCGM_FI_DEV_FB_FREE', values: steady(total - used, n) }];
      return { settle: 0, exact: true, fire: memory(Math.round((total * (1 + t.gpuMemoryUsedRatio)) / 2)), calm: memory(Math.max(0, Math.floor(total * t.gpuMemoryUsedRatio) - 1)) };
    },
  },
  {
    ...gpu,
    alert: 'GpuMissing',
    fires: 'A GPU that reported before no longer does.',
    severity: 'critical',
    // Once firing it stays while fewer GPUs report than did in the last day (its own ALERTS series): a GPU gone a day is
    // the new normal. With every GPU gone the count is no series at all, not 0: it is taken as 0 where there were some.
    expr: () => `${REPORTING} < max_over_time(${GPUS}[1h:1m]) or (${REPORTING_DAY} < max_over_time(${GPUS}[1d:5m]) and on (container) ALERTS{alertname="GpuMissing", alertstate="firing"})`,
    for: '5m',
    summary: 'A GPU of {{ $labels.container }} stopped reporting',
    description: 'Fewer GPUs report for {{ $labels.container }} than did in the last hour: a GPU fell off the bus, or DCGM lost it. The alert lasts until the GPU reports again, or for a day.',
    by: ['container'],
    // The window looks back an hour: the condition must hold for the `for` within it before the alert first fires.
    maxFor: '45m',
    test: (_, n) => {
      // Two GPUs; in the firing case the second stops reporting after 16 minutes (its series goes stale 5 later).
      const second = { metric: 'DCGM_FI_DEV_GPU_UTIL', labels: { gpu: '1', UUID: 'GPU-00000000-0000-0000-0000-000000000001', device: 'nvidia1' } };
      const first = { metric: 'DCGM_FI_DEV_GPU_UTIL', values: steady(50, n) };
      const gone = `${steady(50, 16)} _x${n - 16}`;
      return {
        settle: 21, exact: true, lasts: 90,
        fire: [first, { ...second, values: gone }],
        also: [{ what: 'when every GPU stops reporting', series: [{ ...first, values: gone }, { ...second, values: gone }] }],
        calm: [first, { ...second, values: steady(50, n) }],
      };
    },
  },
  {
    ...gpu,
    alert: 'DcgmExporterDown',
    fires: 'Prometheus cannot scrape dcgm-exporter: no GPU series arrive.',
    severity: 'critical',
    expr: () => 'up{job="dcgm_exporter"} == 0',
    for: '2m',
    summary: 'dcgm-exporter of {{ $labels.container }} is not answering',
    description: 'Prometheus cannot scrape dcgm-exporter: no GPU series are collected, and the GPU alerts are silenced until it is back.',
    test: (_, n) => ({ settle: 0, exact: true, fire: [{ metric: 'up', labels: { job: 'dcgm_exporter' }, values: steady(0, n) }], calm: [{ metric: 'up', labels: { job: 'dcgm_exporter' }, values: steady(1, n) }] }),
  },
];
