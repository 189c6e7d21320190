/** Files shipped with obscompile, located from the package root (the same from src/, dist/ and the bundle); paths as generated files write them. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

interface PackageJson {
  name?: string;
  version: string;
}

let found: { root: string; manifest: PackageJson } | undefined;

/**
 * Written into the bundles by scripts/bundle.mjs: the package folder relative to the bundle's, and the version it
 * bundled (test/dist.test.ts holds the bundles to the sources, package.json included), so a bundled run reads no
 * package.json. Undefined when the sources run as they are.
 */
declare const OBSCOMPILE_PACKAGE: { root: string; version: string } | undefined;

/** obscompile's own package.json and its folder, found once by walking up from this module. */
function ownPackage(): { root: string; manifest: PackageJson } {
  if (found) return found;
  if (typeof OBSCOMPILE_PACKAGE !== 'undefined') {
    return (found = { root: join(import.meta.dirname, OBSCOMPILE_PACKAGE.root), manifest: { name: 'obscompile', version: OBSCOMPILE_PACKAGE.version } });
  }
  let dir = import.meta.dirname;
  for (;;) {
    const file = join(dir, 'package.json');
    const manifest = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PackageJson) : undefined;
    if (manifest?.name === 'obscompile') return (found = { root: dir, manifest });
    const parent = dirname(dir);
    if (parent === dir) throw new Error('obscompile: cannot find its own package.json');
    dir = parent;
  }
}

/** The folder of the code that runs: the bundle's (dist/cli for the CLI), or src/ when the sources run as they are. */
export const codeDir = (): string => import.meta.dirname;

/** The folder holding obscompile's package.json. */
export const packageRoot = (): string => ownPackage().root;

/** The installed obscompile version. */
export const packageVersion = (): string => ownPackage().manifest.version;

/** Absolute path of a file shipped in the package. */
export const shipped = (...parts: string[]): string => join(packageRoot(), ...parts);

/** The JSON Schema of the config language, as shipped. */
export const schemaFile = (): string => shipped('schema', 'observability.schema.json');

/** The JSON Schema of fleet files (its `definitions.overrides` generated from the config schema), as shipped. */
export const fleetSchemaFile = (): string => shipped('schema', 'fleet.schema.json');

/** The manifest of an output folder: what obscompile wrote there, with hashes (src/emit/manifest.ts). */
export const MANIFEST_FILE = '.obscompile-manifest.json';

/** The Git attributes of an output folder (src/render/gitattributes.ts). */
export const GIT_ATTRIBUTES = '.gitattributes';

/** Name of the schema copy `build` writes into the output folder, for editors. */
export const SCHEMA_COPY = 'observability.schema.json';

/** Whether a schema reference is a URL (`https://…`) rather than a path. */
export const isUrl = (reference: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(reference);

/** `to` relative to `from`, with `/` on every platform (`.` for the same folder): how generated files name paths. */
export const posixRelative = (from: string, to: string): string => relative(from, to).split(sep).join('/') || '.';

/**
 * A host path of the config as a generated file in `from` names it: an absolute one as written (so the file is the
 * same wherever the project is checked out), a relative one (to `base`, the config's folder) relative to `from`.
 */
export const hostPathFrom = (from: string, base: string, given: string): string => (isAbsolute(given) ? given : posixRelative(from, resolve(base, given)));

/** True when `child` (after resolving) lies inside `dir`, not at it. */
export function isInside(dir: string, child: string): boolean {
  const rel = relative(dir, child);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
