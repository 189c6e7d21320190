/** Where the CLI writes: injected so tests can capture output and the library never prints. */
export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
  /** Present when the output is one machine-readable document: the command's result fields go here, not to `out`. */
  result?(fields: Record<string, unknown>): void;
  /** Present with `result`: diagnostics are collected into the document instead of printed. */
  diagnostics?(list: readonly import('../types.js').Diagnostic[]): void;
}

/** The process's own streams. */
export const processIo = (): Io => ({
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
});

/** Exit codes (DESIGN.md): 0 ok, 1 invalid config or drift, 2 usage or I/O error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
