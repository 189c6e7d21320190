import { type AlertRule, type AlertTest, type TestSeries } from './rule.js';
import type { AlertingThresholds } from './thresholds.js';
import { type Engine } from '../config/engine.js';
/**
 * Test series of a histogram, cumulative `_bucket` counters rising by 10 a minute from the bucket that holds every
 * observation. The threshold is one of the boundaries (a check keeps it so, below the last): firing, every observation
 * lies in the bucket just above it, so every quantile lies between the threshold and the next boundary; calm, in the
 * bucket just below or at it, so none is above it. A threshold one boundary higher then stays silent on the firing
 * series, and one lower fires on the calm ones: the tests pin the threshold. (histogram_quantile() interpolates inside
 * a bucket from its lower boundary.) A threshold that is not a boundary: the bucket past the first boundary above it,
 * and the first bucket (or none).
 */
export declare function histogramSeries(metric: string, buckets: readonly number[], threshold: number, above: boolean, n: number, quantile: number, step?: number): TestSeries[];
/**
 * The guard that keeps a quantile or a share of a handful of observations from firing: `count`, the observations of
 * the alert's window grouped by `by`, at least alerting.thresholds.minObservations. Nothing when the minimum is 0.
 */
export declare function enoughObservations(t: AlertingThresholds, count: string, by: string): string;
/**
 * The test of a count of requests over 10 minutes: a counter rising so that the window holds half a request more
 * than the threshold, or half a request less (none at 0), from minute 15 on. A threshold one higher stays silent on
 * the first, and one lower fires on the second: the tests pin it. `born`: the counter appears with its first event
 * (the catalog's `appears`), so the firing one is born at minute 15 with a burst of one request over the threshold,
 * which only grownOver() sees, then rises as above.
 */
export declare function requestEvents(metric: string, threshold: number, n: number, labels?: Record<string, string>, born?: boolean): AlertTest;
/**
 * A latency alert over a histogram's quantile of an engine, with its unit test. Its guard counts the histogram's own
 * observations (`_count`): a request each for time to first token, a gap between tokens for time between tokens, so
 * one long answer is enough to judge how its tokens come.
 */
export declare function latency(engine: Engine, alert: string, metric: string, threshold: 'ttftSeconds' | 'interTokenLatencySeconds', what: string, buckets: readonly number[], streamed?: {
    matcher: string;
    label: string;
}): AlertRule;
/** The KV cache fuller than the threshold: `gauge` is the engine's share in use (0-1), largest over its reporters. */
export declare function kvCachePressure(engine: Engine, gauge: string, pool: string, consequence: string): AlertRule;
/** More requests waiting than the threshold for 10 minutes: `queued` is the engine's queue of one model's replica. */
export declare function queueGrowing(engine: Engine, queued: string, where: string, test: AlertRule['test']): AlertRule;
/** Requests aborted in the last 10 minutes over the threshold: `aborted` selects the engine's count of them. */
export declare function requestsAborted(engine: Engine, aborted: string, test: AlertRule['test'], born?: boolean): AlertRule;
/** An engine's counter of HTTP responses: its name, the label of the status, and how a server error shows there. */
export interface HttpResponses {
    name: string;
    status: string;
    /** A regular expression matching the status of a server error. */
    serverError: string;
    /** A server error's and a success's status, as the engine writes them (for unit tests). */
    samples: {
        error: string;
        ok: string;
    };
    /** The label and value of Prometheus's own scrapes when the engine counts them (they would dilute the share). */
    scrapes?: {
        label: string;
        value: string;
    };
}
export declare const HTTP_RESPONSES: Readonly<Record<Engine, HttpResponses>>;
/**
 * A selector of `engine`'s HTTP responses with `matchers`. A name without the engine's prefix is read from the
 * engine's scrape job only: other targets may expose the same name.
 */
export declare function responsesSelector(engine: Engine, ...matchers: string[]): string;
/**
 * Server errors over a share of the HTTP responses in the last 10 minutes. The series carry no model name, so the
 * alert is per dev container.
 */
export declare function serverErrors(engine: Engine): AlertRule;
/**
 * SGLang's serving rules. The latency tests need the histograms' buckets: the catalog's (catalog/sglang.yaml), passed
 * in so the rules and the catalog never disagree.
 */
export declare function sglangServingRules(buckets: (metric: string) => readonly number[]): AlertRule[];
