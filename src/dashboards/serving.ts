/**
 * SGLang's dashboard: load (requests and tokens), latency (the configured quantile of each histogram against its
 * alert threshold, and the full distribution as a heatmap), the queue and the KV cache, and what went wrong.
 * Scheduler figures are taken once per data-parallel group (src/alerts/ranks.ts); the tokenizer's are per server.
 */
import { perReplica } from '../alerts/ranks.js';
import { rate, sel, type DashboardSpec, type PanelSpec } from './panel.js';
import type { AlertingThresholds } from '../alerts/thresholds.js';
import type { Engine } from '../config/engine.js';

const serving = { source: 'modelServer', engine: 'sglang' } as const;
const perModel = '{{model_name}}';

const perSecond = (title: string, metric: string, unit: string, description: string): PanelSpec => ({ ...serving, title, description, kind: 'timeseries', unit, min: 0, queries: [{ expr: `sum by (model_name) (${rate(metric)})`, legend: perModel }] });

export const REQUEST_RATE = perSecond('Requests', 'sglang:num_requests_total', 'reqps', 'Requests finished per second (sglang:num_requests_total).');
export const GENERATION_RATE = perSecond('Generated tokens', 'sglang:generation_tokens_total', 'short', 'Output tokens per second (sglang:generation_tokens_total).');

/** The configured quantile of a latency histogram, red from its alert threshold. */
export function quantile(title: string, metric: string, threshold: keyof AlertingThresholds | undefined, what: string, engine: Engine = 'sglang'): PanelSpec {
  return {
    ...serving,
    engine,
    title,
    description: `${what} at the quantile alerting.thresholds.latencyQuantile, from ${metric}_bucket${threshold ? `; red from alerting.thresholds.${threshold}` : ''}.`,
    kind: 'timeseries',
    unit: 's',
    min: 0,
    ...(threshold ? { threshold: (t: AlertingThresholds) => t[threshold] } : {}),
    queries: (t) => [{ expr: `histogram_quantile(${t.latencyQuantile}, sum by (le, model_name) (${rate(`${metric}_bucket`)}))`, legend: perModel }],
  };
}

export const heatmap = (title: string, metric: string, what: string, engine: Engine = 'sglang'): PanelSpec => ({ ...serving, engine, title, description: `${what}: requests per bucket of ${metric} (its bucket boundaries, no re-bucketing).`, kind: 'heatmap', unit: 's', queries: [{ expr: `sum by (le) (${rate(`${metric}_bucket`)})`, legend: '{{le}}' }] });

export const TTFT = quantile('Time to first token', 'sglang:time_to_first_token_seconds', 'ttftSeconds', 'Time to first token');
export const QUEUE: PanelSpec = { ...serving, title: 'Queued requests', description: 'Requests waiting in the scheduler queue, per model; red from alerting.thresholds.queueRequests.', kind: 'timeseries', unit: 'short', min: 0, threshold: (t) => t.queueRequests, queries: [{ expr: `sum by (model_name) (${perReplica(sel('sglang:num_queue_reqs'))})`, legend: perModel }] };
export const KV_CACHE: PanelSpec = { ...serving, title: 'KV cache used', description: 'Share of the KV-cache token pool in use (sglang:token_usage); red from alerting.thresholds.kvCacheUsageRatio.', kind: 'timeseries', unit: 'percentunit', min: 0, max: 1, threshold: (t) => t.kvCacheUsageRatio, queries: [{ expr: `max by (model_name) (${sel('sglang:token_usage')})`, legend: perModel }] };

const hits = 'mode=~"device_hit|host_hit|storage_hit"';

export const SERVING_DASHBOARD: DashboardSpec = {
  uid: 'obscompile-serving',
  title: 'Model server (SGLang)',
  description: 'SGLang as it serves: load, latency against the alert thresholds, queue and KV cache, aborted and retracted requests.',
  source: 'modelServer',
  engine: 'sglang',
  rows: [
    {
      title: 'Load',
      panels: [
        REQUEST_RATE,
        GENERATION_RATE,
        perSecond('Prompt tokens', 'sglang:prompt_tokens_total', 'short', 'Prompt tokens per second (sglang:prompt_tokens_total).'),
        { ...serving, title: 'Running requests', description: 'Requests being prefilled or decoded, per model (sglang:num_running_reqs).', kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: `sum by (model_name) (${perReplica(sel('sglang:num_running_reqs'))})`, legend: perModel }] },
        QUEUE,
      ],
    },
    {
      title: 'Latency',
      panels: [
        TTFT,
        quantile('Time between tokens', 'sglang:inter_token_latency_seconds', 'interTokenLatencySeconds', 'Time between output tokens'),
        quantile('End-to-end latency', 'sglang:e2e_request_latency_seconds', undefined, 'Time from arrival to the last token'),
        heatmap('Time to first token, distribution', 'sglang:time_to_first_token_seconds', 'Time to first token'),
        heatmap('Time between tokens, distribution', 'sglang:inter_token_latency_seconds', 'Time between output tokens'),
      ],
    },
    {
      title: 'KV cache',
      panels: [
        KV_CACHE,
        { ...serving, title: 'Prefix-cache hit rate', description: 'Share of prefill tokens served from a cache tier (sglang:prefill_effective_tokens_total, hits over input).', kind: 'timeseries', unit: 'percentunit', min: 0, max: 1, queries: [{ expr: `sum by (model_name) (${perReplica(rate('sglang:prefill_effective_tokens_total', hits))}) / sum by (model_name) (${perReplica(rate('sglang:prefill_effective_tokens_total', 'mode="input"'))})`, legend: perModel }] },
      ],
    },
    {
      title: 'Failures',
      panels: [
        { ...serving, title: 'Aborted requests', description: 'Requests aborted per interval (sglang:num_aborted_requests_total; appears after the first abort).', kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: `sum by (model_name) (increase(${sel('sglang:num_aborted_requests_total')}[$__rate_interval]))`, legend: perModel }] },
        { ...serving, title: 'Retracted requests', description: 'Requests retracted to free KV-cache memory per interval (sglang:num_retracted_requests_total; appears after the first retraction).', kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: `sum by (model_name) (${perReplica(`increase(${sel('sglang:num_retracted_requests_total')}[$__rate_interval])`)})`, legend: perModel }] },
      ],
    },
  ],
};
