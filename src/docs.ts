/** README tables (seed 000 "Components") and their injection between marker comments. */
import { countLines, diagnosticAt } from './diagnostics/make.js';
import { markdownCell, markdownCode } from './render/text.js';
import type { Model } from './model.js';
import type { Diagnostic, StageResult } from './types.js';

export const TABLE_NAMES = ['components', 'metrics'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** A Markdown table with columns padded to their widest cell, like the seed README's. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Component, listen ports and data directory of every enabled component. */
export function componentTable(model: Model): string {
  const rows = model.components.map((c) => [markdownCell(c.name), c.ports.join(' / '), c.dataDir]);
  return markdownTable(['Component', 'Listen Ports', 'Data Directory'], rows);
}

/** One row per catalogued metric of the enabled sources. */
export function metricsTable(model: Model): string {
  const available = { available: 'yes', conditional: 'only in some cases', off: 'no' } as const;
  const rows = model.catalog.flatMap((s) => s.metrics.map((m) => [markdownCode(m.name), `\`${s.job}\``, m.type, available[m.status]]));
  return markdownTable(['Metric', 'Job', 'Type', 'Available'], rows);
}

/** Both tables by name. */
export function tables(model: Model): Record<TableName, string> {
  return { components: componentTable(model), metrics: metricsTable(model) };
}

/** Offsets [start, end) of every fenced code block (``` or ~~~). */
function fencedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open: { at: number; fence: string } | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence && !open) open = { at: offset, fence };
    else if (fence && open && fence[0] === open.fence[0] && fence.length >= open.fence.length) {
      ranges.push([open.at, offset + line.length]);
      open = undefined;
    }
    offset += line.length + 1;
  }
  if (open) ranges.push([open.at, text.length]);
  return ranges;
}

const MARKER = /<!--\s*obscompile:(begin|end)\s+([A-Za-z0-9_-]+)\s*-->/g;

/** Replaces the text between `<!-- obscompile:begin NAME -->` and `<!-- obscompile:end NAME -->`; nothing else changes. */
export function inject(text: string, file: string, content: Readonly<Record<string, string>>): StageResult<string> {
  const lines = countLines(text);
  const problem = (at: number, length: number, message: string, hint: string): Diagnostic =>
    diagnosticAt(file, lines, [at, at + length], { code: 'OBS_DOCS_MARKER', message, hint });
  const diagnostics: Diagnostic[] = [];
  const spans: { name: string; from: number; to: number }[] = [];
  let open: { name: string; at: number; end: number; length: number } | undefined;
  const fences = fencedRanges(text);
  for (const m of text.matchAll(MARKER)) {
    const [whole, kind, name] = m as unknown as [string, string, string];
    const at = m.index ?? 0;
    // Markers shown inside a fenced code block are documentation, not markers.
    if (fences.some(([from, to]) => at >= from && at < to)) continue;
    if (kind === 'begin') {
      if (open) diagnostics.push(problem(open.at, open.length, `marker \`obscompile:begin ${open.name}\` has no matching end before the next begin`, `add <!-- obscompile:end ${open.name} --> after its table`));
      if (!(name in content)) diagnostics.push(problem(at, whole.length, `unknown table \`${name}\``, `use one of: ${Object.keys(content).join(', ')}`));
      open = { name, at, end: at + whole.length, length: whole.length };
    } else if (!open || open.name !== name) {
      diagnostics.push(problem(at, whole.length, `marker \`obscompile:end ${name}\` has no matching begin`, `add <!-- obscompile:begin ${name} --> before the table, or remove this marker`));
    } else {
      spans.push({ name, from: open.end, to: at });
      open = undefined;
    }
  }
  if (open) diagnostics.push(problem(open.at, open.length, `marker \`obscompile:begin ${open.name}\` is never closed`, `add <!-- obscompile:end ${open.name} --> after the table`));
  if (!diagnostics.length && spans.length === 0) {
    diagnostics.push(problem(0, 0, 'no obscompile markers found; nothing to update', `add <!-- obscompile:begin components --> and <!-- obscompile:end components --> where the table belongs`));
  }
  if (diagnostics.length) return { diagnostics };
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += `${text.slice(last, s.from)}\n${content[s.name]}\n`;
    last = s.to;
  }
  return { value: out + text.slice(last), diagnostics: [] };
}
