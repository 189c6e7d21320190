import type { Provenance } from '../model/model.js';
/**
 * The generated-file notice every artifact carries (no timestamp, no tool version: rebuilding never drifts): the
 * files it comes from and the command that writes it again, `build --fleet` for a fleet's bundles. No host name: the
 * hosts of a fleet share their texts (./same-input.ts), and the folder names the host.
 */
export declare function headerText({ sourceName, fleetFile }: Provenance): string;
/** Only the provenance of a model, for renderers whose texts are kept by their input (./same-input.ts). */
export declare const provenanceOf: ({ sourceName, fleetFile }: Provenance) => Provenance;
/**
 * Text safe inside an HTML comment, on one line: nothing that ends one (`-->`, `--!>`) or opens one (`<!--`), which
 * HTML forbids in a comment's text (HTML Living Standard, 13.1.6 Comments); a command's `--flag` is left as it is.
 */
export declare function htmlCommentText(text: string): string;
/** Control characters out of text that must stay on one line (comments, table cells). */
export declare function oneLine(text: string): string;
/** A word as a command line the user copies shows it: as it is when it needs no quoting (a path, a name), else quoted. */
export declare function shownWord(value: string): string;
/** POSIX shell quoting: the result is one inert word whatever the input. */
export declare function shellQuote(value: unknown): string;
/** One shell word from literal text (quoted) and script variables (double-quoted expansions), concatenated. */
export declare function shellWord(parts: readonly (string | {
    variable: string;
})[]): string;
/** Inert Markdown text for a table cell or a paragraph: one line, no HTML, no pipes, no block marker at the start. */
export declare function markdownCell(value: unknown): string;
/** An inert inline code span (`name`) for a table cell. */
export declare function markdownCode(value: unknown): string;
/**
 * Code, such as a PromQL expression, in a table cell: a code span shows `<`, `>` and `&` as they are, so only what
 * would end the span or the cell is changed (a `|` is escaped, a backtick lengthens the fence, lines are joined).
 */
export declare function codeCell(value: string): string;
/** `$` doubled: the literal dollar for both Compose interpolation and Prometheus's expand-external-labels. */
export declare function dollarLiteral(value: string): string;
/** Record entries sorted by key: the one ordering helper for user-supplied maps. */
export declare function sortedEntries<T>(record: Readonly<Record<string, T>>): [string, T][];
/** LF line endings and exactly one trailing newline. */
export declare function finish(text: string): string;
export { blockYaml } from './yaml.js';
