import type { Diagnostic, Finding, ParsedSource } from '../types.js';
/** Positions every finding on the config node it names; sorted by position in the file. */
export declare function place(source: ParsedSource, findings: readonly Finding[]): Promise<Diagnostic[]>;
