/** shellcheck reports nothing on the generated scripts at its default severity (and does catch a broken one). */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { shellQuote } from '../../src/render/text.js';
import { cleanup, tempDir } from '../helpers.js';
import { BUNDLES, compileVariant, runTool, toolTest } from './tools.js';

for (const bundle of BUNDLES) {
  const scripts = readdirSync(bundle.dir).filter((f) => f.endsWith('.sh')).sort();
  for (const script of scripts) {
    toolTest(test, ['shellcheck', 'bash'], `shellcheck and bash -n accept ${bundle.name}/${script}`, () => {
      const file = path.join(bundle.dir, script);
      const lint = runTool('shellcheck', [file]);
      assert.is(lint.code, 0, lint.out);
      assert.is(lint.out, '');
      const syntax = runTool('bash', ['-n', file]);
      assert.is(syntax.code, 0, syntax.out);
    });
  }
}

toolTest(test, ['shellcheck', 'bash'], 'init-run.sh of a box that starts no daemon (contract seed 20261208, case 1381) draws nothing from shellcheck', async () => {
  const files = await compileVariant('cpu-only', [[['prometheus', 'enabled'], false], [['exporters', 'nodeExporter', 'enabled'], false], [['exporters', 'dcgmExporter', 'profiling'], true]]);
  const dir = tempDir();
  try {
    const file = path.join(dir, 'init-run.sh');
    writeFileSync(file, files['init-run.sh']!);
    assert.not.match(files['init-run.sh']!, /^start_daemon\(\)/m, 'no function that nothing calls');
    const lint = runTool('shellcheck', [file]);
    assert.is(lint.out, '', lint.out);
    assert.is(runTool('bash', ['-n', file]).code, 0);
  } finally {
    cleanup(dir);
  }
});

toolTest(test, ['shellcheck', 'bash'], 'a quoted word is the text itself to bash and draws nothing from shellcheck', () => {
  // A trailing backslash, one before a quote, $ and backquotes, quotes, a newline: what configs may carry into commands.
  const words = ['xs/}{I/L\\', 'a\\\'b', "it's", '$HOME `id` "x"', 'two\nlines', 'C:\\path\\', '-n', ''];
  const dir = tempDir();
  try {
    const file = path.join(dir, 'words.sh');
    writeFileSync(file, `#!/usr/bin/env bash\nprintf '%s\\0' ${words.map(shellQuote).join(' ')}\n`);
    const lint = runTool('shellcheck', [file]);
    assert.is(lint.out, '', lint.out);
    const r = runTool('bash', [file]);
    assert.equal(r.out.split('\0').slice(0, -1), words);
  } finally {
    cleanup(dir);
  }
});

toolTest(test, ['shellcheck'], 'shellcheck flags an unquoted expansion added to a generated script', () => {
  const dir = tempDir();
  try {
    const file = path.join(dir, 'broken.sh');
    writeFileSync(file, '#!/usr/bin/env bash\nset -euo pipefail\nrm -rf $TELEMETRY_ROOT/logs\n');
    const r = runTool('shellcheck', [file]);
    assert.is.not(r.code, 0);
    assert.match(r.out, /SC2086/);
  } finally {
    cleanup(dir);
  }
});

test.run();
