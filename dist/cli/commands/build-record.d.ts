import { type Outcome, type RecordLookup, type Replay, type UntilThere } from '../../emit/record.js';
import { type KeptTextsFile } from '../../emit/kept-texts.js';
import type { SourceFile } from '../../types.js';
import { type Io } from '../io.js';
export type RecordKind = 'build' | 'fleet';
/**
 * What an earlier, identical build of `main` recorded, when every file it wrote is still as it left it; else whether
 * the last recorded build was of other inputs.
 */
export declare function recordedOutcome(io: Io, kind: RecordKind, main: string, settings: readonly unknown[], maxBytes: number): RecordLookup;
/** The lines of `notes` that hold now: their file is not there (yet), or is a folder where a file belongs. */
export declare const dueNotes: (notes: readonly UntilThere[] | undefined) => string[];
/** The same lines as a JSON result's `notes`, when there are any. */
export declare function notesField(notes: readonly UntilThere[] | undefined): {
    notes?: string[];
};
/** Reports a recorded outcome as the full build reports the same: its diagnostics, its lines, its result. */
export declare function replayOutcome(replay: Replay, format: string, io: Io): number;
/**
 * Leaves the record of a build that left every output folder current (no refusal, nothing of a retired host left):
 * `outcome` is what the same build reports once nothing has changed. Taken after every lock is released (removing a
 * lock changes its folder's status).
 */
export declare function leaveRecord(io: Io, kind: RecordKind, settings: readonly unknown[], inputs: readonly SourceFile[], outcome: Outcome, folders: {
    dir: string;
    files: string[];
    sums?: string[];
}[], root?: string): void;
/** The texts kept from the last build of the config at `main` (src/emit/kept-texts.ts), when the user has a cache folder. */
export declare function keptTextsOf(io: Io, main: string | undefined): KeptTextsFile | undefined;
