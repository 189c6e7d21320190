import { type Io } from './io.js';
/** Runs the CLI on `argv` (without node and script); returns the exit code. */
export declare function run(argv: readonly string[], io?: Io): Promise<number>;
