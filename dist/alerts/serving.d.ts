import { type AlertRule, type TestSeries } from './rule.js';
/**
 * Test series of a histogram, cumulative `_bucket` counters rising by 10 a minute from the bucket that holds every
 * observation. Firing: the bucket past the first boundary above `threshold`, so every quantile lies above the
 * threshold whatever quantile is configured (inside a bucket histogram_quantile() interpolates from its lower
 * boundary; in +Inf it answers the last boundary, which the threshold check keeps above the threshold). Calm: the
 * first bucket, when its boundary is at or below the threshold; else no observations at all.
 */
export declare function histogramSeries(metric: string, buckets: readonly number[], threshold: number, above: boolean, n: number): TestSeries[];
/**
 * The serving rules. The latency tests need the histograms' buckets: the catalog's (catalog/sglang.yaml), passed in
 * so the rules and the catalog never disagree.
 */
export declare function servingRules(buckets: (metric: string) => readonly number[]): AlertRule[];
