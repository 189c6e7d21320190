/** `build --fleet` and `check --fleet`: one bundle per host, each in its own output folder with its own manifest. */
import { readdir, rm } from '../../fs.js';
import { basename, dirname, join, resolve } from 'node:path';
import { fleetModelineTarget } from '../../check/modeline.js';
import { MANIFEST_FILE, readManifest } from '../../emit/manifest.js';
import { generate } from '../../compile.js';
import { abandon, commit, stage, write, type EmitResult, type EmitTarget, type Staged } from '../../emit/emit.js';
import { afterBuilds, check, type Drift } from '../../emit/drift.js';
import { batched } from '../../emit/durability.js';
import { makeDirs } from '../../emit/fs-safe.js';
import { LOCK_FILE, acquireLock } from '../../emit/lock.js';
import { fileDiagnostic } from '../../diagnostics/make.js';
import { analyzeHosts, fleetOutDir, loadFleet, type FleetAnalysis, type FleetSettings } from '../../layer/fleet.js';
import { DashboardUnion, centralModel } from '../../model/central.js';
import { posixRelative } from '../../paths.js';
import { renderCentral } from '../../render/central.js';
import { hasErrors, type Artifact, type Diagnostic, type ParsedSource, type ValidConfig } from '../../types.js';
import { EXIT, type Io } from '../io.js';
import { Interrupted, NOTHING_WRITTEN, stopAsked } from './interrupt.js';
import { shownPath } from './targets.js';
import { asWatched, exitFor, outcomeLines, plural, report, type CommonOptions, type Outcome } from './report.js';
import { dueNotes, leaveRecord, notesField, recordedOutcome, replayOutcome } from './build-record.js';
import { centralSecretNotes, configSecretNotes, uniqueNotes } from './secret-notes.js';
import { driftDiagnostics, driftFiles, githubDrift, textDrift, waitingNote } from './drift-report.js';
import { textSums, writtenAlike, type UntilThere } from '../../emit/record.js';
import { MAX_CONFIG_BYTES } from '../../discover/discover.js';

interface FleetBuildOptions extends CommonOptions {
  fleet: string;
  dryRun?: boolean;
  force?: boolean;
  /** Aborted at Ctrl-C: no bundle is staged after it, and none is written unless their renames have begun. */
  signal?: AbortSignal;
}

/** A bundle folder of the fleet as an emit target; its manifest names the fleet file it came from. */
function bundleTarget(fleet: ParsedSource, outDir: string, io: Io): EmitTarget {
  return { outDir, shownDir: shownPath(io.cwd, outDir), source: posixRelative(outDir, fleet.absolutePath), rebuild: `obscompile build --fleet ${shownPath(io.cwd, fleet.absolutePath)}` };
}

/** A bundle staged for commit, with the names of its artifacts in output order. */
interface StagedBundle {
  name: string;
  files: string[];
  /** The digests of the files' texts, for the build record (none when no record is left). */
  sums?: string[];
  staged: Staged;
}

interface Bundle {
  name: string;
  artifacts: Artifact[];
  target: EmitTarget;
}

/** The fleet's files, parsed and shape-checked, and whether they can be built (else their diagnostics are reported). */
async function loaded(opts: FleetBuildOptions, io: Io): Promise<{ files: FleetAnalysis; usable: boolean }> {
  const files = await loadFleet({ cwd: io.cwd, fleet: opts.fleet, maxConfigBytes: opts.maxConfigBytes });
  const usable = Boolean(files.fleet && files.settings && files.base) && !hasErrors(files.diagnostics);
  if (!usable) report(io, asWatched(files.diagnostics, opts.watching), opts.format, undefined, files.texts);
  return { files, usable };
}

/**
 * Each host compiled as soon as it is checked and handed to `use`, then the central bundle. No host's files or
 * model are kept once used: a fleet build holds one host's at a time. Once any diagnostic is an error nothing is
 * compiled, since nothing will be written.
 */
async function eachBundle(fleet: FleetAnalysis, io: Io, use: (bundle: Bundle) => Promise<void>): Promise<FleetAnalysis> {
  const root = fleetOutDir(fleet.fleet!, fleet.settings!);
  const dashboards = new DashboardUnion();
  const compiled: { name: string; outDir: string; config: ValidConfig }[] = [];
  const analysed = await analyzeHosts(fleet, async (host, diagnostics) => {
    if (!host.config || hasErrors(diagnostics)) return [];
    const target = bundleTarget(fleet.fleet!, join(root, host.name), io);
    const generated = await generate(host.config, fleet.base!, target.outDir, { fleetPath: fleet.fleet!.absolutePath });
    if (!generated.artifacts) return generated.diagnostics;
    dashboards.add(generated.model.dashboards?.dashboards ?? []);
    compiled.push({ name: host.name, outDir: target.outDir, config: host.config });
    await use({ name: host.name, artifacts: generated.artifacts, target });
    return generated.diagnostics;
  });
  const central = analysed.settings!.central;
  if (central && !hasErrors(analysed.diagnostics) && compiled.length === analysed.hosts.length) {
    const target = bundleTarget(analysed.fleet!, join(root, CENTRAL_BUNDLE), io);
    const hosts = compiled.map((h) => ({ name: h.name, bundle: posixRelative(target.outDir, h.outDir), config: h.config }));
    await use({ name: 'central', artifacts: renderCentral(centralModel(target.source, central, hosts, dashboards, { fleet: dirname(analysed.fleet!.absolutePath), base: dirname(analysed.base!.absolutePath), central: target.outDir })), target });
  }
  return analysed;
}

/** The settings that, with the input texts, make the key of a fleet build's record. */
const recordSettings = (opts: FleetBuildOptions, io: Io) => [io.cwd, opts.fleet, opts.maxConfigBytes ?? null];

export async function buildFleet(opts: FleetBuildOptions, io: Io): Promise<number> {
  const recording = io.cacheDir !== undefined && !opts.dryRun && !opts.watching;
  const looked = recording ? recordedOutcome(io, 'fleet', resolve(io.cwd, opts.fleet), recordSettings(opts, io), opts.maxConfigBytes ?? MAX_CONFIG_BYTES) : undefined;
  if (looked?.replay) return replayOutcome(looked.replay, opts.format, io);
  const { files, usable } = await loaded(opts, io);
  if (!usable) return exitFor(files.diagnostics);
  // One build of a fleet at a time: each bundle has its own lock, but two fleets written at once would mix.
  const root = fleetOutDir(files.fleet!, files.settings!);
  const lock = opts.dryRun ? undefined : await lockFleet(root, io);
  if (lock && 'diagnostic' in lock) {
    report(io, [lock.diagnostic], opts.format);
    return exitFor([lock.diagnostic]);
  }
  // Every bundle is staged (its new files written as temp files) as soon as its host compiles; all are committed
  // together once every host has compiled, so that an error anywhere writes nothing, and the fleet's files reach the
  // disk in three syncs, not one a file.
  const durability = batched();
  const staged: StagedBundle[] = [];
  let committed = false;
  let outcome: Awaited<ReturnType<typeof reportBundles>>;
  let fleet: FleetAnalysis;
  try {
    fleet = await eachBundle(files, io, async (b) => {
      // Every file call is synchronous, so a signal is only seen when the event loop turns: once a host.
      if (await stopAsked(opts.signal)) throw new Interrupted();
      const files = b.artifacts.map((a) => a.path);
      // A file whose text is the one the last recorded build wrote, and which still has the status it left, is not read.
      const sums = recording ? textSums(b.artifacts) : undefined;
      const alike = sums && looked?.lastWritten && writtenAlike(looked.lastWritten, b.target.outDir, files, sums);
      staged.push({ name: b.name, files, ...(sums ? { sums } : {}), staged: await stage(b.artifacts, b.target, { force: opts.force ?? false, dryRun: opts.dryRun ?? false, ...(alike ? { alike } : {}) }, durability) });
    });
    report(io, fleet.diagnostics, opts.format, undefined, fleet.texts);
    if (hasErrors(fleet.diagnostics)) return exitFor(fleet.diagnostics);
    // A bundle that refuses its files (one edited by hand, a lock, a folder it cannot write) stops every bundle:
    // hosts written without their central store, or the other way round, would send to what is not there.
    const refused = staged.flatMap((s) => s.staged.result.diagnostics);
    if (hasErrors(refused)) {
      report(io, refused, opts.format, undefined, fleet.texts);
      if (opts.format === 'text') io.out('no bundle was written: every bundle is written together or none is');
      return exitFor(refused);
    }
    // The last moment a stop leaves every bundle as it was: from here on every bundle is written.
    if (opts.signal?.aborted) throw new Interrupted();
    committed = true;
    await commit(staged.map((s) => s.staged), durability);
    // The secret files only the user can make, each said once while it is missing (not under --watch).
    outcome = await reportBundles(opts, io, fleet, staged, opts.watching ? [] : fleetSecretNotes(fleet, io));
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    io.err(NOTHING_WRITTEN);
    return EXIT.ok;
  } finally {
    if (!committed) await abandon(staged.map((s) => s.staged));
    await lock?.release();
  }
  if (outcome.complete && !opts.dryRun && !opts.watching) {
    // What the same build reports once nothing has changed: every bundle's files unchanged.
    const upToDate = outcome.bundles.map((b) => bundleOutcome(b.name, b.shownDir, { written: [], unchanged: b.files, removed: [], left: [], replaced: [] }));
    const record = { diagnostics: fleet.diagnostics, lines: upToDate.map((b) => b.line), ...(outcome.notes.length ? { untilThere: outcome.notes } : {}), result: { hosts: upToDate.map((b) => b.host) } };
    // The schema copy the base's modeline names, while a warning says it is missing: its appearance (the base built
    // alone) makes the record stale, so the warning is not replayed once it no longer holds.
    const modeline = fleet.diagnostics.some((d) => d.code === 'OBS_MODELINE_STALE' && d.file === fleet.base!.path) ? fleetModelineTarget(fleet.base!) : undefined;
    const watched = modeline ? [{ dir: dirname(modeline), files: [basename(modeline)] }] : [];
    leaveRecord(io, 'fleet', recordSettings(opts, io), [fleet.fleet!, fleet.base!], record, [...outcome.bundles.map((b) => ({ dir: b.dir, files: b.files, ...(b.sums ? { sums: b.sums } : {}) })), ...watched], root);
  }
  return outcome.exit;
}

/** The secret files of every host (relative to the base config) and of the central bundle (to the fleet file), once each. */
function fleetSecretNotes(fleet: FleetAnalysis, io: Io): UntilThere[] {
  const baseDir = dirname(fleet.base!.absolutePath);
  const hosts = fleet.hosts.flatMap((h) => (h.config ? configSecretNotes(h.config, baseDir, io.cwd) : []));
  return uniqueNotes([...hosts, ...centralSecretNotes(fleet.settings!.central, dirname(fleet.fleet!.absolutePath), io.cwd)]);
}

/** The fleet output folder's lock, or the diagnostic that says who holds it. */
async function lockFleet(root: string, io: Io): Promise<{ release: () => Promise<void> } | { diagnostic: Diagnostic }> {
  const shown = shownPath(io.cwd, root);
  try {
    await makeDirs(root);
    const lock = await acquireLock(root);
    if ('release' in lock) return lock;
    return { diagnostic: fileDiagnostic(shown, { code: 'OBS_LOCKED', message: `another obscompile build --fleet (pid ${lock.heldBy}) is writing ${shown}`, hint: `wait for it to finish and build again; if no build is running, remove ${join(shown, LOCK_FILE)}` }) };
  } catch (error) {
    return { diagnostic: fileDiagnostic(shown, { code: 'OBS_IO', message: `cannot lock ${shown}: ${(error as Error).message}`, hint: 'check the permissions of the fleet output folder' }) };
  }
}

/** A bundle's lines of the report, and its entry in the JSON result. */
function bundleOutcome(name: string, shownDir: string, result: Outcome, dryRun?: boolean) {
  const line = outcomeLines(shownDir, result, { dryRun: dryRun ?? false }).join('\n');
  return { line, host: { name, outDir: shownDir, written: result.written, unchanged: result.unchanged, removed: result.removed, ...(result.left.length ? { left: result.left } : {}), ...(result.replaced.length ? { replaced: result.replaced } : {}), ...(result.finished ? { finished: result.finished } : {}) } };
}

/**
 * What each committed bundle wrote, in fleet order, then the bundles of hosts that left the fleet removed, then the
 * secret files still to be made (`notes`).
 */
async function reportBundles(opts: FleetBuildOptions, io: Io, fleet: FleetAnalysis, staged: readonly StagedBundle[], notes: UntilThere[]) {
  const hosts = [];
  const failures: Diagnostic[] = [];
  let quiet = 0;
  for (const { name, staged: { result, target } } of staged) {
    failures.push(...result.diagnostics);
    const { line, host } = bundleOutcome(name, target.shownDir, result, opts.dryRun);
    hosts.push(host);
    // Under --watch only the bundles a save changed are named.
    const changed = result.written.length || result.removed.length || result.left.length || result.replaced.length;
    if (opts.watching && !changed) quiet++;
    else if (!result.diagnostics.length) io.out(line);
  }
  let retiredAny = false;
  if (!failures.length) {
    for (const { target: retired, gone } of await retiredBundles(fleet.fleet!, fleet.settings!, staged.map((s) => s.staged.target.outDir), io)) {
      // A host taken out of the fleet: only the files obscompile wrote there, still unchanged, are removed.
      retiredAny = true;
      const result = await write([], retired, { force: false, dryRun: opts.dryRun ?? false });
      failures.push(...result.diagnostics);
      if (!opts.dryRun && !result.diagnostics.length) await dropEmptyBundle(retired.outDir);
      // What a build stopped part-way had begun removing there is removed too: one count of the bundle's files.
      const { finished, ...outcome } = result;
      const removedAll = [...(finished?.removed ?? []), ...result.removed];
      hosts.push({ name: basename(retired.outDir), outDir: retired.shownDir, written: [], unchanged: [], removed: removedAll, ...(result.left.length ? { left: result.left } : {}) });
      const [, ...left] = outcomeLines(retired.shownDir, outcome, { dryRun: opts.dryRun });
      const removed = `${opts.dryRun ? 'would remove' : 'removed'} ${plural(removedAll.length, 'file')}${removedAll.length ? ` (${removedAll.join(', ')})` : ''}`;
      if (!result.diagnostics.length) io.out([`${retired.shownDir}: ${gone}; ${removed}`, ...left].join('\n'));
    }
  }
  if (quiet === staged.length && !retiredAny) io.out(`${shownPath(io.cwd, fleetOutDir(fleet.fleet!, fleet.settings!))}: no file changed`);
  if (opts.format === 'text') for (const line of dueNotes(notes)) io.out(line);
  report(io, asWatched(failures, opts.watching), opts.format, undefined, fleet.texts);
  io.result?.({ hosts, ...notesField(notes) });
  const bundles = staged.map((s) => ({ name: s.name, dir: s.staged.target.outDir, shownDir: s.staged.target.shownDir, files: s.files, ...(s.sums ? { sums: s.sums } : {}) }));
  return { exit: failures.length ? exitFor(failures) : EXIT.ok, complete: !failures.length && !retiredAny, bundles, notes };
}

/** The central store's bundle, beside the hosts' in the fleet's output folder (no host may be named so: fleet-rules.ts). */
const CENTRAL_BUNDLE = 'central';

/** Folders of OUTPUT whose manifest says this fleet file wrote them, but whose host (or central store) is gone. */
async function retiredBundles(fleet: ParsedSource, settings: FleetSettings, current: readonly string[], io: Io): Promise<{ target: EmitTarget; gone: string }[]> {
  const root = fleetOutDir(fleet, settings);
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const found: { target: EmitTarget; gone: string }[] = [];
  const live = new Set(current);
  for (const e of entries) {
    const target = bundleTarget(fleet, join(root, e.name), io);
    if (!e.isDirectory() || live.has(target.outDir)) continue;
    const manifest = await readManifest(target.outDir);
    if (manifest?.source !== target.source) continue;
    // The central bundle has no init-run.sh; a host may be called `central` when the fleet has no central store.
    const central = e.name === CENTRAL_BUNDLE && !('init-run.sh' in (manifest.artifacts ?? {}));
    found.push({ target, gone: central ? 'the fleet file no longer has `central:`' : 'host left the fleet' });
  }
  return found;
}

/**
 * Once none of obscompile's files is left in a retired bundle: the folder goes when nothing else is in it, else only
 * its manifest, so that the files left there (edited by hand, and said so once) are no longer counted as the fleet's.
 */
async function dropEmptyBundle(dir: string): Promise<void> {
  const left = await readdir(dir);
  if (left.every((f) => f === MANIFEST_FILE)) return void (await rm(dir, { recursive: true, force: true }));
  if (Object.keys((await readManifest(dir))?.artifacts ?? {}).length === 0) await rm(join(dir, MANIFEST_FILE), { force: true });
}

export async function checkFleet(opts: FleetBuildOptions, io: Io): Promise<number> {
  const { files, usable } = await loaded(opts, io);
  if (!usable) return exitFor(files.diagnostics);
  const drifts: { name: string; target: EmitTarget; drift: Drift[] }[] = [];
  // A fleet build holds the fleet folder's lock from start to end: its bundles are compared once it is done.
  const root = fleetOutDir(files.fleet!, files.settings!);
  const shownRoot = shownPath(io.cwd, root);
  const busy = await afterBuilds({ outDir: root, shownDir: shownRoot }, waitingNote(io, shownRoot, opts.format));
  if (busy) return (report(io, [busy], opts.format), exitFor([busy]));
  const fleet = await eachBundle(files, io, async (b) => void drifts.push({ name: b.name, target: b.target, drift: await check(b.artifacts, b.target) }));
  report(io, fleet.diagnostics, opts.format, undefined, fleet.texts);
  if (hasErrors(fleet.diagnostics)) return exitFor(fleet.diagnostics);
  // Every bundle's drift as diagnostics (what CI annotates, and SARIF and JSON carry), a host that left the fleet too:
  // the files obscompile wrote in its bundle are drift until a build removes them.
  const bundles: { name: string; target: EmitTarget; drift: Drift[]; retired?: string }[] = [...drifts];
  for (const { target, gone } of await retiredBundles(fleet.fleet!, fleet.settings!, drifts.map((d) => d.target.outDir), io)) {
    const drift = await check([], target);
    if (drift.length) bundles.push({ name: basename(target.outDir), target, drift, retired: gone });
  }
  const diagnostics: Diagnostic[] = [];
  let drifted = 0;
  for (const { target, drift, retired } of bundles) {
    drifted += drift.length;
    const found = driftDiagnostics(target.shownDir, drift, retired ? { why: `is no longer generated (${retired}): \`obscompile build --fleet\` removes it` } : {});
    diagnostics.push(...found);
    if (io.result || opts.format === 'github') continue;
    if (retired) {
      // One line per retired bundle: its files have no diff to show, only that a build removes them.
      io.out(`${target.shownDir}: ${retired}; ${plural(drift.length, 'file')} still there, which \`obscompile build --fleet\` removes: ${drift.map((d) => d.path).join(', ')}`);
      continue;
    }
    textDrift(io, found, drift, { shownDir: target.shownDir, build: 'build --fleet' });
    io.out(drift.length ? `${target.shownDir}: ${plural(drift.length, 'file')} out of date` : `${target.shownDir}: up to date`);
  }
  if (io.result) {
    const hosts = bundles.map(({ name, target, drift, retired }) => ({ name, outDir: target.shownDir, ...(retired ? { retired: true } : {}), files: driftFiles(drift) }));
    io.result({ hosts, upToDate: drifted === 0 });
    report(io, diagnostics, opts.format);
  } else if (opts.format === 'github') githubDrift(io, diagnostics, bundles.flatMap((b) => b.drift));
  return drifted ? EXIT.invalid : EXIT.ok;
}
