/** Gives findings their file, line and column. The positioned document is built only when there is a finding. */
import { diagnosticAt } from '../diagnostics/make.js';
import type { Diagnostic, Finding, ParsedSource } from '../types.js';

/** Positions every finding on the config node it names; sorted by position in the file. */
export async function place(source: ParsedSource, findings: readonly Finding[]): Promise<Diagnostic[]> {
  if (findings.length === 0) return [];
  const positioned = await source.positioned();
  return findings
    .map(({ at, target, ...input }) => {
      // A layered config says which layer's file the value was written in.
      const o = positioned.origin?.(at, target);
      return o ? diagnosticAt(o.file, o.lines, o.range, input) : diagnosticAt(source.path, positioned.lines, positioned.locate(at, target), input);
    })
    .sort((a, b) => (a.file === b.file ? a.range[0] - b.range[0] : a.file < b.file ? -1 : 1));
}
