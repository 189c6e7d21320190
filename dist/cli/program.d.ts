/**
 * The commands of ./declarations.ts declared to commander, for every command line the fast reader (./argv.ts) leaves
 * to it: help, `--version`, typos and every mistake, each with commander's own messages and exit codes.
 */
import { Command } from 'commander';
import { type Io } from './io.js';
/** What the program calls when a command line is complete: the command's name, options and operands. */
export type OnAction = (name: string, opts: Record<string, unknown>, args: string[]) => Promise<void>;
/**
 * The program for `argv`. A command line that starts with a command declares that command only (declaring them all
 * is most of commander's share of a run); anything else (`--help`, `help`, a mistyped command) declares them all, so
 * help lists them and a typo gets a suggestion.
 */
export declare function commanderProgram(io: Io, argv: readonly string[], onAction: OnAction): Command;
/** Runs `argv` through commander; `runCommand` runs a complete command line. Returns the exit code. */
export declare function runProgram(argv: readonly string[], io: Io, runCommand: (name: string, opts: Record<string, unknown>, args: string[]) => Promise<number>): Promise<number>;
