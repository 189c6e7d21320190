import type { Io } from '../io.js';
/** The staged mirror: the folder standing for the working folder, and how to remove it. */
export interface StagedTree {
    cwd: string;
    config: string;
    remove(): void;
    /** `io` with the mirror's paths said as the repository's, in everything it prints: messages name the user's files. */
    inRepository(io: Io): Io;
}
/** Builds the staged mirror for the config at `configFile` (absolute), or says why it cannot. */
export declare function stagedTree(cwd: string, configFile: string, out?: string): StagedTree | {
    error: string;
    hint: string;
};
