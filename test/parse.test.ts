/**
 * The fast data parse (js-yaml) and the full positioned parse (yaml) must never disagree: whenever the fast
 * parse accepts a text, the full parse accepts it too and yields the same value. Checked over every YAML file
 * shipped in the repository and over generated documents full of scalars the two YAML libraries could resolve
 * differently (number spellings, YAML 1.1 booleans, timestamps, escapes, block scalars, odd keys).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MAX_DEPTH, fastData } from '../src/parse/fast-yaml.js';
import { parse } from '../src/parse/parse.js';
import { parseWithPositions } from '../src/parse/yaml-document.js';
import type { SourceFile } from '../src/types.js';

const root = path.resolve(import.meta.dirname, '..');
const source = (text: string): SourceFile => ({ path: 'c.yaml', absolutePath: '/c.yaml', text });

/** Asserts the agreement; returns whether the fast parse took the text. */
function agree(text: string, label: string): boolean {
  const fast = fastData(text);
  if (fast === undefined) return false;
  const full = parseWithPositions(source(text));
  assert.equal(full.diagnostics, [], `${label}: the full parse accepts what the fast parse accepted`);
  assert.is(canonical(fast), canonical(full.value!.data), `${label}: both parses give the same value`);
  return true;
}

/** JSON with key order kept and the numbers JSON cannot tell apart (NaN, ±Infinity, -0) spelled out. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)) ? `number:${Object.is(v, -0) ? '-0' : v}` : v));
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !e.parentPath.includes('node_modules') && !e.parentPath.includes(`${path.sep}.git`))
    .map((e) => path.join(e.parentPath, e.name));
}

test('every YAML file in the repository parses the same both ways', () => {
  const files = [...yamlFiles(path.join(root, 'examples')), ...yamlFiles(path.join(root, 'test')), ...yamlFiles(path.join(root, 'catalog'))];
  let taken = 0;
  for (const file of files) if (agree(readFileSync(file, 'utf8'), path.relative(root, file))) taken++;
  assert.ok(taken >= 10, `the fast parse took most valid files (${taken} of ${files.length})`);
});

test('texts the fast parse refuses are explained by the full parse', async () => {
  const refused = {
    'a duplicate key': 'version: 1\nversion: 1\n',
    'an alias': 'a: &x 1\nb: *x\n',
    'a second document': 'version: 1\n---\nversion: 1\n',
    'a list at the top': '- 1\n',
    'an empty file': '# nothing\n',
    'a tab indent': 'a:\n\tb: 1\n',
    'an unknown tag': 'a: !thing 1\n',
    'runaway nesting': `a: ${'['.repeat(40)}${']'.repeat(40)}\n`,
  };
  for (const [what, text] of Object.entries(refused)) {
    assert.is(fastData(text), undefined, `${what} goes to the full parser`);
    const result = await parse(source(text));
    if (what === 'an alias' || what === 'an unknown tag') continue; // valid YAML the full parser accepts; the schema judges it
    assert.ok(result.diagnostics.length > 0, `${what} is reported`);
    assert.ok(result.diagnostics.every((d) => d.line >= 1 && d.column >= 1), `${what} is positioned`);
  }
});

test('nesting at the depth limit takes the fast path; one level more is refused, as the full parse refuses it', async () => {
  const nested = (levels: number, inner = '1') => `a: ${'['.repeat(levels)}${inner}${']'.repeat(levels)}\n`;
  assert.ok(agree(nested(MAX_DEPTH - 1), 'a value at the limit'));
  assert.ok(agree(nested(MAX_DEPTH, ''), 'an empty list at the limit'));
  assert.is(fastData(nested(MAX_DEPTH)), undefined);
  const full = await parse(source(nested(MAX_DEPTH)));
  assert.equal(full.diagnostics.map((d) => d.code), ['OBS_YAML_TOO_DEEP']);
});

test('positions are built lazily and point into the file', async () => {
  const parsed = (await parse(source('version: 1\nprometheus:\n  port: 9090\n'))).value!;
  const positioned = await parsed.positioned();
  assert.is(positioned, await parsed.positioned(), 'built once');
  const range = positioned.locate(['prometheus', 'port']);
  assert.equal(positioned.lines.linePos(range[0]), { line: 3, col: 9 });
});

const scalarSpellings = [
  '0', '-0', '+1', '007', '0o17', '0o8', '0x1F', '0xG', '0b101', '1_000', '1e3', '1E-2', '.5', '-.5', '1.', '+.inf', '-.Inf', '.NaN', '.nan', 'NaN',
  '12e400', '-1e999', `0x${'F'.repeat(300)}`, '9'.repeat(400), '99999999999999999999', '1:30', '0.1.2', 'yes', 'No', 'on', 'OFF', 'y', 'true', 'True', 'TRUE', 'tRue', 'null', 'Null', 'NULL', '~',
  '2001-12-14', '2001-12-14t21:59:43.10-05:00', '=', '<<', '-', '--port', 'a: b', 'a #b', "'q'", '"dq"', '\\n', 'ünïcødé', '$(x)', '{{x}}',
];
const scalar = fc.oneof(
  { arbitrary: fc.constantFrom(...scalarSpellings), weight: 5 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: fc.integer().map(String), weight: 1 },
);
/** One scalar written in one of YAML's styles (the plain style may be invalid YAML; then only the fast parse's refusal is checked). */
const style = fc.oneof(
  { arbitrary: fc.constantFrom('plain', 'single', 'double', 'literal', 'folded'), weight: 6 },
  { arbitrary: fc.constantFrom('!!int', '!!float', '!!str', '!!bool', '!!null'), weight: 1 },
);
const written = fc.tuple(scalar, style).map(([s, style]) => {
  if (style.startsWith('!!')) return `${style} ${s}`;
  if (style === 'single') return `'${s.replace(/'/g, "''")}'`;
  if (style === 'double') return JSON.stringify(s);
  if (style === 'literal' || style === 'folded') return `${style === 'literal' ? '|' : '>'}-\n      ${s.replace(/\n/g, ' ')}`;
  return s;
});
/** Written forms whose meaning depends on escapes, line folding, chomping and comments. */
const rawWritten = fc.constantFrom(
  '"\\x41\\u263A\\U0001F600\\N\\_\\L\\P\\t\\e\\0\\a\\b\\v\\f\\/\\ \\""',
  '"folded\n      line\n\n      para"', "'single\n      folded ''q'''", 'plain\n      continued # comment',
  '|+\n      keep\n\n', '>\n      folded\n      text\n\n      more', '|2\n        indented', '>-\n      a\n        b\n      c',
  '"trailing \\\n      escaped newline"', '# only a comment', '[]', '{}', '[a, [b, {c: d}]]', '{ a: [1, 2], "b": { c: ~ } }',
);
const key = fc.oneof(fc.constantFrom('version', 'port', '1', '0x10', 'true', 'null', '~', '__proto__', 'constructor', 'a b', '"q"', "'s'"), fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/));
const value = fc.oneof({ arbitrary: written, weight: 4 }, { arbitrary: rawWritten, weight: 1 });
const document = fc.array(fc.tuple(key, fc.oneof(value, fc.array(value, { maxLength: 3 }))), { minLength: 1, maxLength: 6 }).map((entries) =>
  entries
    .map(([k, v]) => (Array.isArray(v) ? `${k}:\n${v.map((item) => `  - ${item.replace(/\n {6}/g, '\n      ')}`).join('\n')}${v.length ? '' : ' []'}` : `${k}: ${v}`))
    .join('\n') + '\n',
);
const collectionTag = fc.oneof({ arbitrary: fc.constant(''), weight: 6 }, { arbitrary: fc.constantFrom('!!map ', '!!seq ', '!!set ', '!!omap '), weight: 1 });
const flow = fc.tuple(fc.array(fc.tuple(key, scalar), { minLength: 1, maxLength: 4 }), collectionTag, collectionTag).map(
  ([pairs, mapTag, seqTag]) => `m: ${mapTag}{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }\nl: ${seqTag}[${pairs.map(([, v]) => v).join(', ')}]\n`,
);

test('generated documents: whatever the fast parse accepts, the full parse reads the same (property)', () => {
  let taken = 0;
  fc.assert(
    fc.property(fc.oneof(document, flow), (text) => {
      if (agree(text, JSON.stringify(text))) taken++;
    }),
    { seed: 20261121, numRuns: 1500 },
  );
  assert.ok(taken > 500, `most generated documents took the fast path (${taken})`);
});

test.run();
