/** Checked-in generated files (types, standalone validator, precompiled templates) match their sources. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { generateAll } from '../scripts/generators.js';
import { ROOT } from './helpers.js';

test('generated files are fresh (run `npm run generate` when this fails)', async () => {
  const files = await generateAll();
  assert.ok(files.length >= 5);
  for (const file of files) {
    const onDisk = readFileSync(path.join(ROOT, file.path), 'utf8');
    assert.ok(onDisk === file.content, `${file.path} is stale: run \`npm run generate\` and commit the result`);
  }
});

test('docs/config.md marks the keys a section requires, and only those', async () => {
  const reference = (await generateAll()).find((f) => f.path === 'docs/config.md')!.content;
  const row = (key: string) => reference.split('\n').find((l) => l.startsWith(`| \`${key}\` |`)) ?? '';
  for (const key of ['version', 'alertmanager.receivers[].email.from', 'alertmanager.receivers[].slack.apiUrlFile', 'prometheus.extraTargets[].job']) assert.match(row(key), /, required \|/, key);
  for (const key of ['prometheus.port', 'alertmanager.receivers[].email.authUsername', 'alertmanager.receivers[].slack.channel']) assert.not.match(row(key), /required/, key);
});

test.run();
