/** All presentation of diagnostics: compiler-style text with a code frame, JSON, and GitHub annotations. */
import { COMMAND_LINE, placeless } from './make.js';
import type { Diagnostic } from './diagnostic.js';

export type DiagnosticFormat = 'text' | 'json' | 'github';

/** Source texts by file path, for code frames. */
export type SourceTexts = ReadonlyMap<string, string>;

const CONTEXT_LINES = 1;
/** Longer source lines are shown as a window around the column, so a huge value cannot flood the terminal. */
const MAX_FRAME_WIDTH = 100;

/**
 * Characters that would act on a terminal or reorder what it shows instead of being shown: C0 and C1 controls, DEL,
 * line and paragraph separators, and bidirectional overrides. Config keys, values and file names reach messages.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const escapeChar = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** Text with every unprintable character shown as an escape (`\x1b`), so a message stays one inert line. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeChar);
}

/** `file:line:col: severity [CODE] message`, the first line of every text diagnostic. */
export function headline(d: Diagnostic): string {
  const where = d.file === COMMAND_LINE ? 'obscompile' : d.line === 0 ? d.file : `${d.file}:${d.line}:${d.column}`;
  return printable(`${where}: ${d.severity} [${d.code}] ${d.message}`);
}

/** A text split into lines once, however many diagnostics point into it. */
const splitLines = (() => {
  let last: { text: string; lines: string[] } | undefined;
  return (text: string) => (last?.text === text ? last.lines : (last = { text, lines: text.split('\n') }).lines);
})();

/** The lines around a diagnostic, with a gutter and a caret line under the range. */
export function codeFrame(text: string, d: Diagnostic): string {
  const lines = splitLines(text);
  if (d.line > lines.length || text.length === 0) return '';
  const first = Math.max(1, d.line - CONTEXT_LINES);
  const last = Math.min(lines.length, d.line + CONTEXT_LINES);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const src = visible((lines[n - 1] ?? '').replace(/\r$/, ''));
    if (n !== d.line && src.trim() === '') continue;
    const from = n === d.line ? Math.max(0, Math.min(d.column - 1 - 20, src.length - MAX_FRAME_WIDTH)) : 0;
    out.push(`${n === d.line ? '>' : ' '} ${String(n).padStart(width)} | ${clip(src, from)}`);
    if (n === d.line) {
      const start = Math.min(d.column - 1, src.length) - from + (from > 0 ? 1 : 0);
      const span = Math.max(1, Math.min(d.range[1] - d.range[0], src.length - (d.column - 1), MAX_FRAME_WIDTH - start));
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(start)}${'^'.repeat(span)}`);
    }
  }
  return out.join('\n');
}

/** At most MAX_FRAME_WIDTH characters from `from`, with an ellipsis where text was cut. */
function clip(line: string, from: number): string {
  const head = from > 0 ? '…' : '';
  const body = line.slice(from, from + MAX_FRAME_WIDTH);
  return `${head}${body}${from + MAX_FRAME_WIDTH < line.length ? '…' : ''}`;
}

/** Tabs shown as one visible character so the caret stays aligned; other control characters as one `�` each. */
function visible(line: string): string {
  return line.replace(/\t/g, '→').replace(UNPRINTABLE, '\ufffd');
}

/**
 * The text with every secret a diagnostic says is written out blanked, character for character so that columns and
 * carets stay: the value after a key (`bearerToken: …`) to the end of its line, or the range itself (a URL with
 * credentials). Code frames go to terminals and CI logs.
 */
function withoutSecrets(text: string, diagnostics: readonly Diagnostic[]): string {
  let out = text;
  for (const d of diagnostics) {
    if (d.code !== 'OBS_LITERAL_SECRET') continue;
    const eol = text.indexOf('\n', d.range[0]);
    const end = eol === -1 ? text.length : eol;
    const key = /^\s*:/.exec(text.slice(d.range[1], end));
    const [from, to] = key ? [d.range[1] + key[0].length, end] : d.range;
    out = out.slice(0, from) + out.slice(from, to).replace(/[^\s]/g, '*') + out.slice(to);
  }
  return out;
}

/** Compiler-style text: headline, code frame, hint. */
export function formatText(diagnostics: readonly Diagnostic[], sources: SourceTexts = new Map()): string {
  const secret = new Set(diagnostics.filter((d) => d.code === 'OBS_LITERAL_SECRET').map((d) => d.file));
  const shown = new Map([...secret].flatMap((file) => (sources.has(file) ? [[file, withoutSecrets(sources.get(file)!, diagnostics.filter((d) => d.file === file))] as const] : [])));
  return diagnostics
    .map((d) => {
      const parts = [headline(d)];
      const text = shown.get(d.file) ?? sources.get(d.file);
      const frame = text === undefined ? '' : codeFrame(text, d);
      if (frame) parts.push(frame);
      if (d.hint) parts.push(`  hint: ${printable(d.hint)}`);
      return parts.join('\n');
    })
    .join('\n\n');
}

/** A diagnostic as machine-readable data, stable key order. */
export function diagnosticRow(d: Diagnostic): Record<string, unknown> {
  return { severity: d.severity, code: d.code, message: d.message, file: d.file, line: d.line, column: d.column, range: d.range, ...(d.hint ? { hint: d.hint } : {}) };
}

/**
 * Indented JSON that stays inert on a terminal: JSON escapes C0 controls itself; C1 controls, separators and bidi
 * overrides are escaped too.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Machine-readable diagnostics: a JSON array. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return inertJson(diagnostics.map(diagnosticRow));
}

/** GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`). */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const at = placeless(d) ? '' : `file=${escapeProperty(printable(d.file))},line=${d.line},col=${d.column},`;
      const props = `${at}title=${escapeProperty(d.code)}`;
      const message = d.hint ? `${d.message} (${d.hint})` : d.message;
      // Line breaks (encoded by escapeData) and tabs stay: an annotation may carry a diff.
      const shown = message.split('\n').map((line) => line.split('\t').map(printable).join('\t')).join('\n');
      return `::${d.severity} ${props}::${escapeData(shown)}`;
    })
    .join('\n');
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Diagnostics in the requested format. */
export function formatDiagnostics(
  diagnostics: readonly Diagnostic[],
  format: DiagnosticFormat,
  sources?: SourceTexts,
): string {
  if (format === 'json') return formatJson(diagnostics);
  if (format === 'github') return formatGithub(diagnostics);
  return formatText(diagnostics, sources);
}
