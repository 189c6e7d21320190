/** No valid config nests deeper than this; deeper documents are refused before conversion. */
export declare const MAX_DEPTH = 32;
/**
 * The plain value of a text the fast parser accepts outright: one mapping with no aliases or unknown tags,
 * nested at most MAX_DEPTH deep. Anything else (syntax errors, duplicate keys, aliases, empty files) is
 * undefined, and the full parser decides.
 */
export declare function fastData(text: string): Record<string, unknown> | undefined;
