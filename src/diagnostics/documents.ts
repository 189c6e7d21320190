/**
 * The machine-readable documents a command prints as its only output: the JSON envelope (schema/output.schema.json)
 * and a SARIF 2.1.0 log for code-scanning UIs.
 */
import { placeless } from './make.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes.js';
import { diagnosticRow, inertJson } from './format.js';
import type { Diagnostic } from './diagnostic.js';

/** `{command, exitCode, ok, diagnostics, result}`: one JSON document whatever the outcome. */
export function jsonEnvelope(command: string, exitCode: number, diagnostics: readonly Diagnostic[], result: Record<string, unknown>): string {
  return inertJson({ command, exitCode, ok: exitCode === 0, diagnostics: diagnostics.map(diagnosticRow), result });
}

/**
 * A file as a SARIF artifact URI (RFC 3986): a relative path (from where obscompile ran, in CI the checkout) with each
 * segment percent-encoded, so `#`, `%` or a space stay part of the name; an absolute path as a `file://` URI.
 */
export function sarifUri(file: string): string {
  const path = file.split('\\').join('/');
  const encoded = path.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  return path.startsWith('/') ? `file://${encoded}` : /^[A-Za-z]:\//.test(path) ? `file:///${path.slice(0, 2)}${encoded.slice(encoded.indexOf('/'))}` : encoded;
}

/** A SARIF 2.1.0 log with one run: a rule per diagnostic code, a result per diagnostic with its region. */
export function sarifLog(diagnostics: readonly Diagnostic[], version: string): string {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort() as DiagnosticCode[];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'obscompile',
            version,
            informationUri: 'https://github.com/obscompile/obscompile',
            rules: codes.map((id) => ({ id, shortDescription: { text: DIAGNOSTIC_CODES[id] } })),
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: codes.indexOf(d.code),
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: d.hint ? `${d.message} (${d.hint})` : d.message },
          // A usage error is about the command line, not a file: SARIF results may have no location.
          ...(placeless(d) ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(d.file) }, region: { startLine: d.line, startColumn: d.column } } }] }),
        })),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
