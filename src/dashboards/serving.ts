/**
 * SGLang's dashboard: load (requests and tokens), latency (the configured quantile of each histogram against its
 * alert threshold, and the full distribution as a heatmap), the queue and the KV cache, and what went wrong.
 * Scheduler figures are taken once per data-parallel group (src/alerts/ranks.ts); the tokenizer's are per server.
 */
import { TOTAL, perReplica } from '../alerts/ranks.js';
import { HTTP_RESPONSES, responsesSelector } from '../alerts/serving.js';
import { grownOver, increaseOver } from '../alerts/rule.js';
import { STREAMED } from '../upstream/sglang.js';
import { SCOPE, rate, sel, type DashboardSpec, type PanelSpec } from './panel.js';
import type { AlertingThresholds } from '../alerts/thresholds.js';
import type { Engine } from '../config/engine.js';

const perModel = '{{model_name}}';

/**
 * The panels both engines' dashboards have, each reading `engine`'s names: a per-model time series, rates, counts
 * per interval, the configured quantile of a latency histogram (red from its alert threshold) and its heatmap, the
 * queue and the KV cache against their alert thresholds.
 */
export function servingPanels(engine: Engine) {
  const base = { source: 'modelServer', engine } as const;
  const timeseries = (title: string, description: string, unit: string, expr: string, extra: Partial<PanelSpec> = {}): PanelSpec => ({ ...base, title, description, kind: 'timeseries', unit, min: 0, ...extra, queries: [{ expr, legend: perModel }] });
  return {
    timeseries,
    perSecond: (title: string, metric: string, unit: string, description: string) => timeseries(title, description, unit, `sum by (model_name) (${rate(metric)})`),
    /** Events per Grafana interval of a counter (`counted`: its increase over `$__rate_interval`, summed by model). */
    perInterval: (title: string, description: string, counted: string) => timeseries(title, description, 'short', counted),
    /** `matchers`: which of the histogram's series it reads (SGLang's time to first token: streamed requests only). */
    quantile: (title: string, metric: string, threshold: keyof AlertingThresholds | undefined, what: string, matchers = ''): PanelSpec => ({
      ...base,
      title,
      description: `${what} at the quantile alerting.thresholds.latencyQuantile, from ${metric}_bucket${threshold ? `; red from alerting.thresholds.${threshold}` : ''}.`,
      kind: 'timeseries',
      unit: 's',
      min: 0,
      ...(threshold ? { threshold: (t: AlertingThresholds) => t[threshold] } : {}),
      queries: (t) => [{ expr: `histogram_quantile(${t.latencyQuantile}, sum by (le, model_name) (${rate(`${metric}_bucket`, matchers)}))`, legend: perModel }],
    }),
    heatmap: (title: string, metric: string, what: string, matchers = ''): PanelSpec => ({ ...base, title, description: `${what}: requests per bucket of ${metric} (its bucket boundaries, no re-bucketing).`, kind: 'heatmap', unit: 's', queries: [{ expr: `sum by (le) (${rate(`${metric}_bucket`, matchers)})`, legend: '{{le}}' }] }),
    /** `queued`: the engine's queue of one replica of a model, summed by model. */
    queue: (queued: string, description: string) => timeseries('Queued requests', description, 'short', `sum by (model_name) (${queued})`, { threshold: (t) => t.queueRequests }),
    /** The share of the engine's HTTP responses that were server errors, per dev container (as ModelServerErrors reads them). */
    serverErrors: (): PanelSpec => {
      const { name, status, serverError } = HTTP_RESPONSES[engine];
      // Each status's series is born with its first response (catalog `appears`): counted from birth, or a first
      // burst of errors would show as none.
      const per = (...matchers: string[]) => `sum by (container) (${grownOver(responsesSelector(engine, ...matchers, SCOPE), '$__rate_interval')})`;
      // Before the first server error there is no 5xx series: 0 then, not "No data".
      const description = `Share of the HTTP responses that were server errors (${name} with ${status} 5xx; each status's series appears with its first response, counted from then; 0 before the first); red from alerting.thresholds.serverErrorRatio.`;
      return { ...base, title: 'Server errors', description, kind: 'timeseries', unit: 'percentunit', min: 0, max: 1, threshold: (t) => t.serverErrorRatio, queries: [{ expr: `(${per(`${status}=~"${serverError}"`)} or 0 * ${per()}) / ${per()}`, legend: '{{container}}' }] };
    },
    /** `gauge`: the engine's share of the KV cache in use (0-1), the largest of its reporters. */
    kvCache: (gauge: string, description: string) => timeseries('KV cache used', description, 'percentunit', `max by (model_name) (${sel(gauge)})`, { max: 1, threshold: (t) => t.kvCacheUsageRatio }),
  };
}

/** Events of a counter per Grafana interval, summed by model; `born`: its series appear with their first event (increaseOver). */
export const increasePerModel = (metric: string, matchers = '', born = false) => `sum by (model_name) (${increaseOver(sel(metric, matchers), '$__rate_interval', born)})`;

const { timeseries, perSecond, perInterval, quantile, heatmap, queue, kvCache, serverErrors } = servingPanels('sglang');

export const REQUEST_RATE = perSecond('Requests', 'sglang:num_requests_total', 'reqps', 'Requests finished per second (sglang:num_requests_total).');
export const GENERATION_RATE = perSecond('Generated tokens', 'sglang:generation_tokens_total', 'short', 'Output tokens per second (sglang:generation_tokens_total).');
/** Streamed requests only, as TimeToFirstTokenHigh reads them (STREAMED). */
export const TTFT = quantile('Time to first token', 'sglang:time_to_first_token_seconds', 'ttftSeconds', 'Time to first token of streamed requests', STREAMED);
export const QUEUE = queue(perReplica(sel('sglang:num_queue_reqs', TOTAL)), 'Requests waiting in the scheduler queue, per model; red from alerting.thresholds.queueRequests.');
export const KV_CACHE = kvCache('sglang:token_usage', 'Share of the KV-cache token pool in use (sglang:token_usage); red from alerting.thresholds.kvCacheUsageRatio.');

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
        timeseries('Running requests', 'Requests being prefilled or decoded, per model (sglang:num_running_reqs).', 'short', `sum by (model_name) (${perReplica(sel('sglang:num_running_reqs', TOTAL))})`),
        QUEUE,
      ],
    },
    {
      title: 'Latency',
      panels: [
        TTFT,
        quantile('Time between tokens', 'sglang:inter_token_latency_seconds', 'interTokenLatencySeconds', 'Time between output tokens'),
        quantile('End-to-end latency', 'sglang:e2e_request_latency_seconds', undefined, 'Time from arrival to the last token'),
        heatmap('Time to first token, distribution', 'sglang:time_to_first_token_seconds', 'Time to first token of streamed requests', STREAMED),
        heatmap('Time between tokens, distribution', 'sglang:inter_token_latency_seconds', 'Time between output tokens'),
      ],
    },
    {
      title: 'KV cache',
      panels: [
        KV_CACHE,
        timeseries('Prefix-cache hit rate', 'Share of prefill tokens served from a cache tier (sglang:prefill_effective_tokens_total: the hit modes over all modes, input being the tokens computed).', 'percentunit', `sum by (model_name) (${perReplica(rate('sglang:prefill_effective_tokens_total', hits))}) / sum by (model_name) (${perReplica(rate('sglang:prefill_effective_tokens_total'))})`, { max: 1 }),
      ],
    },
    {
      title: 'Failures',
      panels: [
        perInterval('Aborted requests', 'Requests aborted per interval (sglang:num_aborted_requests_total; appears after the first abort).', increasePerModel('sglang:num_aborted_requests_total', '', true)),
        perInterval('Retracted requests', 'Requests retracted to free KV-cache memory per interval (sglang:num_retracted_requests_total; appears after the first retraction).', `sum by (model_name) (${perReplica(grownOver(sel('sglang:num_retracted_requests_total'), '$__rate_interval'))})`),
        serverErrors(),
      ],
    },
  ],
};
