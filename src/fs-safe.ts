/** File-system primitives for emit: reads that never follow symlinks out, atomic writes, a lock per output folder. */
import { lstat, open, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type Existing =
  | { kind: 'missing' }
  | { kind: 'file'; content: Buffer; executable: boolean }
  | { kind: 'other'; what: string };

/** What is at `file` now, without following a symlink. */
export async function inspect(file: string): Promise<Existing> {
  try {
    const info = await lstat(file);
    if (info.isSymbolicLink()) return { kind: 'other', what: 'a symbolic link' };
    if (!info.isFile()) return { kind: 'other', what: info.isDirectory() ? 'a folder' : 'not a regular file' };
    return { kind: 'file', content: await readFile(file), executable: (info.mode & 0o111) !== 0 };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
}

/** True when `child` (after resolving) stays inside `dir`. */
export function isInside(dir: string, child: string): boolean {
  const rel = path.relative(dir, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The temporary sibling writeTemp uses for `file` (unique per process; emit holds the folder lock). */
export function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}

/** A temporary sibling of `file`, written fully and flushed; rename it over `file` to commit. */
export async function writeTemp(file: string, content: string, executable: boolean): Promise<string> {
  const temp = tempPathFor(file);
  const handle = await open(temp, 'wx', executable ? 0o755 : 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
    await handle.chmod(executable ? 0o755 : 0o644);
  } finally {
    await handle.close();
  }
  return temp;
}

/** Commits a temp file written by writeTemp. */
export async function commitTemp(temp: string, file: string): Promise<void> {
  await rename(temp, file);
}

/** Replaces `file` with `content` atomically (temp file + rename). */
export async function writeAtomic(file: string, content: string): Promise<void> {
  await commitTemp(await writeTemp(file, content, false), file);
}

/** Removes temp files after a failure; never throws. */
export async function discard(temps: readonly string[]): Promise<void> {
  await Promise.all(temps.map((t) => rm(t, { force: true }).catch(() => undefined)));
}

export const LOCK_FILE = '.obscompile.lock';

/** Takes the output folder's lock, or says who holds it. A lock whose process is gone is taken over. */
export async function acquireLock(dir: string): Promise<{ release: () => Promise<void> } | { heldBy: number }> {
  const lock = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lock, `${process.pid}\n`, { flag: 'wx' });
      return { release: () => rm(lock, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
      if (holder && alive(holder)) return { heldBy: holder };
      await rm(lock, { force: true });
    }
  }
  return { heldBy: 0 };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
