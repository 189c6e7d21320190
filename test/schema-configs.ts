/**
 * Configs generated along the config schema: an example with a few of its values replaced by values the schema allows
 * at that place (enums, pattern-shaped strings, integers at their bounds and beyond common sizes, lists and maps of
 * such values). Most are valid; the contract test holds every one `validate` accepts to the real tools.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { ROOT } from './helpers.js';

type Node = Record<string, unknown>;

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/observability.schema.json'), 'utf8')) as Node;

/** A local `$ref` resolved, and its siblings kept beside it. */
function resolve(node: Node): Node {
  if (typeof node.$ref !== 'string') return node;
  const target = (node.$ref as string).slice(2).split('/').reduce<unknown>((n, k) => (n as Node)[k], schema) as Node;
  const { $ref: _, ...rest } = node;
  return { ...resolve(target), ...rest };
}

/** A pattern with its `(?!…)` and `(?=…)` groups (nested parentheses included) taken out. */
function withoutLookaheads(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (pattern.startsWith('(?!', i) || pattern.startsWith('(?=', i)) {
      let depth = 0;
      for (; i < pattern.length; i++) {
        if (pattern[i] === '\\') i++;
        else if (pattern[i] === '(') depth++;
        else if (pattern[i] === ')' && --depth === 0) break;
      }
    } else out += pattern[i];
  }
  return out;
}

/** Strings for a pattern: fast-check's generator of matching strings, mixed with the schema's examples. */
function text(node: Node): fc.Arbitrary<string> {
  const examples = ((node.examples as unknown[] | undefined) ?? []).filter((e): e is string => typeof e === 'string');
  const max = typeof node.maxLength === 'number' ? node.maxLength : 40;
  const min = typeof node.minLength === 'number' ? node.minLength : 0;
  // fast-check cannot generate from lookaheads: generate without them, keep what the whole pattern takes.
  const pattern = typeof node.pattern === 'string' ? new RegExp(node.pattern as string, 'u') : undefined;
  const shaped = pattern ? fc.stringMatching(new RegExp(withoutLookaheads(node.pattern as string))).filter((s) => pattern.test(s)) : fc.string({ minLength: min, maxLength: Math.min(max, 40) });
  const fits = shaped.filter((s) => s.length >= min && [...s].length <= max);
  return examples.length ? fc.oneof(fits, fc.constantFrom(...examples)) : fits;
}

/** Integers in range, with the bounds themselves and, where there is no upper bound, sizes a tool may not take. */
function integer(node: Node): fc.Arbitrary<number> {
  const min = typeof node.minimum === 'number' ? node.minimum : -(2 ** 31);
  const max = typeof node.maximum === 'number' ? node.maximum : undefined;
  const edges = [min, min + 1, ...(max === undefined ? [2 ** 31 - 1, 2 ** 31, 2 ** 53 - 1, 1e21] : [max, max - 1])];
  return fc.oneof(fc.integer({ min, max: max ?? 100_000 }), fc.constantFrom(...edges));
}

/** Values the schema node allows (mostly: composite constraints are left to the validator to judge). */
export function valueFor(raw: Node, depth = 0): fc.Arbitrary<unknown> {
  const node = resolve(raw);
  if (Array.isArray(node.enum)) return fc.constantFrom(...(node.enum as unknown[]));
  if ('const' in node) return fc.constant(node.const);
  for (const key of ['oneOf', 'anyOf'] as const) if (Array.isArray(node[key])) return fc.oneof(...(node[key] as Node[]).map((b) => valueFor({ ...node, [key]: undefined, ...b }, depth)));
  const type = Array.isArray(node.type) ? (node.type as string[]).find((t) => t !== 'null') : (node.type as string | undefined);
  const nullable = Array.isArray(node.type) && (node.type as string[]).includes('null');
  const value = ((): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'string':
        return text(node);
      case 'integer':
        return integer(node);
      case 'number':
        return fc.double({ min: typeof node.minimum === 'number' ? node.minimum : -1e6, max: typeof node.maximum === 'number' ? node.maximum : 1e6, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 3 ? fc.constant([]) : fc.array(valueFor(node.items as Node, depth + 1), { minLength: (node.minItems as number) ?? 0, maxLength: Math.min((node.maxItems as number) ?? 3, 3) });
      case 'object':
        return depth > 3 ? fc.constant({}) : object(node, depth);
      default:
        return fc.constant(null);
    }
  })();
  return nullable ? fc.oneof({ arbitrary: value, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }) : value;
}

function object(node: Node, depth: number): fc.Arbitrary<unknown> {
  const props = (node.properties ?? {}) as Record<string, Node>;
  const required = new Set((node.required as string[] | undefined) ?? []);
  if (Object.keys(props).length) {
    const record = fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, valueFor(v, depth + 1)])), { requiredKeys: [...required] });
    // A few optional keys at a time, so that most generated sections stay close to what people write.
    return record.chain((r) => fc.subarray(Object.keys(r)).map((keep) => Object.fromEntries(Object.entries(r).filter(([k]) => required.has(k) || keep.includes(k)))));
  }
  const extra = node.additionalProperties;
  if (extra && typeof extra === 'object') {
    const names = node.propertyNames ? text(resolve(node.propertyNames as Node)) : fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/);
    return fc.dictionary(names, valueFor(extra as Node, depth + 1), { maxKeys: 3 });
  }
  return fc.constant({});
}

/** Every settable place of the schema below the top level: its path and its node. */
export function places(node: Node = schema, at: string[] = []): { at: string[]; node: Node }[] {
  const n = resolve(node);
  const here = at.length ? [{ at, node: n }] : [];
  const props = (n.properties ?? {}) as Record<string, Node>;
  return [...here, ...Object.entries(props).flatMap(([k, v]) => (k === 'version' ? [] : places(v, [...at, k])))];
}

/** A copy of `config` with the value at `at` set (objects along the way are created). */
export function setAt(config: Record<string, unknown>, at: readonly string[], value: unknown): Record<string, unknown> {
  const root = structuredClone(config);
  let n = root;
  for (const key of at.slice(0, -1)) {
    if (n[key] === null || typeof n[key] !== 'object' || Array.isArray(n[key])) n[key] = {};
    n = n[key] as Record<string, unknown>;
  }
  n[at[at.length - 1]!] = value;
  return root;
}

/** Changes along the schema: one to `count` places, each with a value the schema allows there. */
export function schemaChanges(count = 3): fc.Arbitrary<{ at: string[]; value: unknown }[]> {
  const all = places();
  const change = fc.constantFrom(...all).chain((p) => valueFor(p.node).map((value) => ({ at: p.at, value })));
  return fc.array(change, { minLength: 1, maxLength: count });
}
