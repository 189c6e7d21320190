/** File-system primitives for emit: reads that never follow symlinks out, atomic writes (the lock: ./lock.ts). */
import { close, copyNew, fchmod, fchown, link, lstat, lstatIfAny, mkdir, open, readFile, readdir, readlink, removeEmptyFolder, removeFile, rename, stat, writeFile } from '../fs.js';
import { basename, dirname, join, resolve } from 'node:path';
import { fileByFile, type Durability } from './durability.js';

export type Existing =
  | { kind: 'missing' }
  | { kind: 'file'; content: Buffer; executable: boolean; mode: number; /** Its names (hard links), this one included. */ links: number }
  | { kind: 'other'; what: string };

/** What is at `file` now, without following a symlink. */
export async function inspect(file: string): Promise<Existing> {
  try {
    const info = await lstatIfAny(file);
    if (!info) return { kind: 'missing' };
    if (info.isSymbolicLink()) return { kind: 'other', what: 'a symbolic link' };
    if (!info.isFile()) return { kind: 'other', what: info.isDirectory() ? 'a folder' : 'not a regular file' };
    return { kind: 'file', content: await readFile(file), executable: (info.mode & 0o111) !== 0, mode: info.mode & 0o7777, links: info.nlink };
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
export async function makeDirs(dir: string): Promise<string[]> {
  // ENOTDIR: an ancestor is a file; the walk up reaches it and names it.
  const missing = await missingFolders(dir, 'mkdir', (error) => error.code === 'ENOENT' || error.code === 'ENOTDIR');
  const made: string[] = [];
  for (const d of missing) if (await mkdir(d).then(() => true, (error: NodeJS.ErrnoException) => (error.code === 'EEXIST' ? false : Promise.reject(error)))) made.push(d);
  return made;
}

/** Removes the folders `made` (as makeDirs returned them) that are still empty, deepest first: a build that stopped. */
export async function unmakeDirs(made: readonly string[]): Promise<void> {
  for (const d of [...made].reverse()) if (!(await removeEmptyFolder(d))) return;
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

/**
 * The temporary sibling writeTemp uses for `file` (unique per process; emit holds the folder lock). Named as no one
 * else names a file (`.prometheus.yml.<pid>.obscompile.tmp`), since a build removes the ones killed builds left: a
 * user's own `.prometheus.yml.2024.tmp` is not one of them.
 */
export function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.obscompile.tmp`);
}

/** What a temp file's name (tempPathFor's, in its folder) says: the file it becomes and the pid that wrote it. */
export function tempOf(name: string): { file: string; pid: number } | undefined {
  const m = /^\.(.+)\.(\d+)\.obscompile\.tmp$/.exec(name);
  return m ? { file: m[1]!, pid: Number(m[2]) } : undefined;
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
export async function writeTemp(file: string, content: string, executable: boolean, owner?: Owner, durability: Durability = fileByFile()): Promise<string> {
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

/** Removes temp files that killed builds left in `dir` (`.<name>.<pid>.obscompile.tmp` for the given names); call with the lock held. */
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
      if (!NO_LINKS.has(code ?? '')) throw error;
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

/** Names in `dir` of temp files for the given names (`.<name>.<pid>.obscompile.tmp`): what killed builds leave behind. */
export async function leftoverTemps(dir: string, names: readonly string[]): Promise<string[]> {
  return (await readdir(dir).catch(() => [] as string[])).filter((f) => names.includes(tempOf(f)?.file ?? ''));
}

/** Commits a temp file written by writeTemp. */
export async function commitTemp(temp: string, file: string): Promise<void> {
  await rename(temp, file);
}

/** Replaces `file` with `content` atomically (temp file + rename) with the given mode and owner; no temp file survives a failure. */
export async function writeAtomic(file: string, content: string, owner: Owner = { mode: 0o644 }, durability: Durability = fileByFile()): Promise<void> {
  const temp = await writeTemp(file, content, false, owner, durability);
  try {
    await commitTemp(temp, file);
  } catch (error) {
    await discard([temp]);
    throw error;
  }
}

/**
 * A new file, whole or not at all, never over one that is there: its text written and flushed as a temp file, then
 * linked to its name (which fails with EEXIST when the name is taken). A failure leaves nothing.
 */
export async function createWhole(file: string, content: string): Promise<void> {
  const temp = await writeTemp(file, content, false);
  try {
    await link(temp, file);
  } catch (error) {
    // A file system without hard links (vfat, some network and FUSE mounts): copied, still never over a file.
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await copyNew(temp, file).catch(async (copy: NodeJS.ErrnoException) => {
      // A copy cut short (a full disk) is this call's own file: it goes.
      if (copy.code !== 'EEXIST') await removeFile(file).catch(() => undefined);
      throw copy;
    });
  } finally {
    await discard([temp]);
  }
}

/** What link() fails with where the file system has no hard links (or no more of them for a file). */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** Removes temp files after a failure; never throws. */
export async function discard(temps: readonly string[]): Promise<void> {
  await Promise.all(temps.map((t) => removeFile(t).catch(() => undefined)));
}
