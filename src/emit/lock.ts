/**
 * One lock per output folder (and per fleet output folder): the holder's pid and start time in `.obscompile.lock`,
 * taken so that two builds never both hold it, and given up by a build that is gone.
 *
 * Taking a link is atomic; taking over a dead build's lock is not (read it, find its build gone, remove it), so it is
 * done under a second lock, `.obscompile.lock.takeover`, held for those few calls: a build that found the lock dead
 * and was then held up cannot remove the lock another build took over meanwhile, since it reads the lock again under
 * the takeover lock and removes only the dead one it read.
 */
import { link, lstatIfAny, readFile, readdir, removeFile, rename, stat, writeFile } from '../fs.js';
import { join } from 'node:path';

export const LOCK_FILE = '.obscompile.lock';
const TAKEOVER_FILE = `${LOCK_FILE}.takeover`;
/** How long a build waits for another's takeover (a few file calls) before it says the folder is locked. */
const TAKEOVER_WAIT_MS = 2_000;

/**
 * Takes the output folder's lock, or says who holds it. The lock records the holder's pid and, where /proc exists,
 * its start time: a lock whose process is gone, or whose pid now belongs to another process (pids repeat after a
 * restart, and a container's build often runs as pid 1), is taken over.
 */
export async function acquireLock(dir: string): Promise<{ release: () => Promise<void> } | { heldBy: number }> {
  const lock = join(dir, LOCK_FILE);
  // Written whole under a name of this process's own, then linked to the lock's name: the lock appears with its
  // content, never empty, and a link fails when the name is taken.
  const mine = await ownFile(dir);
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
      const other = await removeDead(dir, mine, found.text);
      if (other !== undefined) return { heldBy: other };
    }
    return { heldBy: 0 };
  } finally {
    await removeFile(mine);
  }
}

/** This process's lock text, written whole under a name of its own (`.obscompile.lock.<pid>`), to be linked. */
async function ownFile(dir: string): Promise<string> {
  const mine = join(dir, `${LOCK_FILE}.${process.pid}`);
  await dropDeadLockFiles(dir);
  await writeFile(mine, `${process.pid} ${(await ownStart()) ?? ''}\n`);
  return mine;
}

/**
 * The files acquireLock writes beside the lock (`.obscompile.lock.<pid>`, `.obscompile.lock.stale.<pid>`,
 * `.obscompile.lock.takeover.stale.<pid>`) that a killed build left.
 */
async function dropDeadLockFiles(dir: string): Promise<void> {
  const own = new RegExp(`^${LOCK_FILE.replace(/\./g, '\\.')}\\.(?:takeover\\.)?(?:stale\\.)?(\\d+)$`);
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
  if (!found || found.live || !found.holder) return;
  const mine = await ownFile(dir);
  try {
    await removeDead(dir, mine, found.text);
  } finally {
    await removeFile(mine);
  }
}

/**
 * Removes the lock of `dir` that was read as `text` (a dead build's), and only that one: under the takeover lock, the
 * lock is read again and removed only while it is still that text and its build still gone. Resolves to the pid of
 * the build that holds the lock (or the takeover lock) instead, else undefined.
 */
async function removeDead(dir: string, mine: string, text: string): Promise<number | undefined> {
  const takeover = join(dir, TAKEOVER_FILE);
  const until = Date.now() + TAKEOVER_WAIT_MS;
  for (;;) {
    try {
      await link(mine, takeover);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    // Held for a few calls by a running build; one a build left when it was killed in between is taken over as the
    // lock once was: moved aside under this process's name, and put back when it turns out to be another's.
    const other = await readFile(takeover, 'utf8').catch(() => undefined);
    if (other === undefined) continue;
    const { holder, started } = holderOf(other);
    if (!(holder > 0 && (await holds(holder, started, takeover)))) await moveAsideIfStill(takeover, other);
    else if (Date.now() >= until) return holder;
    else await new Promise((done) => setTimeout(done, 10));
  }
  try {
    // Still the lock read as dead (or naming this very process: a dead build's whose pid was reused), or another's.
    const now = await lockOf(dir);
    if (now?.text === text && (!now.live || now.holder === process.pid)) await removeFile(join(dir, LOCK_FILE));
    else if (now?.live && now.holder !== process.pid) return now.holder;
    return undefined;
  } finally {
    await removeFile(takeover);
  }
}

/** Removes `file` if it still reads `text`: moved aside under this process's name first, put back when it does not. */
async function moveAsideIfStill(file: string, text: string): Promise<void> {
  const aside = `${file}.stale.${process.pid}`;
  if (!(await rename(file, aside).then(() => true, () => false))) return;
  const moved = await readFile(aside, 'utf8').catch(() => undefined);
  if (moved !== undefined && moved !== text) await link(aside, file).catch(() => undefined);
  await removeFile(aside);
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
