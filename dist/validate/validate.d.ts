import type { ParsedSource, StageResult, ValidConfig } from '../types.js';
/** Config versions this obscompile understands. */
export declare const SUPPORTED_VERSIONS: readonly [1];
/** Checks the parsed config against the schema; returns it with the schema's defaults, never touching the input. */
export declare function validate(parsed: ParsedSource): Promise<StageResult<ValidConfig>>;
export declare function schemaDocument(): Record<string, unknown>;
type SchemaObject = Record<string, unknown>;
/** The schema that applies at an instance path (following properties, items, additionalProperties and local $refs). */
export declare function schemaAt(root: SchemaObject, path: readonly (string | number)[]): SchemaObject | undefined;
export {};
