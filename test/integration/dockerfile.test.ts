/**
 * The generated Dockerfile, checked by a real Dockerfile parser and linter (dockerfile-utils, the engine of the
 * Dockerfile language server) and its RUN scripts by shellcheck. No Docker engine runs here: the image is not built.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validate } from 'dockerfile-utils';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, tempDir } from '../helpers.js';
import { EXAMPLES, exampleOut, runTool, toolTest } from './tools.js';

const findings = (text: string) => validate(text, {}).map((d) => `${d.range.start.line + 1}: ${d.message}`);

/** Each RUN instruction's shell script, continuation lines joined as the shell sees them. */
function runScripts(text: string): string[] {
  const joined = text.replace(/\\\n/g, ' ');
  return joined.split('\n').filter((l) => l.startsWith('RUN ')).map((l) => l.slice(4));
}

for (const name of EXAMPLES) {
  const file = path.join(exampleOut(name), 'Dockerfile');
  if (!existsSync(file)) continue;
  const text = readFileSync(file, 'utf8');

  test(`dockerfile-utils finds no error or warning in examples/${name}/out/Dockerfile`, () => {
    assert.equal(findings(text), []);
    for (const line of text.split('\n').filter((l) => l.startsWith('FROM '))) assert.match(line, /^FROM \S+:(?!latest\b)[\w.-]+( AS [a-z-]+)?$/, `pinned: ${line}`);
  });

  toolTest(test, ['shellcheck'], `shellcheck accepts the RUN scripts of examples/${name}/out/Dockerfile`, () => {
    const dir = tempDir();
    try {
      runScripts(text).forEach((script, i) => {
        const f = path.join(dir, `run-${i}.sh`);
        // SHELL ["/bin/bash", "-o", "pipefail", "-c"] in the Dockerfile: the same shell and options here.
        writeFileSync(f, `#!/bin/bash\nset -o pipefail\n${script}\n`);
        const r = runTool('shellcheck', ['-s', 'bash', f]);
        assert.is(r.code, 0, r.out);
      });
    } finally {
      cleanup(dir);
    }
  });
}

test('dockerfile-utils rejects a deliberately broken Dockerfile', () => {
  const broken = readFileSync(path.join(exampleOut('sglang-dev'), 'Dockerfile'), 'utf8').replace(/^COPY --from=jaeger (\S+) \S+$/m, 'COPY --from=jaeger');
  assert.ok(findings(broken).length > 0, 'the linter catches the breakage');
});

test.run();
