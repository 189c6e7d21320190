import type { Diagnostic } from './diagnostic.js';
/** `{command, exitCode, ok, diagnostics, result}`: one JSON document whatever the outcome. */
export declare function jsonEnvelope(command: string, exitCode: number, diagnostics: readonly Diagnostic[], result: Record<string, unknown>): string;
/**
 * A file as a SARIF artifact URI (RFC 3986): a relative path (from where obscompile ran, in CI the checkout) with each
 * segment percent-encoded, so `#`, `%` or a space stay part of the name; an absolute path as a `file://` URI.
 */
export declare function sarifUri(file: string): string;
/** A SARIF 2.1.0 log with one run: a rule per diagnostic code, a result per diagnostic with its region. */
export declare function sarifLog(diagnostics: readonly Diagnostic[], version: string): string;
