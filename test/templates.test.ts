/**
 * The compiled templates (scripts/template-compiler.ts → src/generated/templates.js) against Handlebars itself, with
 * the options DESIGN.md asks for (noEscape, strict) and the same helpers: the same text, or the same error, for the
 * contexts every example hands each template and for thousands of changed copies of them (fields removed, emptied,
 * or given another type). And the compiler refuses what it does not implement, naming the file, line and column.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compile } from '../src/compile.js';
import { templates, type TemplateName } from '../src/generated/templates.js';
import { HELPERS, runtime } from '../src/render/templates.js';
import { TemplateError, compileTemplate } from '../scripts/template-compiler.js';
import { ROOT, cleanup, cli, tempDir } from './helpers.js';

const TEMPLATE_DIR = path.join(ROOT, 'templates');
const names = readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.hbs')).map((f) => f.replace(/\.hbs$/, '') as TemplateName);

const handlebars = Handlebars.create();
// Handlebars logs each inherited property a template reaches (and then treats it as absent, as the runtime does).
handlebars.logger.level = 4;
for (const [name, helper] of Object.entries(HELPERS)) handlebars.registerHelper(name, helper as (...args: unknown[]) => unknown);
const reference = new Map(names.map((n) => [n, handlebars.compile(readFileSync(path.join(TEMPLATE_DIR, `${n}.hbs`), 'utf8'), { noEscape: true, strict: true })]));

type Outcome = { text: string } | { error: string };
const outcome = (render: () => string): Outcome => {
  try {
    return { text: render() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};
const ours = (name: TemplateName, context: object) => outcome(() => templates[name](context, runtime));
const theirs = (name: TemplateName, context: object) => outcome(() => reference.get(name)!(context));

/** Every context the examples hand the templates, recorded by wrapping the generated functions during real builds. */
async function recordedContexts(): Promise<Map<TemplateName, object[]>> {
  const seen = new Map<TemplateName, object[]>(names.map((n) => [n, []]));
  const originals = { ...templates };
  for (const name of names) templates[name] = (context, r) => (seen.get(name)!.push(context), originals[name](context, r));
  const dir = tempDir('obscompile-templates-');
  try {
    for (const example of readdirSync(path.join(ROOT, 'examples')).sort()) {
      const exampleDir = path.join(ROOT, 'examples', example);
      await compile({ cwd: exampleDir, config: 'observability.config.yaml' });
      if (readdirSync(exampleDir).includes('observability.fleet.yaml')) await cli(['check', '--fleet', 'observability.fleet.yaml'], exampleDir);
    }
    await cli(['init'], dir);
  } finally {
    Object.assign(templates, originals);
    cleanup(dir);
  }
  return seen;
}

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REPLACEMENTS: unknown[] = [null, 0, 1, '', 'x y', "it's", true, false, [], ['a', 'b'], [['k', 'v']], {}, { k: 'v' }, new Map([['k', 'v']])];

/** Paths into `value` whose names all appear in the template's text: the fields the template can reach. */
function reachablePaths(value: unknown, words: Set<string>, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (prefix.length > 6 || value === null || typeof value !== 'object') return out;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    if (typeof key === 'string' && !words.has(key)) continue;
    const p = [...prefix, key];
    out.push(p);
    reachablePaths(child, words, p, out);
  }
  return out;
}

/** A copy of `context` with the value at `at` removed or replaced. */
function changed(context: object, at: (string | number)[], replacement: unknown, remove: boolean): object {
  const copy = structuredClone(context) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (remove && !Array.isArray(parent)) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

const contexts = await recordedContexts();

for (const name of names) {
  test(`template ${name}: the compiled function writes what Handlebars writes for every example's context`, () => {
    const seen = contexts.get(name)!;
    assert.ok(seen.length > 0, `no example renders ${name}`);
    for (const context of seen) {
      const expected = theirs(name, context);
      assert.ok('text' in expected, `Handlebars fails on an example's context: ${JSON.stringify(expected)}`);
      assert.equal(ours(name, context), expected);
    }
  });

  test(`template ${name}: the same text or the same error as Handlebars for changed contexts`, () => {
    const words = new Set(readFileSync(path.join(TEMPLATE_DIR, `${name}.hbs`), 'utf8').match(/[A-Za-z_]+/g));
    // An object that has every name the template uses, but only through its prototype: a template sees none of them.
    const replacements = [...REPLACEMENTS, Object.create(Object.fromEntries([...words].map((w) => [w, 'inherited'])))];
    let errors = 0;
    let texts = 0;
    for (const [n, context] of contexts.get(name)!.entries()) {
      const paths = reachablePaths(context, words);
      for (let seed = 0; seed < 300; seed++) {
        const next = random(seed * 7919 + n);
        let copy: object = context;
        for (let k = 1 + Math.floor(next() * 3); k > 0; k--) {
          const at = paths[Math.floor(next() * paths.length)]!;
          try {
            copy = changed(copy, at, replacements[Math.floor(next() * replacements.length)], next() < 0.3);
          } catch {
            // An earlier change removed this path's parent.
          }
        }
        const expected = theirs(name, copy);
        assert.equal(ours(name, copy), expected, `context ${n}, seed ${seed}`);
        if ('error' in expected) errors++;
        else texts++;
      }
    }
    // Both kinds of outcome were exercised.
    assert.ok(errors > 0 && texts > 0, `errors ${errors}, texts ${texts}`);
  });
}

test('the generated module is what the compiler makes of templates/*.hbs', () => {
  const generated = readFileSync(path.join(ROOT, 'src/generated/templates.js'), 'utf8');
  for (const name of names) assert.ok(generated.includes(compileTemplate(`templates/${name}.hbs`, readFileSync(path.join(TEMPLATE_DIR, `${name}.hbs`), 'utf8'))), name);
});

const REFUSED: [string, string, string][] = [
  ['a\n{{> partial}}', '2:1', 'PartialStatement'],
  ['{{#with config}}x{{/with}}', '1:4', '#with'],
  ['{{#each xs}}{{../name}}{{/each}}', '1:15', 'parent path'],
  ['{{@key}}', '1:3', '@key outside #each'],
  ['{{#each xs}}{{@root.x}}{{/each}}', '1:15', '@root'],
  ['{{upper name}}', '1:3', 'the helper upper'],
  ['{{sh a b}}', '1:1', 'sh with 2 arguments'],
  ['{{sh (sh a)}}', '1:6', 'SubExpression'],
  ['{{sh a x=1}}', '1:1', 'hash argument'],
  ['{{sh "literal"}}', '1:6', 'StringLiteral'],
  ['{{sh}}', '1:3', 'helper sh without an argument'],
  ['{{#each xs as |x|}}{{x}}{{/each}}', '1:1', 'block parameters'],
];

test('the compiler refuses what it does not implement, naming the file, line and column', () => {
  for (const [source, where, what] of REFUSED) {
    assert.throws(
      () => compileTemplate('templates/t.hbs', source),
      (error: Error) => error instanceof TemplateError && error.message.startsWith(`templates/t.hbs:${where}: `) && error.message.includes(what),
      source,
    );
  }
  assert.throws(() => compileTemplate('templates/t.hbs', '{{#if a}}'), (error: Error) => error instanceof TemplateError && error.message.startsWith('templates/t.hbs: '));
});

test.run();
