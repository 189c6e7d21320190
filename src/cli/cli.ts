/**
 * The command line: every command is a library call mapped to an exit code. The everyday command lines are read by
 * ./argv.ts; help, `--version`, typos and mistakes go to commander (./program.ts), loaded only for them. Both read
 * the commands from ./declarations.ts.
 */
import { EXIT, processIo, type Io } from './io.js';
import type { Diagnostic } from '../types.js';
import { readCommandLine } from './argv.js';
import { COMMANDS } from './declarations.js';
import { VERSION } from '../version.js';
import { runState } from './run-state.js';

/** Runs one complete command line: the command's module, its output format, and file-system errors as diagnostics. */
async function runCommand(name: string, opts: Record<string, unknown>, args: string[], io: Io): Promise<number> {
  const action = await COMMANDS[name]!.load();
  const format = (opts.format as string | undefined) ?? 'text';
  // JSON and SARIF: the command's diagnostics and result are collected and printed as one document at the end.
  const document = format === 'json' || format === 'sarif' ? { diagnostics: [] as Diagnostic[], result: {} as Record<string, unknown> } : undefined;
  const commandIo: Io = document
    ? { cwd: io.cwd, ...(io.cacheDir ? { cacheDir: io.cacheDir } : {}), ...(io.invokedAs ? { invokedAs: io.invokedAs } : {}), out: () => undefined, err: io.err, result: (f) => Object.assign(document.result, f), diagnostics: (d) => document.diagnostics.push(...d) }
    : io;
  let code: number;
  try {
    code = await action(opts as never, commandIo, args);
  } catch (error) {
    // A file-system error the command did not turn into a diagnostic still goes through the formatter.
    if (!(error as NodeJS.ErrnoException).code) throw error;
    const { ioErrorDiagnostic } = await import('../diagnostics/make.js');
    const { report } = await import('./commands/report.js');
    report(commandIo, [ioErrorDiagnostic(error as NodeJS.ErrnoException, io.cwd)], format);
    code = EXIT.usage;
  }
  if (!document) return code;
  const { jsonEnvelope, sarifLog } = await import('../diagnostics/documents.js');
  io.out(format === 'json' ? jsonEnvelope(name, code, document.diagnostics, document.result) : sarifLog(document.diagnostics, VERSION));
  return code;
}

/** Runs the CLI on `argv` (without node and script); returns the exit code. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  if (!io.cwd) {
    io.err('obscompile: the current folder no longer exists (it was removed or renamed after this shell entered it): cd into a folder that exists, and run it again');
    return EXIT.usage;
  }
  try {
    const line = readCommandLine(argv);
    runState.replayed = false;
    if (line) {
      const code = await runCommand(line.command, line.opts, line.args, io);
      runState.complete = code === EXIT.ok && !runState.replayed;
      return code;
    }
    const { runProgram } = await import('./program.js');
    return await runProgram(argv, io, (name, opts, args) => runCommand(name, opts, args, io));
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { output?: string };
    // A JSON or SARIF document that could not be written to standard output (src/cli/io.ts): said on standard error.
    if (e.output === 'standard output') {
      const { ioErrorDiagnostic } = await import('../diagnostics/make.js');
      const { report } = await import('./commands/report.js');
      report({ ...io, out: io.err }, [ioErrorDiagnostic(e, io.cwd)], 'text');
    } else if (!e.output) io.err(`obscompile: ${e.code ? `${e.code}: ` : ''}${e.message}`);
    return EXIT.usage;
  }
}
