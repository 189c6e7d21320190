import { type AlertRule, type AlertTest, type TestSeries } from './rule.js';
import { type Engine } from '../config/engine.js';
/**
 * Test series of a histogram, cumulative `_bucket` counters rising by 10 a minute from the bucket that holds every
 * observation. Firing: the bucket past the first boundary above `threshold`, so every quantile lies above the
 * threshold whatever quantile is configured (inside a bucket histogram_quantile() interpolates from its lower
 * boundary; in +Inf it answers the last boundary, which the threshold check keeps above the threshold). Calm: the
 * first bucket, when its boundary is at or below the threshold; else no observations at all.
 */
export declare function histogramSeries(metric: string, buckets: readonly number[], threshold: number, above: boolean, n: number): TestSeries[];
/**
 * The test of a count of requests over 10 minutes: a counter rising by at least one, and by the threshold, a minute
 * (ten times the threshold in the window from minute 16), or one that stays put.
 */
export declare function requestEvents(metric: string, threshold: number, n: number, labels?: Record<string, string>): AlertTest;
/** A latency alert over a histogram's quantile of an engine, with its unit test. */
export declare function latency(engine: Engine, alert: string, metric: string, threshold: 'ttftSeconds' | 'interTokenLatencySeconds', what: string, buckets: readonly number[]): AlertRule;
/** The server gone: its scrape job down after it was up within the hour (a dev box starts the server by hand). */
export declare function modelServerDown(engine: Engine): AlertRule;
/** The KV cache fuller than the threshold: `gauge` is the engine's share in use (0-1), largest over its reporters. */
export declare function kvCachePressure(engine: Engine, gauge: string, pool: string, consequence: string): AlertRule;
/** More requests waiting than the threshold for 10 minutes: `queued` is the engine's queue of one model's replica. */
export declare function queueGrowing(engine: Engine, queued: string, where: string, test: AlertRule['test']): AlertRule;
/** Requests aborted in the last 10 minutes over the threshold: `aborted` selects the engine's count of them. */
export declare function requestsAborted(engine: Engine, aborted: string, test: AlertRule['test']): AlertRule;
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
