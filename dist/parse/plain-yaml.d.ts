/**
 * The quick parse: a reader for the everyday shape of a config, and nothing more. Block mappings with plain or
 * quoted keys, block sequences, one-line flow collections, plain, single- and double-quoted one-line scalars,
 * comments. Anything outside that (anchors, aliases, tags, block scalars, multi-line scalars, complex keys, odd
 * numbers, escapes beyond the common ones, tabs, control characters, duplicate keys, documents nested too deep)
 * makes it give up and return undefined, and the full `yaml` parse reads the text. It reads every text it
 * accepts exactly as the YAML 1.2 core schema of `yaml` does (test/parse.test.ts and test/plain-yaml.test.ts
 * hold it to that).
 *
 * It exists for speed: a config of a thousand scrape targets parses in a fraction of js-yaml's time and
 * allocation, and the full parse (several times slower again) runs only when a diagnostic needs positions.
 */
/** No valid config nests deeper than this; deeper documents are refused before conversion (by every parse). */
export declare const MAX_DEPTH = 32;
/** The plain data of `text` when it is a mapping in the everyday subset nested at most MAX_DEPTH deep; otherwise undefined. */
export declare function readPlainYaml(text: string): Record<string, unknown> | undefined;
