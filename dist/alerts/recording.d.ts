import type { RecordingRule } from './rule.js';
export declare const RECORDING_RULES: readonly RecordingRule[];
