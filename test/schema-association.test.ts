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
  // The project two folders down in one of the test's own, so that every `--out ../…` below stays in it.
  const root = tempDir();
  const dir = path.join(root, 'ws', 'project');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{}\n');
  writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\ndevcontainer: { workspaceRoot: . }\noutput: { dir: out }\n');
  try {
    assert.equal(warned((await cli(['build'], dir)).stderr), [], 'out/ is inside the workspace');
    const outside = await cli(['build', '--out', '../outside'], dir);
    assert.is(outside.code, 0, outside.stderr);
    assert.equal(warned(outside.stderr).length, 1, outside.stderr);
    assert.match(outside.stderr, /schema `\.\.\/outside\/observability\.schema\.json` is outside the workspace root `\.`/);
    assert.match(outside.stderr, /hint: put the --out folder under `devcontainer\.workspaceRoot`/);
    // At what the user wrote that puts it there: the workspace root with --out, output.dir without.
    assert.match(warned(outside.stderr)[0]!, /^observability\.config\.yaml:2:32: warning/);
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\ndevcontainer: { workspaceRoot: . }\noutput: { dir: ../out }\n');
    assert.match(warned((await cli(['validate'], dir)).stderr)[0]!, /^observability\.config\.yaml:3:16: warning/);
    // A folder written with a slash at its end names the copy with one slash (`output.dir: /` is not `//…`).
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\ndevcontainer: { workspaceRoot: . }\noutput: { dir: ../out/ }\n');
    assert.match(warned((await cli(['validate'], dir)).stderr)[0]!, /schema `\.\.\/out\/observability\.schema\.json` is outside/);
    assert.equal(warned((await cli(['build', '--out', 'sub'], dir)).stderr), [], 'sub/ is inside');
    // A workspace root above the config's folder: what lies outside it is still outside.
    writeFileSync(path.join(dir, 'observability.config.yaml'), 'version: 1\ndevcontainer: { workspaceRoot: .. }\noutput: { dir: out }\n');
    assert.equal(warned((await cli(['build', '--out', '../inside'], dir)).stderr), [], 'a sibling folder is inside the root above');
    assert.equal(warned((await cli(['build', '--out', '../../outside2'], dir)).stderr).length, 1, 'two folders up is outside it');
  } finally {
    cleanup(root);
  }
});

test("a fleet's base config whose modeline names a copy the fleet does not write, and that is not there, is told which copy it gets", async () => {
  const root = tempDir();
  try {
    writeFileSync(path.join(root, 'package.json'), '{}\n');
    writeFileSync(path.join(root, 'observability.config.yaml'), '# yaml-language-server: $schema=./out/observability.schema.json\nversion: 1\noutput: { dir: out }\n');
    writeFileSync(path.join(root, 'observability.fleet.yaml'), 'version: 1\nbase: observability.config.yaml\noutput: { dir: hosts }\nhosts:\n  - name: gpu-a\n');
    const stale = await cli(['validate', '--fleet', 'observability.fleet.yaml'], root);
    assert.match(stale.stderr, /^observability\.config\.yaml:1:33: warning \[OBS_MODELINE_STALE\] the editor modeline names `\.\/out\/observability\.schema\.json`, which is not there and which `build --fleet` does not write/m);
    assert.match(stale.stderr, /hint: build the base alone once \(`obscompile build --config observability\.config\.yaml`\), which writes and keeps that copy; or point the line at a host bundle's copy, `\.\/hosts\/gpu-a\/observability\.schema\.json`/);
    // A fleet build with build records on warns, and leaves a record.
    const cache = path.join(root, '.cache');
    assert.match((await cli(['build', '--fleet', 'observability.fleet.yaml'], root, cache)).stderr, /OBS_MODELINE_STALE/);
    // The base built alone keeps that copy: then the modeline names a schema that is there, and the fleet's record,
    // which watches that copy while it is missing, is not replayed with the warning.
    assert.is((await cli(['build'], root)).code, 0);
    assert.not.match((await cli(['validate', '--fleet', 'observability.fleet.yaml'], root)).stderr, /OBS_MODELINE_STALE/);
    assert.not.match((await cli(['build', '--fleet', 'observability.fleet.yaml'], root, cache)).stderr, /OBS_MODELINE_STALE/);
  } finally {
    cleanup(root);
  }
});

test.run();
