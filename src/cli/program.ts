/**
 * The commands of ./declarations.ts declared to commander, for every command line the fast reader (./argv.ts) leaves
 * to it: help, `--version`, typos and every mistake, each with commander's own messages and exit codes.
 */
import { Command, CommanderError, Help, InvalidArgumentError, Option } from 'commander';
import { EXIT, type Io } from './io.js';
import { COMMANDS, PROGRAM, type OptionSpec } from './declarations.js';
import { helpAfter } from './help.js';
import { VERSION } from '../version.js';

/** What the program calls when a command line is complete: the command's name, options and operands. */
export type OnAction = (name: string, opts: Record<string, unknown>, args: string[]) => Promise<void>;

/** The names a command's options are written with (`-c`, `--config`, ...). */
const flagNames = (options: readonly OptionSpec[]): Set<string> => new Set(options.flatMap((o) => o.flags.replace(/ <.*>$/, '').split(', ')));

function option(spec: OptionSpec, flags: ReadonlySet<string>): Option {
  const o = new Option(spec.flags, spec.description);
  if (spec.choices) o.choices(spec.choices);
  if (spec.default !== undefined) o.default(spec.default);
  const parse = spec.parse;
  const [name] = spec.flags.replace(/^-\w, /, '').split(' ');
  // An empty value (`--fleet "$UNSET"`) is refused, never read as the option left out; so is another of the command's
  // options taken as the value (`--versions --config x.yaml`: a value forgotten), which commander allows. Choices
  // refuse both already.
  if (parse || (!spec.choices && /<\w+>$/.test(spec.flags))) {
    o.argParser((v: string) => {
      if (v === '') throw new InvalidArgumentError('it is empty: give a value, or leave the option out');
      if (flags.has(v.split('=')[0]!)) throw new InvalidArgumentError(`it is the option ${v.split('=')[0]}, and ${name} has no value: give it one (\`${name} VALUE\`), or drop ${name}`);
      try {
        return parse ? parse(v) : v;
      } catch (error) {
        throw new InvalidArgumentError((error as Error).message);
      }
    });
  }
  return o;
}

/**
 * `obscompile validate my.yaml`: a config file given as an operand to a command that takes it with --config (commander
 * says only "too many arguments"); the line that says how, else nothing.
 */
function configGiven(error: string, argv: readonly string[]): string {
  const command = /too many arguments for '([\w-]+)'/.exec(error)?.[1];
  if (!command || argv[0] !== command || !COMMANDS[command]?.options.some((o) => /(^|, )--config /.test(o.flags))) return '';
  const file = argv.slice(1).find((a) => /\.ya?ml$/i.test(a) && !a.startsWith('-'));
  return file ? `a config is given with --config: obscompile ${command} --config ${file}\n` : '';
}

/** An option's help text as commander writes it, without the default of a switch that is off unless given. */
function quietSwitch(o: Option): string {
  const text = Help.prototype.optionDescription.call(new Help(), o);
  return o.isBoolean() && o.defaultValue === false ? text.replace(/ \(default: false\)$/, '') : text;
}

/**
 * The program for `argv`. A command line that starts with a command declares that command only (declaring them all
 * is most of commander's share of a run); anything else (`--help`, `help`, a mistyped command) declares them all, so
 * help lists them and a typo gets a suggestion.
 */
export function commanderProgram(io: Io, argv: readonly string[], onAction: OnAction): Command {
  const cli = new Command(PROGRAM.name)
    .description(PROGRAM.description)
    .version(VERSION, PROGRAM.version.flags, PROGRAM.version.description)
    .helpOption(PROGRAM.help.flags, PROGRAM.help.description)
    // A switch is off unless given: `(default: false)` after each one says nothing.
    .configureHelp({ optionDescription: (o) => quietSwitch(o) })
    .showHelpAfterError(PROGRAM.afterError)
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: (s, write) => write(`${s}${configGiven(s, argv)}`) })
    .exitOverride();
  const only = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? argv[0] : undefined;
  for (const [name, spec] of Object.entries(COMMANDS)) {
    if (only && name !== only) continue;
    const command = cli.command(name).description(spec.description);
    for (const a of spec.arguments ?? []) command.argument(a.name, a.description, a.default);
    const flags = flagNames(spec.options);
    for (const o of spec.options) command.addOption(option(o, flags));
    command.action(async (...params: unknown[]) => {
      const self = params[params.length - 1] as Command;
      await onAction(self.name(), self.opts(), self.args);
    });
    command.addHelpText('after', helpAfter(name));
  }
  return cli;
}

/** True when the command line asks for JSON output, even if it is otherwise malformed. */
function wantsJson(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));
}

/** Runs `argv` through commander; `runCommand` runs a complete command line. Returns the exit code. */
export async function runProgram(argv: readonly string[], io: Io, runCommand: (name: string, opts: Record<string, unknown>, args: string[]) => Promise<number>): Promise<number> {
  let code: number = EXIT.ok;
  const cli = commanderProgram(io, argv, async (name, opts, args) => {
    code = await runCommand(name, opts, args);
  });
  try {
    await cli.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    // `--help`, `help [COMMAND]` and `--version` asked for; no command at all is a usage error (commander showed the
    // help on stderr, and says so with exit code 1).
    const quiet = ['commander.helpDisplayed', 'commander.version'].includes(error.code) || (error.code === 'commander.help' && error.exitCode === 0);
    if (!quiet && wantsJson(argv)) {
      // Commander explained the mistake on stderr; stdout still gets its one JSON document.
      const [{ jsonEnvelope }, { usageDiagnostic }] = await Promise.all([import('../diagnostics/documents.js'), import('../diagnostics/make.js')]);
      const usage = usageDiagnostic(error.message.replace(/^error: /, ''), 'run `obscompile --help` or `obscompile COMMAND --help`');
      io.out(jsonEnvelope(argv.find((a) => !a.startsWith('-')) ?? '', EXIT.usage, [usage], {}));
    }
    return quiet ? EXIT.ok : EXIT.usage;
  }
}
