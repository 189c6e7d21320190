/**
 * One lock per output folder (and per fleet output folder): the holder's pid and start time in `.obscompile.lock`,
 * taken so that two builds never both hold it, and given up by a build that is gone.
 */
import { link, lstatIfAny, readFile, readdir, removeFile, rename, stat, writeFile } from '../fs.js';
import { join } from 'node:path';

export const LOCK_FILE = '.obscompile.lock';

/**
 * Takes the output folder's lock, or says who holds it. The lock records the holder's pid and, where /proc exists,
 * its start time: a lock whose process is gone, or whose pid now belongs to another process (pids repeat after a
 * restart, and a container's build often runs as pid 1), is taken over.
 */
export async function acquireLock(dir: string): Promise<{ release: () => Promise<void> } | { heldBy: number }> {
  const lock = join(dir, LOCK_FILE);
  // Written whole under a name of this process's own, then linked to the lock's name: the lock appears with its
  // content, never empty, and a link fails when the name is taken.
  const mine = `${lock}.${process.pid}`;
  await dropDeadLockFiles(dir);
  await writeFile(mine, `${process.pid} ${(await ownStart()) ?? ''}\n`);
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await link(mine, lock);
        return { release: () => removeFile(lock) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const found = await lockOf(dir);
      if (!found) continue;
      if (found.live && found.holder !== process.pid) return { heldBy: found.holder };
      const other = await removeStale(dir, found.text);
      if (other !== undefined) return { heldBy: other };
    }
    return { heldBy: 0 };
  } finally {
    await removeFile(mine);
  }
}

/** The files acquireLock writes beside the lock (`.obscompile.lock.<pid>`, `.obscompile.lock.stale.<pid>`) that a killed build left. */
async function dropDeadLockFiles(dir: string): Promise<void> {
  const own = new RegExp(`^${LOCK_FILE.replace(/\./g, '\\.')}\\.(?:stale\\.)?(\\d+)$`);
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const pid = Number(own.exec(name)?.[1]);
    if (pid && pid !== process.pid && !alive(pid)) await removeFile(join(dir, name)).catch(() => undefined);
  }
}

/**
 * Removes the lock of `dir` when the build that took it is gone (killed mid-commit, say), leaving a live one: a build
 * that finds its output current takes no lock, and would otherwise leave a dead build's lock there for good.
 */
export async function dropStaleLock(dir: string): Promise<void> {
  const found = await lockOf(dir);
  if (found && !found.live && found.holder) await removeStale(dir, found.text);
}

/**
 * Removes the lock of `dir` that was read as `text` (a dead build's), and only that one: it is moved aside under a
 * name of this process's own first, and a lock another build took in between is put back. Resolves to that build's
 * pid when so, else undefined.
 */
async function removeStale(dir: string, text: string): Promise<number | undefined> {
  const lock = join(dir, LOCK_FILE);
  const aside = `${lock}.stale.${process.pid}`;
  if (!(await rename(lock, aside).then(() => true, () => false))) return undefined;
  const moved = await readFile(aside, 'utf8').catch(() => undefined);
  if (moved !== undefined && moved !== text) await link(aside, lock).catch(() => undefined);
  await removeFile(aside);
  return moved !== undefined && moved !== text ? holderOf(moved).holder : undefined;
}

/** The pid and start time a lock's text records (0 for none). */
function holderOf(text: string): { holder: number; started: string | undefined } {
  const [pid, started] = text.trim().split(/\s+/);
  return { holder: Number(pid) || 0, started };
}

/** The lock of `dir` as read, and whether the build that took it still runs; undefined when there is none. */
async function lockOf(dir: string): Promise<{ text: string; holder: number; live: boolean } | undefined> {
  const lock = join(dir, LOCK_FILE);
  // No folder (or a file where it should be) holds no lock: what is wrong with the folder is said where it is used.
  if (!(await lstatIfAny(lock).catch(() => undefined))) return undefined;
  const text = await readFile(lock, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const { holder, started } = holderOf(text);
  // An empty lock is one an earlier release was still writing (it wrote the file, then its pid): live while new.
  if (!text.trim()) return { text, holder: 0, live: Date.now() - (await stat(lock).catch(() => ({ mtimeMs: 0 }))).mtimeMs < 5_000 };
  return { text, holder, live: holder === process.pid || (holder > 0 && (await holds(holder, started, lock))) };
}

/**
 * Waits while a running build holds the lock of `dir` (a dead build's lock is no reason to wait), at most `ms`;
 * `waiting` is told the holder's pid once, when there is one. Resolves to the pid of a build still writing when the
 * time is up, else undefined.
 */
export async function waitForLock(dir: string, ms: number, waiting?: (pid: number) => void): Promise<number | undefined> {
  const until = Date.now() + ms;
  let told = false;
  for (;;) {
    const found = await lockOf(dir);
    if (!found?.live || found.holder === process.pid) return undefined;
    if (Date.now() >= until) return found.holder;
    if (!told) waiting?.(found.holder);
    told = true;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** True while the recorded process still runs: same pid and, when recorded, the same start time. */
async function holds(pid: number, started: string | undefined, lock: string): Promise<boolean> {
  if (!alive(pid)) return false;
  const now = await processStart(pid);
  if (started && now !== undefined) return started === now;
  // No start time to compare (another system, or an older lock): trust the pid for as long as a build can take.
  const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
  return age < 10 * 60_000;
}

/** This process's start time, read once: a fleet build takes a lock for each host's folder. */
let own: Promise<string | undefined> | undefined;
const ownStart = (): Promise<string | undefined> => (own ??= processStart(process.pid));

/** A process's start time (field 22 of /proc/PID/stat, in clock ticks since boot), where /proc exists. */
async function processStart(pid: number): Promise<string | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

/** Whether a process of that pid runs (one of another user's counts as running). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
