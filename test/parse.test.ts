/**
 * The plain reader and the full positioned parse (yaml) must never disagree: whenever the plain reader accepts a
 * text, the full parse accepts it too and yields the same value. Checked over
 * every YAML file shipped in the repository and over generated documents full of scalars the YAML libraries
 * could resolve differently (number spellings, YAML 1.1 booleans, timestamps, escapes, block scalars, odd keys).
 * test/plain-yaml.test.ts adds generated structures for the plain reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse } from '../src/parse/parse.js';
import { MAX_DEPTH, readPlainYaml } from '../src/parse/plain-yaml.js';
import { agree, source } from './yaml-agreement.js';

const root = path.resolve(import.meta.dirname, '..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name) && !e.parentPath.includes('node_modules') && !e.parentPath.includes(`${path.sep}.git`))
    .map((e) => path.join(e.parentPath, e.name));
}

test('every YAML file in the repository parses the same both ways', () => {
  const files = [...yamlFiles(path.join(root, 'examples')), ...yamlFiles(path.join(root, 'test')), ...yamlFiles(path.join(root, 'catalog'))];
  const taken = files.filter((file) => agree(readFileSync(file, 'utf8'), path.relative(root, file))).length;
  assert.ok(taken >= 60, `the plain reader took most valid files (${taken} of ${files.length})`);
  const examples = yamlFiles(path.join(root, 'examples'));
  assert.ok(examples.length > 10);
  for (const example of examples) assert.ok(readPlainYaml(readFileSync(example, 'utf8')), `${path.relative(root, example)} is read by the plain reader`);
});

test('texts the plain reader gives up on are read or explained by the full parse', async () => {
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
    assert.is(readPlainYaml(text), undefined, `${what} goes to the full parser`);
    const result = await parse(source(text));
    if (what === 'an alias' || what === 'an unknown tag') {
      // Valid YAML the full parser reads; the schema judges it.
      assert.equal(result.diagnostics, [], what);
      continue;
    }
    assert.ok(result.diagnostics.length > 0, `${what} is reported`);
    assert.ok(result.diagnostics.every((d) => d.line >= 1 && d.column >= 1), `${what} is positioned`);
  }
});

test('a key indented deeper than the one above it is reported once, at that line, naming both keys and both ways to fix it', async () => {
  const cases: [string, string, [number, number], string, string][] = [
    ['one space too many', 'version: 1\nprometheus:\n  port: 9090\n  scrapeInterval: 15s\n   retention: 15d\njaeger:\n  enabled: true\n', [5, 4], 'retention', 'scrapeInterval'],
    ['a nested-looking sibling', 'version: 1\nprometheus:\n  port: 9090\n    scrapeInterval: 15s\n  retention: 15d\n', [4, 5], 'scrapeInterval', 'port'],
    ['a key at the margin', 'version: 1\nprometheus:\nport: 9090\n  scrapeInterval: 15s\n  retention: 15d\n', [4, 3], 'scrapeInterval', 'port'],
  ];
  for (const [what, text, [line, column], key, above] of cases) {
    const { diagnostics } = await parse(source(text));
    assert.is(diagnostics.length, 1, `${what}: one error, not the lines misread after it (${diagnostics.map((d) => d.message).join(' | ')})`);
    const d = diagnostics[0]!;
    assert.equal([d.line, d.column], [line, column], what);
    assert.match(d.message, new RegExp(`^this line is indented more than the key above it \\(\`${key}\` at \\d+ spaces, \`${above}\` at \\d+\\), so YAML reads it as part of \`${above}\`'s value$`), what);
    assert.match(d.hint!, new RegExp(`^indent \`${key}\` like \`${above}\``), what);
  }
  // A line indented less than its siblings keeps yaml's own words, once.
  const under = await parse(source('version: 1\nprometheus:\n  port: 9090\n scrapeInterval: 15s\n  retention: 15d\n'));
  assert.equal(under.diagnostics.map((d) => [d.line, d.column, d.hint]), [[4, 2, 'align this line with its siblings, using spaces']]);
});

test('nesting at the depth limit takes the plain reader; one level more is refused, as the full parse refuses it', async () => {
  // A scalar, an empty collection or an empty value at a depth (the top-level mapping is depth 0).
  const nodes = {
    'a scalar in flow': (depth: number) => `a: ${'['.repeat(depth - 1)}1${']'.repeat(depth - 1)}\n`,
    'an empty flow collection': (depth: number) => `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
    'a scalar under block keys': (depth: number) => keys(depth, ' 1'),
    'an empty collection under block keys': (depth: number) => keys(depth, ' []'),
    'an empty value under block keys': (depth: number) => keys(depth, ''),
    'a scalar in block items': (depth: number) => `a:\n${Array.from({ length: depth - 1 }, (_, i) => `${' '.repeat(i)}-`).join('\n')} 1\n`,
  };
  for (const [what, at] of Object.entries(nodes)) {
    assert.ok(agree(at(MAX_DEPTH), `${what} at the limit`), `${what} at the limit is read`);
    assert.is(readPlainYaml(at(MAX_DEPTH + 1)), undefined, `${what} below the limit`);
    const full = await parse(source(at(MAX_DEPTH + 1)));
    assert.equal(full.diagnostics.map((d) => d.code), ['OBS_YAML_TOO_DEEP'], what);
  }
});

/** `depth` keys, each nested under the last, the last followed by `rest`. */
function keys(depth: number, rest: string): string {
  return `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n')}${rest}\n`;
}

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

test('generated documents: whatever the plain reader accepts, the full parse reads the same (property)', () => {
  let taken = 0;
  fc.assert(
    fc.property(fc.oneof(document, flow), (text) => {
      if (agree(text, JSON.stringify(text))) taken++;
    }),
    { seed: 20261121, numRuns: 3000 },
  );
  assert.ok(taken > 150, `some generated documents took the plain reader (${taken})`);
});

test.run();
