import { type Options } from './options.js';
import type { Diagnostic, ParsedSource, SourceFile, ValidConfig } from './types.js';
export interface Analysis {
    options: Options;
    source?: SourceFile;
    parsed?: ParsedSource;
    config?: ValidConfig;
    diagnostics: Diagnostic[];
}
/** Discovers, parses, validates and checks the config: everything `obscompile validate` needs. */
export declare function analyze(partial: Partial<Options>): Promise<Analysis>;
