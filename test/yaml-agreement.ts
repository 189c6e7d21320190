/** The agreement check of the plain reader with the full positioned parse (test/parse.test.ts, test/plain-yaml.test.ts). */
import * as assert from 'uvu/assert';
import { readPlainYaml } from '../src/parse/plain-yaml.js';
import { parseWithPositions } from '../src/parse/yaml-document.js';
import type { SourceFile } from '../src/types.js';

export const source = (text: string): SourceFile => ({ path: 'c.yaml', absolutePath: '/c.yaml', text });

/** Asserts that the plain reader either gives up on `text` or reads it as the full parse does; returns whether it read it. */
export function agree(text: string, label: string): boolean {
  const data = readPlainYaml(text);
  if (data === undefined) return false;
  const full = parseWithPositions(source(text));
  assert.equal(full.diagnostics, [], `${label}: the full parse accepts what the plain reader accepted`);
  assert.is(canonical(data), canonical(full.value!.data), `${label}: the plain reader reads what the full parse reads`);
  return true;
}

/** JSON with key order kept and the numbers JSON cannot tell apart (NaN, ±Infinity, -0) spelled out. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)) ? `number:${Object.is(v, -0) ? '-0' : v}` : v));
}
