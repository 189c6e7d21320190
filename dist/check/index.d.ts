import type { Rule } from './rule.js';
import type { Diagnostic, ParsedSource, ValidConfig } from '../types.js';
/** Every rule, in the order their findings are reported. */
export declare const RULES: readonly Rule[];
/** Runs every rule; findings are sorted by position. `out`: the output folder `--out` gives, relative to the config's folder. */
export declare function check(config: ValidConfig, source: ParsedSource, out?: string): Promise<Diagnostic[]>;
