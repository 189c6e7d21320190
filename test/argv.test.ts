/**
 * The fast command-line reader (src/cli/argv.ts) against commander (src/cli/program.ts), both built from
 * src/cli/declarations.ts: on generated command lines, whatever the reader takes, commander takes too, with the same
 * command, options and operands; what the reader leaves alone is commander's to accept or refuse.
 */
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readCommandLine } from '../src/cli/argv.js';
import { COMMANDS } from '../src/cli/declarations.js';
import { commanderProgram } from '../src/cli/program.js';

/** What commander makes of `argv`: the action's arguments, or the error it stopped with. */
async function commanderReads(argv: string[]): Promise<{ command: string; opts: Record<string, unknown>; args: string[] } | { error: string }> {
  let seen: { command: string; opts: Record<string, unknown>; args: string[] } | undefined;
  const quiet = { cwd: '/', out: () => undefined, err: () => undefined };
  const program = commanderProgram(quiet, argv, async (command, opts, args) => {
    seen = { command, opts: { ...opts }, args: [...args] };
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    return { error: (error as Error).message };
  }
  return seen ?? { error: 'no action ran' };
}

const names = Object.keys(COMMANDS);
const flags = [...new Set(Object.values(COMMANDS).flatMap((c) => c.options.flatMap((o) => o.flags.replace(/ <.*>$/, '').split(', '))))];
const values = ['text', 'json', 'github', 'sarif', 'xml', 'config', 'fleet', 'all', 'metrics', 'cpu-only', 'sglang-dev', '67108864', '0', '12x', '1', 'a.yaml', 'out dir', '', '-', '-x', '--', 'prometheus.port', '.'];
const junk = ['--help', '-h', '--version', '-v', 'help', '--bogus', '-z', '-cfile', '--dry-run=true', '--', 'buidl'];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...flags) },
  { weight: 4, arbitrary: fc.constantFrom(...values) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...flags.filter((f) => f.startsWith('--'))), fc.constantFrom(...values)).map(([f, v]) => `${f}=${v}`) },
  { weight: 1, arbitrary: fc.constantFrom(...junk) },
);
const commandLine = fc.tuple(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: fc.constantFrom(...junk) }), fc.array(token, { maxLength: 6 })).map(([first, rest]) => [first, ...rest]);

test('every command line the fast reader takes, commander takes the same way', async () => {
  let taken = 0;
  let refused = 0;
  await fc.assert(
    fc.asyncProperty(commandLine, async (argv) => {
      const fast = readCommandLine(argv);
      if (!fast) {
        refused++;
        return;
      }
      taken++;
      assert.equal(await commanderReads(argv), fast, argv.join(' '));
    }),
    { numRuns: 4000, seed: 20261201 },
  );
  // Both branches were exercised: the reader is neither a no-op nor a catch-all.
  assert.ok(taken > 400 && refused > 400, `taken ${taken}, refused ${refused}`);
});

test('the everyday command lines are read without commander, defaults included', () => {
  const everyday = [
    ['build'],
    ['check', '--format', 'github'],
    ['validate', '-c', 'deploy/observability.config.yaml', '--format=json'],
    ['build', '--max-config-bytes', '67108864', '--dry-run'],
    ['build', '--fleet', 'observability.fleet.yaml', '--force'],
    ['explain', 'prometheus.port', '--fleet', 'f.yaml', '--host', 'gpu-b'],
    ['init', 'infra', '--example', 'cpu-only'],
    ['schema', '--kind', 'fleet', '-o', 'fleet.schema.json'],
    ['docs', '--inject', 'README.md', '--check'],
  ];
  for (const argv of everyday) assert.ok(readCommandLine(argv), argv.join(' '));
  assert.equal(readCommandLine(['build', '--max-config-bytes', '67108864'])!.opts, { maxConfigBytes: 67108864, dryRun: false, force: false, watch: false, format: 'text' });
});

test('help, the version, typos and mistakes are left to commander', () => {
  for (const argv of [[], ['--help'], ['help', 'build'], ['build', '--help'], ['-v'], ['buidl'], ['build', '--bogus'], ['build', '--format', 'xml'], ['build', '--max-config-bytes', '0'], ['explain'], ['build', 'extra'], ['build', '--', 'x'], ['build', '--out', '-x']]) {
    assert.is(readCommandLine(argv), undefined, argv.join(' '));
  }
});

test('an empty option value (`--fleet "$UNSET"`) is refused, never read as the option left out', async () => {
  for (const argv of [['build', '--fleet', ''], ['build', '--out='], ['validate', '-c', ''], ['schema', '--out', ''], ['explain', 'prometheus.port', '--fleet', 'f.yaml', '--host', '']]) {
    assert.is(readCommandLine(argv), undefined, argv.join(' '));
    const read = await commanderReads(argv);
    assert.ok('error' in read && /argument '' is invalid\. it is empty/.test(read.error), `${argv.join(' ')}: ${JSON.stringify(read)}`);
  }
});

test('an option written where another wanted its value (`--versions --config x.yaml`) is refused, naming the one left without', async () => {
  for (const [argv, missing] of [[['lint', '--versions', '--config', 'c.yaml', 'rules.yml'], '--versions'], [['build', '--out', '-c', 'c.yaml'], '--out'], [['explain', 'prometheus.port', '--host', '--fleet=f.yaml'], '--host']] as const) {
    assert.is(readCommandLine(argv), undefined, argv.join(' '));
    const read = await commanderReads([...argv]);
    assert.ok('error' in read && read.error.includes(`and ${missing} has no value`), `${argv.join(' ')}: ${JSON.stringify(read)}`);
  }
  // A value that only starts with a dash is still a value.
  assert.not.ok('error' in (await commanderReads(['build', '--out', '-dir'])));
});

test.run();
