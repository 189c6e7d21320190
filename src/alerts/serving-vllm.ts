/**
 * LLM serving, from vLLM's series (catalog/vllm.yaml): the same alerts as SGLang's under the same names, written
 * against vLLM's own names, and preemptions where SGLang has retractions. vLLM's series carry `engine`, one per
 * data-parallel engine core (a tensor- or pipeline-parallel group is one engine core), so sums over `model_name` add
 * the data-parallel engines up and count each group once.
 */
import { kvCachePressure, latency, queueGrowing, requestEvents, serverErrors } from './serving.js';
import { modelServerDown } from './server-down.js';
import { steady, type AlertRule, type TestSeries } from './rule.js';

const serving = { pack: 'serving', source: 'modelServer', engine: 'vllm' } as const;

/** The same gauge reported by two data-parallel engine cores, at `values` each. */
const twoEngines = (metric: string, values: string): TestSeries[] => ['0', '1'].map((engine) => ({ metric, labels: { engine }, values }));

export function vllmServingRules(buckets: (metric: string) => readonly number[]): AlertRule[] {
  return [
    modelServerDown('vllm'),
    // Firing: two data-parallel engines whose queues add up past the threshold, though neither is past it alone.
    queueGrowing('vllm', 'vllm:num_requests_waiting', 'to be scheduled', (t, n) => ({ settle: 0, exact: true, fire: twoEngines('vllm:num_requests_waiting', steady(Math.floor(t.queueRequests / 2) + 1, n)), calm: [{ metric: 'vllm:num_requests_waiting', values: steady(t.queueRequests, n) }] })),
    latency('vllm', 'TimeToFirstTokenHigh', 'vllm:time_to_first_token_seconds', 'ttftSeconds', 'Time to first token', buckets('vllm:time_to_first_token_seconds')),
    latency('vllm', 'InterTokenLatencyHigh', 'vllm:inter_token_latency_seconds', 'interTokenLatencySeconds', 'Time between tokens', buckets('vllm:inter_token_latency_seconds')),
    kvCachePressure('vllm', 'vllm:kv_cache_usage_perc', 'block pool', 'preempted'),
    serverErrors('vllm'),
    {
      ...serving,
      alert: 'RequestsPreempted',
      fires: 'More than alerting.thresholds.preemptedRequests requests were preempted to free KV-cache blocks in the last 10 minutes.',
      severity: 'warning',
      threshold: 'preemptedRequests',
      expr: (t) => `sum by (model_name) (increase(vllm:num_preemptions_total[10m])) > ${t.preemptedRequests}`,
      for: '0m',
      summary: '{{ $labels.model_name }} preempts requests to free KV-cache blocks',
      description: 'vLLM preempted more requests than the configured threshold in the last 10 minutes: the KV cache is too small for the load, and preempted requests are computed again.',
      by: ['model_name'],
      test: (t, n) => requestEvents('vllm:num_preemptions_total', t.preemptedRequests, n),
    },
  ];
}
