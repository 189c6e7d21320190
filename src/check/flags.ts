/** Pass-through arguments must not repeat what obscompile writes itself, or they would dodge the checks made on it. */
import { at, type Rule } from './rule.js';
import { bucketFlags, extraLabelFlags, launchCommand, type BucketFlag } from '../model/launch-args.js';
import { argparseMatches, splitFlag } from '../config/python-args.js';
import { FLAGS_KEY, engineOf, type Engine } from '../config/engine.js';
import { EXTRA_LABELS_FLAG } from '../upstream/sglang.js';
import { SGLANG_FLAGS, SGLANG_FLAGS_VERSION } from '../upstream/sglang-flags.js';
import { didYouMean } from '../validate/errors.js';
import { VLLM_ALIASES, VLLM_CONFIG_EXTENSIONS, VLLM_CONFIG_FLAG, VLLM_MODEL_FLAG, vllmFlagName } from '../upstream/vllm.js';
import { inMountedFolder } from './storage.js';
import type { Finding, ValidConfig } from '../types.js';

/** How an engine's parser spells a setting: aliases of a flag, its normal form, and flags set without being written. */
interface Spelling {
  aliases: Readonly<Record<string, string>>;
  normal(flag: string): string;
  /** Settings the generated command makes without a flag (vLLM's model is positional). */
  implicit: readonly string[];
}

const SPELLING: Readonly<Record<Engine, Spelling>> = {
  // sglang server_args.py @ v0.5.18: plain argparse, two aliases.
  sglang: { aliases: { '--model': '--model-path', '--tp-size': '--tensor-parallel-size' }, normal: (f) => f, implicit: [] },
  vllm: { aliases: VLLM_ALIASES, normal: vllmFlagName, implicit: [VLLM_MODEL_FLAG] },
};

/** A command-line word that names a flag: a long option, or a short alias the engine knows. */
const isFlag = (arg: string, s: Spelling) => arg.startsWith('--') || splitFlag(arg)[0] in s.aliases;

/**
 * The flag argparse would take an argument for: an alias's canonical name, or, for a word that is no flag of its own,
 * the one generated flag it is a prefix of (argparse expands unique prefixes, so `--context-len` is `--context-length`).
 */
function flagOf(arg: string, known: readonly string[], s: Spelling): string {
  const given = splitFlag(arg)[0];
  const flag = s.aliases[given] ?? s.normal(given);
  if (flag.length < 4) return flag;
  const expanded = argparseMatches(flag, known);
  return expanded.length === 1 ? (s.aliases[expanded[0]!] ?? expanded[0]!) : flag;
}

/** Whether the word at `i` of `args` is a switch given alone: no `=value`, and no value word after it. */
const bare = (args: readonly string[], i: number, s: Spelling) => splitFlag(args[i]!)[1] === undefined && (i + 1 >= args.length || isFlag(args[i + 1]!, s));

/**
 * `modelServer.extraArgs` adds flags; a flag the generated command already has (or `--port` twice) is refused. A switch
 * the generated command writes alone (`--enable-metrics`), given alone again, sets nothing new: a warning.
 */
export const extraArgsAddOnly: Rule = {
  code: 'OBS_FLAG_OVERRIDE',
  title: 'Pass-through arguments only add flags the generated command does not already set',
  check(config) {
    const m = config.modelServer;
    if (!m.enabled || m.extraArgs.length === 0) return [];
    const engine = engineOf(config);
    const s = SPELLING[engine];
    const args = launchCommand({ ...config, modelServer: { ...m, extraArgs: [] } }).args;
    const written = [...args.filter((a) => isFlag(a, s)).map((a) => flagOf(a, [], s)), ...s.implicit];
    const switches = new Set(args.flatMap((a, i) => (isFlag(a, s) && bare(args, i, s) ? [flagOf(a, [], s)] : [])));
    // What a prefix expands to: any option SGLang has (its list is known: `--tp` is `--tp-size`, an alias), else
    // one of the generated command's.
    const known = [...new Set([...written, '--port', ...(engine === 'sglang' ? SGLANG_FLAGS : [])])];
    // --port in extraArgs replaces the generated one (checked against modelServer.port); only a second one is refused.
    const generated = new Set(written.filter((f) => f !== '--port'));
    const out: Finding[] = [];
    let ports = 0;
    m.extraArgs.forEach((arg, i) => {
      if (!isFlag(arg, s)) return;
      const flag = flagOf(arg, known, s);
      if (flag === '--port' && ++ports < 2) return;
      if (!generated.has(flag) && flag !== '--port') return;
      const given = splitFlag(arg)[0];
      if (switches.has(flag) && given === flag && bare(m.extraArgs, i, s)) {
        out.push(at(['modelServer', 'extraArgs', i], {
          code: 'OBS_FLAG_OVERRIDE',
          severity: 'warning',
          message: `\`${flag}\` is already set by the generated command; given again it changes nothing`,
          hint: 'remove it from extraArgs',
        }));
        return;
      }
      const how = s.aliases[given] ? 'an alias of' : s.normal(given) !== flag ? 'argparse reads it as' : given.startsWith('--no-') ? 'the negative form of' : 'the parser reads it as';
      const spelt = given === flag ? `\`${given}\`` : `\`${given}\` (${how} \`${flag}\`)`;
      const what = s.implicit.includes(flag) ? 'is already given by the generated command (`modelPath`)' : `is already set by the generated command${flag === '--port' ? ' (or earlier in extraArgs)' : ''}`;
      out.push(at(['modelServer', 'extraArgs', i], {
        code: 'OBS_FLAG_OVERRIDE',
        message: `${spelt} ${what}; a second value would silently win over the checked one`,
        hint: `set it through its own key in \`modelServer\` (or \`modelServer.${FLAGS_KEY[engine]}\`), and keep extraArgs for flags obscompile does not write`,
      }));
    });
    return out;
  },
};

/** What is wrong with a `--config` word of vLLM's pass-through arguments (src/upstream/vllm.ts), and at which item. */
function configFileProblem(config: ValidConfig, i: number, seen: number): (Pick<Finding, 'message' | 'hint'> & { item: number; severity?: 'warning' }) | undefined {
  const args = config.modelServer.extraArgs;
  const [flag, inline] = splitFlag(args[i]!);
  if (vllmFlagName(flag) !== VLLM_CONFIG_FLAG) return undefined;
  if (inline !== undefined || args[i] !== VLLM_CONFIG_FLAG) {
    return { item: i, message: `vLLM reads a config file only after the word \`${VLLM_CONFIG_FLAG}\`: \`${args[i]}\` is accepted and the file is never read`, hint: `write \`${VLLM_CONFIG_FLAG}\` and the file as two items: \`[${VLLM_CONFIG_FLAG}, ${inline ?? 'FILE.yaml'}]\`` };
  }
  if (seen > 0) return { item: i, message: `\`${VLLM_CONFIG_FLAG}\` is given twice; vLLM stops at a second config file`, hint: 'merge the two files into one' };
  const file = args[i + 1];
  if (file === undefined || file.startsWith('-')) return { item: i, message: `\`${VLLM_CONFIG_FLAG}\` is not followed by a file; vLLM stops with "No config file specified!"`, hint: `put the file right after it: \`[${VLLM_CONFIG_FLAG}, FILE.yaml]\`` };
  const extension = file.split('.').pop()!;
  if (!VLLM_CONFIG_EXTENSIONS.includes(extension)) return { item: i + 1, message: `vLLM reads only .yaml or .yml config files, not \`${file}\``, hint: 'give the file a .yaml name' };
  if (file.startsWith('/') && !inMountedFolder(config, file)) {
    return { item: i + 1, severity: 'warning', message: `vLLM reads \`${file}\` in the dev container, which no folder the compose file mounts holds: it is there only if the image has it`, hint: 'put it in the workspace or a `storage.durable` folder (such as /models), and name it there' };
  }
  return undefined;
}

/** vLLM's `--config FILE` in extraArgs is one vLLM reads: two words, once, a YAML file the container has. */
export const vllmConfigFileRead: Rule = {
  code: 'OBS_FLAG_CONFIG_FILE',
  title: "A config file in vLLM's pass-through arguments is one vLLM reads",
  check(config) {
    const m = config.modelServer;
    if (!m.enabled || engineOf(config) !== 'vllm') return [];
    const out: Finding[] = [];
    let seen = 0;
    m.extraArgs.forEach((arg, i) => {
      const problem = configFileProblem(config, i, seen);
      if (vllmFlagName(splitFlag(arg)[0]) === VLLM_CONFIG_FLAG) seen++;
      if (problem) {
        const { item, ...finding } = problem;
        out.push(at(['modelServer', 'extraArgs', item], { code: 'OBS_FLAG_CONFIG_FILE', ...finding }));
      }
    });
    return out;
  },
};

/** A Prometheus label name that is not reserved (prometheus/common model LabelNameRE; `__` names are Prometheus's own). */
const LABEL_NAME = /^(?!__)[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * SGLang's `--extra-metric-labels` names labels of its series (observability/metrics_collector.py @ v0.5.18 adds the
 * keys to its label names): the catalog, the alerts and their unit tests carry them, and promtool refuses a test whose
 * series selector holds a label that is no legacy label name (`a-b`, `1a`; `__name__` replaces the metric's name).
 */
export const extraMetricLabelNames: Rule = {
  code: 'OBS_FLAG_VALUE',
  title: "The labels SGLang's --extra-metric-labels adds are label names",
  check(config) {
    if (engineOf(config) !== 'sglang') return [];
    return extraLabelFlags(config.modelServer.extraArgs).flatMap(({ at: value, labels }) =>
      labels
        .filter((key) => !LABEL_NAME.test(key))
        .map((key) => at(['modelServer', 'extraArgs', value], { code: 'OBS_FLAG_VALUE', message: `${EXTRA_LABELS_FLAG} names the label \`${key}\`, which is not a label name${key.startsWith('__') ? ' (names starting with __ are reserved by Prometheus)' : ''}: the alert unit tests would carry it into series selectors, which promtool refuses`, hint: 'name each label with a letter or _ first, then letters, digits and _, such as team or model_tier' })),
    );
  },
};

/**
 * What SGLang makes of a bucket flag's words, or why it does not start: argparse's float() refuses a word that is no
 * Python float (`0x10`, `1,5`) and a flag with none, and prometheus_client's Histogram refuses boundaries out of order
 * or none but +Inf (prometheus_client/metrics.py, Histogram._prepare_buckets). Boundaries that are not finite numbers,
 * and one given twice, are refused here: the catalog, the alerts and their tests compare them as numbers.
 */
function bucketProblem({ values }: BucketFlag): { item?: number; message: string } | undefined {
  if (values.length === 0) return { message: 'is not followed by a value; SGLang stops with "expected at least one argument"' };
  const bad = values.find((v) => v.value === undefined);
  if (bad) return { item: bad.at, message: `has \`${bad.word}\`, which is not a float to Python; SGLang stops with "invalid float value"` };
  const odd = values.find((v, i) => Number.isNaN(v.value) || (!Number.isFinite(v.value!) && !(v.value === Infinity && i === values.length - 1)));
  if (odd) return { item: odd.at, message: `has \`${odd.word}\`, which is not a finite number of seconds; only the last boundary may be +Inf, which every histogram has anyway` };
  if (values.length === 1 && values[0]!.value === Infinity) return { item: values[0]!.at, message: 'gives only +Inf; the histogram refuses to have fewer than two buckets ("Must have at least two buckets")' };
  const down = values.findIndex((v, i) => i > 0 && v.value! <= values[i - 1]!.value!);
  if (down > 0) return { item: values[down]!.at, message: `has \`${values[down]!.word}\` after \`${values[down - 1]!.word}\`; ${values[down]!.value === values[down - 1]!.value ? 'a boundary given twice is two buckets with the same `le` label' : 'SGLang\'s histogram refuses boundaries out of order ("Buckets not in sorted order")'}` };
  return undefined;
}

/** SGLang's bucket flags in the pass-through arguments give boundaries its histograms accept (BUCKET_FLAGS). */
export const bucketFlagValues: Rule = {
  code: 'OBS_FLAG_VALUE',
  title: "SGLang's bucket flags give increasing float boundaries",
  check(config) {
    if (!config.modelServer.enabled || engineOf(config) !== 'sglang') return [];
    const args = config.modelServer.extraArgs;
    return bucketFlags(args).flatMap((flag) => {
      const problem = bucketProblem(flag);
      if (!problem) return [];
      const given = splitFlag(args[flag.at]!)[0];
      return [at(['modelServer', 'extraArgs', problem.item ?? flag.at], { code: 'OBS_FLAG_VALUE', message: `${given} ${problem.message}`, hint: `give it increasing boundaries in seconds, each its own item: [${given}, "0.1", "0.5", "1", "5"]` })];
    });
  },
};

/**
 * SGLang's pass-through flags are options its server parser has (src/upstream/sglang-flags.ts, read from
 * server_args.py): it parses strictly (parse_args) and expands a unique prefix, so an unknown option or a prefix of
 * several stops it at start ("unrecognized arguments", "ambiguous option"). At another release than the one the list
 * is read from, a warning: that release may have the option.
 */
export const sglangFlagsKnown: Rule = {
  code: 'OBS_FLAG_UNKNOWN',
  title: "Pass-through flags are options SGLang's server takes",
  check(config) {
    const m = config.modelServer;
    if (!m.enabled || engineOf(config) !== 'sglang') return [];
    const exact = config.versions.sglang === SGLANG_FLAGS_VERSION;
    const out: Finding[] = [];
    m.extraArgs.forEach((arg, i) => {
      const flag = splitFlag(arg)[0];
      if (!flag.startsWith('--') || flag === '--') return;
      const expanded = argparseMatches(flag, SGLANG_FLAGS);
      if (expanded.length === 1) return;
      const release = exact ? `SGLang ${SGLANG_FLAGS_VERSION}` : `SGLang ${SGLANG_FLAGS_VERSION} (the release whose options obscompile knows; ${config.versions.sglang} may differ)`;
      const guess = expanded.length ? undefined : didYouMean(flag, SGLANG_FLAGS);
      out.push(at(['modelServer', 'extraArgs', i], {
        ...(exact ? {} : { severity: 'warning' as const }),
        code: 'OBS_FLAG_UNKNOWN',
        message: expanded.length
          ? `\`${flag}\` is the start of ${expanded.length} options of ${release} (${expanded.slice(0, 4).join(', ')}${expanded.length > 4 ? ', …' : ''}): the server stops with "ambiguous option"`
          : `\`${flag}\` is no option of ${release}: the server stops with "unrecognized arguments"`,
        hint: guess ? `did you mean \`${guess}\`?` : expanded.length ? 'write the whole option' : '`sglang serve --help` in the container lists its options',
      }));
    });
    return out;
  },
};
