import type { Diagnostic } from './diagnostic.js';
export type DiagnosticFormat = 'text' | 'json' | 'github';
/** Source texts by file path, for code frames. */
export type SourceTexts = ReadonlyMap<string, string>;
/** Text with every unprintable character shown as an escape (`\x1b`), so a message stays one inert line. */
export declare function printable(text: string): string;
/** `file:line:col: severity [CODE] message`, the first line of every text diagnostic. */
export declare function headline(d: Diagnostic): string;
/** The lines around a diagnostic, with a gutter and a caret line under the range. */
export declare function codeFrame(text: string, d: Diagnostic): string;
/** Compiler-style text: headline, code frame, hint. */
export declare function formatText(diagnostics: readonly Diagnostic[], sources?: SourceTexts): string;
/** A diagnostic as machine-readable data, stable key order. */
export declare function diagnosticRow(d: Diagnostic): Record<string, unknown>;
/**
 * Indented JSON that stays inert on a terminal: JSON escapes C0 controls itself; C1 controls, separators and bidi
 * overrides are escaped too.
 */
export declare function inertJson(value: unknown): string;
/** Machine-readable diagnostics: a JSON array. */
export declare function formatJson(diagnostics: readonly Diagnostic[]): string;
/** GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`). */
export declare function formatGithub(diagnostics: readonly Diagnostic[]): string;
/** Diagnostics in the requested format. */
export declare function formatDiagnostics(diagnostics: readonly Diagnostic[], format: DiagnosticFormat, sources?: SourceTexts): string;
