/** Escaping and ordering shared by every renderer: shell quoting, Markdown cells, YAML, stable key order. */
/** The generated-file notice every artifact carries (no timestamp, no tool version: rebuilding never drifts). */
export declare function headerText(sourceName: string): string;
/** Text safe inside an HTML comment: no `--` (which could end it, `-->`), and on one line. */
export declare function htmlCommentText(text: string): string;
/** Control characters out of text that must stay on one line (comments, table cells). */
export declare function oneLine(text: string): string;
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
