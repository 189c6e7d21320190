/**
 * The plain reader (src/parse/plain-yaml.ts) on generated structures: nested block mappings and sequences in
 * every indentation the reader follows (flush sequences under keys, compact mappings in items, deeper and
 * shallower steps), one-line flow collections, comments and blank lines anywhere, quoted keys, and those texts
 * damaged at random. Whatever it accepts, the full `yaml` parse must read the same; undamaged texts it must
 * accept, or it is no faster than js-yaml for the configs it exists for.
 */
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readPlainYaml } from '../src/parse/plain-yaml.js';
import { agree } from './yaml-agreement.js';

type Tree = string | Tree[] | { [key: string]: Tree };

/** Strings the reader reads plain or quoted, numbers it resolves, words the core schema resolves. */
const SCALARS = ['x', 'a b', 'with (parens)', 'a:b', 'a#b', '0.0.0.0', '1.2.3', '15s', '16gb', 'host0.internal:9000', 'http://h:8080/p', '-x', '--port', '~', 'null', 'True', 'false', '0', '12', '-7', '0.85', '-1.5', "it's", 'q"q', 'ünï', '[x]', 'a,b', 'x ', ' y', 'a: b', 'a #b', ''];
const KEYS = ['a', 'job', 'port', 'b.c', 'x/y', 'k-1', '_u', 'constructor', 'yes', 'on'];

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SCALARS),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { maxLength: 4, selector: ([k]) => k }).map((pairs) => Object.fromEntries(pairs)),
  ),
})).node;

/** How one document is laid out: each choice is taken per node from these pools. */
interface Layout {
  step: number;
  flushSequences: boolean;
  choices: number[];
}
const layout = fc.record({ step: fc.integer({ min: 1, max: 4 }), flushSequences: fc.boolean(), choices: fc.array(fc.nat(99), { minLength: 64, maxLength: 64 }) });

/** Writes `value` as YAML text, taking every style choice from the layout. */
function write(root: Record<string, Tree>, l: Layout): string {
  let turn = 0;
  const pick = (n: number) => l.choices[turn++ % l.choices.length]! % n;
  const scalar = (s: string): string => {
    const style = pick(4);
    if (style === 0) return JSON.stringify(s);
    if (style === 1) return `'${s.replace(/'/g, "''")}'`;
    return s; // plain: may be invalid or mean something else; the full parse decides which
  };
  const flowNode = (v: Tree): string => {
    if (typeof v === 'string') return scalar(v);
    if (Array.isArray(v)) return `[${v.map(flowNode).join(', ')}]`;
    return `{ ${Object.entries(v).map(([k, x]) => `${key(k)}: ${flowNode(x)}`).join(', ')} }`;
  };
  const key = (k: string) => (pick(6) === 0 ? JSON.stringify(k) : k);
  const comment = () => (pick(5) === 0 ? ' # note' : '');
  const between = () => ['', '', '', '\n', '# a comment line\n', '   \n'][pick(6)]!;
  /** Lines of `v` under a parent at `indent` (v is a collection with entries). */
  const block = (v: Tree, indent: number): string => {
    const pad = ' '.repeat(indent);
    if (Array.isArray(v)) return v.map((item) => `${between()}${pad}-${after(item, indent, true)}`).join('');
    return Object.entries(v).map(([k, x]) => `${between()}${pad}${key(k)}:${after(x, indent, false)}`).join('');
  };
  /** What follows `key:` or `-` on its line, and the lines below it. */
  const after = (v: Tree, indent: number, item: boolean): string => {
    const empty = typeof v !== 'string' && Object.keys(v).length === 0;
    if (typeof v === 'string' || empty || pick(5) === 0) return ` ${flowNode(v)}${comment()}\n`;
    if (item && !Array.isArray(v) && pick(2) === 0) {
      // A compact mapping: its first key on the item's line, the others under it.
      const inner = block(v, indent + 2);
      return ` ${inner.trimStart()}`;
    }
    const deeper = Array.isArray(v) && !item && l.flushSequences ? indent : indent + l.step;
    return `${comment()}\n${block(v, deeper)}`;
  };
  return block(root, 0);
}

const documents = fc.tuple(fc.dictionary(fc.constantFrom(...KEYS), tree, { minKeys: 1, maxKeys: 4 }), layout).map(([root, l]) => write(root, l));

test('generated structures: whatever the plain reader accepts, the full parse reads the same (property)', () => {
  let [runs, taken] = [0, 0];
  fc.assert(
    fc.property(documents, (text) => {
      runs++;
      if (agree(text, JSON.stringify(text))) taken++;
    }),
    { seed: 20261201, numRuns: 3000 },
  );
  assert.ok(taken > runs / 2, `the plain reader took many of them (${taken} of ${runs})`);
});

/** One random edit: a character removed, one inserted from YAML's indicators, a line doubled, or a line's indentation changed. */
const damaged = fc.tuple(documents, fc.nat(), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...':-#[]{},\'"& \n\t\r?|>!*%'.split(''))).map(([text, at, kind, c]) => {
  const i = text.length ? at % text.length : 0;
  if (kind === 0) return text.slice(0, i) + text.slice(i + 1);
  if (kind === 1) return text.slice(0, i) + c + text.slice(i);
  const lines = text.split('\n');
  const n = at % Math.max(1, lines.length - 1);
  if (kind === 2) lines.splice(n, 0, lines[n]!);
  else lines[n] = lines[n]!.startsWith(' ') ? lines[n]!.slice(1) : ` ${lines[n]}`;
  return lines.join('\n');
});

test('damaged structures: the plain reader gives up or reads what the full parse reads (property)', () => {
  let taken = 0;
  fc.assert(
    fc.property(damaged, (text) => {
      if (agree(text, JSON.stringify(text))) taken++;
    }),
    { seed: 20261202, numRuns: 4000 },
  );
  assert.ok(taken > 1000, `the plain reader still took some (${taken})`);
});

test('a config of a thousand scrape targets, as the benchmark writes it, is read by the plain reader', () => {
  const targets = Array.from({ length: 1000 }, (_, i) =>
    [`    - job: exporter_${i}`, `      targets: ["host${i}.internal:${9000 + i}"]`, `      labels: { shard: "s${i % 16}" }`, '      metrics:', ...Array.from({ length: 5 }, (_, m) => `        - { name: e_${i}_${m}_total, type: counter, help: "Metric ${m}.", labels: [instance, route] }`)].join('\n'),
  );
  const text = `version: 1\nprometheus:\n  extraTargets:\n${targets.join('\n')}\n`;
  const data = readPlainYaml(text) as { prometheus: { extraTargets: { job: string; metrics: unknown[] }[] } } | undefined;
  assert.ok(data, 'read');
  assert.is(data.prometheus.extraTargets.length, 1000);
  assert.equal(data.prometheus.extraTargets[999]!.metrics[4], { name: 'e_999_4_total', type: 'counter', help: 'Metric 4.', labels: ['instance', 'route'] });
  assert.ok(agree(text, 'a thousand targets'));
});

test.run();
