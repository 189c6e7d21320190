// Bundles obscompile with every dependency inlined, so the package installs with no dependencies of its own:
// dist/cli/obscompile.cjs holds every module of the CLI (each evaluated only when a command needs it: `--help` and
// `schema` never run the renderers), bin.js is the executable that runs it through a V8 code cache
// (src/cli/launcher.ts), and dist/index.js is the library API (ESM; its types are dist/*.d.ts from tsc). The CLI
// bundle is CommonJS because node:vm can cache compiled scripts, not modules.
// `node scripts/bundle.mjs --outdir DIR` writes the same files elsewhere (the staleness test compares them).
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';

const src = (file) => new URL(`../src/${file}`, import.meta.url).pathname;
const at = process.argv.indexOf('--outdir');
const dist = at === -1 ? new URL('../dist/', import.meta.url).pathname : `${process.argv[at + 1].replace(/\/$/, '')}/`;
const outdir = `${dist}cli/`;
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning' };

// Only the bundle's own files: tsc's declarations of src/cli/ live in the same folder.
await Promise.all(['obscompile.cjs', 'bin.js'].map((f) => rm(`${outdir}${f}`, { force: true })));
await build({
  ...common,
  entryPoints: [src('cli/bin.ts')],
  outfile: `${outdir}obscompile.cjs`,
  // paths.ts finds the package from import.meta.url; in CommonJS that is the bundle's own file URL.
  define: { 'import.meta.url': '__obsModuleUrl' },
  banner: { js: "const __obsModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // cosmiconfig can load TypeScript configs; obscompile never asks it to, so TypeScript stays out of the bundle.
  external: ['typescript'],
});
await build({ ...common, format: 'esm', entryPoints: [src('cli/launcher.ts')], outfile: `${outdir}bin.js`, banner: { js: '#!/usr/bin/env node' } });
await chmod(`${outdir}bin.js`, 0o755);
await build({
  ...common,
  format: 'esm',
  entryPoints: [src('index.ts')],
  outfile: `${dist}index.js`,
  external: ['typescript'],
  // CommonJS dependencies inside an ES module bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __obsCreateRequire } from 'node:module'; const require = __obsCreateRequire(import.meta.url);" },
});
