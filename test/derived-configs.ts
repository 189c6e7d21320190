/**
 * Configs derived from the examples for property tests (test/defaults.test.ts, test/conforms.test.ts): each change
 * walks a path of indexes into a copy of a config and removes what it reaches, replaces it, or adds a key beside it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { readPlainYaml } from '../src/parse/plain-yaml.js';
import { copy } from '../src/validate/defaults.js';
import { ROOT } from './helpers.js';

/** The example configs, as parsed. */
export const exampleConfigs = (): Record<string, unknown>[] =>
  ['sglang-dev', 'cpu-only', 'vllm-dev', 'fleet'].map((name) => readPlainYaml(readFileSync(path.join(ROOT, 'examples', name, 'observability.config.yaml'), 'utf8'))!);

/** One change: `path` indexes each level's keys or items; `key` is the key an `add` writes. */
export interface Change {
  path: number[];
  kind: 'replace' | 'add' | 'remove';
  value: unknown;
  key: string;
}

/** Changes whose values come from `values`, added under one of `keys`. */
export function changes(values: readonly unknown[], keys: readonly string[], kinds: Change['kind'][] = ['replace', 'add', 'remove'], depth = 5): fc.Arbitrary<Change> {
  return fc.record({
    path: fc.array(fc.nat(30), { minLength: 1, maxLength: depth }),
    kind: fc.constantFrom(...kinds),
    value: fc.constantFrom(...values),
    key: fc.constantFrom(...keys),
  });
}

/** `data` with `c` applied to a copy (a key such as `__proto__` is added as an ordinary own key). */
export function changed(data: unknown, c: Change): unknown {
  const root = copy(data);
  let node = root as Record<string, unknown>;
  for (const [depth, step] of c.path.entries()) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[step % keys.length]!;
    const next = node[key];
    if (depth < c.path.length - 1 && next !== null && typeof next === 'object') {
      node = next as Record<string, unknown>;
      continue;
    }
    const value = copy(c.value);
    if (c.kind === 'remove' && !Array.isArray(node)) delete node[key];
    else if (c.kind === 'add' && !Array.isArray(node)) Object.defineProperty(node, c.key, { value, enumerable: true, writable: true, configurable: true });
    else node[key] = value;
    break;
  }
  return root;
}
