/** `obscompile build`: compile and write the artifacts (or print one with --stdout). */
import { compile, type Compilation } from '../../compile.js';
import { write } from '../../emit/emit.js';
import { shownPath, targetOf } from './targets.js';
import { dirname, join, resolve } from 'node:path';
import { usageDiagnostic } from '../../diagnostics/make.js';
import { EXIT, type Io } from '../io.js';
import { exitFor, plural, report, type CommonOptions } from './report.js';

interface BuildOptions extends CommonOptions {
  stdout?: string;
  dryRun: boolean;
  force: boolean;
  /** `--watch`: build again on every save of the config, until Ctrl-C. */
  watch?: boolean;
  /** A run of the watch loop: say what changed, not how to open the dev container. */
  watching?: boolean;
}

export async function buildCommand(opts: BuildOptions, io: Io): Promise<number> {
  if (opts.watch) {
    const { untilInterrupted, watchLoop, watchedInputs, watchRefused } = await import('./watch.js');
    const refused = watchRefused(opts, opts.stdout !== undefined ? '--stdout' : undefined);
    if (refused) return (report(io, [refused], 'text'), EXIT.usage);
    return watchLoop(() => buildCommand({ ...opts, watch: false, watching: true }, io), () => watchedInputs(opts, io), io, untilInterrupted());
  }
  if (opts.fleet) return (await import('./fleet-build.js')).buildFleet({ ...opts, fleet: opts.fleet }, io);
  const compilation = await compile({ cwd: io.cwd, config: opts.config, out: opts.out, force: opts.force, dryRun: opts.dryRun, maxConfigBytes: opts.maxConfigBytes });
  if (!compilation.artifacts) {
    report(io, compilation.diagnostics, opts.format, compilation);
    return exitFor(compilation.diagnostics);
  }
  report(io, compilation.diagnostics, opts.format, compilation);
  if (opts.stdout !== undefined) return printOne(compilation, opts.stdout, io);
  const target = targetOf(compilation, io);
  const result = await write(compilation.artifacts, target, { force: opts.force, dryRun: opts.dryRun });
  if (result.diagnostics.length) {
    report(io, result.diagnostics, opts.format, compilation);
    return exitFor(result.diagnostics);
  }
  io.result?.({ outDir: target.shownDir, dryRun: opts.dryRun, written: result.written, unchanged: result.unchanged, removed: result.removed });
  if (opts.format === 'text') {
    const verb = opts.dryRun ? 'would write' : 'wrote';
    const removed = result.removed.length ? `, ${opts.dryRun ? 'would remove' : 'removed'} ${result.removed.length}` : '';
    const names = result.written.length ? ` (${result.written.join(', ')})` : '';
    if (opts.watching && !result.written.length && !result.removed.length) io.out(`${target.shownDir}: no file changed`);
    else io.out(`${target.shownDir}: ${verb} ${plural(result.written.length, 'file')}${names}, ${result.unchanged.length} unchanged${removed}`);
    if (opts.watching) return EXIT.ok;
    const root = resolve(dirname(compilation.source!.absolutePath), compilation.config!.devcontainer.workspaceRoot);
    const workspace = root === io.cwd ? '.' : shownPath(io.cwd, root);
    if (!opts.dryRun) io.out(`open the dev container: devcontainer up --workspace-folder ${workspace} --config ${join(target.shownDir, 'devcontainer.json')}`);
  }
  return EXIT.ok;
}

function printOne(compilation: Compilation, name: string, io: Io): number {
  const artifact = compilation.artifacts!.find((a) => a.name === name || a.path === name);
  if (!artifact) {
    const names = compilation.artifacts!.map((a) => a.name).join(', ');
    report(io, [usageDiagnostic(`--stdout ${name}: no artifact of that name in this build`, `choose one of: ${names}`)], 'text');
    return EXIT.usage;
  }
  if (io.result) io.result({ artifact: artifact.name, content: artifact.content });
  else io.out(artifact.content);
  return EXIT.ok;
}
