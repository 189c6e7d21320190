/**
 * The commit journal of an output folder. Every new file is written to a temp file first; the journal then records
 * which temps replace which files, and only then are they renamed. A build killed part-way leaves the journal, and
 * the next build (or `check`) finishes the set instead of mistaking the new files for hand edits.
 */
import { chmod, lstat, lstatIfAny, readFile, removeFile, rename } from '../fs.js';
import { basename, join } from 'node:path';
import { fileByFile, type Durability } from './durability.js';
import { writeAtomic } from './fs-safe.js';
import { MANIFEST_FILE, manifestText, parseManifest, readManifest, sha256, type Manifest } from './manifest.js';

export const JOURNAL_FILE = '.obscompile-journal.json';

export interface Journal {
  /** The manifest text this build ends with, written last (from here: it has no temp file of its own). */
  manifest: string;
  /**
   * In order: rename `temp` over `file` (when the temp still exists), then set `mode` when given. `before`: the
   * SHA-256 of `file` when the build planned the step (null: there was none); a build finishing an earlier one's
   * journal renames only over a file still so (journals of earlier releases have none, and are replayed as written).
   */
  steps: { file: string; temp?: string; mode?: number; before?: string | null }[];
  /** Files this build removes, each only while it still has the hash obscompile recorded. */
  remove: { file: string; sha256: string }[];
}

/** A plain file name in the output folder: a journal never names anything elsewhere, even when edited by hand. */
const plain = (name: unknown): name is string => typeof name === 'string' && name !== '' && name === basename(name) && name !== '.' && name !== '..';

/** The pending journal of `outDir`, or undefined; a journal that is not ours in shape is ignored. */
export async function readJournal(outDir: string): Promise<Journal | undefined> {
  // Most folders have none: looked up first, so that its absence is not an error thrown and caught.
  if (!(await lstatIfAny(join(outDir, JOURNAL_FILE)))) return undefined;
  try {
    const j = JSON.parse(await readFile(join(outDir, JOURNAL_FILE), 'utf8')) as Journal;
    const ok = typeof j.manifest === 'string' && parseManifest(j.manifest) !== undefined && j.steps.every((s) => plain(s.file) && (s.temp === undefined || plain(s.temp)) && (s.before === undefined || s.before === null || typeof s.before === 'string')) && j.remove.every((r) => plain(r.file));
    return ok ? j : undefined;
  } catch {
    return undefined;
  }
}

/** The manifest a pending journal ends with, to recognise files an interrupted build already renamed. */
export function journalManifest(journal: Journal | undefined): Manifest | undefined {
  return journal ? parseManifest(journal.manifest) : undefined;
}

/** Records the journal; apply it (replay) once it is on disk. */
export async function writeJournal(outDir: string, journal: Journal, durability: Durability): Promise<void> {
  await writeAtomic(join(outDir, JOURNAL_FILE), `${JSON.stringify(journal)}\n`, undefined, durability);
}

/**
 * Applies a journal; safe to run again after a crash at any point, since every step checks what is still to do.
 * A step renames only over the file it planned to replace: one edited while the build ran (or, for `earlier`, the
 * journal of a build that was stopped and found by the next one, at any time since) is left as it is, and so are
 * files whose temp files were cleaned away. The manifest written lists the new text only of files that got it; the
 * others keep their last entry (a build then sees them as stale, or as edited by hand, as they are). Resolves to the
 * files left as they were (`kept`) and to what this replay did (`done`: the files it renamed into place or removed).
 */
export async function replay(outDir: string, journal: Journal, durability: Durability = fileByFile(), earlier = false): Promise<{ kept: string[]; done: { written: string[]; removed: string[] } }> {
  // Whether a failure comes after a file was replaced or removed (the error says so, for the hint).
  let replacedAny = false;
  try {
    const kept = new Set<string>();
    const done = { written: [] as string[], removed: [] as string[] };
    const next = journalManifest(journal);
    for (const step of journal.steps) {
      const file = join(outDir, step.file);
      if (step.temp && (await isFile(join(outDir, step.temp)))) {
        if (await holds(file, step.before)) {
          await rename(join(outDir, step.temp), file);
          durability.named(file);
          if (step.file !== MANIFEST_FILE) done.written.push(step.file);
          replacedAny = true;
        } else {
          await removeFile(join(outDir, step.temp));
          kept.add(step.file);
          continue;
        }
      } else if (step.temp && earlier && !(await holds(file, next?.artifacts[step.file]?.sha256))) {
        // Its temp file is gone and the file does not have the new text: the rename never happened.
        kept.add(step.file);
        continue;
      }
      if (step.mode !== undefined && (await isFile(file))) await chmod(file, step.mode);
    }
    for (const r of journal.remove) {
      const file = join(outDir, r.file);
      if ((await isFile(file)) && sha256(await readFile(file)) === r.sha256) {
        await removeFile(file);
        durability.named(file);
        done.removed.push(r.file);
        replacedAny = true;
      }
    }
    // The manifest last, from the journal's own copy of it (no temp file of its own to leave behind).
    const manifest = join(outDir, MANIFEST_FILE);
    const text = kept.size && next ? manifestText(withEntries(next, await readManifest(outDir), kept)) : journal.manifest;
    if (!(await isFile(manifest)) || (await readFile(manifest, 'utf8')) !== text) await writeAtomic(manifest, text, undefined, durability);
    await removeFile(join(outDir, JOURNAL_FILE));
    durability.named(join(outDir, JOURNAL_FILE));
    return { kept: [...kept], done };
  } catch (error) {
    throw Object.assign(error as object, { replacedAny });
  }
}

/** Whether `file` is as a step found it: `before` undefined (a journal without it) holds whatever is there. */
async function holds(file: string, before: string | null | undefined): Promise<boolean> {
  if (before === undefined) return true;
  const info = await lstatIfAny(file);
  if (!info?.isFile()) return before === null && !info;
  return before !== null && sha256(await readFile(file)) === before;
}

/** `next` with the entries of `names` as `last` has them (or none, where it has none). */
function withEntries(next: Manifest, last: Manifest | undefined, names: ReadonlySet<string>): Manifest {
  const artifacts = { ...next.artifacts };
  for (const name of names) {
    const entry = last?.artifacts && Object.hasOwn(last.artifacts, name) ? last.artifacts[name] : undefined;
    if (entry) artifacts[name] = entry;
    else delete artifacts[name];
  }
  return { ...next, artifacts };
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isFile();
  } catch {
    return false;
  }
}
