/** Rebuilds every example's checked-in output (examples/<name>/out) through the library API. */
import { readdir } from 'node:fs/promises';
import { compile } from '../src/compile.js';
import { write } from '../src/emit.js';
import { formatText } from '../src/diagnostics/format.js';

const examples = new URL('../examples/', import.meta.url);
let failed = false;
for (const name of (await readdir(examples)).sort()) {
  const compilation = await compile({ cwd: new URL(name, examples).pathname, config: 'observability.config.yaml' });
  if (!compilation.artifacts) {
    console.error(formatText(compilation.diagnostics));
    failed = true;
    continue;
  }
  const result = await write(compilation.artifacts, { outDir: compilation.outDir!, shownDir: `examples/${name}/out`, source: compilation.model!.sourceName }, { force: true, dryRun: false });
  if (result.diagnostics.length) {
    console.error(formatText(result.diagnostics));
    failed = true;
  } else {
    console.log(`examples/${name}: wrote ${result.written.length}, unchanged ${result.unchanged.length}`);
  }
}
process.exitCode = failed ? 1 : 0;
