import { type Diagnostic } from '../types.js';
export interface LintOptions {
    cwd: string;
    config?: string;
    /** A fleet file: the queries read the central store, what every host sends it. */
    fleet?: string;
    maxConfigBytes?: number;
    files: readonly string[];
    /** `component=release,…` for upgrade impact. */
    versions?: string;
}
export interface LintResult {
    diagnostics: Diagnostic[];
    /** The queries found in the files and checked (none when the files could not be read, or nothing was linted). */
    queries?: number;
    /** How many files were linted, and the files of named folders left out as no rule file or dashboard. */
    linted?: number;
    skipped?: string[];
    /** Every file's text, for code frames. */
    texts: Map<string, string>;
}
export declare function runLint(opts: LintOptions): Promise<LintResult>;
