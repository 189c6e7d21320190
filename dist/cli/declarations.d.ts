/**
 * Every command of the CLI as data: its description, arguments and options, and the module that runs it (loaded only
 * when it runs). Two readers are built from this one table, so they cannot disagree on a name, a default or a
 * choice: ./argv.ts reads the everyday command lines (`obscompile build`, `obscompile check --format github`)
 * without loading commander, and ./program.ts declares the same commands to commander, which handles everything else:
 * help, `--version`, typos and every mistake, with its own messages.
 */
import type { Io } from './io.js';
/** A command's implementation: options by attribute name, the I/O, and the operands. */
export type Action = (opts: never, io: Io, args: string[]) => Promise<number>;
export interface OptionSpec {
    /** As commander writes them: `--name`, `-x, --name`, with ` <value>` when the option takes one. */
    flags: string;
    description: string;
    default?: string | number | boolean;
    choices?: readonly string[];
    /** Turns the text into the option's value; throws an Error whose message says what is expected. */
    parse?: (value: string) => unknown;
}
export interface ArgumentSpec {
    /** `<name>` (required), `[name]` (optional), or `<name...>` (one or more, last only). */
    name: string;
    description: string;
    default?: string;
}
export interface CommandSpec {
    description: string;
    arguments?: readonly ArgumentSpec[];
    options: readonly OptionSpec[];
    load: () => Promise<Action>;
}
export declare const PROGRAM: {
    name: string;
    description: string;
    version: {
        flags: string;
        description: string;
    };
    help: {
        flags: string;
        description: string;
    };
    afterError: string;
};
export declare const COMMANDS: Readonly<Record<string, CommandSpec>>;
