/** `obscompile build`: compile and write the artifacts (or print one with --stdout). */
import { compile, type Compilation } from '../../compile.js';
import type { Diagnostic } from '../../types.js';
import { abandon, commit, stage, type EmitTarget } from '../../emit/emit.js';
import { fileByFile } from '../../emit/durability.js';
import { MAX_CONFIG_BYTES, configLocation } from '../../discover/discover.js';
import { dueNotes, keptTextsOf, leaveRecord, notesField, recordedOutcome, replayOutcome } from './build-record.js';
import { textSums, writtenAlike } from '../../emit/record.js';
import { atOutputDir, shownPath, targetOf } from './targets.js';
import { dirname, join, resolve } from 'node:path';
import { usageDiagnostic } from '../../diagnostics/make.js';
import { didYouMean } from '../../validate/errors.js';
import { EXIT, type Io } from '../io.js';
import { asWatched, exitFor, outcomeLines, report, type CommonOptions, type Outcome } from './report.js';
import { configSecretNotes } from './secret-notes.js';
import { fleetConflict } from './fleet-flags.js';
import { NOTHING_WRITTEN, stopAsked, stoppable } from './interrupt.js';

interface BuildOptions extends CommonOptions {
  stdout?: string;
  dryRun: boolean;
  force: boolean;
  /** `--watch`: build again on every save of the config, until Ctrl-C. */
  watch?: boolean;
  /** Aborted at Ctrl-C: the build stops before it writes, or finishes its renames (./interrupt.ts). */
  signal?: AbortSignal;
}

export async function buildCommand(opts: BuildOptions, io: Io): Promise<number> {
  const conflict = fleetConflict(opts);
  if (conflict) return (report(io, [conflict], opts.format), EXIT.usage);
  if (opts.watch) {
    const { pinnedConfig, untilInterrupted, watchLoop, watchedInputs, watchRefused } = await import('./watch.js');
    const refused = watchRefused(opts, opts.stdout !== undefined ? '--stdout' : undefined);
    if (refused) return (report(io, [refused], 'text'), EXIT.usage);
    const pinned = await pinnedConfig(opts, io);
    return watchLoop(() => buildCommand({ ...pinned, watch: false, watching: true }, io), () => watchedInputs(pinned, io), io, untilInterrupted());
  }
  // A build that writes stops at Ctrl-C where its output folder stays whole (a watch stops between its runs itself).
  if (!opts.signal && !opts.dryRun && !opts.watching && opts.stdout === undefined) return stoppable(io, (signal) => buildCommand({ ...opts, signal }, io));
  if (opts.fleet) return (await import('./fleet-build.js')).buildFleet({ ...opts, fleet: opts.fleet }, io);
  // A build that writes may leave a record, and the same build with nothing changed replays it (./build-record.ts).
  const recording = io.cacheDir !== undefined && !opts.dryRun && opts.stdout === undefined && !opts.watching;
  const settings = [io.cwd, opts.config ?? null, opts.out ?? null, opts.maxConfigBytes ?? null];
  // Under --watch the renderers remember their last texts themselves (src/render/same-input.ts).
  const main = io.cacheDir && !opts.watching ? await configLocation({ cwd: io.cwd, configPath: opts.config }) : undefined;
  const looked = recording && main ? recordedOutcome(io, 'build', main, settings, opts.maxConfigBytes ?? MAX_CONFIG_BYTES) : undefined;
  if (looked?.replay) return replayOutcome(looked.replay, opts.format, io);
  const kept = keptTextsOf(io, main);
  const compilation = await compile({ cwd: io.cwd, config: opts.config, out: opts.out, force: opts.force, dryRun: opts.dryRun, maxConfigBytes: opts.maxConfigBytes, keptTexts: kept });
  // A dry run writes nothing, kept texts included.
  if (compilation.artifacts && !opts.dryRun) kept?.save();
  // The config's diagnostics, said once whichever way the build ends, with what the write adds (under one count).
  const said = (more: readonly Diagnostic[] = []) => report(io, asWatched([...compilation.diagnostics, ...more], opts.watching), opts.format, compilation);
  // Stopped by Ctrl-C before anything was renamed: the output folder is as it was.
  const stopped = () => (said(), io.err(NOTHING_WRITTEN), EXIT.ok);
  if (!compilation.artifacts) return (said(), exitFor(compilation.diagnostics));
  if (opts.stdout !== undefined) return (said(), printOne(compilation, opts.stdout, io));
  const target = targetOf(compilation, io);
  const files = compilation.artifacts.map((a) => a.path);
  // The texts' digests, taken once: the record keeps them, and they tell which files the last build wrote alike.
  const sums = recording ? textSums(compilation.artifacts) : [];
  const alike = looked?.lastWritten && writtenAlike(looked.lastWritten, target.outDir, files, sums);
  if (await stopAsked(opts.signal)) return stopped();
  // One for the build: its last barrier flushes the folders its renames changed, before it reports.
  const durability = fileByFile();
  const staged = await stage(compilation.artifacts, target, { force: opts.force, dryRun: opts.dryRun, inputsChanged: looked?.inputsChanged === true, ...(alike ? { alike } : {}) }, durability);
  // A signal that came while the temp files were written and flushed: nothing is renamed yet, and nothing will be.
  if (await stopAsked(opts.signal)) return (await abandon([staged]), stopped());
  await commit([staged], durability);
  const { result } = staged;
  const written = await atOutputDir(compilation, opts.out, result.diagnostics);
  said(written);
  // A build refused (a file edited by hand, one in the way) changes nothing: said, so nobody has to check.
  const untouched = !result.written.length && !result.removed.length && !result.finished;
  if (written.length && untouched && opts.format === 'text') io.err(`nothing was written: every file of ${target.shownDir} is as it was`);
  if (written.length) return exitFor(written);
  const notes = configSecretNotes(compilation.config!, dirname(compilation.source!.absolutePath), io.cwd);
  const outcome = (r: Outcome) => ({
    lines: [],
    textLines: writtenLines(opts, io, compilation, target, r),
    ...(notes.length && !opts.watching ? { untilThere: notes } : {}),
    result: { outDir: target.shownDir, dryRun: opts.dryRun, written: r.written, unchanged: r.unchanged, removed: r.removed, ...(r.left.length ? { left: r.left } : {}), ...(r.replaced.length ? { replaced: r.replaced } : {}), ...(r.finished ? { finished: r.finished } : {}) },
  });
  const now = outcome(result);
  io.result?.({ ...now.result, ...notesField(now.untilThere) });
  if (opts.format === 'text') for (const line of [...now.textLines, ...dueNotes(now.untilThere)]) io.out(line);
  if (recording) {
    leaveRecord(io, 'build', settings, [compilation.source!], { diagnostics: compilation.diagnostics, ...outcome({ written: [], unchanged: files, removed: [], left: [], replaced: [] }) }, [{ dir: target.outDir, files, sums }]);
  }
  return EXIT.ok;
}

/** What a build prints of what it wrote, and (not under --watch) how to open the dev container. */
function writtenLines(opts: BuildOptions, io: Io, compilation: Compilation, target: EmitTarget, result: Outcome): string[] {
  const lines = outcomeLines(target.shownDir, result, { dryRun: opts.dryRun, watching: opts.watching ?? false });
  if (opts.watching || opts.dryRun) return lines;
  const root = resolve(dirname(compilation.source!.absolutePath), compilation.config!.devcontainer.workspaceRoot);
  const workspace = root === io.cwd ? '.' : shownPath(io.cwd, root);
  return [...lines, `open the dev container: devcontainer up --workspace-folder ${workspace} --config ${join(target.shownDir, 'devcontainer.json')}`];
}

/** `--stdout NAME`: the artifact of that file name, or of that kind when only one artifact is of it. */
function printOne(compilation: Compilation, name: string, io: Io): number {
  const artifacts = compilation.artifacts!;
  const byKind = artifacts.filter((a) => a.name === name);
  const artifact = artifacts.find((a) => a.path === name) ?? (byKind.length === 1 ? byKind[0] : undefined);
  if (!artifact) {
    const message = byKind.length > 1 ? `--stdout ${name}: this build has ${byKind.length} of those` : `--stdout ${name}: no artifact of that name in this build`;
    const files = (byKind.length > 1 ? byKind : artifacts).map((a) => a.path);
    const guess = byKind.length > 1 ? undefined : didYouMean(name, files);
    report(io, [usageDiagnostic(message, guess ? `did you mean \`${guess}\`?` : `choose one of: ${files.join(', ')}`)], 'text');
    return EXIT.usage;
  }
  if (io.result) io.result({ artifact: artifact.name, content: artifact.content });
  else io.out(artifact.content);
  return EXIT.ok;
}
