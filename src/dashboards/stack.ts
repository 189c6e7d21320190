/**
 * The stack's own dashboards: Prometheus (targets, ingestion, storage, rules and what it sends on), Alertmanager
 * (alerts held, notifications and their failures) and Jaeger 2 (spans received, stored and forwarded).
 */
import { grownOver } from '../alerts/rule.js';
import { rate, sel, type DashboardSpec, type PanelSpec } from './panel.js';

const prometheus = { source: 'prometheus' } as const;
const alertmanager = { source: 'alertmanager' } as const;
const jaeger = { source: 'jaeger' } as const;

export const TARGETS_UP: PanelSpec = { ...prometheus, title: 'Targets up', description: 'Whether the last scrape of each target succeeded (up): 0 is a target down.', kind: 'timeseries', unit: 'short', min: 0, max: 1, queries: [{ expr: sel('up'), legend: '{{job}} {{instance}}' }] };

const failures = (title: string, metric: string, description: string, legend: string): PanelSpec => ({ ...prometheus, title, description, kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: `sum by (${legend}) (increase(${sel(metric)}[$__rate_interval]))`, legend: `{{${legend}}}` }] });

export const PROMETHEUS_DASHBOARD: DashboardSpec = {
  uid: 'obscompile-prometheus',
  title: 'Prometheus',
  description: 'The targets Prometheus scrapes, what it stores, and whether its rules, Alertmanagers and remote writes work.',
  source: 'prometheus',
  rows: [
    {
      title: 'Targets',
      panels: [TARGETS_UP, { ...prometheus, title: 'Scrape duration', description: 'How long the last scrape of each target took (scrape_duration_seconds).', kind: 'timeseries', unit: 's', min: 0, queries: [{ expr: sel('scrape_duration_seconds'), legend: '{{job}} {{instance}}' }] }],
    },
    {
      title: 'Storage',
      panels: [
        { ...prometheus, title: 'Samples appended', description: 'Samples written to the head block per second (prometheus_tsdb_head_samples_appended_total).', kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: `sum(${rate('prometheus_tsdb_head_samples_appended_total')})`, legend: 'samples/s' }] },
        { ...prometheus, title: 'Series in memory', description: 'Series held in the head block (prometheus_tsdb_head_series).', kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: sel('prometheus_tsdb_head_series'), legend: 'series' }] },
        { ...prometheus, title: 'Blocks on disk', description: "Bytes this run's persisted blocks take (prometheus_tsdb_storage_blocks_bytes).", kind: 'timeseries', unit: 'bytes', min: 0, queries: [{ expr: sel('prometheus_tsdb_storage_blocks_bytes'), legend: 'blocks' }] },
      ],
    },
    {
      title: 'Rules and what goes out',
      panels: [
        failures('Rule evaluation failures', 'prometheus_rule_evaluation_failures_total', 'Rule evaluations that failed, per group (prometheus_rule_evaluation_failures_total).', 'rule_group'),
        failures('Alerts not delivered', 'prometheus_notifications_errors_total', 'Failed sends to an Alertmanager (prometheus_notifications_errors_total).', 'alertmanager'),
        failures('Remote-write samples lost', 'prometheus_remote_storage_samples_failed_total', 'Samples a remote-write queue gave up on (prometheus_remote_storage_samples_failed_total).', 'remote_name'),
      ],
    },
  ],
};

export const ALERTMANAGER_DASHBOARD: DashboardSpec = {
  uid: 'obscompile-alertmanager',
  title: 'Alertmanager',
  description: 'The alerts Alertmanager holds, and the notifications it sends and fails to send.',
  source: 'alertmanager',
  rows: [
    {
      title: 'Alerts and notifications',
      panels: [
        { ...alertmanager, title: 'Alerts held', description: 'Alerts by state: active, suppressed (silenced or inhibited), unprocessed (alertmanager_alerts).', kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: `sum by (state) (${sel('alertmanager_alerts')})`, legend: '{{state}}' }] },
        { ...alertmanager, title: 'Notifications sent', description: 'Notifications attempted per second, by integration (alertmanager_notifications_total).', kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: `sum by (integration) (${rate('alertmanager_notifications_total')})`, legend: '{{integration}}' }] },
        { ...alertmanager, title: 'Notifications failed', description: 'Notifications that failed per interval, by integration (alertmanager_notifications_failed_total).', kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: `sum by (integration) (increase(${sel('alertmanager_notifications_failed_total')}[$__rate_interval]))`, legend: '{{integration}}' }] },
      ],
    },
  ],
};

/**
 * Spans per second. `born`: the series is made by its first event (an exporter's send failures: catalog `appears`,
 * src/model/catalog-data.ts bornWithEvent), which rate() cannot count, so a first burst of failures would show as
 * none: counted per interval from birth instead (grownOver), as a rate has no such form. The receivers' and the sent
 * counters are added on every batch, 0 included: their series exist from the first batch and a rate misses nothing.
 */
const spans = (title: string, metric: string, by: string, description: string, born = false): PanelSpec => ({ ...jaeger, title, description, kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: `sum by (${by}) (${born ? grownOver(sel(metric), '$__rate_interval') : rate(metric)})`, legend: `{{${by}}}` }] });

export const JAEGER_DASHBOARD: DashboardSpec = {
  uid: 'obscompile-jaeger',
  title: 'Jaeger',
  description: 'Spans Jaeger receives, refuses, stores and forwards, and its sending queue.',
  source: 'jaeger',
  rows: [
    {
      title: 'Spans',
      panels: [
        spans('Spans received', 'otelcol_receiver_accepted_spans_total', 'receiver', 'Spans accepted per second, per receiver (otelcol_receiver_accepted_spans_total).'),
        spans('Spans refused', 'otelcol_receiver_refused_spans_total', 'receiver', 'Spans refused per second, per receiver (otelcol_receiver_refused_spans_total): traces are being lost.'),
        spans('Spans handed on', 'otelcol_exporter_sent_spans_total', 'exporter', 'Spans written to the trace store or forwarded, per exporter (otelcol_exporter_sent_spans_total).'),
        spans('Spans failed to hand on', 'otelcol_exporter_send_failed_spans_total', 'exporter', 'Spans an exporter failed to store or forward per interval, counted from the first failure (otelcol_exporter_send_failed_spans_total; appears with it).', true),
        { ...jaeger, title: 'Forwarding queue', description: "Batches waiting in the forwarding exporter's queue (otelcol_exporter_queue_size), with jaeger.forwardOtlp.", kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: sel('otelcol_exporter_queue_size'), legend: '{{exporter}}' }] },
      ],
    },
  ],
};
