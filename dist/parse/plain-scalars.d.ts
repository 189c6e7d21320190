/**
 * Characters and scalars as the plain reader (./plain-yaml.ts) reads them: the character codes it looks for, what
 * may start a plain scalar, the escapes it follows, and how a plain scalar resolves under the YAML 1.2 core schema
 * (as `yaml` resolves it). Whatever it does not follow gives up, and the full parse reads the text.
 */
export declare function giveUp(): never;
export declare const gaveUp: (error: unknown) => boolean;
export declare const NL = 10, SPACE = 32, HASH = 35, COLON = 58, DASH = 45, COMMA = 44, DQUOTE = 34, SQUOTE = 39, BACKSLASH = 92;
export declare const LBRACKET = 91, RBRACKET = 93, LBRACE = 123, RBRACE = 125;
/** `key:value` with no space after the colon: YAML reads it as one plain scalar, not as a key and its value. */
export declare const KEY_WITHOUT_SPACE: RegExp;
/** The core schema's null and boolean words. */
export declare const WORDS: Map<string, boolean | null>;
/** `\` escapes read here: the ones configs use. Others give up. */
export declare const ESCAPES: Record<number, string>;
/** Characters that cannot start a plain scalar (a dash may, before a character that is not a space). */
export declare const INDICATORS: Set<number>;
/** What may follow a dash that starts a plain scalar (`-1`, `--port`). */
export declare function isPlainSafe(c: number): boolean;
/** A space, a line break or the end of the text. */
export declare function isEnd(c: number): boolean;
/** A plain scalar's value: null, a boolean, a number spelled simply, or the text; another number spelling gives up. */
export declare function resolvePlain(text: string): unknown;
