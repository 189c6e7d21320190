/**
 * Stage 2: parse the config text into plain data.
 *
 * Most runs parse a valid file and never report a position, so a fast data-only parser (js-yaml, YAML 1.2 core
 * schema, like `yaml`) serves them. Positions come from the full `yaml` document, built only when a diagnostic
 * needs one; and every text the fast parser does not accept outright goes to the full parser, whose diagnostics
 * explain it. The two must agree on every text both accept: test/parse.test.ts checks that.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import type { ParsedSource, PositionedSource, SourceFile, StageResult } from './types.js';

/** No valid config nests deeper than this; deeper documents are refused before conversion. */
export const MAX_DEPTH = 32;
/** Alias expansions allowed when converting to plain data (guards against alias bombs). */
export const MAX_ALIAS_COUNT = 50;

/** Parses the config; syntax errors become diagnostics. */
export async function parse(source: SourceFile): Promise<StageResult<ParsedSource>> {
  const data = fastData(source.text);
  if (data === undefined) return (await import('./parse-yaml.js')).parseWithPositions(source);
  let positioned: Promise<PositionedSource> | undefined;
  const positions = () => (positioned ??= import('./parse-yaml.js').then((full) => full.positionsOf(source)));
  return { value: { ...source, data, positioned: positions }, diagnostics: [] };
}

/**
 * The plain value of a text the fast parser accepts outright: one mapping with no aliases or unknown tags,
 * nested at most MAX_DEPTH deep. Anything else (syntax errors, duplicate keys, aliases, empty files) is
 * undefined, and the full parser decides.
 */
export function fastData(text: string): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, maxAliases: 0, maxDepth: MAX_DEPTH + 1 });
  } catch {
    return undefined;
  }
  if (!isPlainObject(data) || deeperThan(data, MAX_DEPTH)) return undefined;
  return data;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when some value sits deeper than `limit` (the top-level mapping is depth 0), walked without recursion. */
function deeperThan(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    if (typeof node === 'object' && node !== null) for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}
