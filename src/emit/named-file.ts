/**
 * Files the user names on the command line (`schema --out`, `docs --inject`, `init`): what is there decides how it is
 * written, so that obscompile never replaces a device or a link with a file of its own, and never writes through a
 * link into a file it was not asked to change.
 */
import { close, lstatIfAny, open, readFile, readdir, realpath, removeFile, stat, writeFile } from '../fs.js';
import { basename, dirname, join } from 'node:path';
import { makeDirs, tempOf, writeAtomic, type Owner } from './fs-safe.js';
import { alive } from './lock.js';

export type NamedTarget =
  /** Nothing there: the file is created atomically. */
  | { kind: 'new'; path: string }
  /** A regular file (for `docs --inject`, also one a link points at): replaced atomically, keeping its mode and owner. */
  | { kind: 'file'; path: string; owner: Owner; bytes: () => Promise<Buffer> }
  /** A device, pipe or socket (`/dev/null`, `/dev/stdout`): written through, never replaced. */
  | { kind: 'through'; path: string; what: string }
  /** Something obscompile will not write: a folder, a dangling link, or a link to a file where links are not followed. */
  | { kind: 'refused'; path: string; what: string };

/** How `file` would be written. `followLinks`: a link to a regular file means its target (docs keeps a linked README a link). */
export async function namedTarget(file: string, followLinks: boolean): Promise<NamedTarget> {
  const own = await lstatIfAny(file);
  if (!own) return { kind: 'new', path: file };
  const link = own.isSymbolicLink();
  const info = link ? await stat(file).catch(() => undefined) : own;
  if (!info) return { kind: 'refused', path: file, what: 'a symbolic link to nothing' };
  if (info.isDirectory()) return { kind: 'refused', path: file, what: link ? 'a symbolic link to a folder' : 'a folder' };
  if (!info.isFile()) return { kind: 'through', path: file, what: info.isCharacterDevice() ? 'a device' : info.isFIFO() ? 'a pipe' : 'not a regular file' };
  if (link && !followLinks) return { kind: 'refused', path: file, what: 'a symbolic link' };
  const path = link ? await realpath(file) : file;
  // Only root can give a file away: keeping the owner matters when root edits a user's file (`sudo obscompile docs`).
  const keepOwner = process.getuid?.() === 0 && (info.uid !== 0 || info.gid !== 0);
  const owner: Owner = keepOwner ? { mode: info.mode & 0o7777, uid: info.uid, gid: info.gid } : { mode: info.mode & 0o7777 };
  return { kind: 'file', path, owner, bytes: () => readFile(path) };
}

/** Writes `content` to a target namedTarget found writable (never call it with a refused one). */
export async function writeNamed(target: Exclude<NamedTarget, { kind: 'refused' }>, content: string): Promise<void> {
  if (target.kind === 'through') {
    const fd = await open(target.path, 'w');
    try {
      await writeFile(fd, content);
    } finally {
      await close(fd);
    }
    return;
  }
  // A new file in folders that do not exist yet (`schema --out .vscode/observability.schema.json`): made first.
  if (target.kind === 'new') await makeDirs(dirname(target.path));
  await dropDeadTemps(target.path);
  await writeAtomic(target.path, content, target.kind === 'file' ? target.owner : undefined);
}

/**
 * The temp files of `file` that killed runs left beside it (`.README.md.<pid>.obscompile.tmp`): removed when their process is
 * gone (one still running is writing its own).
 */
async function dropDeadTemps(file: string): Promise<void> {
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  for (const name of names) {
    const temp = tempOf(name);
    if (temp?.file !== basename(file) || temp.pid <= 0 || temp.pid === process.pid || alive(temp.pid)) continue;
    const path = join(dirname(file), name);
    if ((await lstatIfAny(path))?.isFile()) await removeFile(path).catch(() => undefined);
  }
}

