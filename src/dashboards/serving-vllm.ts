/**
 * vLLM's dashboard: the same questions as SGLang's (load, latency against the alert thresholds, queue and KV cache,
 * what went wrong), answered from vLLM's names (catalog/vllm.yaml). vLLM reports once per engine core (`engine`, a
 * data-parallel rank), so sums over `model_name` count each tensor-parallel group once.
 */
import { heatmap, quantile } from './serving.js';
import { rate, sel, type DashboardSpec, type PanelSpec } from './panel.js';

const serving = { source: 'modelServer', engine: 'vllm' } as const;
const perModel = '{{model_name}}';

const perSecond = (title: string, metric: string, unit: string, description: string, matchers = ''): PanelSpec => ({ ...serving, title, description, kind: 'timeseries', unit, min: 0, queries: [{ expr: `sum by (model_name) (${rate(metric, matchers)})`, legend: perModel }] });

export const VLLM_REQUEST_RATE = perSecond('Requests', 'vllm:request_success_total', 'reqps', 'Requests finished per second, for any reason (vllm:request_success_total).');
export const VLLM_GENERATION_RATE = perSecond('Generated tokens', 'vllm:generation_tokens_total', 'short', 'Output tokens per second (vllm:generation_tokens_total).');
export const VLLM_TTFT = quantile('Time to first token', 'vllm:time_to_first_token_seconds', 'ttftSeconds', 'Time to first token', 'vllm');
export const VLLM_QUEUE: PanelSpec = { ...serving, title: 'Queued requests', description: 'Requests waiting to be scheduled, per model (vllm:num_requests_waiting); red from alerting.thresholds.queueRequests.', kind: 'timeseries', unit: 'short', min: 0, threshold: (t) => t.queueRequests, queries: [{ expr: `sum by (model_name) (${sel('vllm:num_requests_waiting')})`, legend: perModel }] };
export const VLLM_KV_CACHE: PanelSpec = { ...serving, title: 'KV cache used', description: 'Share of the KV-cache blocks in use (vllm:kv_cache_usage_perc); red from alerting.thresholds.kvCacheUsageRatio.', kind: 'timeseries', unit: 'percentunit', min: 0, max: 1, threshold: (t) => t.kvCacheUsageRatio, queries: [{ expr: `max by (model_name) (${sel('vllm:kv_cache_usage_perc')})`, legend: perModel }] };

const increase = (metric: string, matchers = '') => `sum by (model_name) (increase(${sel(metric, matchers)}[$__rate_interval]))`;

export const VLLM_SERVING_DASHBOARD: DashboardSpec = {
  uid: 'obscompile-vllm',
  title: 'Model server (vLLM)',
  description: 'vLLM as it serves: load, latency against the alert thresholds, queue and KV cache, aborted and preempted requests.',
  source: 'modelServer',
  engine: 'vllm',
  rows: [
    {
      title: 'Load',
      panels: [
        VLLM_REQUEST_RATE,
        VLLM_GENERATION_RATE,
        perSecond('Prompt tokens', 'vllm:prompt_tokens_total', 'short', 'Prompt tokens per second (vllm:prompt_tokens_total).'),
        { ...serving, title: 'Running requests', description: 'Requests in the running batch, per model (vllm:num_requests_running).', kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: `sum by (model_name) (${sel('vllm:num_requests_running')})`, legend: perModel }] },
        VLLM_QUEUE,
      ],
    },
    {
      title: 'Latency',
      panels: [
        VLLM_TTFT,
        quantile('Time between tokens', 'vllm:inter_token_latency_seconds', 'interTokenLatencySeconds', 'Time between output tokens', 'vllm'),
        quantile('End-to-end latency', 'vllm:e2e_request_latency_seconds', undefined, 'Time from arrival to the last token', 'vllm'),
        quantile('Queue time', 'vllm:request_queue_time_seconds', undefined, 'Time waited before first scheduled', 'vllm'),
        heatmap('Time to first token, distribution', 'vllm:time_to_first_token_seconds', 'Time to first token', 'vllm'),
        heatmap('Time between tokens, distribution', 'vllm:inter_token_latency_seconds', 'Time between output tokens', 'vllm'),
      ],
    },
    {
      title: 'KV cache',
      panels: [
        VLLM_KV_CACHE,
        { ...serving, title: 'Prefix-cache hit rate', description: 'Share of prompt tokens found in the prefix cache (vllm:prefix_cache_hits_total over vllm:prefix_cache_queries_total).', kind: 'timeseries', unit: 'percentunit', min: 0, max: 1, queries: [{ expr: `sum by (model_name) (${rate('vllm:prefix_cache_hits_total')}) / sum by (model_name) (${rate('vllm:prefix_cache_queries_total')})`, legend: perModel }] },
      ],
    },
    {
      title: 'Failures',
      panels: [
        { ...serving, title: 'Aborted requests', description: 'Requests aborted per interval (vllm:request_success_total with finished_reason="abort").', kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: increase('vllm:request_success_total', 'finished_reason="abort"'), legend: perModel }] },
        { ...serving, title: 'Preempted requests', description: 'Requests preempted to free KV-cache blocks per interval (vllm:num_preemptions_total); red from alerting.thresholds.preemptedRequests over 10 minutes.', kind: 'timeseries', unit: 'short', min: 0, queries: [{ expr: increase('vllm:num_preemptions_total'), legend: perModel }] },
      ],
    },
  ],
};
