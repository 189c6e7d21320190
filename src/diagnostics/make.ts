/** Building positioned diagnostics from offsets (lines and columns come from the yaml LineCounter). */
import { LineCounter } from 'yaml';
import type { DiagnosticCode } from './codes.js';
import type { Diagnostic, Severity } from '../types.js';

export interface DiagnosticInput {
  code: DiagnosticCode;
  message: string;
  hint?: string;
  severity?: Severity;
}

/** Line starts of a text, for files that were never parsed (or failed to parse). */
export function countLines(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines.addNewLine(i + 1);
  return lines;
}

/** A diagnostic at `range` of `file`, with line and column derived from `lines`. */
export function diagnosticAt(
  file: string,
  lines: LineCounter,
  range: readonly [number, number],
  input: DiagnosticInput,
): Diagnostic {
  const pos = lines.linePos(range[0]);
  const d: Diagnostic = {
    severity: input.severity ?? 'error',
    code: input.code,
    message: input.message,
    file,
    range: [range[0], range[1]],
    line: pos.line,
    column: pos.col,
  };
  if (input.hint) d.hint = input.hint;
  return d;
}

/** A diagnostic about a whole file (missing, unreadable): positioned at 1:1. */
export function fileDiagnostic(file: string, input: DiagnosticInput): Diagnostic {
  const d: Diagnostic = {
    severity: input.severity ?? 'error',
    code: input.code,
    message: input.message,
    file,
    range: [0, 0],
    line: 1,
    column: 1,
  };
  if (input.hint) d.hint = input.hint;
  return d;
}
