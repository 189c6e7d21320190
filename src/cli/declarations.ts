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

export const PROGRAM = {
  name: 'obscompile',
  description: 'Compile observability.config.yaml into everything a GPU LLM dev container\'s observability needs: its scripts, image and compose file, the Prometheus, Jaeger and Alertmanager configs, alert rules and their tests, Grafana dashboards, devcontainer.json and the metrics catalog; or, with --fleet, one bundle per host of a fleet file and a central store they report to.',
  version: { flags: '-v, --version', description: 'print the obscompile version' },
  help: { flags: '-h, --help', description: 'show help for a command' },
  afterError: '(run with --help for usage)',
};

const format: OptionSpec = { flags: '--format <format>', description: 'how to print diagnostics', choices: ['text', 'json', 'github', 'sarif'], default: 'text' };
const config: OptionSpec = { flags: '-c, --config <file>', description: 'config file (default: search for observability.config.yaml from the current folder upward)' };
const fleet: OptionSpec = { flags: '--fleet <file>', description: 'a fleet file (hosts over a shared base config) instead of one config' };
const size: OptionSpec = {
  flags: '--max-config-bytes <n>',
  description: 'largest config file accepted, in bytes (raise it for thousands of scrape targets)',
  default: 1024 * 1024,
  parse: (v) => {
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error('a whole number of bytes, such as 8388608');
    return Number(v);
  },
};

/** `--watch` of build and check. */
const watch = { flags: '--watch', description: 'keep running: run again whenever the config (or a fleet file or its base) is saved; Ctrl-C stops', default: false };

export const COMMANDS: Readonly<Record<string, CommandSpec>> = {
  validate: {
    description: 'check the config against the schema and the semantic rules; write nothing',
    options: [config, size, fleet, format],
    load: async () => (await import('./commands/validate.js')).validateCommand,
  },
  build: {
    description: 'compile the config and write every artifact into the output folder',
    options: [
      config,
      size,
      fleet,
      { flags: '-o, --out <dir>', description: 'output folder (default: output.dir of the config, relative to it)' },
      { flags: '--stdout <artifact>', description: 'print one artifact to stdout instead of writing files' },
      { flags: '--dry-run', description: 'report what would be written, write nothing', default: false },
      { flags: '--force', description: 'replace files edited by hand or not written by obscompile, keeping each as <name>.bak', default: false },
      watch,
      format,
    ],
    load: async () => (await import('./commands/build.js')).buildCommand,
  },
  check: {
    description: 'compile in memory and fail with a unified diff when the output folder drifted (for CI)',
    options: [config, size, fleet, { flags: '-o, --out <dir>', description: 'output folder to compare (default: output.dir of the config)' }, { flags: '--staged', description: "compare what git's index holds (the config and its output folder as a commit would contain them), for pre-commit hooks", default: false }, watch, format],
    load: async () => (await import('./commands/check.js')).checkCommand,
  },
  schema: {
    description: 'print the JSON Schema of observability.config.yaml, or of a fleet file (for editors)',
    options: [
      { flags: '--kind <kind>', description: 'config: observability.config.yaml; fleet: observability.fleet.yaml, host overrides included', choices: ['config', 'fleet'], default: 'config' },
      { flags: '-o, --out <file>', description: 'write the schema to a file instead of stdout (`-`: stdout; a device or pipe is written through; a link or folder is refused)' },
      format,
    ],
    load: async () => (await import('./commands/schema.js')).schemaCommand,
  },
  docs: {
    description: 'print the component, metrics, alerts and dashboards tables, or keep them current in a README',
    options: [
      config,
      size,
      { flags: '--table <name>', description: 'which table', choices: ['components', 'metrics', 'alerts', 'dashboards', 'all'], default: 'all' },
      { flags: '--inject <readme>', description: 'replace the tables between <!-- obscompile:begin NAME --> and <!-- obscompile:end NAME --> markers' },
      { flags: '--check', description: 'with --inject: fail with a diff when the README is stale, write nothing', default: false },
      format,
    ],
    load: async () => (await import('./commands/docs.js')).docsCommand,
  },
  explain: {
    description: 'print a config value as resolved, the file:line that set it, and the layers it overrode',
    arguments: [{ name: '<path>', description: 'a config path, such as prometheus.port or prometheus.extraTargets[0].job' }],
    options: [config, size, fleet, { flags: '--host <name>', description: 'with --fleet: the host whose layered config to explain' }, format],
    load: async () => (await import('./commands/explain.js')).explainCommand,
  },
  lint: {
    description: "check the PromQL of rule files and Grafana dashboards against what the config's sources expose",
    arguments: [{ name: '<paths...>', description: 'Prometheus rule files (YAML) and Grafana dashboards (JSON), or folders that hold them' }],
    options: [
      config,
      size,
      { ...fleet, description: "a fleet file: check the queries against its central store, what every host sends it" },
      { flags: '--versions <list>', description: 'upgrade impact: also what the queries would lose at these releases, such as sglang=0.6.0,prometheus=3.15.0' },
      format,
    ],
    load: async () => (await import('./commands/lint.js')).lintCommand,
  },
  verify: {
    description: 'compare what a running Prometheus stores for each job with the catalog; write nothing',
    options: [
      config,
      size,
      { flags: '--prometheus <url>', description: 'the Prometheus to ask, such as http://127.0.0.1:9090 (required)' },
      { flags: '--timeout <duration>', description: 'how long to wait for each answer', default: '10s' },
      { flags: '--bearer-token-file <file>', description: 'file holding a bearer token to send' },
      { flags: '--basic-auth-user <name>', description: 'basic-auth user name (with --basic-auth-password-file)' },
      { flags: '--basic-auth-password-file <file>', description: 'file holding the basic-auth password' },
      { flags: '--ca-file <file>', description: 'CA certificate to verify an https Prometheus with' },
      { flags: '--insecure-skip-verify', description: 'do not verify the https certificate (testing only)', default: false },
      format,
    ],
    load: async () => (await import('./commands/verify.js')).verifyCommand,
  },
  init: {
    description: 'write a commented starter observability.config.yaml with the editor schema modeline',
    arguments: [{ name: '[dir]', description: 'folder to create it in', default: '.' }],
    options: [{ flags: '--example <name>', description: 'start from a shipped example instead of the minimal starter', choices: ['sglang-dev', 'cpu-only', 'vllm-dev'] }, format],
    load: async () => (await import('./commands/init.js')).initCommand,
  },
};
