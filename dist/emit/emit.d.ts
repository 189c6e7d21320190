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
/** Writes changed artifacts (temp file + rename each), then the manifest; writes nothing if any file is refused. */
export declare function write(artifacts: readonly Artifact[], target: EmitTarget, options: WriteOptions): Promise<EmitResult>;
export interface Drift {
    path: string;
    state: Exclude<FileState, 'unchanged'>;
    /** Unified diff from what is on disk to what the config compiles to. */
    diff: string;
}
/** Every artifact that differs from the output folder, with a unified diff each. */
export declare function check(artifacts: readonly Artifact[], target: EmitTarget): Promise<Drift[]>;
