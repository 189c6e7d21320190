import { RECORDING_RULES } from './recording.js';
import type { AlertRule } from './rule.js';
export { RECORDING_RULES };
/** The alert rules; `buckets` gives a histogram's bucket boundaries from the catalog (for the latency tests). */
export declare function alertRules(buckets: (metric: string) => readonly number[]): AlertRule[];
/** The rules as names, thresholds, sources and expressions (no bucket boundaries for the tests): built once a run. */
export declare const ruleShapes: () => readonly AlertRule[];
