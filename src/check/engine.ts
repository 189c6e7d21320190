/**
 * Each engine's typed flags live under its own key (`modelServer.flags` for SGLang, `modelServer.vllm` for vLLM): the
 * schema offers only the chosen engine's key to editors, and this rule makes a written key of the other engine an
 * error at that key, since the generated command would silently leave its flags out.
 */
import { at, type Rule } from './rule.js';
import { ENGINE_TITLE, FLAGS_KEY, engineOf, type Engine } from '../config/engine.js';
import { valueAt } from '../config/config-path.js';
import type { Finding } from '../types.js';

const ENGINES = Object.keys(FLAGS_KEY) as Engine[];

export const engineFlagsMatch: Rule = {
  code: 'OBS_ENGINE_FLAGS',
  title: "Typed server flags are written only under the chosen engine's key",
  check(config, { written }) {
    const engine = engineOf(config);
    const out: Finding[] = [];
    for (const other of ENGINES) {
      const key = FLAGS_KEY[other];
      if (other === engine || !written(['modelServer', key])) continue;
      out.push(at(['modelServer', key], {
        code: 'OBS_ENGINE_FLAGS',
        message: `\`modelServer.${key}\` holds ${ENGINE_TITLE[other]} flags, but the engine is ${ENGINE_TITLE[engine]}${written(['modelServer', 'engine']) ? '' : ' (the default)'}: they would not be passed to the server`,
        hint: `write ${ENGINE_TITLE[engine]}'s flags under \`modelServer.${FLAGS_KEY[engine]}\`, or set \`modelServer.engine: ${other}\``,
      }, 'key'));
    }
    return out;
  },
};

/** The names a config gives its stack, and what each is called in messages. */
const NAMES: readonly (readonly [readonly string[], string])[] = [
  [['project', 'name'], 'the stack'],
  [['container', 'service'], 'the compose service (and the image built from it)'],
  [['devcontainer', 'name'], 'the dev container'],
];

/**
 * A config switched to vLLM that still names SGLang (as `init`'s starter and the SGLang example write their names
 * out): the names are only labels, but every file, container and image would say SGLang.
 */
export const namesMatchEngine: Rule = {
  code: 'OBS_ENGINE_NAME',
  title: "Names written in the config do not name the other engine",
  check(config, { written }) {
    const engine = engineOf(config);
    const other = ENGINES.find((e) => e !== engine)!;
    const out: Finding[] = [];
    for (const [path, what] of NAMES) {
      const value = valueAt(config, path);
      if (!written(path) || typeof value !== 'string' || !value.toLowerCase().includes(other)) continue;
      out.push(at(path, {
        severity: 'warning',
        code: 'OBS_ENGINE_NAME',
        message: `\`${path.join('.')}: ${value}\` names ${ENGINE_TITLE[other]}, but the engine is ${ENGINE_TITLE[engine]}: ${what} would be called so`,
        hint: `rename it, or remove it to take ${ENGINE_TITLE[engine]}'s default name`,
      }));
    }
    return out;
  },
};
