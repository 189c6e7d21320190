/** Where the CLI writes: injected so tests can capture output and the library never prints. */
import { writeSync } from 'node:fs';
import { cacheHome } from './cache-home.js';

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
export function lineWriter(write: (bytes: Buffer, offset: number) => number, stream: () => { write(bytes: Buffer): unknown }, output = 'standard output'): (text: string) => void {
  let mode: 'direct' | 'stream' | 'closed' = 'direct';
  return (text) => {
    const bytes = Buffer.from(text.endsWith('\n') ? text : `${text}\n`);
    let done = 0;
    while (mode === 'direct' && done < bytes.length) {
      try {
        done += write(bytes, done);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') mode = 'stream';
        else if (code === 'EPIPE') mode = 'closed';
        else throw Object.assign(error as object, { output });
      }
    }
    if (mode === 'stream' && done < bytes.length) {
      streamed = true;
      stream().write(bytes.subarray(done));
    }
  };
}

let streamed = false;

/** True once some output went to a stream (see lineWriter): it is written asynchronously, after the run returns. */
export const outputStreamed = (): boolean => streamed;

/** The process's current folder, or undefined when it was removed (or renamed away) after the shell entered it. */
export function currentFolder(): string | undefined {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

/** The process's own standard output and error; a current folder that is gone is left for run() to say (cwd ''). */
export const processIo = (): Io => ({
  cwd: currentFolder() ?? '',
  ...(process.env.OBSCOMPILE_NO_BUILD_RECORD ? {} : { cacheDir: cacheHome() }),
  // npx (npm exec) runs a package's command without putting it on the shell's PATH: a suggested command says npx too.
  ...(process.env.npm_command === 'exec' ? { invokedAs: 'npx obscompile' } : {}),
  out: lineWriter((bytes, offset) => writeSync(1, bytes, offset), () => process.stdout),
  err: lineWriter((bytes, offset) => writeSync(2, bytes, offset), () => process.stderr, 'standard error'),
});

/** Exit codes (DESIGN.md): 0 ok, 1 invalid config or drift, 2 usage or I/O error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
