/** `obscompile check`: compile in memory and report drift of the output folder (for CI). */
import { compile } from '../../compile.js';
import { discover } from '../../discover/discover.js';
import { afterBuilds, check } from '../../emit/drift.js';
import { fileDiagnostic } from '../../diagnostics/make.js';
import { EXIT, type Io } from '../io.js';
import { targetOf } from './targets.js';
import { asWatched, exitFor, plural, report, type CommonOptions } from './report.js';
import { driftDiagnostics, driftFiles, githubDrift, textDrift, waitingNote } from './drift-report.js';
import { fleetConflict } from './fleet-flags.js';
import { keptTextsOf } from './build-record.js';
import { configLocation } from '../../discover/discover.js';

export async function checkCommand(opts: CommonOptions & { staged?: boolean; watch?: boolean }, io: Io): Promise<number> {
  const conflict = fleetConflict(opts);
  if (conflict) return (report(io, [conflict], opts.format), EXIT.usage);
  if (opts.watch) {
    const { pinnedConfig, untilInterrupted, watchLoop, watchedInputs, watchRefused } = await import('./watch.js');
    const refused = watchRefused(opts, opts.staged ? '--staged' : undefined);
    if (refused) return (report(io, [refused], 'text'), EXIT.usage);
    const pinned = await pinnedConfig(opts, io);
    return watchLoop(() => checkCommand({ ...pinned, watch: false, watching: true }, io), () => watchedInputs(pinned, io), io, untilInterrupted());
  }
  if (opts.fleet) return (await import('./fleet-build.js')).checkFleet({ ...opts, fleet: opts.fleet }, io);
  if (opts.staged) return checkStaged(opts, io);
  return checkIn(opts, io);
}

/** `check --staged`: the same check, run on a mirror of what git's index holds (src/cli/commands/staged.ts). */
async function checkStaged(opts: CommonOptions, io: Io): Promise<number> {
  const found = await discover({ cwd: io.cwd, configPath: opts.config, maxBytes: opts.maxConfigBytes });
  if (!found.value) {
    report(io, found.diagnostics, opts.format);
    return exitFor(found.diagnostics);
  }
  const { stagedTree } = await import('./staged.js');
  const tree = stagedTree(io.cwd, found.value.absolutePath, opts.out);
  if ('error' in tree) {
    report(io, [fileDiagnostic(found.value.path, { code: 'OBS_USAGE', message: tree.error, hint: tree.hint })], opts.format);
    return EXIT.usage;
  }
  try {
    // No kept texts: the mirror is a new folder every time.
    return await checkIn({ ...opts, config: tree.config }, { ...tree.inRepository(io), cwd: tree.cwd }, false, true);
  } finally {
    tree.remove();
  }
}

/** The check of one config; `keep`: with the texts kept from its last build (src/emit/kept-texts.ts), and kept for the next. */
async function checkIn(opts: CommonOptions, io: Io, keep = true, staged = false): Promise<number> {
  const kept = keep && io.cacheDir ? keptTextsOf(io, await configLocation({ cwd: io.cwd, configPath: opts.config })) : undefined;
  const compilation = await compile({ cwd: io.cwd, config: opts.config, out: opts.out, maxConfigBytes: opts.maxConfigBytes, keptTexts: kept });
  if (compilation.artifacts) kept?.save();
  if (!compilation.artifacts) {
    report(io, asWatched(compilation.diagnostics, opts.watching), opts.format, compilation);
    return exitFor(compilation.diagnostics);
  }
  const target = targetOf(compilation, io);
  const busy = staged ? undefined : await afterBuilds(target, waitingNote(io, target.shownDir, opts.format));
  if (busy) return (report(io, [busy], opts.format), exitFor([busy]));
  const drift = await check(compilation.artifacts, target, staged ? 'staged' : 'on disk');
  const diagnostics = driftDiagnostics(target.shownDir, drift, { staged });
  if (io.result) {
    io.result({ outDir: target.shownDir, upToDate: drift.length === 0, files: driftFiles(drift) });
    report(io, diagnostics, opts.format);
  } else if (opts.format === 'github') githubDrift(io, diagnostics, drift);
  else {
    textDrift(io, diagnostics, drift, { shownDir: target.shownDir, staged });
    io.out(drift.length ? `${target.shownDir}: ${plural(drift.length, 'file')} out of date` : `${target.shownDir}: up to date (${plural(compilation.artifacts.length, 'artifact')})`);
  }
  return drift.length ? EXIT.invalid : EXIT.ok;
}
