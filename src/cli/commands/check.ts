/** `obscompile check`: compile in memory and report drift of the output folder (for CI). */
import { join } from 'node:path';
import { compile } from '../../compile.js';
import { discover } from '../../discover/discover.js';
import { check, type Drift } from '../../emit/emit.js';
import { formatGithub } from '../../diagnostics/format.js';
import { fileDiagnostic } from '../../diagnostics/make.js';
import { EXIT, type Io } from '../io.js';
import { targetOf } from './targets.js';
import { asInvoked, exitFor, plural, report, type CommonOptions } from './report.js';
import type { Diagnostic } from '../../types.js';
import { fleetConflict } from './fleet-flags.js';
import { keptTextsOf } from './build-record.js';
import { configLocation } from '../../discover/discover.js';

/**
 * Why each drifted file fails the check, and the fix: what it is on disk, or for `check --staged` what is staged
 * (then the fix ends by staging the output folder again).
 */
const DRIFTED: Record<Drift['state'], { is: string; staged: string; fix?: string }> = {
  missing: { is: 'is missing', staged: 'is not staged', fix: 'run `obscompile build`' },
  stale: { is: 'is stale (the config changed since the last build)', staged: 'is staged as built from another config than the one staged', fix: 'run `obscompile build`' },
  'hand-edited': { is: 'was edited by hand', staged: 'is staged with a hand edit', fix: 'move the change into the config, or revert the file' },
  blocked: { is: 'is not a regular file obscompile can write', staged: 'is staged as something other than a regular file' },
  orphan: { is: 'is no longer produced by the config', staged: 'is staged but no longer produced by the config', fix: 'run `obscompile build`, which removes it' },
};

/** The reason and fix of a drifted file; `stagedDir` for `check --staged`: the output folder to stage again. */
function whyDrifted(state: Drift['state'], stagedDir?: string): string {
  const d = DRIFTED[state];
  const fix = d.fix && (stagedDir ? `${d.fix}, then \`git add ${stagedDir}\`` : d.fix);
  return `${stagedDir ? d.staged : d.is}${fix ? `: ${fix}` : ''}`;
}

export async function checkCommand(opts: CommonOptions & { staged?: boolean; watch?: boolean }, io: Io): Promise<number> {
  const conflict = fleetConflict(opts);
  if (conflict) return (report(io, [conflict], opts.format), EXIT.usage);
  if (opts.watch) {
    const { untilInterrupted, watchLoop, watchedInputs, watchRefused } = await import('./watch.js');
    const refused = watchRefused(opts, opts.staged ? '--staged' : undefined);
    if (refused) return (report(io, [refused], 'text'), EXIT.usage);
    return watchLoop(() => checkCommand({ ...opts, watch: false }, io), () => watchedInputs(opts, io), io, untilInterrupted());
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
    return await checkIn({ ...opts, config: tree.config }, { ...io, cwd: tree.cwd }, false, true);
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
    report(io, compilation.diagnostics, opts.format, compilation);
    return exitFor(compilation.diagnostics);
  }
  const target = targetOf(compilation, io);
  const drift = await check(compilation.artifacts, target, staged ? 'staged' : 'on disk');
  const diagnostics: Diagnostic[] = drift.map((d) =>
    fileDiagnostic(join(target.shownDir, d.path), {
      code: d.state === 'hand-edited' ? 'OBS_HAND_EDITED' : 'OBS_DRIFT',
      message: `${join(target.shownDir, d.path)} ${whyDrifted(d.state, staged ? target.shownDir : undefined)}`,
    }),
  );
  if (io.result) {
    io.result({ outDir: target.shownDir, upToDate: drift.length === 0, files: drift.map((d) => ({ path: d.path, state: d.state, diff: d.diff })) });
    report(io, diagnostics, opts.format);
  } else if (opts.format === 'github') {
    // The annotation carries the diff, so a CI log shows how the file drifted, not only that it did.
    if (diagnostics.length) io.out(formatGithub(diagnostics.map((d, i) => ({ ...d, message: `${d.message}\n${drift[i]!.diff}` }))));
  } else {
    for (const [i, d] of drift.entries()) io.out(`${asInvoked(io, diagnostics[i]!).message}\n${d.diff}`);
    io.out(drift.length ? `${target.shownDir}: ${plural(drift.length, 'file')} out of date` : `${target.shownDir}: up to date (${plural(compilation.artifacts.length, 'artifact')})`);
  }
  return drift.length ? EXIT.invalid : EXIT.ok;
}
