import type { Diagnostic } from './diagnostic.js';
/** `{command, exitCode, ok, diagnostics, result}`: one JSON document whatever the outcome. */
export declare function jsonEnvelope(command: string, exitCode: number, diagnostics: readonly Diagnostic[], result: Record<string, unknown>): string;
/** A SARIF 2.1.0 log with one run: a rule per diagnostic code, a result per diagnostic with its region. */
export declare function sarifLog(diagnostics: readonly Diagnostic[], version: string): string;
