import { type RecordedBuild } from '../../emit/record.js';
import type { Diagnostic, ParsedSource } from '../../types.js';
import { type Io } from '../io.js';
interface RecordOptions {
    fleet: string;
    format: string;
    maxConfigBytes?: number;
    dryRun?: boolean;
}
/** What an earlier, identical build recorded, when every file it wrote is still as it left it. */
export declare function recordedBuild(opts: RecordOptions, io: Io): RecordedBuild | undefined;
/** Reports a recorded build as a full one reports the same outcome: its diagnostics, then every bundle unchanged. */
export declare function replayRecorded(build: RecordedBuild, opts: RecordOptions, io: Io): number;
/**
 * Leaves the record of a build that wrote every bundle and found no host that left the fleet: one whose next run
 * has nothing to do. Taken after the fleet's lock is released (its removal changes the output folder's status).
 */
export declare function leaveRecord(opts: RecordOptions, io: Io, inputs: readonly ParsedSource[], diagnostics: Diagnostic[], root: string, bundles: {
    name: string;
    shownDir: string;
    files: string[];
}[]): void;
export {};
