import type { ParsedSource, StageResult, ValidConfig } from '../types.js';
/** Config versions this obscompile understands. */
export declare const SUPPORTED_VERSIONS: readonly [1];
/** Checks the parsed config against the schema; returns it with the schema's defaults, never touching the input. */
export declare function validate(parsed: ParsedSource): Promise<StageResult<ValidConfig>>;
