/**
 * Characters and scalars as the plain reader (./plain-yaml.ts) reads them: the character codes it looks for, what
 * may start a plain scalar, the escapes it follows, and how a plain scalar resolves under the YAML 1.2 core schema
 * (as `yaml` resolves it). Whatever it does not follow gives up, and the full parse reads the text.
 */

/** Thrown (one shared value, no stack) to give the text to the full parse. */
const GIVE_UP = Symbol('give up');
export function giveUp(): never {
  throw GIVE_UP;
}
export const gaveUp = (error: unknown): boolean => error === GIVE_UP;

export const NL = 10, SPACE = 32, HASH = 35, COLON = 58, DASH = 45, COMMA = 44, DQUOTE = 34, SQUOTE = 39, BACKSLASH = 92;
export const LBRACKET = 91, RBRACKET = 93, LBRACE = 123, RBRACE = 125;

/** `key:value` with no space after the colon: YAML reads it as one plain scalar, not as a key and its value. */
export const KEY_WITHOUT_SPACE = /^([A-Za-z_][\w.-]*):(?![\s/]|$)(\S.*)$/;

/** Every plain scalar the YAML 1.2 core schema reads as a number (int, octal, hex, float, infinities, NaN). */
const PLAIN_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** The numbers read here (exact in a double); every other number spelling is left to the full parse. */
const SIMPLE_NUMBER = /^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;
/** The core schema's null and boolean words. */
export const WORDS = new Map<string, null | boolean>([['~', null], ['null', null], ['Null', null], ['NULL', null], ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false]]);

/** `\` escapes read here: the ones configs use. Others give up. */
export const ESCAPES: Record<number, string> = { [DQUOTE]: '"', [BACKSLASH]: '\\', 47: '/', 110: '\n', 116: '\t' };
/** Characters that cannot start a plain scalar (a dash may, before a character that is not a space). */
export const INDICATORS = new Set([..."-?:,[]{}#&*!|>'\"%@`"].map((c) => c.charCodeAt(0)));

/** What may follow a dash that starts a plain scalar (`-1`, `--port`). */
export function isPlainSafe(c: number): boolean {
  return !isEnd(c) && c !== COMMA && c !== LBRACKET && c !== RBRACKET && c !== LBRACE && c !== RBRACE && c !== HASH;
}

/** A space, a line break or the end of the text. */
export function isEnd(c: number): boolean {
  return c === SPACE || c === NL || Number.isNaN(c);
}

/** A plain scalar's value: null, a boolean, a number spelled simply, or the text; another number spelling gives up. */
export function resolvePlain(text: string): unknown {
  if (text.length <= 5 && WORDS.has(text)) return WORDS.get(text);
  const first = text.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === DASH || first === 43 || first === 46) {
    if (SIMPLE_NUMBER.test(text)) return Number(text);
    if (PLAIN_NUMBER.test(text)) giveUp();
  }
  return text;
}
