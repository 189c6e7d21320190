import type { ParsedSource, PositionedSource, SourceFile, StageResult } from '../types.js';
/** Alias expansions allowed when converting to plain data (guards against alias bombs; the plain reader takes no aliases). */
export declare const MAX_ALIAS_COUNT = 50;
/** Parses YAML into a positioned document and its plain value; syntax errors become diagnostics. */
export declare function parseWithPositions(source: SourceFile): StageResult<ParsedSource>;
/** Positions for a text the plain reader already accepted (the document is only read for its node ranges). */
export declare function positionsOf(source: SourceFile): PositionedSource;
