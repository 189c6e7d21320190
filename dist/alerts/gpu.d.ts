/**
 * GPU health, from dcgm-exporter's series (catalog/dcgm_exporter.yaml): errors the hardware reports, the clocks held
 * down, memory nearly full, a GPU that disappears. The rules read counters through increase() or rate() only.
 */
import { type AlertRule } from './rule.js';
export declare const GPU_RULES: readonly AlertRule[];
