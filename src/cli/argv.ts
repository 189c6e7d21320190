/**
 * Reads the everyday command line (`obscompile build`, `obscompile check --format github -c ci.yaml`) from the
 * table in ./declarations.ts, as commander would, without loading commander: on every save that is a millisecond or
 * two of a run. It takes only what it is sure of: a command first, then its long options (`--name value`,
 * `--name=value`), its short ones (`-c value`), valid choices and values, and no more operands than the command
 * declares. Anything else (help, `--version`, a typo, a mistake, `--`, a value that starts with `-`) is left to
 * commander, so every message and exit code stays commander's. test/argv.test.ts holds the two to the same result on
 * generated command lines.
 */
import { COMMANDS, type CommandSpec, type OptionSpec } from './declarations.js';

export interface CommandLine {
  command: string;
  /** By attribute name (`--dry-run` → dryRun), defaults first, as commander's opts() gives them. */
  opts: Record<string, unknown>;
  /** The operands, as commander's `command.args`. */
  args: string[];
}

interface Flag {
  spec: OptionSpec;
  attribute: string;
  takesValue: boolean;
}

const FLAGS = /^(?:(-[A-Za-z]), )?(--[a-z][a-z-]*)( <[a-z]+>)?$/;

/** Each flag of a command by the names it is written with; undefined when one has a form this reader does not know. */
function flagsOf(spec: CommandSpec): Map<string, Flag> | undefined {
  const flags = new Map<string, Flag>();
  for (const option of spec.options) {
    const m = FLAGS.exec(option.flags);
    if (!m) return undefined;
    const flag = { spec: option, attribute: m[2]!.slice(2).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), takesValue: m[3] !== undefined };
    flags.set(m[2]!, flag);
    if (m[1]) flags.set(m[1], flag);
  }
  return flags;
}

/** The command line read as commander would read it, or undefined when commander should read it. */
export function readCommandLine(argv: readonly string[]): CommandLine | undefined {
  const command = argv[0];
  if (command === undefined || !Object.hasOwn(COMMANDS, command)) return undefined;
  const spec = COMMANDS[command]!;
  const flags = flagsOf(spec);
  if (!flags) return undefined;
  const opts: Record<string, unknown> = {};
  for (const flag of flags.values()) if (flag.spec.default !== undefined) opts[flag.attribute] = flag.spec.default;
  const args: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const token = argv[i]!;
    if (!token.startsWith('-')) {
      args.push(token);
      continue;
    }
    const eq = token.startsWith('--') ? token.indexOf('=') : -1;
    const flag = flags.get(eq === -1 ? token : token.slice(0, eq));
    if (!flag) return undefined;
    if (!flag.takesValue) {
      if (eq !== -1) return undefined;
      opts[flag.attribute] = true;
      continue;
    }
    const text = eq === -1 ? argv[++i] : token.slice(eq + 1);
    if (text === undefined || text.startsWith('-')) return undefined;
    const value = valueOf(flag.spec, text);
    if (value === undefined) return undefined;
    opts[flag.attribute] = value.value;
  }
  const declared = spec.arguments ?? [];
  // A last argument `<name...>` takes the rest (one at least).
  const rest = declared.length > 0 && declared[declared.length - 1]!.name.endsWith('...>');
  if ((!rest && args.length > declared.length) || declared.some((a, i) => a.name.startsWith('<') && args[i] === undefined)) return undefined;
  return { command, opts, args };
}

/** An option's value from its text, when it is a valid one. */
function valueOf(spec: OptionSpec, text: string): { value: unknown } | undefined {
  // An empty value is a mistake commander words (./program.ts).
  if (text === '') return undefined;
  if (spec.choices && !spec.choices.includes(text)) return undefined;
  if (!spec.parse) return { value: text };
  try {
    return { value: spec.parse(text) };
  } catch {
    return undefined;
  }
}
