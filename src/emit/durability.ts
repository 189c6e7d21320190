/**
 * When written files reach the disk. A build commits in steps that must survive a power cut in order: the new files
 * (as temp files), then the journal naming them, then the renames (src/emit/journal.ts), and a last barrier before
 * the build reports. Each step waits at a barrier until the one before is on disk: a file's text, and its name in its
 * folder (a name made, replaced or removed is a change to the folder, flushed with the folder).
 * - fileByFile: each file is flushed (fsync) as it is written, and a barrier flushes the folders named since the last
 *   one (a one-value edit: its output folder, a fifth of a millisecond here). A build of a few files: their flushes run
 *   side by side in libuv's pool (one alone, in place), cheaper than starting a process.
 * - batched: files are only written, and a barrier flushes everything since the last one at once: one syncfs of the
 *   file system they are on (coreutils `sync -f`, the only way to it from Node), whatever their number. A fleet's
 *   thousands of files cost three syncs, not one each. Where `sync -f` is missing or fails (not Linux), each file and
 *   folder written since the last barrier is flushed instead.
 */
import { dirname } from 'node:path';
import { fsyncSync } from 'node:fs';
import { close, fsync, lstatIfAny, open } from '../fs.js';

export interface Durability {
  /** A file just written, before its descriptor is closed. */
  written(fd: number, path: string): Promise<void>;
  /** A name made, replaced or removed: `path` itself (a file renamed into place or removed, a folder made). */
  named(path: string): void;
  /** Once this resolves, everything written, renamed or removed before it was called is on disk. */
  barrier(): Promise<void>;
}

/** Each file flushed as it is written; a barrier flushes the folders named since the last one. One per build. */
export function fileByFile(): Durability {
  let folders = new Set<string>();
  return {
    written: (fd, path) => (folders.add(dirname(path)), flushSoon(fd)),
    named: (path) => void folders.add(dirname(path)),
    barrier: async () => {
      const now = [...folders];
      folders = new Set();
      await Promise.all(now.map((f) => flushPath(f, true)));
    },
  };
}

/** Files written since the last turn of the event loop, waiting for their flush. */
let waiting: { fd: number; done: () => void; fail: (error: unknown) => void }[] | undefined;

/**
 * Flushes a file once the files written alongside it have been too (they reach here in the same turn of the event
 * loop). Several are flushed side by side in libuv's pool; one alone (a one-value edit's file, the journal, the
 * manifest: each waited for before the next is written) is flushed in place, which saves the round trip through the
 * pool, about half a millisecond each here.
 */
function flushSoon(fd: number): Promise<void> {
  return new Promise((done, fail) => {
    if (!waiting) {
      waiting = [];
      setImmediate(flushWaiting);
    }
    waiting.push({ fd, done, fail });
  });
}

function flushWaiting(): void {
  const files = waiting!;
  waiting = undefined;
  if (files.length > 1) {
    for (const f of files) fsync(f.fd).then(f.done, f.fail);
    return;
  }
  const [only] = files;
  try {
    fsyncSync(only!.fd);
    only!.done();
  } catch (error) {
    only!.fail(error);
  }
}

export function batched(): Durability {
  // Whether `sync -f` works here is learnt at the first barrier; without it, later files are flushed as written.
  let syncfs: boolean | undefined;
  let pending = new Set<string>();
  return {
    written: async (fd, path) => {
      pending.add(path);
      if (syncfs === false) await fsync(fd);
    },
    // Its folder is flushed with the others where there is no syncfs (the name itself may be gone by then).
    named: (path) => void pending.add(path),
    barrier: async () => {
      const files = [...pending];
      pending = new Set();
      if (files.length === 0) return;
      const folders = [...new Set(files.map((f) => dirname(f)))];
      if (syncfs !== false && (syncfs = await syncFileSystems(folders))) return;
      // The folders too: renames and removals are changes to them.
      for (const path of files) await flushPath(path, false);
      for (const path of folders) await flushPath(path, true);
    },
  };
}

/** syncfs of every file system the folders are on, one folder for each; false when it could not be done. */
async function syncFileSystems(folders: readonly string[]): Promise<boolean> {
  const byDevice = new Map<number, string>();
  for (const f of folders) {
    const info = await lstatIfAny(f);
    if (info && !byDevice.has(info.dev)) byDevice.set(info.dev, f);
  }
  if (byDevice.size === 0) return true;
  // Taken when used (the bundle keeps node:child_process out of every run that does not: scripts/bundle.mjs).
  const r = process.getBuiltinModule('node:child_process').spawnSync('sync', ['-f', ...byDevice.values()], { stdio: 'ignore' });
  return r.status === 0;
}

async function flushPath(path: string, folder: boolean): Promise<void> {
  let fd: number | undefined;
  try {
    fd = await open(path, 'r');
    await fsync(fd);
  } catch (error) {
    // A file gone since (a temp file renamed, a file removed): its folder's flush covers it. A folder that cannot be
    // opened for it (not on every system): nothing more can be done.
    if (!folder && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  } finally {
    if (fd !== undefined) await close(fd);
  }
}
