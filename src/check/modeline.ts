/**
 * The editor modeline (`# yaml-language-server: $schema=...`, as `init` writes it) names the schema copy `build` keeps
 * in the output folder. When `output.dir` moves, the copy moves with it and the modeline keeps naming the old one,
 * which nothing updates any more: the editor would check the config against an old schema without a word.
 */
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { lstatIfAny } from '../fs.js';
import { diagnosticAt } from '../diagnostics/make.js';
import { SCHEMA_COPY, isUrl } from '../paths.js';
import type { Diagnostic, ParsedSource, ValidConfig } from '../types.js';

const MODELINE = /^#[ \t]*yaml-language-server:[ \t]*\$schema=(\S+)/m;

/** A warning at the modeline's path when it names a schema copy other than the one the build writes (`out`: `--out`, when given, overrides `output.dir`). */
export async function staleModeline(source: ParsedSource, config: ValidConfig, out?: string): Promise<Diagnostic[]> {
  const m = MODELINE.exec(source.text);
  // A URL, a schema of the user's own, or the package's own copy (which npm keeps current) is left alone; so is a build sent elsewhere with --out.
  if (!m || out !== undefined) return [];
  const named = m[1]!;
  if (isUrl(named) || basename(named) !== SCHEMA_COPY || named.includes('node_modules/')) return [];
  const configDir = dirname(source.absolutePath);
  const copy = resolve(configDir, config.output.dir, SCHEMA_COPY);
  if (resolve(configDir, named) === copy) return [];
  const start = m.index + m[0].length - named.length;
  // The output folder as written, without a leading `./` or trailing `/` (`.` itself is the config's folder).
  const dir = config.output.dir.replace(/^(\.\/+)+/, '').replace(/\/+$/, '');
  const wanted = `./${[dir === '.' ? '' : dir, SCHEMA_COPY].filter(Boolean).join('/')}`;
  const { lines } = await source.positioned();
  return [
    diagnosticAt(source.path, lines, [start, start + named.length], {
      severity: 'warning',
      code: 'OBS_MODELINE_STALE',
      message: `the editor modeline names \`${named}\`, but build keeps the schema copy in \`${config.output.dir}\`: the editor checks this file against a copy nothing updates`,
      hint: `change the line to \`# yaml-language-server: $schema=${wanted}\``,
    }),
  ];
}

/**
 * The schema copy a base config's modeline names, absolute (a path to obscompile's copy, not a URL or an installed
 * package's): what staleFleetModeline looks for, and what a fleet's build record watches while it is not there.
 */
export function fleetModelineTarget(base: ParsedSource): string | undefined {
  return namedCopy(base)?.target;
}

/** The base's modeline when it names a schema copy of obscompile's, with where it is in the text and the copy's path. */
function namedCopy(base: ParsedSource): { named: string; start: number; target: string } | undefined {
  const m = MODELINE.exec(base.text);
  const named = m?.[1];
  if (!m || !named || isUrl(named) || basename(named) !== SCHEMA_COPY || named.includes('node_modules/')) return undefined;
  return { named, start: m.index + m[0].length - named.length, target: resolve(dirname(base.absolutePath), named) };
}

/**
 * The modeline of a fleet's base config: `build --fleet` writes the schema copy into each host's bundle (`bundles`,
 * absolute), not where the base built alone writes it. A modeline naming a copy that is none of those and is not
 * there (the base never built alone) points the editor at nothing: a warning, with a copy the fleet writes.
 */
export async function staleFleetModeline(base: ParsedSource, bundles: readonly string[]): Promise<Diagnostic[]> {
  const copy = namedCopy(base);
  if (!copy || bundles.length === 0) return [];
  const { named, start, target } = copy;
  const configDir = dirname(base.absolutePath);
  if (bundles.some((b) => join(b, SCHEMA_COPY) === target) || (await lstatIfAny(target))) return [];
  const first = relative(configDir, join(bundles[0]!, SCHEMA_COPY)).split(sep).join('/');
  const { lines } = await base.positioned();
  return [
    diagnosticAt(base.path, lines, [start, start + named.length], {
      severity: 'warning',
      code: 'OBS_MODELINE_STALE',
      message: `the editor modeline names \`${named}\`, which is not there and which \`build --fleet\` does not write (it keeps a copy in each host's bundle): the editor checks this file against nothing`,
      // Building the base alone keeps the copy the modeline names; a host bundle's copy would satisfy this check but
      // not the base's own (staleModeline), so it is offered second.
      hint: `build the base alone once (\`obscompile build --config ${basename(base.path)}\`), which writes and keeps that copy; or point the line at a host bundle's copy, \`${first.startsWith('.') ? first : `./${first}`}\`, which \`validate\` of the base alone then calls stale`,
    }),
  ];
}
