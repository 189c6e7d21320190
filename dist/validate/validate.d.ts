/** Stage 3: validate the parsed config against the JSON Schema and apply its defaults. */
import type { ErrorObject } from 'ajv';
import type { Finding, ParsedSource, StageResult, ValidConfig } from '../types.js';
/** Config versions this obscompile understands. */
export declare const SUPPORTED_VERSIONS: readonly [1];
/** Checks the parsed config against the schema; returns it with the schema's defaults, never touching the input. */
export declare function validate(parsed: ParsedSource): Promise<StageResult<ValidConfig>>;
export declare function schemaDocument(): Record<string, unknown>;
type SchemaObject = Record<string, unknown>;
/**
 * Findings for ajv's errors about `data`, explained from `schema` (the config's, or the fleet file's): each error
 * gets what ajv's verbose mode would add, the offending value and the schema of its location, then its wording.
 */
export declare function schemaFindings(errors: readonly ErrorObject[], data: unknown, schema: SchemaObject): Finding[];
/** The schema that applies at an instance path (following properties, items, additionalProperties and local $refs). */
export declare function schemaAt(root: SchemaObject, path: readonly (string | number)[]): SchemaObject | undefined;
export {};
