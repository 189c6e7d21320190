/**
 * The command line: every command is a library call mapped to an exit code. The everyday command lines are read by
 * ./argv.ts; help, `--version`, typos and mistakes go to commander (./program.ts), loaded only for them. Both read
 * the commands from ./declarations.ts.
 */
import { type Io } from './io.js';
/** Runs the CLI on `argv` (without node and script); returns the exit code. */
export declare function run(argv: readonly string[], io?: Io): Promise<number>;
