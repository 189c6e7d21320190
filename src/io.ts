/** Where the CLI writes: injected so tests can capture output and the library never prints. */
export interface Io {
  cwd: string;
  out(text: string): void;
  err(text: string): void;
}

/** The process's own streams. */
export const processIo = (): Io => ({
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
});

/** Exit codes (DESIGN.md): 0 ok, 1 invalid config or drift, 2 usage or I/O error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
