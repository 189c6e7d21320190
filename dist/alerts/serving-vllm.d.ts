import { type AlertRule } from './rule.js';
export declare function vllmServingRules(buckets: (metric: string) => readonly number[]): AlertRule[];
