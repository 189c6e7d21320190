// Bundles obscompile with every dependency inlined, so the package installs with no dependencies of its own:
// dist/cli/obscompile.cjs holds the modules of the CLI (each evaluated only when a command needs it: `--help` and
// `schema` never run the renderers) and dist/cli/obscompile-*.cjs the libraries few runs need, bin.cjs is the executable that runs it through a V8 code cache
// (src/cli/launcher.ts), and dist/index.js is the library API (ESM; its types are dist/*.d.ts from tsc). The CLI
// bundle is CommonJS because node:vm can cache compiled scripts, not modules.
// `node scripts/bundle.mjs --outdir DIR` writes the same files elsewhere (the staleness test compares them).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmod, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const src = (file) => new URL(`../src/${file}`, import.meta.url).pathname;
const at = process.argv.indexOf('--outdir');
const dist = at === -1 ? new URL('../dist/', import.meta.url).pathname : `${process.argv[at + 1].replace(/\/$/, '')}/`;
const outdir = `${dist}cli/`;
// jsonc-parser's main is a UMD build that requires its parts at run time: the bundle takes its ES modules.
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning', alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' } };

// Only the bundle's own files: tsc's declarations of src/cli/ live in the same folder.
await mkdir(outdir, { recursive: true });
await Promise.all((await readdir(outdir)).filter((f) => f.endsWith('.cjs')).map((f) => rm(`${outdir}${f}`, { force: true })));
// commander loads node:child_process (and with it net, dgram and streams) for executable subcommands, which
// obscompile does not have: it gets the module on first use instead, and every run starts without it.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: 'child_process', namespace: 'lazy-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};
// Libraries only some runs need go into files of their own, read and compiled only by those runs: the full `yaml`
// parser (positions for diagnostics, init, configs the plain reader gives up on), `diff` (drift), ajv's compiler (fleet files), js-yaml (YAML the block writer leaves to it) and
// commander (help, `--version` and mistakes: src/cli/argv.ts reads the everyday command lines), and Prometheus'
// PromQL parser (lezer; only `lint` parses queries).
// So do ajv's generated validators: src/generated/validate-config.js, run only for a config that does not conform,
// and src/generated/validate-fleet.js, run only for fleet files.
// The bundle loads each with require() on first use. Chunk name: what goes into it (a package, or a file of src/).
const CHUNKS = { yaml: 'yaml', diff: 'diff', ajv: 'ajv', 'js-yaml': 'js-yaml', commander: 'commander', 'lezer-promql': '@prometheus-io/lezer-promql', validator: src('generated/validate-config.js'), 'fleet-validator': src('generated/validate-fleet.js') };
const VALIDATOR = /\/generated\/validate-config\.js$/;
const FLEET_VALIDATOR = /\/generated\/validate-fleet\.js$/;
/**
 * Chunks loaded when one of their exports is first used, not when the module importing them is first evaluated (the
 * renderers import js-yaml; a fleet build imports the central store's renderers, whose queries only a build that
 * compiles parses, not one replayed from its record), with the names src/ imports from them: a getter for each.
 */
const ON_USE = { 'js-yaml': await importedNames('js-yaml'), 'lezer-promql': await importedNames('@prometheus-io/lezer-promql') };

/** Every name imported from `pkg` anywhere in src/ (`import { a, b as c } from 'pkg'`), checked against its exports. */
async function importedNames(pkg) {
  const names = new Set();
  for (const file of await readdir(src(''), { recursive: true })) {
    if (!file.endsWith('.ts')) continue;
    for (const m of (await readFile(src(file), 'utf8')).matchAll(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*'${pkg}'`, 'g'))) {
      for (const spec of m[1].split(',')) if (spec.trim() && !spec.trim().startsWith('type ')) names.add(spec.trim().split(/\s+as\s+/)[0]);
    }
  }
  const exported = Object.keys(createRequire(import.meta.url)(pkg));
  const missing = [...names].filter((n) => !exported.includes(n));
  if (missing.length || names.size === 0) throw new Error(`bundle: ${pkg} has no export ${missing.join(', ') || '(nothing imported)'}`);
  return [...names].sort();
}
const chunkFile = (name) => `obscompile-${name}.cjs`;
const chunks = {
  name: 'chunks',
  setup(b) {
    // A stand-in module that requires the chunk file: the import stays a require() (a dynamic import() would need
    // an ES module loader inside the launcher's vm.Script), evaluated when the importing code first runs, or, for
    // ON_USE chunks, a getter per export that requires it when called.
    b.onResolve({ filter: /^(yaml|diff|ajv|js-yaml|commander)$/ }, (args) => ({ path: args.path, namespace: 'chunk' }));
    b.onResolve({ filter: /^@prometheus-io\/lezer-promql$/ }, () => ({ path: 'lezer-promql', namespace: 'chunk' }));
    b.onResolve({ filter: VALIDATOR }, () => ({ path: 'validator', namespace: 'chunk' }));
    b.onResolve({ filter: FLEET_VALIDATOR }, () => ({ path: 'fleet-validator', namespace: 'chunk' }));
    b.onResolve({ filter: /^\.\/obscompile-[a-z-]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'chunk' }, (args) => {
      const load = `require('./${chunkFile(args.path)}')`;
      if (!ON_USE[args.path]) return { contents: `module.exports = ${load};`, loader: 'js' };
      const getters = ON_USE[args.path].map((name) => `${JSON.stringify(name)}: { enumerable: true, get: () => ${load}[${JSON.stringify(name)}] }`);
      return { contents: `module.exports = Object.defineProperties({}, { ${getters.join(', ')} });`, loader: 'js' };
    });
  },
};
/** Where the package folder is from a bundle's folder, and the version being bundled (see src/paths.ts). */
const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const packageDefine = (root) => JSON.stringify({ root, version });
const bundleFile = `${outdir}obscompile.cjs`;
await build({
  ...common,
  entryPoints: [src('cli/bin.ts')],
  outfile: bundleFile,
  // paths.ts finds the package from its module's folder (in CommonJS the bundle's own): two folders up.
  define: { 'import.meta.dirname': '__dirname', OBSCOMPILE_PACKAGE: packageDefine('../..') },
  plugins: [lazyChildProcess, chunks],
});
for (const [name, pkg] of Object.entries(CHUNKS)) {
  await build({ ...common, stdin: { contents: `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: src('.'), loader: 'js' }, outfile: `${outdir}${chunkFile(name)}`, plugins: [lazyChildProcess] });
}
// The build id the launcher keys its code cache by, so that no run has to hash the bundle; then the module wrapper
// the launcher would otherwise add, so that it compiles the file's text as read (adding it at run time would copy
// the whole text into a second string, and both would count against the young generation that triggers GC).
// The id covers the schema the build copies into every output folder too: a build record names this obscompile by
// it (src/emit/record.ts) and then only stats the schema, instead of reading and checksumming it on every build.
const code = await readFile(bundleFile);
const schema = await readFile(new URL('../schema/observability.schema.json', import.meta.url));
const id = createHash('sha256').update(code).update(schema).digest('hex').slice(0, 16);
await writeFile(bundleFile, `//obscompile-build:${id}\n(function (exports, require, module, __filename, __dirname) {${code}\n})\n`);
// The launcher is CommonJS: an ES module entry would start Node's module loader, a cost on every run.
await build({
  ...common,
  entryPoints: [src('cli/launcher.ts')],
  outfile: `${outdir}bin.cjs`,
  banner: { js: '#!/usr/bin/env node' },
});
await chmod(`${outdir}bin.cjs`, 0o755);
await build({
  ...common,
  format: 'esm',
  entryPoints: [src('index.ts')],
  outfile: `${dist}index.js`,
  define: { OBSCOMPILE_PACKAGE: packageDefine('..') },
  external: ['typescript'],
  // CommonJS dependencies inside an ES module bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __obsCreateRequire } from 'node:module'; const require = __obsCreateRequire(import.meta.url);" },
});
