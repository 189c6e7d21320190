/** Printing diagnostics and choosing the exit code, shared by every command. */
import { formatDiagnostics, type DiagnosticFormat } from '../../diagnostics/format.js';
import { EXIT, type Io } from '../io.js';
import type { DiagnosticCode } from '../../diagnostics/codes.js';
import type { Analysis } from '../../analyze.js';
import type { Diagnostic } from '../../types.js';
import type { EmitResult, Replaced } from '../../emit/emit.js';
import { dirname, isAbsolute, join } from 'node:path';
import { shownWord } from '../../render/text.js';

/** Codes that mean the environment failed (files, permissions, locks), not the config: exit 2. */
const IO_CODES: readonly DiagnosticCode[] = ['OBS_CONFIG_NOT_FOUND', 'OBS_IO', 'OBS_LOCKED', 'OBS_OUTPUT_UNSAFE', 'OBS_USAGE'];

/** 0 without errors; 2 when any error is an I/O error; 1 otherwise. */
export function exitFor(diagnostics: readonly Diagnostic[]): number {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return EXIT.ok;
  return errors.some((d) => IO_CODES.includes(d.code)) ? EXIT.usage : EXIT.invalid;
}

/** At most this many diagnostics are printed as text or annotations; JSON always carries all of them. */
export const MAX_PRINTED = 100;

/** Prints diagnostics to stderr (text, github) or stdout (json), with code frames from the analysed source. */
export function report(io: Io, diagnostics: readonly Diagnostic[], format: string, analysis?: Analysis, texts?: ReadonlyMap<string, string>): void {
  if (io.diagnostics) {
    io.diagnostics(diagnostics);
    return;
  }
  if (format === 'json') {
    io.out(formatDiagnostics(diagnostics, 'json'));
    return;
  }
  if (diagnostics.length === 0) return;
  const sources = new Map<string, string>(texts ?? []);
  if (analysis?.source) sources.set(analysis.source.path, analysis.source.text);
  io.err(formatDiagnostics(diagnostics.slice(0, MAX_PRINTED).map((d) => asInvoked(io, d)), format as DiagnosticFormat, sources));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const hidden = diagnostics.length - MAX_PRINTED;
  if (hidden > 0) io.err(`${format === 'text' ? '\n' : ''}… ${plural(hidden, 'more diagnostic')} not shown (the first ${MAX_PRINTED} are above); \`--format json\` lists them all`);
  if (format === 'text') io.err(`\n${plural(errors, 'error')}, ${plural(warnings, 'warning')}`);
}

/** A diagnostic whose suggested commands (`obscompile build`) name obscompile as the user runs it. */
export function asInvoked(io: Io, d: Diagnostic): Diagnostic {
  if (!io.invokedAs) return d;
  const named = (text: string) => text.split('`obscompile ').join(`\`${io.invokedAs} `);
  return { ...d, message: named(d.message), ...(d.hint ? { hint: named(d.hint) } : {}) };
}

/** A command line to suggest: `obscompile build`, or `npx obscompile build` when the user runs it through npx. */
export const suggested = (io: Io, command: string): string => `${io.invokedAs ?? 'obscompile'} ${command}`;

export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

export interface CommonOptions {
  config?: string;
  out?: string;
  format: string;
  /** `--max-config-bytes`. */
  maxConfigBytes?: number;
  /** `--fleet`: a fleet file instead of one config. */
  fleet?: string;
  /** A run of `--watch`, which goes on when this one fails: a build says what changed (a fleet, only the bundles that did), not how to open the dev container. */
  watching?: boolean;
}

/**
 * Diagnostics of a run under --watch: a config gone (a branch switch, an editor's save by rename) is waited for, so
 * its hint says so instead of sending the user to `init`; a hand edit's --force is for a build after the watch.
 */
export function asWatched(diagnostics: readonly Diagnostic[], watching: boolean | undefined): readonly Diagnostic[] {
  if (!watching) return diagnostics;
  return diagnostics.map((d) => {
    if (d.code === 'OBS_CONFIG_NOT_FOUND') return { ...d, hint: 'the watch runs again once it is back; Ctrl-C stops it' };
    // A running watch takes no --force: it is a build of its own, after the watch.
    if (d.code === 'OBS_HAND_EDITED' && d.hint) return { ...d, hint: d.hint.replace('--force replaces it', 'stop the watch and run `obscompile build --force`, which replaces it') };
    return d;
  });
}

/**
 * What to do before the stack starts (`start`: the dev container's `devcontainer up`, the central store's `docker
 * compose up -d`) when a file Compose mounts as a secret (`what`: which, and where) is not there yet.
 */
export const secretLine = (what: string, file: string, start = 'devcontainer up'): string => {
  const ignore = ignoreLine(file);
  return `${missingSecret(what, start)}${ignore ? ` (\`${ignore}\`)` : ''}`;
};

/** The line of secretLine without a command. */
const missingSecret = (what: string, start: string) => `${what} is not there yet: make it before \`${start}\` (Compose mounts it as a secret, and will not start without it), and keep it out of git`;

/**
 * The same for Grafana's admin password file, with a way to make one: a random password only its owner reads, in a
 * folder made first when the file has one (a new project has no secrets/ yet), then kept out of git.
 */
export const grafanaSecretLine = (file: string): string => {
  const folder = dirname(file);
  const make = folder === '.' ? '' : `mkdir -p ${shownWord(folder)} && `;
  const ignore = ignoreLine(file);
  return `${missingSecret(`Grafana's admin password file ${file}`, 'devcontainer up')}; for example \`(umask 077 && ${make}head -c 24 /dev/urandom | base64 > ${shownWord(file)})${ignore ? ` && ${ignore}` : ''}\``;
};

/**
 * The command that keeps `file` (as shown: relative to the working folder) out of git: a line naming that file alone
 * (never its folder, which may hold what belongs in git) in the .gitignore of the working folder, whose patterns
 * starting with `/` are relative to it. None for a file outside the working folder, which that .gitignore cannot name.
 */
function ignoreLine(file: string): string | undefined {
  if (isAbsolute(file) || file === '..' || file.startsWith('../')) return undefined;
  return `echo ${shownWord(`/${file}`)} >> .gitignore`;
}

/** What a build did in one output folder. */
export type Outcome = Pick<EmitResult, 'written' | 'unchanged' | 'removed' | 'left' | 'replaced' | 'finished'>;

/**
 * The lines a build prints for one output folder: the files it wrote and removed, by name, then each file --force
 * replaced and each it left in place. Under --watch a folder where nothing changed is one short line.
 */
export function outcomeLines(shownDir: string, r: Outcome, { dryRun = false, watching = false } = {}): string[] {
  if (watching && !r.written.length && !r.removed.length && !r.left.length) return [`${shownDir}: no file changed`];
  const names = (files: readonly string[]) => (files.length ? ` (${files.join(', ')})` : '');
  const removed = r.removed.length ? `, ${dryRun ? 'would remove' : 'removed'} ${r.removed.length}${names(r.removed)}` : '';
  const left = r.left.map((f) => `${dryRun ? 'would leave' : 'left'} ${join(shownDir, f)} in place: obscompile no longer writes it, and it was edited by hand; remove it when it is no longer needed`);
  // A build stopped part-way (killed, a power cut) left a journal: this one finished it first, and says what that did.
  const finished = r.finished ? [`${shownDir}: first finished the build that was stopped part-way: wrote ${plural(r.finished.written.length, 'file')}${names(r.finished.written)}${r.finished.removed.length ? `, removed ${r.finished.removed.length}${names(r.finished.removed)}` : ''}`] : [];
  return [...finished, `${shownDir}: ${dryRun ? 'would write' : 'wrote'} ${plural(r.written.length, 'file')}${names(r.written)}, ${r.unchanged.length} unchanged${removed}`, ...replacedLines(shownDir, r.replaced, dryRun), ...left];
}

/** One line for each file --force replaces, naming where the file as it was is kept. */
function replacedLines(shownDir: string, replaced: readonly Replaced[], dryRun = false): string[] {
  return replaced.map((r) => {
    const why = r.why === 'foreign' ? 'not written by obscompile' : 'edited by hand';
    // The copy is the user's, and nothing keeps it out of git: say that it is theirs to remove.
    return `${dryRun ? 'would replace' : 'replaced'} ${join(shownDir, r.path)} (${why}); the file as it was ${dryRun ? 'would be' : 'is'} kept as ${join(shownDir, r.keptAs)}${dryRun ? '' : ' (not ignored by git: delete it once you have taken what you need from it)'}`;
  });
}
