/**
 * Stage 2: parse the config text into plain data.
 *
 * Most runs parse a valid file and never report a position, so a fast data-only parser (js-yaml, YAML 1.2 core
 * schema, like `yaml`) serves them. Positions come from the full `yaml` document, built only when a diagnostic
 * needs one; and every text the fast parser does not accept outright goes to the full parser, whose diagnostics
 * explain it. The two must agree on every text both accept: test/parse.test.ts checks that.
 */
import { fastData } from './fast-yaml.js';
import type { ParsedSource, PositionedSource, SourceFile, StageResult } from '../types.js';

/** Parses the config; syntax errors become diagnostics. */
export async function parse(source: SourceFile): Promise<StageResult<ParsedSource>> {
  const data = fastData(source.text);
  if (data === undefined) return (await import('./yaml-document.js')).parseWithPositions(source);
  let positioned: Promise<PositionedSource> | undefined;
  const positions = () => (positioned ??= import('./yaml-document.js').then((full) => full.positionsOf(source)));
  return { value: { ...source, data, positioned: positions }, diagnostics: [] };
}
