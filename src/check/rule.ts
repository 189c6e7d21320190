/** The shape of a semantic rule and the helper that positions its findings. */
import { diagnosticAt, type DiagnosticInput } from '../diagnostics/make.js';
import { locate, type ConfigPath } from '../yaml-path.js';
import type { Diagnostic, ParsedSource, ValidConfig } from '../types.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';

/** A check the schema cannot express. The title reads as a sentence and documents the rule. */
export interface Rule {
  code: DiagnosticCode;
  title: string;
  check(config: ValidConfig, source: ParsedSource): Diagnostic[];
}

/** A diagnostic placed on the config value at `path` (or its nearest written ancestor). */
export function at(source: ParsedSource, path: ConfigPath, input: DiagnosticInput, target: 'key' | 'value' = 'value'): Diagnostic {
  return diagnosticAt(source.path, source.lines, locate(source.doc, path, target).range, input);
}
