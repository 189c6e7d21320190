/**
 * Whether a config satisfies the schema, and nothing else: the draft-07 keywords the config schema uses, with the
 * semantics of the ajv options obscompile validates with (union types, `u` patterns, lengths in code points). Most
 * runs validate a valid config, and `npm run generate` writes the schema's checks as plain JavaScript for them
 * (src/generated/config-checks.js, from checkSource below): nothing is compiled or allocated at run time, and the
 * code cache holds the checks like the rest of obscompile. ajv's generated validator, over a hundred kilobytes of
 * code to load and compile, runs only when the answer is no, to say why. test/conforms.test.ts holds the two to the
 * same verdict on thousands of generated configs, and `npm run generate` refuses a schema that uses a keyword not
 * checked here.
 */
type Schema = boolean | {
    [keyword: string]: unknown;
};
/** Keywords that constrain data, as handled below. */
export declare const CHECKED: string[];
/** Keywords for people and editors: no effect on the verdict. */
/**
 * Conditions for editors only: they steer completion and squiggles (each engine's flags only with that engine), while
 * obscompile checks the same with rules that name the key and say what to do (src/check/); the validators skip them,
 * since they run after defaults are filled in.
 */
export declare const EDITOR_ONLY: string[];
export declare const ANNOTATIONS: string[];
/** Keywords of `schema` (at any depth) that are neither checked here nor annotations; `npm run generate` fails on any. */
export declare function unknownKeywords(schema: unknown, found?: Set<string>, inMap?: boolean): Set<string>;
/** A compiled schema: whether a value satisfies it. */
export type Check = (data: unknown) => boolean;
/** Whether `data` satisfies `schema` (compiled on each call: tests and one-off checks). */
export declare function conforms(data: unknown, schema: Schema): boolean;
/** `schema`'s checks as a function made now from checkSource, for tests and schemas not known at build time. */
export declare function compileSchema(schema: Schema): Check;
/**
 * `schema`'s checks as an ES module exporting `name` (what `npm run generate` writes to src/generated/config-checks.js):
 * checkSource's code with the helpers it names imported as this file imports them.
 */
export declare function checkModule(schema: Schema, name: string): string;
/**
 * JavaScript that checks `schema`: functions and constants that use `equal` and `codePoints` (ajv's runtime helpers,
 * bound by compileSchema and checkModule), and the name of the function to call. Each `$ref` target and each branch of a
 * combinator is one function; every other node is written inline into its parent as statements that return false,
 * so a config is checked by a handful of calls with no keyword looked up at run time.
 */
export declare function checkSource(schema: Schema): {
    code: string;
    entry: string;
};
/** The schema a local `$ref` (`#/definitions/port`) points to. */
export declare function resolveRef(root: unknown, ref: string): Schema;
export {};
