/** No line folding, double quotes where a string needs quoting, no anchors. */
export declare const DUMP_OPTIONS: {
    readonly lineWidth: -1;
    readonly quoteStyle: "double";
    readonly noRefs: true;
};
/**
 * A string value as js-yaml writes it, for the shapes whose form is certain; undefined for the rest. A letter,
 * `_`, `/` or `$` first (not an indicator, not a number) is plain unless YAML reads the word as a boolean or null,
 * which is double-quoted like digits alone (an integer to YAML).
 */
export declare function knownString(s: string): string | undefined;
/** The fast writer's text for `data`, or undefined when the document needs js-yaml. */
export declare function writeBlockYaml(data: unknown): string | undefined;
/**
 * `data` as block YAML: no line folding, lists indented under their key, double quotes where a string needs
 * quoting, and every string that a YAML 1.1 reader (Go's yaml) would take for a boolean or number quoted as well.
 * The same text as `dump(data, DUMP_OPTIONS)`.
 */
export declare function blockYaml(data: unknown): string;
