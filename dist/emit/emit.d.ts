import { type Journal } from './journal.js';
import { type Durability } from './durability.js';
import type { Artifact, Diagnostic } from '../types.js';
export type FileState = 'unchanged' | 'missing' | 'stale' | 'hand-edited' | 'blocked' | 'orphan';
export interface FilePlan {
    path: string;
    state: FileState;
    /** Absent for orphans: files an earlier build wrote that this config no longer produces. */
    artifact?: Artifact;
    /** What is on disk now, as text. */
    current?: string;
    /** Only the executable bit differs. */
    modeOnly?: boolean;
    blockedBy?: string;
}
export interface EmitTarget {
    /** Absolute output folder. */
    outDir: string;
    /** The output folder as shown to the user. */
    shownDir: string;
    /** The config relative to the output folder, recorded in the manifest. */
    source: string;
}
/** Where each artifact stands against what is on disk and in the manifest. */
export declare function plan(artifacts: readonly Artifact[], target: EmitTarget): Promise<FilePlan[]>;
/**
 * Whether `bytes` are the UTF-8 of `text`, encoding the text a piece at a time: a whole copy of it (a catalog of
 * ten thousand scrape targets is 6 MB) would add its size to the build's peak memory.
 */
export declare function sameText(bytes: Buffer, text: string): boolean;
export interface WriteOptions {
    force: boolean;
    dryRun: boolean;
}
export interface EmitResult {
    written: string[];
    unchanged: string[];
    removed: string[];
    diagnostics: Diagnostic[];
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
export interface Drift {
    path: string;
    state: Exclude<FileState, 'unchanged'>;
    /** Unified diff from what is on disk to what the config compiles to. */
    diff: string;
}
/** Every artifact that differs from the output folder, with a unified diff each. */
export declare function check(artifacts: readonly Artifact[], target: EmitTarget): Promise<Drift[]>;
