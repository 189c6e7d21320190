/** `build --fleet` and `check --fleet`: one bundle per host, each in its own output folder with its own manifest. */
import { readdir, rm } from '../../fs.js';
import { basename, dirname, join, resolve } from 'node:path';
import { MAX_CONFIG_BYTES } from '../../discover/discover.js';
import { currentRecord, makeRecord, recordFile, recordKey, saveRecord, type RecordedBuild } from '../../emit/record.js';
import { MANIFEST_FILE, readManifest } from '../../emit/manifest.js';
import { generate } from '../../compile.js';
import { check, write, type EmitTarget } from '../../emit/emit.js';
import { LOCK_FILE, acquireLock, makeDirs } from '../../emit/fs-safe.js';
import { fileDiagnostic } from '../../diagnostics/make.js';
import { analyzeFleet, fleetOutDir, type FleetSettings } from '../../layer/fleet.js';
import { centralModel } from '../../model/central.js';
import { posixRelative } from '../../paths.js';
import { renderCentral } from '../../render/central.js';
import { hasErrors, type Diagnostic, type ParsedSource } from '../../types.js';
import { EXIT, type Io } from '../io.js';
import { shownPath } from './targets.js';
import { exitFor, plural, report, type CommonOptions } from './report.js';

interface FleetBuildOptions extends CommonOptions {
  fleet: string;
  dryRun?: boolean;
  force?: boolean;
}

/** A bundle folder of the fleet as an emit target; its manifest names the fleet file it came from. */
function bundleTarget(fleet: ParsedSource, outDir: string, io: Io): EmitTarget {
  return { outDir, shownDir: shownPath(io.cwd, outDir), source: posixRelative(outDir, fleet.absolutePath) };
}

/** Every host's artifacts in memory, or the diagnostics that stop the build. */
async function hostBundles(opts: FleetBuildOptions, io: Io) {
  // Hosts mostly get the same files (dashboards, the schema copy, most rules): one copy of each text is kept.
  const texts = new Map<string, string>();
  const intern = (text: string) => texts.get(text) ?? (texts.set(text, text), text);
  const fleet = await analyzeFleet({ cwd: io.cwd, fleet: opts.fleet, maxConfigBytes: opts.maxConfigBytes });
  if (!fleet.fleet || !fleet.settings || !fleet.base || hasErrors(fleet.diagnostics)) return { fleet, bundles: [] };
  const root = fleetOutDir(fleet.fleet, fleet.settings);
  const bundles = [];
  for (const host of fleet.hosts) {
    const target = bundleTarget(fleet.fleet, join(root, host.name), io);
    const generated = await generate(host.config!, fleet.base, target.outDir);
    fleet.diagnostics.push(...generated.diagnostics);
    if (generated.artifacts) bundles.push({ name: host.name, artifacts: generated.artifacts.map((a) => ({ ...a, content: intern(a.content) })), target, dashboards: generated.model.dashboards?.dashboards ?? [] });
  }
  const central = fleet.settings.central;
  if (central && bundles.length === fleet.hosts.length) {
    const target = bundleTarget(fleet.fleet, join(root, 'central'), io);
    const hosts = bundles.map((b, i) => ({ name: b.name, bundle: posixRelative(target.outDir, b.target.outDir), config: fleet.hosts[i]!.config!, dashboards: b.dashboards }));
    const artifacts = renderCentral(centralModel(target.source, central, hosts, dirname(fleet.fleet.absolutePath), target.outDir));
    bundles.push({ name: 'central', artifacts, target, dashboards: [] });
  }
  return { fleet, bundles };
}

/** The key settings of a fleet build (with the input texts they make its record's key). */
const recordSettings = (opts: FleetBuildOptions, io: Io) => [io.cwd, opts.fleet, opts.maxConfigBytes ?? null];

/** What an earlier, identical build recorded, when every file it wrote is still as it left it (src/emit/record.ts). */
function recorded(opts: FleetBuildOptions, io: Io) {
  if (!io.cacheDir || opts.dryRun) return undefined;
  const fleetPath = resolve(io.cwd, opts.fleet);
  return currentRecord(recordFile(io.cacheDir, fleetPath), fleetPath, recordSettings(opts, io), opts.maxConfigBytes ?? MAX_CONFIG_BYTES);
}

/** Reports a recorded build as a full one reports the same outcome: its diagnostics, then every bundle unchanged. */
function replayRecorded(build: RecordedBuild, opts: FleetBuildOptions, io: Io): number {
  report(io, build.diagnostics, opts.format, undefined, build.texts);
  for (const b of build.bundles) io.out(`${b.shownDir}: wrote 0 files, ${b.files.length} unchanged`);
  io.result?.({ hosts: build.bundles.map((b) => ({ name: b.name, outDir: b.shownDir, written: [], unchanged: b.files, removed: [] })), recorded: true });
  return EXIT.ok;
}

export async function buildFleet(opts: FleetBuildOptions, io: Io): Promise<number> {
  const known = recorded(opts, io);
  if (known) return replayRecorded(known, opts, io);
  const { fleet, bundles } = await hostBundles(opts, io);
  report(io, fleet.diagnostics, opts.format, undefined, fleet.texts);
  if (hasErrors(fleet.diagnostics)) return exitFor(fleet.diagnostics);
  // One build of a fleet at a time: each bundle has its own lock, but two fleets written at once would mix.
  const root = fleetOutDir(fleet.fleet!, fleet.settings!);
  const lock = opts.dryRun ? undefined : await lockFleet(root, io);
  if (lock && 'diagnostic' in lock) {
    report(io, [lock.diagnostic], opts.format);
    return exitFor([lock.diagnostic]);
  }
  let outcome: Awaited<ReturnType<typeof writeBundles>>;
  try {
    outcome = await writeBundles(opts, io, fleet, bundles);
  } finally {
    await lock?.release();
  }
  // Recorded once the lock is gone (its removal changes the root folder's status): only a build that wrote every
  // bundle and found no host that left the fleet, whose next run would have nothing to do.
  if (outcome.complete && io.cacheDir && !opts.dryRun) {
    const inputs = [fleet.fleet!, fleet.base!];
    const key = recordKey(recordSettings(opts, io), inputs.map((i) => i.text));
    const files = bundles.map((b) => ({ name: b.name, shownDir: b.target.shownDir, files: b.artifacts.map((a) => a.path) }));
    saveRecord(recordFile(io.cacheDir, inputs[0]!.absolutePath), makeRecord(key, inputs.map((i) => ({ path: i.absolutePath, shown: i.path })), fleet.diagnostics, root, files));
  }
  return outcome.exit;
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

/** How many bundles are written at once. */
const WRITERS = 16;

/** `run` over `items`, at most `limit` at a time, the results in the items' order. */
async function inOrder<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await run(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function writeBundles(opts: FleetBuildOptions, io: Io, fleet: Awaited<ReturnType<typeof hostBundles>>['fleet'], bundles: Awaited<ReturnType<typeof hostBundles>>['bundles']): Promise<{ exit: number; complete: boolean }> {
  const hosts = [];
  const failures: Diagnostic[] = [];
  // Bundles are separate folders, each with its own lock and journal: written side by side, their syncs overlap
  // (one sync after another bound a 1,000-host fleet); reported in fleet order.
  const results = await inOrder(bundles, WRITERS, (b) => write(b.artifacts, b.target, { force: opts.force ?? false, dryRun: opts.dryRun ?? false }));
  for (const [i, b] of bundles.entries()) {
    const result = results[i]!;
    failures.push(...result.diagnostics);
    hosts.push({ name: b.name, outDir: b.target.shownDir, written: result.written, unchanged: result.unchanged, removed: result.removed });
    if (!result.diagnostics.length) io.out(`${b.target.shownDir}: ${opts.dryRun ? 'would write' : 'wrote'} ${plural(result.written.length, 'file')}, ${result.unchanged.length} unchanged`);
  }
  if (!failures.length) {
    for (const retired of await retiredBundles(fleet.fleet!, fleet.settings!, bundles.map((b) => b.target.outDir), io)) {
      // A host taken out of the fleet: only the files obscompile wrote there, still unchanged, are removed.
      const result = await write([], retired, { force: false, dryRun: opts.dryRun ?? false });
      failures.push(...result.diagnostics);
      if (!opts.dryRun && !result.diagnostics.length) await dropEmptyBundle(retired.outDir);
      hosts.push({ name: basename(retired.outDir), outDir: retired.shownDir, written: [], unchanged: [], removed: result.removed });
      io.out(`${retired.shownDir}: host left the fleet; ${opts.dryRun ? 'would remove' : 'removed'} ${plural(result.removed.length, 'file')}`);
    }
  }
  report(io, failures, opts.format, undefined, fleet.texts);
  io.result?.({ hosts });
  return { exit: failures.length ? exitFor(failures) : EXIT.ok, complete: !failures.length && hosts.length === bundles.length };
}

/** Folders of OUTPUT whose manifest says this fleet file wrote them, but whose host is gone. */
async function retiredBundles(fleet: ParsedSource, settings: FleetSettings, current: readonly string[], io: Io): Promise<EmitTarget[]> {
  const root = fleetOutDir(fleet, settings);
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const found: EmitTarget[] = [];
  for (const e of entries) {
    const target = bundleTarget(fleet, join(root, e.name), io);
    if (!e.isDirectory() || current.includes(target.outDir)) continue;
    if ((await readManifest(target.outDir))?.source === target.source) found.push(target);
  }
  return found;
}

/** Removes the manifest and the folder once nothing else is left in it. */
async function dropEmptyBundle(dir: string): Promise<void> {
  const left = await readdir(dir);
  if (left.every((f) => f === MANIFEST_FILE)) await rm(dir, { recursive: true, force: true });
}

export async function checkFleet(opts: FleetBuildOptions, io: Io): Promise<number> {
  const { fleet, bundles } = await hostBundles(opts, io);
  report(io, fleet.diagnostics, opts.format, undefined, fleet.texts);
  if (hasErrors(fleet.diagnostics)) return exitFor(fleet.diagnostics);
  let drifted = 0;
  const hosts = [];
  for (const b of bundles) {
    const drift = await check(b.artifacts, b.target);
    drifted += drift.length;
    hosts.push({ name: b.name, outDir: b.target.shownDir, files: drift.map((d) => ({ path: d.path, state: d.state, diff: d.diff })) });
    for (const d of drift) io.out(`${join(b.target.shownDir, d.path)} is ${d.state}\n${d.diff}`);
    io.out(drift.length ? `${b.target.shownDir}: ${plural(drift.length, 'file')} out of date` : `${b.target.shownDir}: up to date`);
  }
  // A host that left the fleet: the files obscompile wrote in its bundle are drift until a build removes them.
  for (const retired of await retiredBundles(fleet.fleet!, fleet.settings!, bundles.map((b) => b.target.outDir), io)) {
    const drift = await check([], retired);
    if (!drift.length) continue;
    drifted += drift.length;
    hosts.push({ name: basename(retired.outDir), outDir: retired.shownDir, retired: true, files: drift.map((d) => ({ path: d.path, state: d.state, diff: d.diff })) });
    for (const d of drift) io.out(`${join(retired.shownDir, d.path)} belongs to a host that left the fleet; \`obscompile build --fleet\` removes it`);
    io.out(`${retired.shownDir}: host left the fleet; ${plural(drift.length, 'file')} still there`);
  }
  io.result?.({ hosts, upToDate: drifted === 0 });
  return drifted ? EXIT.invalid : EXIT.ok;
}
