import type { ParsedSource, StageResult, ValidConfig } from '../types.js';
/** Config versions this obscompile understands. */
export declare const SUPPORTED_VERSIONS: readonly [1];
/** Checks the parsed config against the schema; returns a defaulted copy, never touching the input. */
export declare function validate(parsed: ParsedSource): Promise<StageResult<ValidConfig>>;
/**
 * A deep copy of parsed data (mappings, lists and scalars only), for ajv to write defaults into. A plain recursive
 * copy: structuredClone serialises and costs several times more on large configs. A `__proto__` key stays an
 * ordinary own key, as the parser made it.
 */
export declare function copy(value: unknown): unknown;
