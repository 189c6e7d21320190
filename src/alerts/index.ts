/** Every rule obscompile can generate, in the order of alert-rules.yml: recording rules, then the stack, GPU and serving packs (one per engine). */
import { GPU_RULES } from './gpu.js';
import { RECORDING_RULES } from './recording.js';
import { sglangServingRules } from './serving.js';
import { vllmServingRules } from './serving-vllm.js';
import { STACK_RULES } from './stack.js';
import type { AlertRule } from './rule.js';

export { RECORDING_RULES };

/** The alert rules; `buckets` gives a histogram's bucket boundaries from the catalog (for the latency tests). */
export function alertRules(buckets: (metric: string) => readonly number[]): AlertRule[] {
  return [...STACK_RULES, ...GPU_RULES, ...sglangServingRules(buckets), ...vllmServingRules(buckets)];
}

let shapes: readonly AlertRule[] | undefined;

/** The rules as names, thresholds, sources and expressions (no bucket boundaries for the tests): built once a run. */
export const ruleShapes = (): readonly AlertRule[] => (shapes ??= alertRules(() => []));
