import { type Io } from '../io.js';
import type { Analysis } from '../../analyze.js';
import type { Diagnostic } from '../../types.js';
import type { EmitResult } from '../../emit/emit.js';
/** 0 without errors; 2 when any error is an I/O error; 1 otherwise. */
export declare function exitFor(diagnostics: readonly Diagnostic[]): number;
/** At most this many diagnostics are printed as text or annotations; JSON always carries all of them. */
export declare const MAX_PRINTED = 100;
/** Prints diagnostics to stderr (text, github) or stdout (json), with code frames from the analysed source. */
export declare function report(io: Io, diagnostics: readonly Diagnostic[], format: string, analysis?: Analysis, texts?: ReadonlyMap<string, string>): void;
/** A diagnostic whose suggested commands (`obscompile build`) name obscompile as the user runs it. */
export declare function asInvoked(io: Io, d: Diagnostic): Diagnostic;
/** A command line to suggest: `obscompile build`, or `npx obscompile build` when the user runs it through npx. */
export declare const suggested: (io: Io, command: string) => string;
export declare function plural(n: number, word: string, words?: string): string;
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
export declare function asWatched(diagnostics: readonly Diagnostic[], watching: boolean | undefined): readonly Diagnostic[];
/**
 * What to do before the stack starts (`start`: the dev container's `devcontainer up`, the central store's `docker
 * compose up -d`) when a file Compose mounts as a secret (`what`: which, and where) is not there yet.
 */
export declare const secretLine: (what: string, file: string, start?: string) => string;
/**
 * The same for Grafana's admin password file, with a way to make one: a random password only its owner reads, in a
 * folder made first when the file has one (a new project has no secrets/ yet), then kept out of git.
 */
export declare const grafanaSecretLine: (file: string) => string;
/** What a build did in one output folder. */
export type Outcome = Pick<EmitResult, 'written' | 'unchanged' | 'removed' | 'left' | 'replaced' | 'finished'>;
/**
 * The lines a build prints for one output folder: the files it wrote and removed, by name, then each file --force
 * replaced and each it left in place. Under --watch a folder where nothing changed is one short line.
 */
export declare function outcomeLines(shownDir: string, r: Outcome, { dryRun, watching }?: {
    dryRun?: boolean | undefined;
    watching?: boolean | undefined;
}): string[];
