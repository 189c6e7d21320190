/** File-system primitives for emit: reads that never follow symlinks out, atomic writes, a lock per output folder. */
import { close, copyNew, fchmod, fchown, link, lstat, lstatIfAny, mkdir, open, readFile, readdir, readlink, removeFile, rename, stat, writeFile } from '../fs.js';
import { basename, dirname, join, resolve } from 'node:path';
import { fileByFile, type Durability } from './durability.js';

export type Existing =
  | { kind: 'missing' }
  | { kind: 'file'; content: Buffer; executable: boolean }
  | { kind: 'other'; what: string };

/** What is at `file` now, without following a symlink. */
export async function inspect(file: string): Promise<Existing> {
  try {
    const info = await lstatIfAny(file);
    if (!info) return { kind: 'missing' };
    if (info.isSymbolicLink()) return { kind: 'other', what: 'a symbolic link' };
    if (!info.isFile()) return { kind: 'other', what: info.isDirectory() ? 'a folder' : 'not a regular file' };
    return { kind: 'file', content: await readFile(file), executable: (info.mode & 0o111) !== 0 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    // Marked as a read, so that the error names what failed (an output file without read permission, say).
    throw Object.assign(error as Error, { reading: true });
  }
}

/**
 * `mkdir -p` that always ends: each missing folder is created once, from the nearest existing ancestor down.
 * (Node's recursive mkdir retries forever where the kernel refuses a folder, as under /proc.)
 */
export async function makeDirs(dir: string): Promise<void> {
  // ENOTDIR: an ancestor is a file; the walk up reaches it and names it.
  const missing = await missingFolders(dir, 'mkdir', (error) => error.code === 'ENOENT' || error.code === 'ENOTDIR');
  for (const d of missing) await mkdir(d).catch((error: NodeJS.ErrnoException) => (error.code === 'EEXIST' ? undefined : Promise.reject(error)));
}

/** Rejects with ENOTDIR, naming the file, when `dir` or one of its ancestors is a file; otherwise nothing (missing is fine). */
export async function expectFolder(dir: string, syscall: string): Promise<void> {
  await missingFolders(dir, syscall, () => true);
}

/**
 * The folders of `dir` (itself included) that do not exist, from the nearest existing ancestor down; ENOTDIR naming
 * that ancestor, as `syscall` would, when it is a file. `absent`: the failures of stat that mean "not there".
 */
async function missingFolders(dir: string, syscall: string, absent: (error: NodeJS.ErrnoException) => boolean): Promise<string[]> {
  const missing: string[] = [];
  for (let d = resolve(dir); ; d = dirname(d)) {
    // A link that leads back to itself is no folder to make, whatever counts as absent.
    const info = await stat(d).catch((error: NodeJS.ErrnoException) => (absent(error) && error.code !== 'ELOOP' ? undefined : Promise.reject(error.code === 'ELOOP' ? Object.assign(error, { syscall }) : error)));
    // A symbolic link to nothing is not a folder to make: said as such, with where it points.
    const link = info ? undefined : await lstatIfAny(d).catch(() => undefined);
    if (link?.isSymbolicLink()) throw Object.assign(new Error(`${d} is a symbolic link to nothing`), { code: 'ENOENT', path: d, syscall, linkTo: await readlink(d).catch(() => '?') });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${d} is not a folder`), { code: 'ENOTDIR', path: d, syscall });
      return missing;
    }
    missing.unshift(d);
    if (dirname(d) === d) return missing;
  }
}

/** The temporary sibling writeTemp uses for `file` (unique per process; emit holds the folder lock). */
export function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/** Permission bits, and (when the caller may set it) the owner a replaced file keeps. */
export interface Owner {
  mode: number;
  uid?: number;
  gid?: number;
}

/**
 * The mode of a file obscompile writes: 0644, or 0755 for an executable, for a new file; for one it replaces, the
 * read and write bits it has (its owner may have narrowed them), with an execute bit wherever a read bit is when the
 * artifact is executable, and none when it is not.
 */
export function keptMode(current: number | undefined, executable: boolean): number {
  if (current === undefined) return executable ? 0o755 : 0o644;
  const rw = current & 0o666;
  return executable ? rw | ((rw & 0o444) >> 2) : rw;
}

/** A temporary sibling of `file`, written fully (and flushed, or left to the next barrier: ./durability.ts); rename it over `file` to commit. */
export async function writeTemp(file: string, content: string, executable: boolean, owner?: Owner, durability: Durability = fileByFile): Promise<string> {
  const temp = tempPathFor(file);
  const mode = owner?.mode ?? (executable ? 0o755 : 0o644);
  // A failure is a failure to write `file` (the temp file is ours, not the user's), and leaves no temp file behind.
  const failed = (error: NodeJS.ErrnoException) => Object.assign(error, { path: error.path === undefined || error.path === temp ? file : error.path });
  const fd = await openFresh(temp, mode).catch((error: NodeJS.ErrnoException) => Promise.reject(failed(error)));
  try {
    await writeFile(fd, content);
    await durability.written(fd, temp);
    // Owner first: changing it clears set-id bits, which the mode then restores.
    if (owner?.uid !== undefined && owner.gid !== undefined) await fchown(fd, owner.uid, owner.gid);
    await fchmod(fd, mode);
  } catch (error) {
    await close(fd).catch(() => undefined);
    await discard([temp]);
    throw failed(error as NodeJS.ErrnoException);
  }
  await close(fd);
  return temp;
}

/**
 * Creates `temp` exclusively. A regular file already there is a leftover of a killed build whose pid this process
 * now has (pids repeat, in containers especially): the caller holds the folder lock, so it is removed and replaced.
 */
async function openFresh(temp: string, mode: number) {
  try {
    return await open(temp, 'wx', mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !(await lstat(temp)).isFile()) throw error;
    await removeFile(temp);
    return open(temp, 'wx', mode);
  }
}

/** Removes temp files that killed builds left in `dir` (`.<name>.<pid>.tmp` for the given names); call with the lock held. */
export async function sweepTemps(dir: string, names: readonly string[]): Promise<void> {
  await Promise.all((await leftoverTemps(dir, names)).map(async (f) => ((await lstat(join(dir, f))).isFile() ? removeFile(join(dir, f)) : undefined)));
}

/**
 * Keeps the file at `file` under the first free name of `<file>.bak`, `<file>.bak.2`, ... (up to .bak.99) before a
 * forced build replaces it, and returns that name: a hard link to it (the rename that replaces the file leaves the
 * link with what was there), a copy where the file system refuses links. With `dryRun`, only the name.
 */
export async function keepAside(file: string, dryRun = false): Promise<string> {
  for (let n = 1; n < 100; n++) {
    const aside = n === 1 ? `${file}.bak` : `${file}.bak.${n}`;
    if (dryRun) {
      if (!(await lstatIfAny(aside))) return aside;
      continue;
    }
    try {
      await link(file, aside);
      return aside;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EMLINK' && code !== 'ENOSYS') throw error;
    }
    try {
      await copyNew(file, aside);
      return aside;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw Object.assign(new Error(`${basename(file)}.bak to .bak.99 all exist; remove some of them`), { code: 'EEXIST', path: file });
}

/** Names in `dir` of temp files for the given names (`.<name>.<pid>.tmp`): what killed builds leave behind. */
export async function leftoverTemps(dir: string, names: readonly string[]): Promise<string[]> {
  const temps = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.startsWith('.') && f.endsWith('.tmp'));
  return temps.filter((f) => names.some((n) => f.startsWith(`.${n}.`) && /^\.\d+\.tmp$/.test(f.slice(n.length + 1))));
}

/** Commits a temp file written by writeTemp. */
export async function commitTemp(temp: string, file: string): Promise<void> {
  await rename(temp, file);
}

/** Replaces `file` with `content` atomically (temp file + rename) with the given mode and owner; no temp file survives a failure. */
export async function writeAtomic(file: string, content: string, owner: Owner = { mode: 0o644 }, durability: Durability = fileByFile): Promise<void> {
  const temp = await writeTemp(file, content, false, owner, durability);
  try {
    await commitTemp(temp, file);
  } catch (error) {
    await discard([temp]);
    throw error;
  }
}

/** Removes temp files after a failure; never throws. */
export async function discard(temps: readonly string[]): Promise<void> {
  await Promise.all(temps.map((t) => removeFile(t).catch(() => undefined)));
}

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
  await writeFile(mine, `${process.pid} ${(await processStart(process.pid)) ?? ''}\n`);
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
      // A dead build's lock: moved aside under a name of this process's own, so that only the lock read above goes.
      // A lock another build took in between is put back, and is theirs.
      const aside = `${lock}.stale.${process.pid}`;
      if (!(await rename(lock, aside).then(() => true, () => false))) continue;
      const moved = await readFile(aside, 'utf8').catch(() => undefined);
      if (moved !== undefined && moved !== found.text) {
        await link(aside, lock).catch(() => undefined);
        await removeFile(aside);
        return { heldBy: Number(moved.trim().split(/\s+/)[0]) || 0 };
      }
      await removeFile(aside);
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
  if (!found || found.live || !found.holder) return;
  // Only the lock read above: one another build took since is its own, and stays.
  const lock = join(dir, LOCK_FILE);
  if ((await readFile(lock, 'utf8').catch(() => undefined)) === found.text) await removeFile(lock).catch(() => undefined);
}

/** The lock of `dir` as read, and whether the build that took it still runs; undefined when there is none. */
async function lockOf(dir: string): Promise<{ text: string; holder: number; live: boolean } | undefined> {
  const lock = join(dir, LOCK_FILE);
  // No folder (or a file where it should be) holds no lock: what is wrong with the folder is said where it is used.
  if (!(await lstatIfAny(lock).catch(() => undefined))) return undefined;
  const text = await readFile(lock, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const [pid, started] = text.trim().split(/\s+/);
  const holder = Number(pid);
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

/** A process's start time (field 22 of /proc/PID/stat, in clock ticks since boot), where /proc exists. */
async function processStart(pid: number): Promise<string | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
