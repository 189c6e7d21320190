/**
 * vLLM's dashboard: the same questions as SGLang's (load, latency against the alert thresholds, queue and KV cache,
 * what went wrong), answered from vLLM's names (catalog/vllm.yaml). vLLM reports once per engine core (`engine`, a
 * data-parallel rank), so sums over `model_name` count each tensor-parallel group once.
 */
import { increasePerModel, servingPanels } from './serving.js';
import { rate, sel, type DashboardSpec } from './panel.js';

const { timeseries, perSecond, perInterval, quantile, heatmap, queue, kvCache, serverErrors } = servingPanels('vllm');

export const VLLM_REQUEST_RATE = perSecond('Requests', 'vllm:request_success_total', 'reqps', 'Requests finished per second, for any reason (vllm:request_success_total).');
export const VLLM_GENERATION_RATE = perSecond('Generated tokens', 'vllm:generation_tokens_total', 'short', 'Output tokens per second (vllm:generation_tokens_total).');
export const VLLM_TTFT = quantile('Time to first token', 'vllm:time_to_first_token_seconds', 'ttftSeconds', 'Time to first token');
export const VLLM_QUEUE = queue(sel('vllm:num_requests_waiting'), 'Requests waiting to be scheduled, per model (vllm:num_requests_waiting); red from alerting.thresholds.queueRequests.');
export const VLLM_KV_CACHE = kvCache('vllm:kv_cache_usage_perc', 'Share of the KV-cache blocks in use (vllm:kv_cache_usage_perc); red from alerting.thresholds.kvCacheUsageRatio.');

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
        timeseries('Running requests', 'Requests in the running batch, per model (vllm:num_requests_running).', 'short', `sum by (model_name) (${sel('vllm:num_requests_running')})`),
        VLLM_QUEUE,
      ],
    },
    {
      title: 'Latency',
      panels: [
        VLLM_TTFT,
        quantile('Time between tokens', 'vllm:inter_token_latency_seconds', 'interTokenLatencySeconds', 'Time between output tokens'),
        quantile('End-to-end latency', 'vllm:e2e_request_latency_seconds', undefined, 'Time from arrival to the last token'),
        quantile('Queue time', 'vllm:request_queue_time_seconds', undefined, 'Time waited before first scheduled'),
        heatmap('Time to first token, distribution', 'vllm:time_to_first_token_seconds', 'Time to first token'),
        heatmap('Time between tokens, distribution', 'vllm:inter_token_latency_seconds', 'Time between output tokens'),
      ],
    },
    {
      title: 'KV cache',
      panels: [
        VLLM_KV_CACHE,
        timeseries('Prefix-cache hit rate', 'Share of prompt tokens found in the prefix cache (vllm:prefix_cache_hits_total over vllm:prefix_cache_queries_total).', 'percentunit', `sum by (model_name) (${rate('vllm:prefix_cache_hits_total')}) / sum by (model_name) (${rate('vllm:prefix_cache_queries_total')})`, { max: 1 }),
      ],
    },
    {
      title: 'Failures',
      panels: [
        perInterval('Preempted requests', 'Requests preempted to free KV-cache blocks per interval (vllm:num_preemptions_total).', increasePerModel('vllm:num_preemptions_total')),
        serverErrors(),
      ],
    },
  ],
};
