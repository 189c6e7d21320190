/**
 * How `check` reports drift, for one config and for each bundle of a fleet alike: a diagnostic per drifted file (what
 * it is and the fix), annotations that carry the diff for GitHub, and the diff under each line as text.
 */
import { join } from 'node:path';
import type { Drift } from '../../emit/drift.js';
import { formatGithub } from '../../diagnostics/format.js';
import { fileDiagnostic } from '../../diagnostics/make.js';
import type { Diagnostic } from '../../types.js';
import type { Io } from '../io.js';
import { asInvoked, suggested } from './report.js';

/**
 * Why each drifted file fails the check, and the fix: what it is on disk, or for `check --staged` what is staged
 * (then the fix ends by staging the output folder again).
 */
const DRIFTED: Record<Drift['state'], { is: string; staged: string; fix?: string }> = {
  missing: { is: 'is missing', staged: 'is not staged', fix: 'run `obscompile build`' },
  stale: { is: 'is stale (the config changed since the last build)', staged: 'is staged as built from another config than the one staged', fix: 'run `obscompile build`' },
  'hand-edited': { is: 'was edited by hand', staged: 'is staged with a hand edit', fix: 'move the change into the config, or revert the file' },
  blocked: { is: 'is not a regular file obscompile can write', staged: 'is staged as something other than a regular file' },
  orphan: { is: 'is no longer produced by the config', staged: 'is staged but no longer produced by the config', fix: 'run `obscompile build`, which removes it' },
};

/** The reason and fix of a drifted file; `stagedDir` for `check --staged`: the output folder to stage again. */
function whyDrifted(state: Drift['state'], stagedDir?: string): string {
  const d = DRIFTED[state];
  const fix = d.fix && (stagedDir ? `${d.fix}, then \`git add ${stagedDir}\`` : d.fix);
  return `${stagedDir ? d.staged : d.is}${fix ? `: ${fix}` : ''}`;
}

/**
 * A diagnostic per drifted file of the folder shown as `shownDir`. `why` words it instead (a retired fleet bundle's
 * files); `staged`: for `check --staged`.
 */
export function driftDiagnostics(shownDir: string, drift: readonly Drift[], options: { staged?: boolean; why?: string } = {}): Diagnostic[] {
  return drift.map((d) => ({
    ...fileDiagnostic(join(shownDir, d.path), {
      code: d.state === 'hand-edited' ? 'OBS_HAND_EDITED' : 'OBS_DRIFT',
      message: `${join(shownDir, d.path)} ${options.why ?? whyDrifted(d.state, options.staged ? shownDir : undefined)}`,
    }),
    // At the first line that differs, so an annotation stands beside the change.
    line: d.line,
    column: 1,
    range: [d.offset, d.offset],
  }));
}

/** The drifted files as a JSON result lists them (schema/output.schema.json): path, state and diff, nothing more. */
export const driftFiles = (drift: readonly Drift[]) => drift.map((d) => ({ path: d.path, state: d.state, diff: d.diff }));

/** Lines of a diff an annotation carries: enough for an edited value or two; the rest is in the log (`check`'s text). */
export const ANNOTATION_DIFF_LINES = 40;

/**
 * GitHub annotations of the drifted files, each carrying the start of its diff, so a pull request shows how the file
 * drifted beside the line; a longer diff is cut, and says how much more there is.
 */
export function githubDrift(io: Io, diagnostics: readonly Diagnostic[], drift: readonly Drift[]): void {
  if (diagnostics.length) io.out(formatGithub(diagnostics.map((d, i) => (drift[i]!.state === 'missing' ? d : { ...d, message: `${d.message}\n${diffStart(drift[i]!.diff)}` }))));
}

/** The first ANNOTATION_DIFF_LINES lines of a diff, and a line that says how many more were left out. */
function diffStart(diff: string): string {
  const lines = diff.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (lines.length <= ANNOTATION_DIFF_LINES) return diff;
  const more = lines.length - ANNOTATION_DIFF_LINES;
  return `${lines.slice(0, ANNOTATION_DIFF_LINES).join('\n')}\n… ${more} more line${more === 1 ? '' : 's'} of diff: run \`obscompile check\` to see them all\n`;
}

/** Missing files told a line each up to this many; more (before a first build, every file) are told in one line. */
const MISSING_ONE_BY_ONE = 3;

/**
 * Each drifted file as text: its line (as the user invoked obscompile), then its diff; a missing file's diff would be
 * the whole file (before any build, some twelve thousand lines), so its line says it alone, and more than a few
 * missing files share one line that names the first of them. JSON and annotations keep a line and a diff for each.
 */
export function textDrift(io: Io, diagnostics: readonly Diagnostic[], drift: readonly Drift[], where: { shownDir: string; staged?: boolean; build?: string }): void {
  const missing = drift.filter((d) => d.state === 'missing').map((d) => d.path);
  const together = missing.length > MISSING_ONE_BY_ONE;
  for (const [i, d] of drift.entries()) {
    if (d.state !== 'missing') io.out(`${asInvoked(io, diagnostics[i]!).message}\n${d.diff}`);
    else if (!together) io.out(asInvoked(io, diagnostics[i]!).message);
  }
  if (!together) return;
  const named = `${missing.slice(0, MISSING_ONE_BY_ONE).join(', ')} and ${missing.length - MISSING_ONE_BY_ONE} more`;
  const fix = `run \`${suggested(io, where.build ?? 'build')}\`${where.staged ? `, then \`git add ${where.shownDir}\`` : ''}`;
  io.out(`${where.shownDir}: ${missing.length} files ${where.staged ? 'are not staged' : 'are missing'} (${named}): ${fix}`);
}

/** What `check` says while it waits for a build writing the folder (only to a terminal's reader: text format). */
export function waitingNote(io: Io, shownDir: string, format: string): ((pid: number) => void) | undefined {
  if (format !== 'text') return undefined;
  return (pid) => io.err(`${shownDir}: a build (pid ${pid}) is writing it; checking when it has finished`);
}
