/**
 * Recording rules for what dashboards and alerts share: per-container GPU figures, and per-model serving figures
 * summed over the scheduler's data-parallel ranks (each rank reports its own queue and running requests; the
 * tokenizer's counters and histograms are per server already, so their sums over `model_name` add nothing twice).
 */
import type { RecordingRule } from './rule.js';
export declare const RECORDING_RULES: readonly RecordingRule[];
