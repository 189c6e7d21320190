/** Building positioned diagnostics from offsets: lines and columns come from a line index of the text. */
import type { Diagnostic, DiagnosticInput, LineIndex } from './diagnostic.js';

export type { DiagnosticInput, LineIndex } from './diagnostic.js';

/** The line index of a text: its line starts, searched by bisection. */
export function countLines(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    linePos(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, col: offset - starts[lo]! + 1 };
    },
  };
}

/** A diagnostic at `range` of `file`, with line and column derived from `lines`. */
export function diagnosticAt(
  file: string,
  lines: LineIndex,
  range: readonly [number, number],
  input: DiagnosticInput,
): Diagnostic {
  const pos = lines.linePos(range[0]);
  const d: Diagnostic = {
    severity: input.severity ?? 'error',
    code: input.code,
    message: input.message,
    file,
    range: [range[0], range[1]],
    line: pos.line,
    column: pos.col,
  };
  if (input.hint) d.hint = input.hint;
  return d;
}

/** The place of a diagnostic about the command line itself, not about any file: shown without a line and column. */
export const COMMAND_LINE = '(command line)';

/** A usage error: what was asked on the command line cannot work. */
export function usageDiagnostic(message: string, hint: string): Diagnostic {
  return fileDiagnostic(COMMAND_LINE, { code: 'OBS_USAGE', message, hint });
}

/** True for a diagnostic without a position in a file: about the command line, a whole file or folder, or a place that is no file. */
export const placeless = (d: { file: string; line: number }) => d.file === COMMAND_LINE || d.line === 0;

/**
 * A diagnostic about a file or folder as a whole (missing, unreadable, in the way, locked), or about a place that is no
 * file (a running Prometheus, a job of it): named by `file`, with line 0, which every format shows without a position
 * (`out: error [OBS_IO] …`, not `out:1:1`: no line of it is at fault).
 */
export function fileDiagnostic(file: string, input: DiagnosticInput): Diagnostic {
  const d: Diagnostic = {
    severity: input.severity ?? 'error',
    code: input.code,
    message: input.message,
    file,
    range: [0, 0],
    line: 0,
    column: 0,
  };
  if (input.hint) d.hint = input.hint;
  return d;
}

/** What a failed file operation's errno says about the file, in words ("is a folder"). */
export const ERRNO_WORDS: Readonly<Record<string, string>> = { EISDIR: 'is a folder', ENOTDIR: 'has a file where a folder should be', EACCES: 'is not accessible', EPERM: 'is not permitted', ENOSPC: 'has no space left', EROFS: 'is on a read-only file system', ENOENT: 'does not exist', EEXIST: 'already exists', ELOOP: 'is a symbolic link that leads back to itself', EFBIG: 'would be larger than this process may write (a limit such as `ulimit -f`)', EDQUOT: 'is over its disk quota' };

/** `where` (shown at `file`) is a symbolic link to `linkTo`, which does not exist, where a folder should be. */
export function danglingLink(file: string, where: string, verb: string, linkTo: string): Diagnostic {
  return fileDiagnostic(file, { code: 'OBS_IO', message: `cannot ${verb} ${where}: it is a symbolic link to ${linkTo}, which does not exist`, hint: `make ${linkTo} (a folder), or remove the link; nothing was changed` });
}

/** An OBS_IO diagnostic for a failed file operation, on the file it names (relative to `cwd` when inside it). */
export function ioErrorDiagnostic(error: NodeJS.ErrnoException & { output?: string }, cwd: string): Diagnostic {
  // The command's own output (src/cli/io.ts lineWriter): what the command did before it is done, files included.
  if (error.output) {
    const what = ERRNO_WORDS[error.code ?? ''];
    return fileDiagnostic(COMMAND_LINE, { code: 'OBS_IO', message: `cannot write to ${error.output}${what ? `: it ${what}` : ''} (${error.code})`, hint: `what the command did is done (a build's files are written: \`obscompile check\` tells); only its report was cut short: send ${error.output} where there is room` });
  }
  // A failed rename names the temp file as `path` and the file the user asked for as `dest`.
  const target = (error as { dest?: string }).dest ?? error.path ?? '.';
  const shown = target.startsWith(`${cwd}/`) ? target.slice(cwd.length + 1) : target;
  const what = ERRNO_WORDS[error.code ?? ''];
  const verb = error.syscall === 'rename' ? 'replace' : (error.syscall ?? 'use');
  // A symbolic link to nothing where a folder should be (src/emit/fs-safe.ts says so with where it points).
  const linkTo = (error as { linkTo?: string }).linkTo;
  if (linkTo !== undefined) return danglingLink(shown, shown, verb, linkTo);
  return fileDiagnostic(shown, {
    code: 'OBS_IO',
    message: `cannot ${verb} ${shown}${what ? `: it ${what}` : ''} (${error.code})`,
    hint: 'nothing was changed; check the path, its permissions and free space',
  });
}
