/** Every broken config in test/fixtures/invalid produces exactly its recorded diagnostics (file, line, column, hint). */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze } from '../src/compile.js';
import { formatText } from '../src/diagnostics/format.js';
import { ROOT, assertMatchesFile } from './helpers.js';

const dir = path.join(ROOT, 'test/fixtures/invalid');
const cases = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

for (const file of cases) {
  const name = file.replace(/\.yaml$/, '');
  test(`invalid/${name}`, async () => {
    const analysis = await analyze({ cwd: dir, config: file });
    const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    assert.ok(errors.length > 0, `${file} must produce at least one error`);
    for (const d of analysis.diagnostics) {
      assert.is(d.file, file, 'diagnostics name the file as given');
      assert.ok(d.line >= 1 && d.column >= 1, 'diagnostics carry a position');
      assert.ok(d.hint, `${d.code} carries a fix hint`);
    }
    const sources = new Map([[file, analysis.source?.text ?? '']]);
    assertMatchesFile(`${formatText(analysis.diagnostics, sources)}\n`, path.join(dir, `${name}.diagnostics.txt`));
  });
}

test.run();
