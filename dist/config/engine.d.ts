/** The model server engine of a config: `modelServer.engine`, SGLang when unset (`kind`, the older key, only says SGLang). */
import type { ValidConfig } from '../types.js';
export type Engine = 'sglang' | 'vllm';
export declare const engineOf: (config: ValidConfig) => Engine;
/** The release of the configured engine. */
export declare const engineVersion: (config: ValidConfig) => string;
/** The key of the engine's typed flags in `modelServer`. */
export declare const FLAGS_KEY: Readonly<Record<Engine, 'flags' | 'vllm'>>;
/** What the engine is called in messages and labels. */
export declare const ENGINE_TITLE: Readonly<Record<Engine, string>>;
/** Whether a catalog source, rule or panel belongs with `engine`: it names that engine, or none. */
export declare const forEngine: (engine: Engine) => (x: {
    engine?: Engine;
}) => boolean;
