/**
 * The schema devcontainer.json associates must lie inside the workspace the dev container mounts
 * (src/check/editor.ts): its copy goes where the output goes, `output.dir` or `--out`.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, cli, tempDir } from './helpers.js';

const warned = (stderr: string) => stderr.split('\n').filter((l) => l.includes('OBS_SCHEMA_OUTSIDE_WORKSPACE'));

test('a schema copy outside the workspace root is warned about, whether output.dir or --out puts it there', async () => {
  // The project in a folder of the test's own, so that `--out ../outside` stays in it too.
  const root = tempDir();
  const dir = path.join(root, 'project');
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'package.json'), '{}\n');
  writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\ndevcontainer: { workspaceRoot: . }\noutput: { dir: out }\n');
  try {
    assert.equal(warned((await cli(['build'], dir)).stderr), [], 'out/ is inside the workspace');
    const outside = await cli(['build', '--out', '../outside'], dir);
    assert.is(outside.code, 0, outside.stderr);
    assert.equal(warned(outside.stderr).length, 1, outside.stderr);
    assert.match(outside.stderr, /schema `\.\.\/outside\/observability\.schema\.json` is outside the workspace root `\.`/);
    assert.match(outside.stderr, /hint: put the --out folder under `devcontainer\.workspaceRoot`/);
    assert.equal(warned((await cli(['build', '--out', 'sub'], dir)).stderr), [], 'sub/ is inside');
  } finally {
    cleanup(root);
  }
});

test.run();
