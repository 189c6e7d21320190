// Bundles the CLI into dist/cli/: obscompile.cjs holds every module (each evaluated only when a command needs it:
// `--help` and `schema` never run the renderers), and bin.js is the executable that runs it through a V8 code
// cache (src/launcher.ts, issue 8). The bundle is CommonJS because node:vm can cache compiled scripts, not modules.
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';

const src = (file) => new URL(`../src/${file}`, import.meta.url).pathname;
const outdir = new URL('../dist/cli/', import.meta.url).pathname;
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' };

await rm(outdir, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: [src('bin.ts')],
  outfile: `${outdir}obscompile.cjs`,
  // paths.ts finds the package from import.meta.url; in CommonJS that is the bundle's own file URL.
  define: { 'import.meta.url': '__obsModuleUrl' },
  banner: { js: "const __obsModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // cosmiconfig can load TypeScript configs; obscompile never asks it to, so TypeScript stays out of the bundle.
  external: ['typescript'],
});
await build({ ...common, format: 'esm', entryPoints: [src('launcher.ts')], outfile: `${outdir}bin.js`, banner: { js: '#!/usr/bin/env node' } });
await chmod(`${outdir}bin.js`, 0o755);
