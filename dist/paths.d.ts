/** The folder of the code that runs: the bundle's (dist/cli for the CLI), or src/ when the sources run as they are. */
export declare const codeDir: () => string;
/** The folder holding obscompile's package.json. */
export declare const packageRoot: () => string;
/** The installed obscompile version. */
export declare const packageVersion: () => string;
/** Absolute path of a file shipped in the package. */
export declare const shipped: (...parts: string[]) => string;
/** The JSON Schema of the config language, as shipped. */
export declare const schemaFile: () => string;
/** The JSON Schema of fleet files (its `definitions.overrides` generated from the config schema), as shipped. */
export declare const fleetSchemaFile: () => string;
/** The manifest of an output folder: what obscompile wrote there, with hashes (src/emit/manifest.ts). */
export declare const MANIFEST_FILE = ".obscompile-manifest.json";
/** The Git attributes of an output folder (src/render/gitattributes.ts). */
export declare const GIT_ATTRIBUTES = ".gitattributes";
/** Name of the schema copy `build` writes into the output folder, for editors. */
export declare const SCHEMA_COPY = "observability.schema.json";
/** Whether a schema reference is a URL (`https://…`) rather than a path. */
export declare const isUrl: (reference: string) => boolean;
/** `to` relative to `from`, with `/` on every platform (`.` for the same folder): how generated files name paths. */
export declare const posixRelative: (from: string, to: string) => string;
/**
 * A host path of the config as a generated file in `from` names it: an absolute one as written (so the file is the
 * same wherever the project is checked out), a relative one (to `base`, the config's folder) relative to `from`.
 */
export declare const hostPathFrom: (from: string, base: string, given: string) => string;
/** True when `child` (after resolving) lies inside `dir`, not at it. */
export declare function isInside(dir: string, child: string): boolean;
