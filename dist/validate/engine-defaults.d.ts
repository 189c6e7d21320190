import type { ConfigPath } from '../types.js';
/** Each path with the value it takes under vLLM when not written. */
export declare const VLLM_DEFAULTS: readonly (readonly [ConfigPath, unknown])[];
/** Whether the default of the value at `path` follows the engine (SGLang's is the schema's, vLLM's is above). */
export declare const followsEngine: (path: ConfigPath) => boolean;
/** `data` (the schema's defaults applied) with the engine's own defaults where `written` (the config as written) has no value; never changed in place. */
export declare function withEngineDefaults(data: Record<string, unknown>, written: unknown): Record<string, unknown>;
/**
 * `prometheus.scrapeTimeout` when not written: the schema's 10 s, or the scrape interval when that is shorter, as
 * Prometheus does for an unset global timeout (config/config.go @ v3.14.0, GlobalConfig.UnmarshalYAML). A timeout
 * written longer than the interval stays an error (src/check/durations.ts).
 */
export declare function withScrapeTimeout(data: Record<string, unknown>, written: unknown): Record<string, unknown>;
