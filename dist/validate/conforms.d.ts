/**
 * Whether a config satisfies the schema, and nothing else: the draft-07 keywords the config schema uses, with the
 * semantics of the ajv options obscompile validates with (union types, `u` patterns, lengths in code points). Most
 * runs validate a valid config, and the schema compiled into small checks answers them; ajv's generated
 * validator, over a hundred kilobytes of code to load and compile, runs only when the answer is no, to say why.
 * test/conforms.test.ts holds the two to the same verdict on thousands of generated configs, and `npm run
 * generate` refuses a schema that uses a keyword not checked here.
 */
type Schema = boolean | {
    [keyword: string]: unknown;
};
/** Keywords that constrain data, as handled below. */
export declare const CHECKED: string[];
/** Keywords for people and editors: no effect on the verdict. */
export declare const ANNOTATIONS: string[];
/** Keywords of `schema` (at any depth) that are neither checked here nor annotations; `npm run generate` fails on any. */
export declare function unknownKeywords(schema: unknown, found?: Set<string>, inMap?: boolean): Set<string>;
/** A compiled schema: whether a value satisfies it. */
export type Check = (data: unknown) => boolean;
/** Whether `data` satisfies `schema` (compiled on each call: tests and one-off checks; the config's is compiled once). */
export declare function conforms(data: unknown, schema: Schema): boolean;
/**
 * `schema` compiled into checks: each schema node becomes one function that runs the checks of its keywords, read
 * once here, so validating a thousand scrape targets never looks a keyword up. `$ref`s are compiled once each, on
 * first use.
 */
export declare function compileSchema(schema: Schema, root?: Schema, refs?: Map<string, Check>): Check;
/** The schema a local `$ref` (`#/definitions/port`) points to. */
export declare function resolveRef(root: unknown, ref: string): Schema;
export {};
