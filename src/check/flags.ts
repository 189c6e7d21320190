/** Pass-through arguments must not repeat what obscompile writes itself, or they would dodge the checks made on it. */
import { at, type Rule } from './rule.js';
import { launchCommand } from '../model/launch-args.js';
import { splitFlag } from '../config/ports.js';
import type { Finding } from '../types.js';

/** Flags spelt differently upstream for the same setting (sglang server_args.py @ v0.5.18). */
const ALIASES: Readonly<Record<string, string>> = { '--model': '--model-path', '--tp-size': '--tensor-parallel-size' };
const canonical = (flag: string) => ALIASES[flag] ?? flag;

/**
 * The flag argparse would take an argument for: an alias's canonical name, or, for a word that is no flag of its own,
 * the one generated flag it is a prefix of (argparse expands unique prefixes, so `--context-len` is `--context-length`).
 */
function flagOf(arg: string, known: readonly string[]): string {
  const flag = canonical(splitFlag(arg)[0]);
  if (known.includes(flag) || flag.length < 4) return flag;
  const expanded = known.filter((k) => k.startsWith(flag));
  return expanded.length === 1 ? expanded[0]! : flag;
}

/** `modelServer.extraArgs` adds flags; a flag the generated command already has (or `--port` twice) is refused. */
export const extraArgsAddOnly: Rule = {
  code: 'OBS_FLAG_OVERRIDE',
  title: 'Pass-through arguments only add flags the generated command does not already set',
  check(config) {
    const m = config.modelServer;
    if (!m.enabled || m.extraArgs.length === 0) return [];
    const written = launchCommand({ ...config, modelServer: { ...m, extraArgs: [] } }).args.filter((a) => a.startsWith('--')).map((a) => canonical(splitFlag(a)[0]));
    const known = [...new Set([...written, '--port'])];
    // --port in extraArgs replaces the generated one (checked against modelServer.port); only a second one is refused.
    const generated = new Set(written.filter((f) => f !== '--port'));
    const out: Finding[] = [];
    let ports = 0;
    m.extraArgs.forEach((arg, i) => {
      if (!arg.startsWith('--')) return;
      const flag = flagOf(arg, known);
      if (flag === '--port' && ++ports < 2) return;
      if (!generated.has(flag) && flag !== '--port') return;
      const given = splitFlag(arg)[0];
      const spelt = given === flag ? `\`${given}\`` : `\`${given}\` (${ALIASES[given] ? 'an alias of' : 'argparse reads it as'} \`${flag}\`)`;
      out.push(at(['modelServer', 'extraArgs', i], {
        code: 'OBS_FLAG_OVERRIDE',
        message: `${spelt} is already set by the generated command${flag === '--port' ? ' (or earlier in extraArgs)' : ''}; a second value would silently win over the checked one`,
        hint: 'set it through its own key in `modelServer` (or `modelServer.flags`), and keep extraArgs for flags obscompile does not write',
      }));
    });
    return out;
  },
};
