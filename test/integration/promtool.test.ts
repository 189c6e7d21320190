/** `promtool check config` accepts every generated prometheus.yml, and rejects a broken one. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cleanup, tempDir } from '../helpers.js';
import { EXAMPLES, exampleOut, runTool, toolTest } from './tools.js';

for (const name of EXAMPLES) {
  const file = path.join(exampleOut(name), 'prometheus.yml');
  if (!existsSync(file)) continue;
  toolTest(test, ['promtool'], `promtool check config accepts examples/${name}/out/prometheus.yml`, () => {
    const r = runTool('promtool', ['check', 'config', file]);
    assert.is(r.code, 0, r.out);
    assert.match(r.out, /SUCCESS/);
  });
}

toolTest(test, ['promtool'], 'promtool rejects a prometheus.yml whose scrape timeout exceeds its interval', () => {
  const dir = tempDir();
  try {
    const broken = readFileSync(path.join(exampleOut('sglang-dev'), 'prometheus.yml'), 'utf8').replace('scrape_timeout: 10s', 'scrape_timeout: 1m');
    const file = path.join(dir, 'prometheus.yml');
    writeFileSync(file, broken);
    const r = runTool('promtool', ['check', 'config', file]);
    assert.is.not(r.code, 0);
    assert.match(r.out, /scrape timeout greater than scrape interval/i);
  } finally {
    cleanup(dir);
  }
});

test.run();
