import type { Artifact } from '../types.js';
/** `orphan`: an earlier build's file the config no longer produces, removed; `left`: one edited since, left in place. */
export type FileState = 'unchanged' | 'missing' | 'stale' | 'hand-edited' | 'blocked' | 'orphan' | 'left';
export interface FilePlan {
    path: string;
    state: FileState;
    /** Absent for orphans: files an earlier build wrote that this config no longer produces. */
    artifact?: Artifact;
    /** What is on disk now, as text. */
    current?: string;
    /** The SHA-256 of what is on disk now, where it differs from the artifact (a journal step's `before`). */
    currentSha256?: string;
    /** Only the executable bit differs. */
    modeOnly?: boolean;
    /** The permission bits of the file on disk, when there is one (a rewrite keeps them: fs-safe.ts keptMode). */
    currentMode?: number;
    blockedBy?: string;
    /** A hand-edited file that no manifest lists: obscompile never wrote it. */
    foreign?: boolean;
}
export interface EmitTarget {
    /** Absolute output folder. */
    outDir: string;
    /** The output folder as shown to the user. */
    shownDir: string;
    /** The config relative to the output folder, recorded in the manifest. */
    source: string;
    /** The command that builds this folder again, as hints give it (default `obscompile build`). */
    rebuild?: string;
}
/**
 * Where each artifact stands against what is on disk and in the manifest. `alike` (from a build record: files whose
 * new text is the one the last build wrote, with the status it left them with): such a file that still has that
 * status is unchanged without being read. It is never written, so trusting its status cannot overwrite an edit;
 * every file this build would write is read and compared.
 */
export declare function plan(artifacts: readonly Artifact[], target: EmitTarget, alike?: ReadonlyMap<string, string>): Promise<FilePlan[]>;
/**
 * The plans when every artifact is unchanged on disk and no file of an earlier build is left to remove; undefined
 * at the first one that is not, without reading the rest (a build that will write plans again under its lock).
 */
export declare function currentPlans(artifacts: readonly Artifact[], target: EmitTarget, alike?: ReadonlyMap<string, string>): Promise<FilePlan[] | undefined>;
/**
 * Whether `bytes` are the UTF-8 of `text`, encoding the text a piece at a time: a whole copy of it (a catalog of
 * ten thousand scrape targets is 6 MB) would add its size to the build's peak memory.
 */
export declare function sameText(bytes: Buffer, text: string): boolean;
