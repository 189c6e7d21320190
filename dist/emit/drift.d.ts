import { type EmitTarget, type FileState } from './plan.js';
import type { Artifact, Diagnostic } from '../types.js';
/** How long `check` waits for a build writing the folder to finish: longer than a thousand-host fleet takes here. */
export declare const CHECK_WAITS_MS = 120000;
/**
 * Waits while another build writes the output folder, so that what is compared is that build's finished output, not
 * a folder half replaced; `waiting` is told the build's pid when there is one. A diagnostic when it is still writing
 * after `ms`.
 */
export declare function afterBuilds(target: Pick<EmitTarget, 'outDir' | 'shownDir'>, waiting?: (pid: number) => void, ms?: number): Promise<Diagnostic | undefined>;
export interface Drift {
    path: string;
    state: Exclude<FileState, 'unchanged' | 'left'>;
    /** Unified diff from what is on disk to what the config compiles to. */
    diff: string;
    /**
     * Where the file first differs, in the file as it is (1-based line, and its first character's offset): a missing
     * or blocked file, and one no longer produced, differ as a whole, at 1.
     */
    line: number;
    offset: number;
}
/** Every artifact that differs from the output folder, with a unified diff each. */
export declare function check(artifacts: readonly Artifact[], target: EmitTarget, current?: string): Promise<Drift[]>;
/**
 * The first line of `was` that is not as in `now`, and where it starts; `was`'s last line when `now` only adds lines
 * after it.
 */
export declare function firstDifference(was: string, now: string): {
    line: number;
    offset: number;
};
