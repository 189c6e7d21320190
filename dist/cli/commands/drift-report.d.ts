import type { Drift } from '../../emit/drift.js';
import type { Diagnostic } from '../../types.js';
import type { Io } from '../io.js';
/**
 * A diagnostic per drifted file of the folder shown as `shownDir`. `why` words it instead (a retired fleet bundle's
 * files); `staged`: for `check --staged`.
 */
export declare function driftDiagnostics(shownDir: string, drift: readonly Drift[], options?: {
    staged?: boolean;
    why?: string;
}): Diagnostic[];
/** The drifted files as a JSON result lists them (schema/output.schema.json): path, state and diff, nothing more. */
export declare const driftFiles: (drift: readonly Drift[]) => {
    path: string;
    state: "missing" | "stale" | "blocked" | "hand-edited" | "orphan";
    diff: string;
}[];
/** Lines of a diff an annotation carries: enough for an edited value or two; the rest is in the log (`check`'s text). */
export declare const ANNOTATION_DIFF_LINES = 40;
/**
 * GitHub annotations of the drifted files, each carrying the start of its diff, so a pull request shows how the file
 * drifted beside the line; a longer diff is cut, and says how much more there is.
 */
export declare function githubDrift(io: Io, diagnostics: readonly Diagnostic[], drift: readonly Drift[]): void;
/**
 * Each drifted file as text: its line (as the user invoked obscompile), then its diff; a missing file's diff would be
 * the whole file (before any build, some twelve thousand lines), so its line says it alone, and more than a few
 * missing files share one line that names the first of them. JSON and annotations keep a line and a diff for each.
 */
export declare function textDrift(io: Io, diagnostics: readonly Diagnostic[], drift: readonly Drift[], where: {
    shownDir: string;
    staged?: boolean;
    build?: string;
}): void;
/** What `check` says while it waits for a build writing the folder (only to a terminal's reader: text format). */
export declare function waitingNote(io: Io, shownDir: string, format: string): ((pid: number) => void) | undefined;
