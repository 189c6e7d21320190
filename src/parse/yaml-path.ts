/** Maps a path inside the config (from ajv's instancePath or a rule) to a source range in the positioned YAML document. */
import { isMap, isPair, isScalar, isSeq, parse, type Document, type Node, type Pair } from 'yaml';
import type { ConfigPath } from '../types.js';

export interface Located {
  range: [number, number];
  /** True when the path itself exists; false when the range is its nearest written ancestor. */
  exact: boolean;
}

/** Range of the value (or the key, with `target: 'key'`) at `path`; falls back to the nearest ancestor. */
export function locate(doc: Document, path: ConfigPath, target: 'key' | 'value' = 'value'): Located {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let best = rangeOf(node) ?? ([0, 0] as [number, number]);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const next = child(node, seg);
    if (!next) return { range: pair ? keyRange(pair) ?? best : best, exact: false };
    pair = next.pair;
    node = next.node;
    const r = rangeOf(node) ?? (pair ? keyRange(pair) : undefined);
    if (r) best = r;
  }
  if (target === 'key' && pair) return { range: keyRange(pair) ?? best, exact: true };
  return { range: best, exact: true };
}

/** Each mapping's pairs by key text, built on first lookup: locating many findings in one big mapping stays linear. */
const pairIndex = new WeakMap<object, Map<string, Pair>>();

function pairsOf(map: { items: unknown[] }): Map<string, Pair> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) if (isPair(p) && !index.has(keyText(p))) index.set(keyText(p), p);
    pairIndex.set(map, index);
  }
  return index;
}

function child(node: unknown, seg: string | number): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    const pair = pairsOf(node).get(String(seg)) ?? collectionKey(node, String(seg));
    return pair ? { node: pair.value, pair } : undefined;
  }
  if (isSeq(node) && typeof seg === 'number') {
    const item = node.items[seg];
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}

/**
 * The pair whose key is a collection (`? [a, b]`) that the data names `seg`: such a key becomes its flow text as a
 * property name (`[ a, b ]`), which is not what the node prints, so the two are compared as data.
 */
function collectionKey(map: { items: unknown[] }, seg: string): Pair | undefined {
  if (!/^[[{]/.test(seg)) return undefined;
  let wanted: string;
  try {
    wanted = JSON.stringify(parse(seg));
  } catch {
    return undefined;
  }
  return map.items.find((p): p is Pair => isPair(p) && (isMap(p.key) || isSeq(p.key)) && JSON.stringify((p.key as Node).toJSON()) === wanted);
}

function keyText(pair: Pair): string {
  const key = pair.key;
  return isScalar(key) ? String(key.value) : String(key);
}

function keyRange(pair: Pair): [number, number] | undefined {
  return rangeOf(pair.key);
}

function rangeOf(node: unknown): [number, number] | undefined {
  const r = (node as Node | null)?.range;
  return r ? [r[0], r[1]] : undefined;
}
