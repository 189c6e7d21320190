import type { Diagnostic, ParsedSource, ValidConfig } from '../types.js';
/** A warning at the modeline's path when it names a schema copy other than the one the build writes (`out`: `--out`, when given, overrides `output.dir`). */
export declare function staleModeline(source: ParsedSource, config: ValidConfig, out?: string): Promise<Diagnostic[]>;
