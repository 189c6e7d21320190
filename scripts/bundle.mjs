// Bundles the CLI into dist/cli/: one entry chunk plus one lazily loaded chunk per command,
// so `--help` and `schema` never load the renderers (issue 8).
import { build } from 'esbuild';
import { chmod, rm } from 'node:fs/promises';

const outdir = new URL('../dist/cli/', import.meta.url).pathname;
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: [new URL('../src/bin.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  minify: true,
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (commander, handlebars, ajv's runtime) call require(); ESM needs it made.
  banner: { js: "import { createRequire as __obsRequire } from 'node:module'; const require = __obsRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
  // cosmiconfig can load TypeScript configs; obscompile never asks it to, so TypeScript stays out of the bundle.
  external: ['typescript'],
});
await chmod(new URL('bin.js', `file://${outdir}`), 0o755);
