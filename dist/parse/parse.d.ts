import type { ParsedSource, SourceFile, StageResult } from '../types.js';
/** Parses the config; syntax errors become diagnostics. */
export declare function parse(source: SourceFile): Promise<StageResult<ParsedSource>>;
