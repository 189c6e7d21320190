/**
 * `docs --inject` on a README it must not or cannot replace: one the caller may not write is refused (a rename would
 * replace it anyway), one in a folder it cannot write into says that the folder is the cause; the file stays as it was.
 */
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, cli, configDir } from './helpers.js';

const README = '# x\n\n<!-- obscompile:begin components -->\n<!-- obscompile:end components -->\n';

test('a README the caller may not write is not replaced (root may): the error says so and how to go on; --check still reads it', async () => {
  const dir = configDir('version: 1\n');
  try {
    const readme = path.join(dir, 'README.md');
    writeFileSync(readme, README);
    chmodSync(readme, 0o444);
    assert.is((await cli(['docs', '--inject', 'README.md', '--check'], dir)).code, 1, 'check reads it and finds it stale');
    const r = await cli(['docs', '--inject', 'README.md'], dir);
    if (process.getuid?.() === 0) {
      // Root may write any file: as it may, the tables are injected.
      assert.is(r.code, 0, r.stderr);
      return;
    }
    assert.is(r.code, 2, r.stdout);
    assert.match(r.stderr, /error \[OBS_IO\] README\.md is read-only to you \(mode 0444\): docs --inject does not replace a file you may not write/);
    assert.match(r.stderr, /hint: make it writable \(`chmod u\+w README\.md`, as its owner\)/);
    assert.is(readFileSync(readme, 'utf8'), README);
    assert.is(statSync(readme).mode & 0o777, 0o444);
  } finally {
    cleanup(dir);
  }
});

test('a README in a folder that cannot be written into: the folder is named as the cause, the file unchanged', async () => {
  // Root writes into any folder: only another user sees the refusal.
  if (process.getuid?.() === 0) return;
  const dir = configDir('version: 1\n');
  const folder = path.join(dir, 'docs');
  try {
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'README.md'), README);
    chmodSync(folder, 0o555);
    const r = await cli(['docs', '--inject', 'docs/README.md'], dir);
    assert.is(r.code, 2, r.stdout);
    assert.match(r.stderr, /cannot write docs\/README\.md: its folder docs is not writable \(EACCES\)/);
    assert.is(readFileSync(path.join(folder, 'README.md'), 'utf8'), README);
  } finally {
    chmodSync(folder, 0o755);
    cleanup(dir);
  }
});

test('markers on one line are said to need a line each, not "no markers found"', async () => {
  const dir = configDir('version: 1\n');
  try {
    const text = '# x\n\n<!-- obscompile:begin components --><!-- obscompile:end components -->\n';
    writeFileSync(path.join(dir, 'README.md'), text);
    const r = await cli(['docs', '--inject', 'README.md'], dir);
    assert.is(r.code, 1, r.stdout);
    assert.match(r.stderr, /^README\.md:3:1: error \[OBS_DOCS_MARKER\] markers share a line: each obscompile marker goes on a line of its own/m);
    // Under it, the README's line, as a config's lines stand under its findings.
    assert.match(r.stderr, /\n> 3 \| <!-- obscompile:begin components --><!-- obscompile:end components -->\n/);
    assert.is(readFileSync(path.join(dir, 'README.md'), 'utf8'), text);
    // Mentioned in a sentence, a marker is documentation, as before.
    writeFileSync(path.join(dir, 'README.md'), `${text.replace(/^<!--/m, 'Write <!--')}<!-- obscompile:begin components -->\n<!-- obscompile:end components -->\n`);
    assert.is((await cli(['docs', '--inject', 'README.md'], dir)).code, 0);
  } finally {
    cleanup(dir);
  }
});

test('a table between markers in a list item is indented as the markers are, so it stays in the item; again, nothing changes', async () => {
  const dir = configDir('version: 1\n');
  try {
    const text = '# x\n\n- The parts:\n\n  <!-- obscompile:begin components -->\n  <!-- obscompile:end components -->\n- next item\n';
    writeFileSync(path.join(dir, 'README.md'), text);
    assert.is((await cli(['docs', '--inject', 'README.md'], dir)).code, 0);
    const once = readFileSync(path.join(dir, 'README.md'), 'utf8');
    const table = once.split('\n').filter((l) => l.includes('|'));
    assert.ok(table.length > 2, once);
    for (const line of table) assert.ok(line.startsWith('  |'), `indented with the markers: ${JSON.stringify(line)}`);
    assert.is((await cli(['docs', '--inject', 'README.md', '--check'], dir)).code, 0, 'a second run finds it current');
  } finally {
    cleanup(dir);
  }
});

test.run();
