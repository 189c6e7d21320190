import { type Journal } from './journal.js';
import { type Durability } from './durability.js';
import { type EmitTarget } from './plan.js';
import type { Artifact, Diagnostic } from '../types.js';
export { plan, sameText, type EmitTarget, type FilePlan, type FileState } from './plan.js';
export interface WriteOptions {
    force: boolean;
    dryRun: boolean;
    /**
     * The config (or the command line, or obscompile) changed since this folder was last written: its build record
     * says so. The build most likely writes, so the lock is taken at once, without first confirming without it that
     * nothing would change.
     */
    inputsChanged?: boolean;
    /** Files whose new text the last recorded build wrote, with the status it left them with (./plan.ts says how it is trusted). */
    alike?: ReadonlyMap<string, string>;
}
export interface EmitResult {
    written: string[];
    unchanged: string[];
    removed: string[];
    /** Files the config no longer produces that were edited since obscompile wrote them: left in place, no longer its. */
    left: string[];
    /** Files --force replaced that obscompile had not written as they were: each kept under another name first. */
    replaced: Replaced[];
    /** What a build that was stopped part-way left to do (its journal), which this one finished first. */
    finished?: {
        written: string[];
        removed: string[];
    };
    diagnostics: Diagnostic[];
}
export interface Replaced {
    path: string;
    /** The name (in the same folder) that keeps the file as it was. */
    keptAs: string;
    /** Edited by hand since obscompile wrote it, or never written by obscompile. */
    why: 'edited' | 'foreign';
}
/**
 * An output folder whose changed files are written as temp files, under the folder's lock (held until commit):
 * the outcome once committed, and what committing takes.
 */
export interface Staged {
    target: EmitTarget;
    /** What the build does once committed; its diagnostics when the folder is refused, and then nothing is. */
    result: EmitResult;
    /** The journal commit records and applies; absent when there is nothing to commit. */
    journal?: Journal;
    /** The temp files written, removed if the commit does not happen. */
    temps: string[];
    /** The folders this build made for the output (missing ones), removed while empty if the commit does not happen. */
    made: string[];
    /** Releases the folder's lock (again: nothing). */
    release: () => Promise<void>;
}
/** Writes changed artifacts (temp file + rename each), then the manifest; writes nothing if any file is refused. */
export declare function write(artifacts: readonly Artifact[], target: EmitTarget, options: WriteOptions, durability?: Durability): Promise<EmitResult>;
/** Everything before the first rename: compare, lock, finish what a killed build left, plan, write temp files. */
export declare function stage(artifacts: readonly Artifact[], target: EmitTarget, options: WriteOptions, durability?: Durability): Promise<Staged>;
/**
 * Commits staged folders together, in steps with a barrier between (./durability.ts): their temp files reach the
 * disk, then the journals naming them are written and reach it, then the renames and manifests, then a last barrier.
 * A folder that fails has the error in its result; the others commit. Every lock is released.
 */
export declare function commit(all: readonly Staged[], durability: Durability): Promise<void>;
/** Staged folders that will not be committed: their temp files go and their locks are released. */
export declare function abandon(all: readonly Staged[]): Promise<void>;
