/** The command line: commander declarations only; every command is a library call mapped to an exit code. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT, processIo, type Io } from './io.js';
import type { Diagnostic } from '../types.js';
import { helpAfter } from './help.js';
import { VERSION } from '../version.js';

const FORMATS = ['text', 'json', 'github', 'sarif'];
const formatOption = () => new Option('--format <format>', 'how to print diagnostics').choices(FORMATS).default('text');
const configOption = () => new Option('-c, --config <file>', 'config file (default: search for observability.config.yaml from the current folder upward)');
const fleetOption = () => new Option('--fleet <file>', 'a fleet file (hosts over a shared base config) instead of one config');
const sizeOption = () =>
  new Option('--max-config-bytes <n>', 'largest config file accepted, in bytes (raise it for thousands of scrape targets)')
    .default(1024 * 1024)
    .argParser((v) => {
      if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError('a whole number of bytes, such as 8388608');
      return Number(v);
    });

type Act = (load: () => Promise<(opts: never, io: Io, args: string[]) => Promise<number>>) => (...params: unknown[]) => Promise<void>;

/** Each command's declaration: its options, and the module that runs it (loaded only when it runs). */
const COMMANDS: Record<string, (cli: Command, act: Act) => void> = {
  validate: (cli, act) =>
    cli.command('validate').description('check the config against the schema and the semantic rules; write nothing')
      .addOption(configOption()).addOption(sizeOption()).addOption(fleetOption()).addOption(formatOption())
      .action(act(async () => (await import('./commands/validate.js')).validateCommand)),
  build: (cli, act) =>
    cli.command('build').description('compile the config and write every artifact into the output folder')
      .addOption(configOption()).addOption(sizeOption()).addOption(fleetOption())
      .option('-o, --out <dir>', 'output folder (default: output.dir of the config, relative to it)')
      .option('--stdout <artifact>', 'print one artifact to stdout instead of writing files')
      .option('--dry-run', 'report what would be written, write nothing', false)
      .option('--force', 'overwrite generated files that were edited by hand', false)
      .addOption(formatOption())
      .action(act(async () => (await import('./commands/build.js')).buildCommand)),
  check: (cli, act) =>
    cli.command('check').description('compile in memory and fail with a unified diff when the output folder drifted (for CI)')
      .addOption(configOption()).addOption(sizeOption()).addOption(fleetOption())
      .option('-o, --out <dir>', 'output folder to compare (default: output.dir of the config)')
      .addOption(formatOption())
      .action(act(async () => (await import('./commands/check.js')).checkCommand)),
  schema: (cli, act) =>
    cli.command('schema').description('print the JSON Schema of observability.config.yaml, or of a fleet file (for editors)')
      .addOption(new Option('--kind <kind>', 'config: observability.config.yaml; fleet: observability.fleet.yaml, host overrides included').choices(['config', 'fleet']).default('config'))
      .option('-o, --out <file>', 'write the schema to a file instead of stdout')
      .addOption(formatOption())
      .action(act(async () => (await import('./commands/schema.js')).schemaCommand)),
  docs: (cli, act) =>
    cli.command('docs').description('print the component and metrics tables, or keep them current in a README')
      .addOption(configOption()).addOption(sizeOption())
      .addOption(new Option('--table <name>', 'which table').choices(['components', 'metrics', 'all']).default('all'))
      .option('--inject <readme>', 'replace the tables between <!-- obscompile:begin NAME --> and <!-- obscompile:end NAME --> markers')
      .option('--check', 'with --inject: fail with a diff when the README is stale, write nothing', false)
      .addOption(formatOption())
      .action(act(async () => (await import('./commands/docs.js')).docsCommand)),
  explain: (cli, act) =>
    cli.command('explain').description('print a config value as resolved, the file:line that set it, and the layers it overrode')
      .argument('<path>', 'a config path, such as prometheus.port or prometheus.extraTargets[0].job')
      .addOption(configOption()).addOption(sizeOption()).addOption(fleetOption())
      .option('--host <name>', 'with --fleet: the host whose layered config to explain')
      .addOption(formatOption())
      .action(act(async () => (await import('./commands/explain.js')).explainCommand)),
  init: (cli, act) =>
    cli.command('init').description('write a commented starter observability.config.yaml with the editor schema modeline')
      .argument('[dir]', 'folder to create it in', '.')
      .addOption(new Option('--example <name>', 'start from a shipped example instead of the minimal starter').choices(['sglang-dev', 'cpu-only']))
      .addOption(formatOption())
      .action(act(async () => (await import('./commands/init.js')).initCommand)),
};

/**
 * The program for `argv`. A command line that starts with a command (`obscompile build …`, as nearly every run does)
 * declares that command only: declaring them all is most of commander's share of a run. Anything else (`--help`,
 * `help`, a mistyped command) declares them all, so help lists them and a typo gets a suggestion.
 */
function program(io: Io, exit: { code: number }, argv: readonly string[]): Command {
  const cli = new Command('obscompile')
    .description('Compile observability.config.yaml into the scripts, compose file, Prometheus config, devcontainer.json and metrics catalog of a GPU LLM dev container.')
    .version(VERSION, '-v, --version', 'print the obscompile version')
    .helpOption('-h, --help', 'show help for a command')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride();
  const act: Act = (load) =>
    async (...params: unknown[]) => {
      const command = params[params.length - 1] as Command;
      const action = await load();
      const opts = command.opts() as { format?: string };
      const format = opts.format ?? 'text';
      // JSON and SARIF: the command's diagnostics and result are collected and printed as one document at the end.
      const document = format === 'json' || format === 'sarif' ? { diagnostics: [] as Diagnostic[], result: {} as Record<string, unknown> } : undefined;
      const commandIo: Io = document
        ? { cwd: io.cwd, out: () => undefined, err: io.err, result: (f) => Object.assign(document.result, f), diagnostics: (d) => document.diagnostics.push(...d) }
        : io;
      try {
        exit.code = await action(opts as never, commandIo, command.args);
      } catch (error) {
        // A file-system error the command did not turn into a diagnostic still goes through the formatter.
        if (!(error as NodeJS.ErrnoException).code || error instanceof CommanderError) throw error;
        const { ioErrorDiagnostic } = await import('../diagnostics/make.js');
        const { report } = await import('./commands/report.js');
        report(commandIo, [ioErrorDiagnostic(error as NodeJS.ErrnoException, io.cwd)], format);
        exit.code = EXIT.usage;
      }
      if (!document) return;
      const { jsonEnvelope, sarifLog } = await import('../diagnostics/documents.js');
      io.out(format === 'json' ? jsonEnvelope(command.name(), exit.code, document.diagnostics, document.result) : sarifLog(document.diagnostics, VERSION));
    };

  const only = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? argv[0] : undefined;
  for (const [name, declare] of Object.entries(COMMANDS)) if (!only || name === only) declare(cli, act);
  for (const command of cli.commands) command.addHelpText('after', helpAfter(command.name()));
  return cli;
}

/** True when the command line asks for JSON output, even if it is otherwise malformed. */
function wantsJson(argv: readonly string[]): boolean {
  return argv.some((a, i) => a === '--format=json' || (a === '--format' && argv[i + 1] === 'json'));
}

/** Runs the CLI on `argv` (without node and script); returns the exit code. */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const exit = { code: EXIT.ok };
  const cli = program(io, exit, argv);
  try {
    await cli.parseAsync([...argv], { from: 'user' });
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      const quiet = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      if (!quiet && wantsJson(argv)) {
        // Commander explained the mistake on stderr; stdout still gets its one JSON document.
        const [{ jsonEnvelope }, { fileDiagnostic }] = await Promise.all([import('../diagnostics/documents.js'), import('../diagnostics/make.js')]);
        const usage = fileDiagnostic('(command line)', { code: 'OBS_USAGE', message: error.message.replace(/^error: /, ''), hint: 'run `obscompile --help` or `obscompile COMMAND --help`' });
        io.out(jsonEnvelope(argv.find((a) => !a.startsWith('-')) ?? '', EXIT.usage, [usage], {}));
      }
      return quiet ? EXIT.ok : EXIT.usage;
    }
    const e = error as NodeJS.ErrnoException;
    io.err(`obscompile: ${e.code ? `${e.code}: ` : ''}${e.message}`);
    return EXIT.usage;
  }
}
