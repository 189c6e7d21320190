/** Rebuilds every example's checked-in output (examples/<name>/out) through the library API. */
import { readdir } from 'node:fs/promises';
import { compile } from '../src/compile.js';
import { write } from '../src/emit/emit.js';
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
// Fleets: every example with a fleet file also gets its per-host and central bundles, through the CLI.
const { run } = await import('../src/cli/cli.js');
for (const name of (await readdir(examples)).sort()) {
  const dir = new URL(name, examples).pathname;
  const fleet = (await readdir(dir)).find((f) => f === 'observability.fleet.yaml');
  if (!fleet) continue;
  const code = await run(['build', '--fleet', fleet, '--force'], { cwd: dir, out: (t) => console.log(`examples/${name}: ${t.trim()}`), err: (t) => console.error(t.trim()) });
  if (code !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
