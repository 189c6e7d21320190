/**
 * The stack itself: targets down, Prometheus failing to evaluate rules, write its TSDB or reach Alertmanager and remote
 * storage, Jaeger refusing or failing to pass spans on, containers killed for memory or restarting, a disk of the dev
 * container nearly full, and the Watchdog that always fires (a dead man's switch for the whole alerting path).
 */
import { bornCounter, flatCounter, grownOver, risingCounter, steady, type AlertRule, type AlertScope, type TestSeries } from './rule.js';
import { cadvisorLabelName } from '../upstream/cadvisor.js';

const prometheus = { pack: 'stack', source: 'prometheus' } as const;

/** A failure counter of Prometheus that must not move: one rule each. */
function prometheusFailure(alert: string, metric: string, what: string, fires: string, window = '1h'): AlertRule {
  return {
    ...prometheus,
    alert,
    fires,
    severity: 'warning',
    expr: () => `increase(${metric}[${window}]) > 0`,
    for: '0m',
    summary: `Prometheus ${what}`,
    description: `${metric} rose in the last ${window}; Prometheus's own log says why.`,
    test: (_, n) => ({ settle: 7, exact: true, fire: [{ metric, values: risingCounter(1, n) }], calm: [{ metric, values: flatCounter(n, 2) }] }),
  };
}

/** The alert that always fires: the heartbeat of a dead man's switch (alertmanager.watchdog). */
export const WATCHDOG = 'Watchdog';

/**
 * cAdvisor sees every container on the Docker host. A container alert keeps to those of the dev container's Compose
 * project: the project label of the containers that carry the dev container's own `obscompile.project` label (set
 * in the compose file, so whatever name Compose or the devcontainer CLI gives the project, `-p` included).
 */
const COMPOSE_PROJECT = cadvisorLabelName('com.docker.compose.project');
const ofProject = (scope: AlertScope) => `and on (${COMPOSE_PROJECT}) container_start_time_seconds{${cadvisorLabelName('obscompile.project')}="${scope.project}"}`;
/** In a unit test: the dev container, started once, with the catalog's sample labels (its project's among them). */
const devContainer = (n: number): TestSeries => ({ metric: 'container_start_time_seconds', values: steady(1700000000, n) });
/** In a unit test: another container of the dev container's Compose project (cAdvisor), without the dev container's own labels. */
const SIBLING = { container: 'cadvisor', name: 'cadvisor', id: '/docker/fedcba987654', [cadvisorLabelName('obscompile.project')]: '' };
/** In a unit test: a container of another Compose project on the Docker host, without the dev container's labels. */
const OTHER_PROJECT = { container: 'other-app', name: 'other-app', [COMPOSE_PROJECT]: 'other-project', [cadvisorLabelName('obscompile.project')]: '' };

export const STACK_RULES: readonly AlertRule[] = [
  {
    ...prometheus,
    alert: WATCHDOG,
    fires: 'Always fires while the stack pack is on: route it to a dead man\'s switch, so silence means the alerting path is broken.',
    severity: 'none',
    expr: () => 'vector(1)',
    for: '0m',
    summary: 'The alerting path works',
    description: 'This alert always fires. Route it to a dead man\'s switch: when it stops arriving, Prometheus, its rules or Alertmanager are broken.',
    by: [],
    test: () => ({ settle: 1, fire: [] }),
  },
  {
    ...prometheus,
    alert: 'TargetDown',
    fires: 'A scrape target other than the model server and dcgm-exporter (they have alerts of their own) does not answer.',
    severity: 'warning',
    // The model server is started by hand on a dev box and dcgm-exporter is critical: ModelServerDown and
    // DcgmExporterDown cover them (a test checks these are job names of the generated prometheus.yml).
    expr: (_, engine) => `up{job!~"${engine}|dcgm_exporter"} == 0`,
    for: '5m',
    summary: 'Prometheus cannot scrape {{ $labels.job }} at {{ $labels.instance }}',
    description: 'The {{ $labels.job }} target does not answer scrapes: its daemon is not running or not reachable, and its series have stopped.',
    test: (_, n) => ({ settle: 0, exact: true, fire: [{ metric: 'up', labels: { job: 'node_exporter', instance: 'localhost:9100' }, values: steady(0, n) }], calm: [{ metric: 'up', labels: { job: 'node_exporter', instance: 'localhost:9100' }, values: steady(1, n) }] }),
  },
  prometheusFailure('PrometheusRuleEvaluationFailures', 'prometheus_rule_evaluation_failures_total', 'fails to evaluate rules of {{ $labels.rule_group }}', 'Prometheus failed to evaluate a rule in the last 10 minutes.', '10m'),
  prometheusFailure('PrometheusWalCorruptions', 'prometheus_tsdb_wal_corruptions_total', 'found a corrupt write-ahead log', 'Prometheus found a corrupted write-ahead log segment in the last hour.'),
  prometheusFailure('PrometheusTsdbCompactionsFailing', 'prometheus_tsdb_compactions_failed_total', 'fails to compact its TSDB', 'Prometheus\'s TSDB compactions fail.'),
  prometheusFailure('PrometheusTsdbReloadsFailing', 'prometheus_tsdb_reloads_failures_total', 'fails to reload its TSDB blocks', 'Prometheus fails to reload TSDB blocks from disk.'),
  prometheusFailure('PrometheusWalWritesFailing', 'prometheus_tsdb_wal_writes_failed_total', 'fails to write its write-ahead log (a full or read-only disk?)', 'Prometheus fails to write to its write-ahead log (disk full or broken): samples are being lost.'),
  {
    ...prometheus,
    alert: 'PrometheusConfigReloadFailed',
    fires: 'Prometheus runs an older configuration because the last reload failed.',
    severity: 'warning',
    expr: () => 'prometheus_config_last_reload_successful == 0',
    for: '5m',
    summary: 'Prometheus runs an older configuration: the last reload failed',
    description: 'Prometheus rejected its configuration on the last reload and keeps the previous one; check prometheus.yml.',
    test: (_, n) => ({ settle: 0, exact: true, fire: [{ metric: 'prometheus_config_last_reload_successful', values: steady(0, n) }], calm: [{ metric: 'prometheus_config_last_reload_successful', values: steady(1, n) }] }),
  },
  prometheusFailure('PrometheusNotificationsFailing', 'prometheus_notifications_errors_total', 'cannot deliver alerts to {{ $labels.alertmanager }}', 'Prometheus fails to send alerts to Alertmanager (only with an Alertmanager).', '10m'),
  prometheusFailure('PrometheusRemoteWriteFailing', 'prometheus_remote_storage_samples_failed_total', 'fails to send samples to {{ $labels.remote_name }}', 'Prometheus fails to send samples to a remote-write endpoint (only with remote write).', '10m'),
  {
    pack: 'stack',
    source: 'alertmanager',
    alert: 'AlertmanagerNotificationsFailing',
    fires: 'Alertmanager fails to deliver notifications through an integration (a receiver unreachable or refusing).',
    severity: 'warning',
    expr: () => 'sum by (integration) (increase(alertmanager_notifications_failed_total[10m])) > 0',
    for: '0m',
    summary: 'Alertmanager fails to deliver notifications by {{ $labels.integration }}',
    description: 'Notifications through {{ $labels.integration }} failed in the last 10 minutes: the receiver is unreachable, refuses them or its credentials are wrong. Alertmanager\'s log says which.',
    by: ['integration'],
    test: (_, n) => ({ settle: 7, exact: true, fire: [{ metric: 'alertmanager_notifications_failed_total', labels: { integration: 'webhook' }, values: risingCounter(1, n) }], calm: [{ metric: 'alertmanager_notifications_failed_total', labels: { integration: 'webhook' }, values: flatCounter(n) }] }),
  },
  {
    pack: 'stack',
    source: 'jaeger',
    alert: 'JaegerRefusingSpans',
    fires: 'Jaeger\'s receivers refuse spans (Jaeger 2).',
    severity: 'warning',
    expr: () => `sum by (receiver) (${grownOver('otelcol_receiver_refused_spans_total', '10m')}) > 0`,
    for: '0m',
    summary: 'Jaeger refuses spans sent to its {{ $labels.receiver }} receiver',
    description: 'Jaeger\'s OTLP receiver refused spans in the last 10 minutes: traces of the model server are being lost.',
    by: ['receiver'],
    test: (_, n) => ({ settle: 20, exact: true, fire: [{ metric: 'otelcol_receiver_refused_spans_total', values: bornCounter(5, 5, n, 20) }], calm: [{ metric: 'otelcol_receiver_refused_spans_total', values: flatCounter(n, 5) }] }),
  },
  {
    pack: 'stack',
    source: 'jaeger',
    alert: 'JaegerExportFailing',
    fires: 'Jaeger fails to forward spans through its OTLP exporter (Jaeger 2, forwardOtlp).',
    severity: 'warning',
    expr: () => `sum by (exporter) (${grownOver('otelcol_exporter_send_failed_spans_total', '10m')}) > 0`,
    for: '0m',
    summary: 'Jaeger fails to pass spans on through {{ $labels.exporter }}',
    description: 'Jaeger could not write spans to its store, or forward them to the central endpoint, in the last 10 minutes.',
    by: ['exporter'],
    test: (_, n) => ({ settle: 20, exact: true, fire: [{ metric: 'otelcol_exporter_send_failed_spans_total', values: bornCounter(5, 5, n, 20) }], calm: [{ metric: 'otelcol_exporter_send_failed_spans_total', values: flatCounter(n, 5) }] }),
  },
  {
    pack: 'stack',
    source: 'cadvisor',
    alert: 'ContainerOomKilled',
    fires: 'The kernel killed a process of a container of this Compose project for lack of memory (cAdvisor).',
    severity: 'warning',
    expr: (_, __, scope) => `increase(container_oom_events_total{container!=""}[15m]) > 0 ${ofProject(scope)}`,
    for: '0m',
    summary: 'A process of {{ $labels.container }} was killed for lack of memory',
    description: 'The kernel\'s out-of-memory killer ended a process in {{ $labels.container }} in the last 15 minutes, at the container\'s own memory limit.',
    // Calm also when a container of another project on the Docker host is killed.
    test: (_, n) => ({ settle: 7, exact: true, fire: [{ metric: 'container_oom_events_total', values: risingCounter(1, n) }, devContainer(n)], calm: [{ metric: 'container_oom_events_total', values: flatCounter(n) }, devContainer(n), { metric: 'container_oom_events_total', labels: OTHER_PROJECT, values: risingCounter(1, n) }] }),
  },
  {
    // cAdvisor counts a kill for a container only when the kernel names its memory cgroup (utils/oomparser @ v0.60.5),
    // that is at the container's own limit; the generated containers have none, so their kills are the host's
    // (global) and cAdvisor files them under the root cgroup. The kernel counts every kill in /proc/vmstat, which
    // node_exporter serves by default (collector/vmstat_linux.go @ v1.12.1, fields ^(oom_kill|pgpg|pswp|pg.*fault)).
    pack: 'stack',
    source: 'nodeExporter',
    alert: 'HostOomKill',
    fires: 'The kernel killed a process on the host for lack of memory (node_exporter, /proc/vmstat).',
    severity: 'warning',
    expr: () => 'increase(node_vmstat_oom_kill[15m]) > 0',
    for: '0m',
    summary: 'The kernel killed a process on the host for lack of memory',
    description: 'The kernel\'s out-of-memory killer ended a process on the host in the last 15 minutes: with no memory limit on the dev container, its own processes are killed this way (the model server first, as the largest), and ContainerOomKilled does not see it.',
    test: (_, n) => ({ settle: 7, exact: true, fire: [{ metric: 'node_vmstat_oom_kill', values: risingCounter(1, n) }], calm: [{ metric: 'node_vmstat_oom_kill', values: flatCounter(n, 3) }] }),
  },
  {
    pack: 'stack',
    source: 'cadvisor',
    alert: 'ContainerRestarted',
    fires: 'A container of this Compose project other than the dev container started again (cAdvisor); the dev container\'s own Prometheus starts afresh with it.',
    severity: 'warning',
    expr: (_, __, scope) => `changes(container_start_time_seconds{container!=""}[15m]) > 0 ${ofProject(scope)}`,
    for: '0m',
    summary: '{{ $labels.container }} restarted',
    description: 'The start time of {{ $labels.container }} changed in the last 15 minutes: it exited and was started again.',
    // Prometheus runs in the dev container, each run with a database of its own (init-run.sh): it never sees the dev
    // container's start time change, only those of the project's other containers (cAdvisor, Grafana). Firing: cAdvisor
    // restarting every minute from minute 6; calm while it started once, and while a container of another project on
    // the Docker host keeps restarting.
    test: (_, n) => ({ settle: 7, exact: true, fire: [{ metric: 'container_start_time_seconds', labels: SIBLING, values: risingCounter(60, n, 5, 1700000000) }, devContainer(n)], calm: [devContainer(n), { metric: 'container_start_time_seconds', labels: SIBLING, values: steady(1700000000, n) }, { metric: 'container_start_time_seconds', labels: OTHER_PROJECT, values: risingCounter(60, n, 5, 1700000000) }] }),
  },
  storageNearlyFull(),
];

/**
 * A file system of the dev container nearly full: node_exporter runs inside it and sees its mounts, the host disks
 * behind the storage root (Prometheus's and Jaeger's data), the workspace and the model cache (catalog/node_exporter.yaml);
 * bind mounts of one disk are one device, so the alert is per device. Prometheus stops writing samples on a full disk.
 */
function storageNearlyFull(): AlertRule {
  const size = 1e12;
  const disk = { device: '/dev/nvme0n1p1', mountpoint: '/telemetry', fstype: 'ext4', device_error: '' };
  const space = (free: number, n: number) => [
    { metric: 'node_filesystem_avail_bytes', labels: disk, values: steady(free, n) },
    { metric: 'node_filesystem_size_bytes', labels: disk, values: steady(size, n) },
  ];
  return {
    pack: 'stack',
    source: 'nodeExporter',
    alert: 'StorageNearlyFull',
    fires: 'A file system of the dev container (the storage root, the workspace, the model cache) has less than alerting.thresholds.storageFreeRatio free.',
    severity: 'warning',
    threshold: 'storageFreeRatio',
    expr: (t) => `min by (device) (node_filesystem_avail_bytes / node_filesystem_size_bytes) < ${t.storageFreeRatio}`,
    for: '10m',
    summary: 'The disk {{ $labels.device }} of the dev container is nearly full',
    description: (held) => `A file system mounted in the dev container has had less than the configured share free${held}. It holds the run data, the workspace or the model cache: Prometheus and Jaeger stop writing when it is full.`,
    by: ['device'],
    // Firing: half the threshold's share free. Calm: one byte more than the threshold's share free, so a threshold
    // raised by hand fires there.
    test: (t, n) => ({ settle: 0, exact: true, fire: space((size * t.storageFreeRatio) / 2, n), calm: space(Math.min(size, Math.ceil(size * t.storageFreeRatio) + 1), n) }),
  };
}
