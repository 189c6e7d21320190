/** The diagnostics of a write that failed: the file named as the user knows it, and what the failure left. */
import { basename, dirname, join, relative } from 'node:path';
import { ERRNO_WORDS, danglingLink, fileDiagnostic } from '../diagnostics/make.js';
import { LOCK_FILE } from './lock.js';
import { tempOf } from './fs-safe.js';
import { JOURNAL_FILE } from './journal.js';
import type { EmitTarget } from './plan.js';
import type { Diagnostic } from '../types.js';

/** The lock of a folder whose build has ended but could not remove it: a warning, since its files are written. */
export function lockLeft(target: EmitTarget, error: unknown): Diagnostic {
  const lock = join(target.shownDir, LOCK_FILE);
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return fileDiagnostic(lock, { severity: 'warning', code: 'OBS_IO', message: `the build ended but could not remove its lock ${lock}${ERRNO_WORDS[code] ? `: it ${ERRNO_WORDS[code]}` : ''} (${code || (error as Error).message})`, hint: 'the next build takes the lock over (its process is gone); remove it by hand if you like' });
}

/** An I/O error of a build: `changed`, a journal stands (the next build finishes the set); `replaced`, files were. */
/** What the hint of a write that found a file where a folder should be (the output folder, or above it) says. */
const FILE_IN_THE_WAY = 'a file stands where a folder should be';

/** Whether `d` is ioDiagnostic's error for a file standing where the output folder (or a folder above it) should be. */
export const fileInTheWay = (d: Diagnostic): boolean => d.code === 'OBS_IO' && d.hint?.includes(FILE_IN_THE_WAY) === true;

export function ioDiagnostic(error: unknown, target: EmitTarget, changed = (error as { partial?: boolean }).partial === true, replaced?: boolean): Diagnostic {
  const e = error as NodeJS.ErrnoException & { dest?: string };
  // A failed rename names the temp file as `path` and the file it was to replace as `dest`: name the file.
  const file = standsFor(e.syscall === 'rename' && e.dest ? e.dest : e.path, target);
  // Named as the output folder is shown (from where the user stands): a file in it, the folder, or an ancestor.
  const where = file ? join(target.shownDir, relative(target.outDir, file)) : target.shownDir;
  const verb = (error as { reading?: boolean }).reading ? 'read' : 'write';
  const linkTo = (error as { linkTo?: string }).linkTo;
  if (linkTo !== undefined) return danglingLink(target.shownDir, where, verb, linkTo);
  const rebuild = target.rebuild ?? 'obscompile build';
  const fileInTheWay = e.code === 'ENOTDIR' || (e.code === 'EEXIST' && e.syscall === 'mkdir');
  return fileDiagnostic(where, {
    code: 'OBS_IO',
    message: ERRNO_WORDS[e.code ?? ''] ? `cannot ${verb} ${where}: it ${ERRNO_WORDS[e.code ?? '']} (${e.code})` : `cannot ${verb} ${where}: ${e.message}`.replace(/\s+/g, ' '),
    hint: changed
      ? `${replaced === false ? 'no file was replaced yet' : 'some files were already replaced'}; the next \`${rebuild}\` finishes the set from ${JOURNAL_FILE} once the cause is fixed (check permissions and free space)`
      : fileInTheWay
        ? `nothing was changed; ${FILE_IN_THE_WAY}: move it, or give the build another output folder (\`output.dir\`, --out)`
        : 'nothing was changed; check permissions and free space of the output folder',
  });
}

/**
 * The file a path of obscompile's own stands for, as an error names it: a temp file (`.name.<pid>.obscompile.tmp`) is the file it
 * would become, the lock's own file (`.obscompile.lock.<pid>`) the output folder, whose lock could not be made.
 */
function standsFor(file: string | undefined, target: EmitTarget): string | undefined {
  if (!file) return file;
  const name = basename(file);
  if (name.startsWith(`${LOCK_FILE}.`)) return target.outDir;
  const temp = tempOf(name);
  return temp ? join(dirname(file), temp.file) : file;
}
