/** Text every generated file can hold: no value or key of the config is half a UTF-16 surrogate pair. */
import { at, type Rule } from './rule.js';
import type { ConfigPath, Finding } from '../types.js';

/** A high surrogate without a low one after it, or a low one without a high one before it. */
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A YAML escape such as `"\ud800"` makes a string JavaScript holds but no UTF-8 file can: written out, it became
 * `\uD800` that Go's YAML readers (promtool, amtool, Compose) refuse as an invalid escape, or U+FFFD in the scripts.
 */
export const textIsUnicode: Rule = {
  code: 'OBS_NOT_UTF8',
  title: 'No key or value of the config is half a UTF-16 surrogate pair',
  check(config) {
    const out: Finding[] = [];
    // One path, grown and shrunk as the walk goes, copied only for a finding: at ten thousand scrape targets a copy
    // for every node was most of a build's garbage.
    const path: (string | number)[] = [];
    const walk = (node: unknown): void => {
      if (typeof node === 'string') {
        if (SURROGATE.test(node) && LONE_SURROGATE.test(node)) out.push(lone([...path], 'value'));
      } else if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          path.push(i);
          walk(node[i]);
          path.pop();
        }
      } else if (node && typeof node === 'object') {
        for (const k of Object.keys(node)) {
          path.push(k);
          if (SURROGATE.test(k) && LONE_SURROGATE.test(k)) out.push(lone([...path], 'key'));
          else walk((node as Record<string, unknown>)[k]);
          path.pop();
        }
      }
    };
    walk(config);
    return out;
  },
};

const lone = (path: ConfigPath, target: 'key' | 'value'): Finding =>
  at(path, {
    code: 'OBS_NOT_UTF8',
    message: `this ${target} holds half of a UTF-16 surrogate pair (an escape such as \\ud800 without its partner), which no UTF-8 file can hold: Prometheus, Alertmanager and Compose refuse the files it would be written to`,
    hint: 'write the character itself, or escape it whole (`\\U0001F600`, or the pair `\\ud83d\\ude00`)',
  }, target);
