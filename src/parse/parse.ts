/**
 * Stage 2: parse the config text into plain data.
 *
 * Most runs parse a valid file and never report a position, so a reader of the everyday subset configs are
 * written in (./plain-yaml.ts) serves them. Positions come from the full `yaml` document, built only when a
 * diagnostic needs one; and every text the plain reader gives up on (syntax errors, duplicate keys, anchors,
 * block scalars, anything unusual) goes to the full parser, which reads it or explains what is wrong. The two
 * must agree on every text both accept: test/parse.test.ts and test/plain-yaml.test.ts check that.
 */
import { readPlainYaml } from './plain-yaml.js';
import type { ParsedSource, PositionedSource, SourceFile, StageResult } from '../types.js';

/** Parses the config; syntax errors become diagnostics. */
export async function parse(source: SourceFile): Promise<StageResult<ParsedSource>> {
  const data = readPlainYaml(source.text);
  if (data === undefined) return (await import('./yaml-document.js')).parseWithPositions(source);
  let positioned: Promise<PositionedSource> | undefined;
  const positions = () => (positioned ??= import('./yaml-document.js').then((full) => full.positionsOf(source)));
  return { value: { ...source, data, positioned: positions }, diagnostics: [] };
}
