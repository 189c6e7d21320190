/**
 * LLM serving, from SGLang's series (catalog/sglang.yaml): the server gone, its queue, time to first token and between
 * tokens over their thresholds (quantiles of the histograms, thresholds at real bucket boundaries), KV-cache
 * pressure, aborted and retracted requests, HTTP server errors. Sums over `model_name` add the data-parallel ranks up.
 */
import { TOTAL, perReplica } from './ranks.js';
import { bornCounter, flatCounter, grownOver, increaseOver, risingCounter, steady, type AlertRule, type AlertTest, type TestSeries } from './rule.js';
import type { AlertingThresholds } from './thresholds.js';
import { ENGINE_TITLE, type Engine } from '../config/engine.js';
import { STREAMED } from '../upstream/sglang.js';
import { modelServerDown } from './server-down.js';

const serving = { pack: 'serving', source: 'modelServer', engine: 'sglang' } as const;

/**
 * Test series of a histogram, cumulative `_bucket` counters rising by 10 a minute from the bucket that holds every
 * observation. The threshold is one of the boundaries (a check keeps it so, below the last): firing, every observation
 * lies in the bucket just above it, so every quantile lies between the threshold and the next boundary; calm, in the
 * bucket just below or at it, so none is above it. A threshold one boundary higher then stays silent on the firing
 * series, and one lower fires on the calm ones: the tests pin the threshold. (histogram_quantile() interpolates inside
 * a bucket from its lower boundary.) A threshold that is not a boundary: the bucket past the first boundary above it,
 * and the first bucket (or none).
 */
export function histogramSeries(metric: string, buckets: readonly number[], threshold: number, above: boolean, n: number, quantile: number, step = 10): TestSeries[] {
  const bounds = [...buckets.map(String), '+Inf'];
  const at = buckets.indexOf(threshold);
  const firstAbove = buckets.findIndex((b) => b > threshold);
  // In the bucket just above, the quantile is the threshold plus `quantile` of the bucket's width: a quantile so small
  // that this is the threshold itself in floating point (the schema takes any above 0) fires only a bucket further up.
  const pinned = at !== -1 && at + 1 < buckets.length && (!above || (buckets[at + 1]! - threshold) * quantile > Math.abs(threshold) * 1e-9);
  const holding = pinned ? (above ? at + 1 : at) : above ? (firstAbove === -1 ? bounds.length - 1 : firstAbove + 1) : buckets[0]! <= threshold ? 0 : bounds.length;
  return bounds.map((le, i) => ({ metric: `${metric}_bucket`, labels: { le }, values: i >= holding ? risingCounter(step, n) : flatCounter(n) }));
}

/**
 * The guard that keeps a quantile or a share of a handful of observations from firing: `count`, the observations of
 * the alert's window grouped by `by`, at least alerting.thresholds.minObservations. Nothing when the minimum is 0.
 */
export function enoughObservations(t: AlertingThresholds, count: string, by: string): string {
  return t.minObservations > 0 ? ` and on (${by}) ${count} >= ${t.minObservations}` : '';
}

/**
 * A counter of observations, rising by `step` a minute from the first sample: the minimum of them holds
 * before any condition of a test begins, so the condition's onset is the test's. `increase()` over 5 minutes of it is
 * five steps (Prometheus extrapolates to the window's start), over 10 minutes ten.
 */
const requestCount = (metric: string, step: number, n: number): TestSeries => ({ metric, values: `0+${step}x${n - 1}` });
/** A step of requestCount() that leaves 5 minutes half an observation short of `min` (none when `min` is 1 or less: no case to test). */
const stepShort = (min: number) => (min > 1 ? (min - 0.5) / 5 : undefined);
/** The label value of a test's quiet server: the series of a model (or container) with too few observations to judge. */
const QUIET = 'few-requests';

/**
 * The test of a count of requests over 10 minutes: a counter rising so that the window holds half a request more
 * than the threshold, or half a request less (none at 0), from minute 15 on. A threshold one higher stays silent on
 * the first, and one lower fires on the second: the tests pin it. `born`: the counter appears with its first event
 * (the catalog's `appears`), so the firing one is born at minute 15 with a burst of one request over the threshold,
 * which only grownOver() sees, then rises as above.
 */
export function requestEvents(metric: string, threshold: number, n: number, labels?: Record<string, string>, born = false): AlertTest {
  const l = labels ? { labels } : {};
  const step = (threshold + 0.5) / 10;
  const fire = born ? { settle: 15, exact: true as const, values: bornCounter(threshold + 1, step, n, 15) } : { settle: 17, values: risingCounter(step, n) };
  const { values, ...when } = fire;
  return { ...when, fire: [{ metric, ...l, values }], calm: [{ metric, ...l, values: threshold > 0 ? risingCounter((threshold - 0.5) / 10, n, 5, 3) : flatCounter(n, 3) }] };
}

/** The same series reported by both ranks of a tensor-parallel pair. */
const twoRanks = (metric: string, values: string): TestSeries[] => ['0', '1'].map((rank) => ({ metric, labels: { tp_rank: rank, moe_ep_rank: rank }, values }));

/**
 * A latency alert over a histogram's quantile of an engine, with its unit test. Its guard counts the histogram's own
 * observations (`_count`): a request each for time to first token, a gap between tokens for time between tokens, so
 * one long answer is enough to judge how its tokens come.
 */
export function latency(engine: Engine, alert: string, metric: string, threshold: 'ttftSeconds' | 'interTokenLatencySeconds', what: string, buckets: readonly number[], streamed?: { matcher: string; label: string }): AlertRule {
  const only = (name: string) => (streamed ? `${name}{${streamed.matcher}}` : name);
  const selector = only(`${metric}_bucket`);
  // With `streamed`: the firing series are streamed requests; the calm ones add requests that do not stream, slower
  // than the threshold, which the matcher leaves out.
  const labelled = (series: TestSeries[], value: string) => (streamed ? series.map((s) => ({ ...s, labels: { ...s.labels, [streamed.label]: value } })) : series);
  return {
    ...serving,
    engine,
    histogram: metric,
    alert,
    fires: `${what}${streamed ? ' of streamed requests' : ''} at alerting.thresholds.latencyQuantile is over alerting.thresholds.${threshold}, over at least alerting.thresholds.minObservations observations.`,
    severity: 'warning',
    threshold,
    expr: (t) => `histogram_quantile(${t.latencyQuantile}, sum by (le, model_name) (rate(${selector}[5m]))) > ${t[threshold]}${enoughObservations(t, `sum by (model_name) (increase(${only(`${metric}_count`)}[5m]))`, 'model_name')}`,
    for: '10m',
    summary: `${what} of {{ $labels.model_name }} is over its threshold`,
    description: (held) => `The configured quantile of ${what.toLowerCase()} over the last 5 minutes has been above the configured threshold${held}, with at least the configured number of observations in each 5 minutes.`,
    by: ['model_name'],
    // Calm also on a quiet model: the firing shape, with half an observation fewer than the minimum in the window (a
    // minimum one lower fires on it: the tests pin it).
    test: (t: AlertingThresholds, n: number) => {
      const series = (above: boolean, step: number, model?: string): TestSeries[] => {
        const named = (s: TestSeries[]) => (model ? s.map((x) => ({ ...x, labels: { ...x.labels, model_name: model } })) : s);
        return named(labelled([...histogramSeries(metric, buckets, t[threshold], above, n, t.latencyQuantile, step), requestCount(`${metric}_count`, step, n)], 'true'));
      };
      // 10 observations a minute, or more, so that 5 minutes hold the minimum.
      const step = Math.max(10, Math.ceil(t.minObservations / 5) + 1);
      const short = stepShort(t.minObservations);
      return {
        settle: 7,
        exact: true,
        fire: series(true, step),
        calm: [...series(false, step), ...(streamed ? labelled(histogramSeries(metric, buckets, t[threshold], true, n, t.latencyQuantile), 'false') : []), ...(short === undefined ? [] : series(true, short, QUIET))],
      };
    },
  };
}

/** The KV cache fuller than the threshold: `gauge` is the engine's share in use (0-1), largest over its reporters. */
export function kvCachePressure(engine: Engine, gauge: string, pool: string, consequence: string): AlertRule {
  return {
    pack: 'serving',
    source: 'modelServer',
    engine,
    alert: 'KvCachePressure',
    fires: 'The KV cache is fuller than alerting.thresholds.kvCacheUsageRatio.',
    severity: 'warning',
    threshold: 'kvCacheUsageRatio',
    expr: (t) => `max by (model_name) (${gauge}) > ${t.kvCacheUsageRatio}`,
    for: '10m',
    summary: 'The KV cache of {{ $labels.model_name }} is nearly full',
    description: (held) => `The KV-cache ${pool} has been fuller than the configured share${held}: requests get ${consequence} and queue up.`,
    by: ['model_name'],
    // Calm at the threshold itself (the same number as the rule's, so not above it): a threshold lowered by hand fires there.
    test: (t, n) => ({ settle: 0, exact: true, fire: [{ metric: gauge, values: steady((1 + t.kvCacheUsageRatio) / 2, n) }], calm: [{ metric: gauge, values: steady(t.kvCacheUsageRatio, n) }] }),
  };
}

/** More requests waiting than the threshold for 10 minutes: `queued` is the engine's queue of one model's replica. */
export function queueGrowing(engine: Engine, queued: string, where: string, test: AlertRule['test']): AlertRule {
  return {
    pack: 'serving',
    source: 'modelServer',
    engine,
    alert: 'ModelServerQueueGrowing',
    fires: 'More than alerting.thresholds.queueRequests requests wait in the model server\'s queue.',
    severity: 'warning',
    threshold: 'queueRequests',
    expr: (t) => `sum by (model_name) (${queued}) > ${t.queueRequests}`,
    for: '10m',
    summary: 'Requests queue up in front of {{ $labels.model_name }}',
    description: (held) => `More requests than the configured threshold have waited ${where}${held}: the server cannot keep up.`,
    by: ['model_name'],
    test,
  };
}

/** Requests aborted in the last 10 minutes over the threshold: `aborted` selects the engine's count of them. */
export function requestsAborted(engine: Engine, aborted: string, test: AlertRule['test'], born = false): AlertRule {
  return {
    pack: 'serving',
    source: 'modelServer',
    engine,
    alert: 'RequestsAborted',
    fires: 'More than alerting.thresholds.abortedRequests requests were aborted in the last 10 minutes.',
    severity: 'warning',
    threshold: 'abortedRequests',
    expr: (t) => `sum by (model_name) (${increaseOver(aborted, '10m', born)}) > ${t.abortedRequests}`,
    for: '0m',
    summary: 'Requests to {{ $labels.model_name }} are being aborted',
    description: 'More requests than the configured threshold were aborted in the last 10 minutes (client disconnects, timeouts, explicit aborts).',
    by: ['model_name'],
    test,
  };
}

/** An engine's counter of HTTP responses: its name, the label of the status, and how a server error shows there. */
export interface HttpResponses {
  name: string;
  status: string;
  /** A regular expression matching the status of a server error. */
  serverError: string;
  /** A server error's and a success's status, as the engine writes them (for unit tests). */
  samples: { error: string; ok: string };
  /** The label and value of Prometheus's own scrapes when the engine counts them (they would dilute the share). */
  scrapes?: { label: string; value: string };
}

export const HTTP_RESPONSES: Readonly<Record<Engine, HttpResponses>> = {
  // utils/common.py @ v0.5.18: the response's code as text ("500"), for every route the app matches, /metrics (a Mount)
  // too, so each scrape adds a 200 (add_prometheus_track_response_middleware, _get_fastapi_request_path).
  sglang: { name: 'sglang:http_responses_total', status: 'status_code', serverError: '5..', samples: { error: '500', ok: '200' }, scrapes: { label: 'endpoint', value: '/metrics' } },
  // prometheus-fastapi-instrumentator (middleware.py @ v8.0.2) groups the status: "5xx", never "500".
  vllm: { name: 'http_requests_total', status: 'status', serverError: '5xx', samples: { error: '5xx', ok: '2xx' } },
};

/**
 * A selector of `engine`'s HTTP responses with `matchers`. A name without the engine's prefix is read from the
 * engine's scrape job only: other targets may expose the same name.
 */
export function responsesSelector(engine: Engine, ...matchers: string[]): string {
  const { name, scrapes } = HTTP_RESPONSES[engine];
  const all = [name.startsWith(`${engine}:`) ? '' : `job="${engine}"`, scrapes ? `${scrapes.label}!="${scrapes.value}"` : '', ...matchers].filter(Boolean);
  return all.length ? `${name}{${all.join(', ')}}` : name;
}

/**
 * Server errors over a share of the HTTP responses in the last 10 minutes. The series carry no model name, so the
 * alert is per dev container.
 */
export function serverErrors(engine: Engine): AlertRule {
  const { name, status, serverError, samples, scrapes } = HTTP_RESPONSES[engine];
  // Each status's series appears with its first response (the catalog's `appears`): counted from its birth.
  const per = (s: string) => `sum by (container) (${grownOver(s, '10m')})`;
  const answers = (code: string, values: string): TestSeries => ({ metric: name, labels: { [status]: code }, values });
  // Firing with Prometheus's own scrapes answered a hundred times as often as the errors: they are not the server's load.
  const scraped = (n: number): TestSeries[] => (scrapes ? [{ metric: name, labels: { [status]: samples.ok, [scrapes.label]: scrapes.value }, values: risingCounter(100, n) }] : []);
  return {
    pack: 'serving',
    source: 'modelServer',
    engine,
    alert: 'ModelServerErrors',
    fires: 'More than alerting.thresholds.serverErrorRatio of the model server\'s HTTP responses in the last 10 minutes were server errors (5xx), of at least alerting.thresholds.minObservations responses.',
    severity: 'warning',
    threshold: 'serverErrorRatio',
    expr: (t) => `${per(responsesSelector(engine, `${status}=~"${serverError}"`))} / ${per(responsesSelector(engine))} > ${t.serverErrorRatio}${enoughObservations(t, per(responsesSelector(engine)), 'container')}`,
    for: '5m',
    summary: 'The model server in {{ $labels.container }} answers with server errors',
    description: `More than the configured share of ${ENGINE_TITLE[engine]}'s HTTP responses in the last 10 minutes were server errors (5xx), of at least the configured number of responses: its log under the telemetry root says why.`,
    by: ['container'],
    // Firing: errors a quarter over the threshold's share of the responses (every response one at a threshold of 0.8 or
    // more), with Prometheus's own scrapes beside them; 100 responses a minute, or more, so that the errors the window
    // holds at the condition's onset (the first minute's) reach the minimum. Calm: a fifth under it (none at 0), which a
    // count of errors alone would take for trouble; and a quiet container whose every response is an error, half a
    // response short of the minimum, all in the minute the firing errors begin. A threshold a quarter higher stays silent
    // on the first, a fifth lower fires on the second, and a minimum one lower on the third (with a `for` under 10
    // minutes, as the quiet burst then stays in the window): the tests pin them.
    test: (t, n) => {
      const share = Math.min(1, t.serverErrorRatio * 1.25);
      const volume = share > 0 ? Math.max(100, Math.ceil(t.minObservations / share) + 1) : 100;
      const errors = t.serverErrorRatio > 0 ? volume * share : Math.max(1, t.minObservations);
      const quiet = t.minObservations > 1 ? [{ metric: name, labels: { [status]: samples.error, container: QUIET }, values: bornCounter(t.minObservations - 0.5, 0, n, 6) }] : [];
      return {
        settle: 6, exact: true,
        fire: [answers(samples.error, bornCounter(errors, errors, n, 6)), answers(samples.ok, share < 1 && t.serverErrorRatio > 0 ? risingCounter(volume - errors, n) : flatCounter(n)), ...scraped(n)],
        calm: [answers(samples.error, t.serverErrorRatio > 0 ? risingCounter(volume * t.serverErrorRatio * 0.8, n) : flatCounter(n)), answers(samples.ok, risingCounter(volume - volume * t.serverErrorRatio * 0.8, n)), ...quiet],
      };
    },
  };
}

/**
 * SGLang's serving rules. The latency tests need the histograms' buckets: the catalog's (catalog/sglang.yaml), passed
 * in so the rules and the catalog never disagree.
 */
export function sglangServingRules(buckets: (metric: string) => readonly number[]): AlertRule[] {
  return [
    modelServerDown('sglang'),
    // Calm: both ranks of a tensor-parallel pair report the same queue, at the threshold (a plain sum would fire).
    // With priority scheduling each priority's share is a series of its own beside the total: calm, one at the threshold
    // too (a sum over both would fire).
    queueGrowing('sglang', perReplica(`sglang:num_queue_reqs{${TOTAL}}`), 'in the scheduler queue', (t, n) => ({
      settle: 0, exact: true,
      fire: [{ metric: 'sglang:num_queue_reqs', values: steady(t.queueRequests + 1, n) }],
      calm: [...twoRanks('sglang:num_queue_reqs', steady(t.queueRequests, n)), { metric: 'sglang:num_queue_reqs', labels: { priority: '0' }, values: steady(t.queueRequests, n) }],
    })),
    // Streamed requests only: a request that does not stream has its "first token" some 50 tokens in (STREAMED).
    latency('sglang', 'TimeToFirstTokenHigh', 'sglang:time_to_first_token_seconds', 'ttftSeconds', 'Time to first token', buckets('sglang:time_to_first_token_seconds'), { matcher: STREAMED, label: 'is_streaming' }),
    latency('sglang', 'InterTokenLatencyHigh', 'sglang:inter_token_latency_seconds', 'interTokenLatencySeconds', 'Time between tokens', buckets('sglang:inter_token_latency_seconds')),
    kvCachePressure('sglang', 'sglang:token_usage', 'token pool', 'retracted'),
    // Both counters appear with their first event (metrics_collector.py @ v0.5.18 creates them unset): counted from birth.
    requestsAborted('sglang', 'sglang:num_aborted_requests_total', (t, n) => requestEvents('sglang:num_aborted_requests_total', t.abortedRequests, n, undefined, true), true),
    serverErrors('sglang'),
    {
      ...serving,
      alert: 'RequestsRetracted',
      fires: 'More than alerting.thresholds.retractedRequests requests were retracted to free KV-cache memory in the last 10 minutes.',
      severity: 'warning',
      threshold: 'retractedRequests',
      expr: (t) => `sum by (model_name) (${perReplica(grownOver('sglang:num_retracted_requests_total', '10m'))}) > ${t.retractedRequests}`,
      for: '0m',
      summary: '{{ $labels.model_name }} retracts requests to free KV-cache memory',
      description: 'The scheduler retracted more requests than the configured threshold in the last 10 minutes: the KV cache is too small for the load.',
      by: ['model_name'],
      // Calm: every rank of a tensor-parallel pair counts the same retractions, 0.7 of the threshold each (a plain sum fires).
      test: (t, n) => ({ ...requestEvents('sglang:num_retracted_requests_total', t.retractedRequests, n, undefined, true), calm: twoRanks('sglang:num_retracted_requests_total', t.retractedRequests > 0 ? risingCounter(0.07 * t.retractedRequests, n) : flatCounter(n)) }),
    },
  ];
}
