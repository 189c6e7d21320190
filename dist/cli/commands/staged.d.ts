/** The staged mirror: the folder standing for the working folder, and how to remove it. */
export interface StagedTree {
    cwd: string;
    config: string;
    remove(): void;
}
/** Builds the staged mirror for the config at `configFile` (absolute), or says why it cannot. */
export declare function stagedTree(cwd: string, configFile: string, out?: string): StagedTree | {
    error: string;
    hint: string;
};
