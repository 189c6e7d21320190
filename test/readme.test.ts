/** Every README claim about the command line is true: each command and flag in its command table exists. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, cli } from './helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const rows = [...readme.matchAll(/^\| `obscompile (\w+)([^`]*)` \|/gm)].map((m) => ({ command: m[1]!, usage: m[2]! }));

test('the README command table lists every command, and each flag it names exists', async () => {
  assert.equal(rows.map((r) => r.command).sort(), ['build', 'check', 'docs', 'explain', 'init', 'lint', 'schema', 'validate', 'verify']);
  for (const { command, usage } of rows) {
    const help = await cli([command, '--help'], ROOT);
    assert.is(help.code, 0, `${command} --help`);
    for (const flag of usage.match(/--[a-z-]+/g) ?? []) assert.ok(help.stdout.includes(flag), `\`obscompile ${command}\` takes ${flag}`);
  }
});

test('every command\'s --help shows examples and its exit codes', async () => {
  for (const { command } of rows) {
    const help = (await cli([command, '--help'], ROOT)).stdout;
    assert.match(help, new RegExp(`Examples:\\n {2}\\$ obscompile ${command}`), command);
    assert.match(help, /Exit codes: 0 /, command);
  }
});

test('the commands the README says take --config do', async () => {
  const named = [...(readme.match(/^(`\w+`(?:, `\w+`)*(?: and `\w+`)?) take `--config FILE`/m)?.[1] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1]!);
  assert.ok(named.length > 0, 'the README names the commands that take --config');
  for (const command of named) assert.match((await cli([command, '--help'], ROOT)).stdout, /--config/, command);
});

test.run();
