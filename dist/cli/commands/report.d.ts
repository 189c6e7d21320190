import { type Io } from '../io.js';
import type { Analysis } from '../../analyze.js';
import type { Diagnostic } from '../../types.js';
import type { Replaced } from '../../emit/emit.js';
/** 0 without errors; 2 when any error is an I/O error; 1 otherwise. */
export declare function exitFor(diagnostics: readonly Diagnostic[]): number;
/** At most this many diagnostics are printed as text or annotations; JSON always carries all of them. */
export declare const MAX_PRINTED = 100;
/** Prints diagnostics to stderr (text, github) or stdout (json), with code frames from the analysed source. */
export declare function report(io: Io, diagnostics: readonly Diagnostic[], format: string, analysis?: Analysis, texts?: ReadonlyMap<string, string>): void;
/** A diagnostic whose suggested commands (`obscompile build`) name obscompile as the user runs it. */
export declare function asInvoked(io: Io, d: Diagnostic): Diagnostic;
/** A command line to suggest: `obscompile build`, or `npx obscompile build` when the user runs it through npx. */
export declare const suggested: (io: Io, command: string) => string;
export declare function plural(n: number, word: string): string;
export interface CommonOptions {
    config?: string;
    out?: string;
    format: string;
    /** `--max-config-bytes`. */
    maxConfigBytes?: number;
    /** `--fleet`: a fleet file instead of one config. */
    fleet?: string;
}
/** One line for each file --force replaces, naming where the file as it was is kept. */
export declare function replacedLines(shownDir: string, replaced: readonly Replaced[], dryRun?: boolean): string[];
