import { type Io } from '../io.js';
import type { CommonOptions } from './report.js';
/** The files a run reads: the config, or a fleet file and its base (read from the fleet file). */
export declare function watchedInputs(opts: CommonOptions, io: Io): Promise<string[]>;
/**
 * The options a watch runs with: the config found once, at the start, so that a config deleted while watched (a
 * branch switch) is said to be missing instead of replaced by another one found further up.
 */
export declare function pinnedConfig<T extends CommonOptions>(opts: T, io: Io): Promise<T>;
/** Runs `run`, then again after each change of `inputs()`, until `stopped` resolves; the exit code is 0 once stopped. */
export declare function watchLoop(run: () => Promise<number>, inputs: () => Promise<string[]>, io: Io, stopped: Promise<void>): Promise<number>;
/** What `--watch` cannot run with: another option that ends the command, or a machine-readable format (one document a run). */
export declare function watchRefused(opts: CommonOptions, option: string | undefined): import("../../types.js").Diagnostic | undefined;
/** Resolves at the first Ctrl-C (SIGINT) or SIGTERM. */
export declare function untilInterrupted(): Promise<void>;
