/**
 * `build --watch` and `check --watch`: run the command, then again whenever one of its input files (the config, or a
 * fleet file and its base) is saved, until Ctrl-C. The folders of the inputs are watched, not the files, so an editor
 * that saves by writing a new file and renaming it over the old one is seen; a run never overlaps another, and an
 * invalid edit prints its diagnostics and waits for the next. Stopping waits for a run in progress, so no lock or
 * temporary file is left behind.
 */
import { statSync, watch, type FSWatcher, type Stats } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { discover } from '../../discover/discover.js';
import { EXIT, type Io } from '../io.js';
import type { CommonOptions } from './report.js';
import { usageDiagnostic } from '../../diagnostics/make.js';

/** How long a burst of file events (an editor's write, rename and chmod) is let settle before the run. */
const SETTLE_MS = 20;

/** The files a run reads: the config, or a fleet file and its base (read from the fleet file). */
export async function watchedInputs(opts: CommonOptions, io: Io): Promise<string[]> {
  if (opts.fleet) {
    // The fleet file and its base only: the hosts need not be compiled again to know what to watch.
    const { loadFleet } = await import('../../layer/fleet.js');
    const fleet = await loadFleet({ cwd: io.cwd, fleet: opts.fleet, maxConfigBytes: opts.maxConfigBytes });
    // A base that does not parse now is still the base: its next save is watched like any other.
    const base = fleet.base?.absolutePath ?? (fleet.fleet && fleet.settings ? resolve(dirname(fleet.fleet.absolutePath), fleet.settings.base) : undefined);
    return [resolve(io.cwd, opts.fleet), ...(base ? [base] : [])];
  }
  if (opts.config) return [resolve(io.cwd, opts.config)];
  const found = await discover({ cwd: io.cwd, maxBytes: opts.maxConfigBytes });
  return found.value ? [found.value.absolutePath] : [];
}

/**
 * The options a watch runs with: the config found once, at the start, so that a config deleted while watched (a
 * branch switch) is said to be missing instead of replaced by another one found further up.
 */
export async function pinnedConfig<T extends CommonOptions>(opts: T, io: Io): Promise<T> {
  if (opts.config || opts.fleet) return opts;
  const found = await discover({ cwd: io.cwd, maxBytes: opts.maxConfigBytes });
  return found.value ? { ...opts, config: found.value.absolutePath } : opts;
}

/** How often the inputs are also looked at: a folder deleted and made again, or a symlinked config, escapes fs.watch. */
const POLL_MS = 250;

/** Runs `run`, then again after each change of `inputs()`, until `stopped` resolves; the exit code is 0 once stopped. */
export async function watchLoop(run: () => Promise<number>, inputs: () => Promise<string[]>, io: Io, stopped: Promise<void>): Promise<number> {
  let interrupted = false;
  void stopped.then(() => (interrupted = true));
  const first = await run();
  // Ctrl-C during the first run: it finished (no lock or temp file is left), and there is nothing to watch for. A
  // signal that came while the run kept the thread busy is handled in the event loop's poll phase, before a
  // setImmediate callback: one turn of the loop lets it in.
  await new Promise((done) => setImmediate(done));
  if (interrupted) return EXIT.ok;
  let files = await inputs();
  if (files.length === 0) {
    io.err('watch: no config to watch; pass --config FILE (or --fleet FILE)');
    return first === EXIT.ok ? EXIT.usage : first;
  }
  let watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopping = false;
  const start = () => {
    if (stopping) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        seen = identities();
        await run();
        // Saved while the run read it: run again (what the poll saw meanwhile is this).
        if (identities().join('\n') !== seen.join('\n')) again = true;
        // A run may change what is read (a fleet's base renamed): follow the new set.
        const next = await inputs();
        if (next.length && next.join('\n') !== files.join('\n')) {
          files = next;
          follow();
        }
      } while (again && !stopping);
      running = undefined;
    })();
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(start, SETTLE_MS);
  };
  /** Each input as the last run found it: what the poll sees is new only when it differs from that. */
  const identity = (st: Pick<Stats, 'mtimeMs' | 'ino' | 'size'> | undefined) => (st ? `${st.mtimeMs}/${st.ino}/${st.size}` : 'none');
  const identities = () => files.map((f) => identity(statSync(f, { throwIfNoEntry: false })));
  let seen = identities();
  // The poll: each input's identity (stat follows a symlinked config to the file it names) against what the last run
  // found, not against the poll before, so a save made before the first poll is seen too. A change fs.watch did not
  // run for has its watchers set up again, for a folder made anew.
  const poll = setInterval(() => {
    if (running || identities().join('\n') === seen.join('\n')) return;
    follow();
    soon();
  }, POLL_MS);
  const follow = () => {
    for (const w of watchers) w.close();
    const byDir = new Map<string, Set<string>>();
    for (const f of files) byDir.set(dirname(f), (byDir.get(dirname(f)) ?? new Set()).add(basename(f)));
    watchers = [...byDir].flatMap(([dir, names]) => {
      try {
        const w = watch(dir, (_event, name) => {
          if (name === null || names.has(String(name))) soon();
        });
        // A folder removed under the watcher ends it: the poll goes on.
        w.on('error', () => w.close());
        return [w];
      } catch {
        return [];
      }
    });
  };
  follow();
  io.err(`watching ${files.map((f) => basename(f)).join(', ')} for changes; Ctrl-C stops`);
  await stopped;
  stopping = true;
  clearTimeout(timer);
  for (const w of watchers) w.close();
  clearInterval(poll);
  await running;
  return EXIT.ok;
}

/** What `--watch` cannot run with: another option that ends the command, or a machine-readable format (one document a run). */
export function watchRefused(opts: CommonOptions, option: string | undefined) {
  if (option) return usageDiagnostic(`--watch with ${option}: a watch keeps running and rebuilds, ${option} prints once`, `drop --watch, or ${option}`);
  if (opts.format !== 'text') return usageDiagnostic(`--watch with --format ${opts.format}: a watch prints a report per save, not one document`, 'use --watch with the text format');
  return undefined;
}

/** Resolves at the first Ctrl-C (SIGINT) or SIGTERM. */
export function untilInterrupted(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
