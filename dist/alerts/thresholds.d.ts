/** The thresholds the alerts compare with: `alerting.thresholds` of the config, defaults applied (schema/observability.schema.json). */
import { type Engine } from '../config/engine.js';
import type { ValidConfig } from '../types.js';
export type AlertingThresholds = Required<ValidConfig['alerting']['thresholds']>;
/**
 * Time to first token when the config leaves it unset: a bucket boundary of each engine's histogram near two seconds
 * (sglang:time_to_first_token_seconds has 2, vllm:time_to_first_token_seconds 1 and 2.5: catalog/*.yaml).
 */
export declare const DEFAULT_TTFT_SECONDS: Readonly<Record<Engine, number>>;
/** The config's thresholds with the engine's defaults in. */
export declare function thresholdsOf(config: ValidConfig): AlertingThresholds;
