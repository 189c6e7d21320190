/** The model server engine of a config: `modelServer.engine`, SGLang when unset (`kind`, the older key, only says SGLang). */
import type { ValidConfig } from '../types.js';

export type Engine = 'sglang' | 'vllm';

export const engineOf = (config: ValidConfig): Engine => config.modelServer.engine ?? 'sglang';

/** The release of the configured engine. */
export const engineVersion = (config: ValidConfig): string => (engineOf(config) === 'vllm' ? config.versions.vllm : config.versions.sglang);

/** The key of the engine's typed flags in `modelServer`. */
export const FLAGS_KEY: Readonly<Record<Engine, 'flags' | 'vllm'>> = { sglang: 'flags', vllm: 'vllm' };

/** What the engine is called in messages and labels. */
export const ENGINE_TITLE: Readonly<Record<Engine, string>> = { sglang: 'SGLang', vllm: 'vLLM' };

/** Whether a catalog source, rule or panel belongs with `engine`: it names that engine, or none. */
export const forEngine = (engine: Engine) => (x: { engine?: Engine }) => x.engine === undefined || x.engine === engine;
