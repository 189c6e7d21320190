import type { SourceFile, StageResult } from '../types.js';
/** File names searched for in each folder, from the current folder upward. */
export declare const CONFIG_FILE_NAMES: readonly ["observability.config.yaml", "observability.config.yml"];
/** Larger configs are refused before parsing unless the user raises the limit (`--max-config-bytes`): a real one is a few kilobytes. */
export declare const MAX_CONFIG_BYTES: number;
export interface DiscoverOptions {
    /** Folder the search starts in. */
    cwd: string;
    /** Explicit config path (`--config`); no search when given. */
    configPath?: string | undefined;
    /** Largest config accepted, in bytes (default MAX_CONFIG_BYTES). */
    maxBytes?: number | undefined;
}
/** Finds the config (explicit path, else a search upward to the project root) and reads it. */
export declare function discover(options: DiscoverOptions): Promise<StageResult<SourceFile>>;
/** The config a run with these options reads (the explicit path, else what the search finds), or undefined. */
export declare function configLocation(options: DiscoverOptions): Promise<string | undefined>;
