/** Options of the library API, declared once with their defaults (resolved at the top of the pipeline). */
import type { KeptTexts } from './types.js';
export interface Options {
    /** Folder the config search starts in; relative paths on the command line resolve against it. */
    cwd: string;
    /** Explicit config file; when absent the config is searched for from `cwd` upward. */
    config?: string | undefined;
    /** Output folder, overriding `output.dir` of the config (relative to `cwd`). */
    out?: string | undefined;
    /** Overwrite generated files that were edited by hand since the last build. */
    force: boolean;
    /** Compute and report, but write nothing. */
    dryRun: boolean;
    /** Largest config file accepted, in bytes; raise it for configs with thousands of targets. */
    maxConfigBytes: number;
    /** Texts an earlier run rendered, given again for equal inputs instead of rendered (src/render/same-input.ts). */
    keptTexts?: KeptTexts | undefined;
}
export declare const DEFAULTS: Omit<Options, 'cwd'>;
/** A complete Options from a partial one. */
export declare function resolveOptions(partial: Partial<Options>): Options;
