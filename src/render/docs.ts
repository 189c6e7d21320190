/** README tables (seed 000 "Components") and their injection between marker comments. */
import { countLines, diagnosticAt } from '../diagnostics/make.js';
import { markdownCell, markdownCode } from './text.js';
import { jobOf } from '../model/scrape-jobs.js';
import type { Model } from '../model/model.js';
import type { ComponentId } from '../config/ports.js';
import { dashboardFile } from './dashboards.js';
import type { Diagnostic, StageResult } from '../types.js';

export const TABLE_NAMES = ['components', 'metrics', 'alerts', 'dashboards'] as const;
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

/** One row per alert the configuration gets: its source, severity, what fires it, its threshold key and value, its `for`. */
export function alertsTable(model: Model): string {
  const source = (id: ComponentId) => model.catalog.find((s) => s.job === jobOf(model.config, id))?.title ?? id;
  const thresholds: Readonly<Record<string, unknown>> = { ...model.config.alerting.thresholds };
  const threshold = (key: string) => `${markdownCode(`alerting.thresholds.${key}`)} = ${String(thresholds[key])}`;
  const rows = (model.alerts?.alerts ?? []).map((a) => [markdownCode(a.alert), markdownCell(source(a.source)), a.severity, markdownCell(a.fires), a.threshold ? threshold(a.threshold) : '—', a.for]);
  return markdownTable(['Alert', 'Source', 'Severity', 'Fires when', 'Threshold', 'For'], rows);
}

/** One row per dashboard: its title, its file, and its rows of panels. */
export function dashboardsTable(model: Model): string {
  const rows = (model.dashboards?.dashboards ?? []).map((d) => [markdownCell(d.title), markdownCode(dashboardFile(d.uid)), markdownCell(d.rows.map((r) => `${r.title} (${r.panels.length})`).join(', '))]);
  return markdownTable(['Dashboard', 'File', 'Rows (panels)'], rows);
}

/** Every table by name. */
export function tables(model: Model): Record<TableName, string> {
  return { components: componentTable(model), metrics: metricsTable(model), alerts: alertsTable(model), dashboards: dashboardsTable(model) };
}

/** A marker is a whole line of its own: `<!-- obscompile:begin NAME -->`, indented by at most three spaces. */
const MARKER_LINE = /^( {0,3})(<!--\s*obscompile:(begin|end)\s+([A-Za-z0-9_-]+)\s*-->)\s*$/;
/** A line of two markers or more and nothing else (`<!-- obscompile:begin x --><!-- obscompile:end x -->`). */
const SHARED_LINE = /^( {0,3})<!--\s*obscompile:(?:begin|end)\s+([A-Za-z0-9_-]+)\s*-->(?:\s*<!--\s*obscompile:(?:begin|end)\s+[A-Za-z0-9_-]+\s*-->)+\s*$/;

interface MarkerAt {
  /** `shared`: a line of markers alone, more than one (begin and end together): one a line is what counts. */
  kind: 'begin' | 'end' | 'shared';
  name: string;
  /** Offset and length of the marker comment. */
  at: number;
  length: number;
  /** Offset just after the marker's line break (begin) or of the marker line's start (end). */
  edge: number;
  /** The spaces before the marker: a table between markers in a list item is indented as they are. */
  indent: string;
}

/**
 * The real markers of a Markdown text, line by line: none inside fenced or indented code, inside an HTML comment,
 * or within other text on the line (inline code, a sentence that mentions one).
 */
function markers(text: string): MarkerAt[] {
  const found: MarkerAt[] = [];
  let fence: string | undefined;
  let inComment = false;
  let previousBlank = true;
  let offset = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const start = offset;
    offset += raw.length + 1;
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    const indentedCode: boolean = previousBlank && /^( {4}|\t)/.test(line) && line.trim() !== '';
    previousBlank = line.trim() === '' || (previousBlank && indentedCode);
    if (indentedCode) continue;
    const m = MARKER_LINE.exec(line);
    if (m && !inComment) {
      found.push({ kind: m[3] as 'begin' | 'end', name: m[4]!, at: start + m[1]!.length, length: m[2]!.length, edge: m[3] === 'begin' ? Math.min(offset, text.length) : start, indent: m[1]! });
      continue;
    }
    const shared = !inComment && SHARED_LINE.exec(line);
    if (shared) {
      found.push({ kind: 'shared', name: shared[2]!, at: start + shared[1]!.length, length: line.trimEnd().length - shared[1]!.length, edge: start, indent: shared[1]! });
      continue;
    }
    // Track multi-line HTML comments: a marker quoted inside one is documentation.
    for (let i = 0; i < line.length; ) {
      const next = inComment ? line.indexOf('-->', i) : line.indexOf('<!--', i);
      if (next === -1) break;
      inComment = !inComment;
      i = next + (inComment ? 4 : 3);
    }
  }
  return found;
}

/** Replaces the lines between `<!-- obscompile:begin NAME -->` and `<!-- obscompile:end NAME -->`; nothing else changes. */
export function inject(text: string, file: string, content: Readonly<Record<string, string>>): StageResult<string> {
  const lines = countLines(text);
  const problem = (at: number, length: number, message: string, hint: string): Diagnostic =>
    diagnosticAt(file, lines, [at, at + length], { code: 'OBS_DOCS_MARKER', message, hint });
  const diagnostics: Diagnostic[] = [];
  const spans: { name: string; from: number; to: number; indent: string }[] = [];
  let open: MarkerAt | undefined;
  for (const m of markers(text)) {
    if (m.kind === 'shared') {
      diagnostics.push(problem(m.at, m.length, 'markers share a line: each obscompile marker goes on a line of its own, the table on the lines between', `put <!-- obscompile:begin ${m.name} --> and <!-- obscompile:end ${m.name} --> on lines of their own`));
    } else if (m.kind === 'begin') {
      if (open) diagnostics.push(problem(open.at, open.length, `marker \`obscompile:begin ${open.name}\` has no matching end before the next begin`, `add <!-- obscompile:end ${open.name} --> after its table`));
      if (!(m.name in content)) diagnostics.push(problem(m.at, m.length, `unknown table \`${m.name}\``, `use one of: ${Object.keys(content).join(', ')}`));
      open = m;
    } else if (!open || open.name !== m.name) {
      diagnostics.push(problem(m.at, m.length, `marker \`obscompile:end ${m.name}\` has no matching begin`, `add <!-- obscompile:begin ${m.name} --> before the table, or remove this marker`));
    } else {
      spans.push({ name: m.name, from: open.edge, to: m.edge, indent: open.indent });
      open = undefined;
    }
  }
  if (open) diagnostics.push(problem(open.at, open.length, `marker \`obscompile:begin ${open.name}\` is never closed`, `add <!-- obscompile:end ${open.name} --> after the table`));
  if (!diagnostics.length && spans.length === 0) {
    diagnostics.push(problem(0, 0, 'no obscompile markers found; nothing to update', `add <!-- obscompile:begin components --> and <!-- obscompile:end components --> where the table belongs`));
  }
  if (diagnostics.length) return { diagnostics };
  // The table takes the file's line endings: a CRLF README stays CRLF.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let out = '';
  let last = 0;
  for (const s of spans) {
    // Each line as indented as the begin marker: a table in a list item stays in it (blank lines stay blank).
    out += `${text.slice(last, s.from)}${content[s.name]!.split('\n').map((l) => (l ? s.indent + l : l)).join(eol)}${eol}`;
    last = s.to;
  }
  return { value: out + text.slice(last), diagnostics: [] };
}
