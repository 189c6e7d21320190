/**
 * Alerting rules: a latency threshold is a bucket boundary of its histogram (a quantile can only tell which bucket it
 * lies in: past the last boundary the alert can never fire, an error; between two it compares a guess, a warning),
 * and a threshold set for an alert this configuration leaves out is a warning, not silently ignored.
 */
import { type Rule } from './rule.js';
export declare const alertThresholdsUsable: Rule;
/**
 * A rate or an increase needs two samples in its window: at a scrape interval longer than half the shortest window
 * a generated rule reads (a subquery's range included, not its step), that window holds one sample at times, and the
 * rule is empty then; past the window, always. cAdvisor's rules read samples at its own interval, the others at the
 * global one; said once for each interval, where it is set.
 */
export declare const rulesSeeSamples: Rule;
