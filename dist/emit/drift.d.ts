import { type EmitTarget, type FileState } from './plan.js';
import type { Artifact } from '../types.js';
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
