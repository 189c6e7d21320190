import type { Io } from '../io.js';
/** The exit status of a process that stopped for `signal`, as a shell reports one: 128 + its number (130 for Ctrl-C). */
export declare const signalStatus: (signal: NodeJS.Signals) => number;
/** Thrown where a build stops for a signal before writing anything (caught by the command that runs it). */
export declare class Interrupted extends Error {
    constructor();
}
/**
 * Runs a build with the signal it watches: aborted at the first Ctrl-C or SIGTERM. Resolves to the build's exit status,
 * or to the signal's when one came (after the build stopped or finished).
 */
export declare function stoppable(io: Io, build: (signal: AbortSignal) => Promise<number>): Promise<number>;
/** Said when a build stopped before it wrote: nothing in the output folder changed. */
export declare const NOTHING_WRITTEN = "stopped before writing: every file of the output folder is as it was";
/** Whether the build was asked to stop: a signal that came is let in first. False when the build watches none. */
export declare function stopAsked(signal: AbortSignal | undefined): Promise<boolean>;
