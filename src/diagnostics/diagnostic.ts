/** A diagnostic as a value (DESIGN.md, "Pipeline"): what every stage returns about its input, and what it is made from. */
import type { DiagnosticCode } from './codes.js';

export type Severity = 'error' | 'warning';

/** One finding about the input, positioned in its source file. */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  /** Path of the file the finding is about, as given by the user. */
  file: string;
  /** Character offsets [start, end) in the file. */
  range: [number, number];
  /** 1-based line of range[0]. */
  line: number;
  /** 1-based column of range[0]. */
  column: number;
  hint?: string;
}

export interface DiagnosticInput {
  code: DiagnosticCode;
  message: string;
  hint?: string;
  severity?: Severity;
}

/** Turns a character offset into a 1-based line and column. */
export interface LineIndex {
  linePos(offset: number): { line: number; col: number };
}
