/** Building positioned diagnostics from offsets: lines and columns come from a line index of the text. */
import type { Diagnostic, DiagnosticInput, LineIndex } from './diagnostic.js';
export type { DiagnosticInput, LineIndex } from './diagnostic.js';
/** The line index of a text: its line starts, searched by bisection. */
export declare function countLines(text: string): LineIndex;
/** A diagnostic at `range` of `file`, with line and column derived from `lines`. */
export declare function diagnosticAt(file: string, lines: LineIndex, range: readonly [number, number], input: DiagnosticInput): Diagnostic;
/** The place of a diagnostic about the command line itself, not about any file: shown without a line and column. */
export declare const COMMAND_LINE = "(command line)";
/** A usage error: what was asked on the command line cannot work. */
export declare function usageDiagnostic(message: string, hint: string): Diagnostic;
/** True for a diagnostic without a position in a file: about the command line, a whole file or folder, or a place that is no file. */
export declare const placeless: (d: {
    file: string;
    line: number;
}) => boolean;
/**
 * A diagnostic about a file or folder as a whole (missing, unreadable, in the way, locked), or about a place that is no
 * file (a running Prometheus, a job of it): named by `file`, with line 0, which every format shows without a position
 * (`out: error [OBS_IO] …`, not `out:1:1`: no line of it is at fault).
 */
export declare function fileDiagnostic(file: string, input: DiagnosticInput): Diagnostic;
/** What a failed file operation's errno says about the file, in words ("is a folder"). */
export declare const ERRNO_WORDS: Readonly<Record<string, string>>;
/** `where` (shown at `file`) is a symbolic link to `linkTo`, which does not exist, where a folder should be. */
export declare function danglingLink(file: string, where: string, verb: string, linkTo: string): Diagnostic;
/** An OBS_IO diagnostic for a failed file operation, on the file it names (relative to `cwd` when inside it). */
export declare function ioErrorDiagnostic(error: NodeJS.ErrnoException & {
    output?: string;
}, cwd: string): Diagnostic;
