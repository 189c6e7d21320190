export interface Io {
    cwd: string;
    out(text: string): void;
    err(text: string): void;
    /** Present when the output is one machine-readable document: the command's result fields go here, not to `out`. */
    result?(fields: Record<string, unknown>): void;
    /** Present with `result`: diagnostics are collected into the document instead of printed. */
    diagnostics?(list: readonly import('../types.js').Diagnostic[]): void;
    /** The user's cache folder, where a build keeps the record that lets the same build skip its work (src/emit/record.ts); absent: no record. */
    cacheDir?: string;
    /** How the user runs obscompile, for the commands messages suggest (`npx obscompile` under npx); `obscompile` when absent. */
    invokedAs?: string;
}
/**
 * Writes lines to fd 1 or 2 directly: touching process.stdout builds a stream, and its modules cost every run
 * several milliseconds. A descriptor that would block (EAGAIN: a non-blocking pipe) hands the rest, in order, to
 * the stream; a reader gone away (EPIPE: `obscompile … | head`) ends the output quietly. Any other failure (a full
 * disk behind `> file`) is thrown marked with `output`, the stream's name: it is no failure of the command's files.
 */
export declare function lineWriter(write: (bytes: Buffer, offset: number) => number, stream: () => {
    write(bytes: Buffer): unknown;
}, output?: string): (text: string) => void;
/** True once some output went to a stream (see lineWriter): it is written asynchronously, after the run returns. */
export declare const outputStreamed: () => boolean;
/** The process's current folder, or undefined when it was removed (or renamed away) after the shell entered it. */
export declare function currentFolder(): string | undefined;
/** The process's own standard output and error; a current folder that is gone is left for run() to say (cwd ''). */
export declare const processIo: () => Io;
/** Exit codes (DESIGN.md): 0 ok, 1 invalid config or drift, 2 usage or I/O error. */
export declare const EXIT: {
    readonly ok: 0;
    readonly invalid: 1;
    readonly usage: 2;
};
