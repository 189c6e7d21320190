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

import { BACKSLASH, COLON, COMMA, DASH, DQUOTE, ESCAPES, HASH, INDICATORS, LBRACE, LBRACKET, NL, RBRACE, RBRACKET, SPACE, SQUOTE, WORDS, gaveUp, giveUp, isEnd, isPlainSafe, resolvePlain } from './plain-scalars.js';

/** No valid config nests deeper than this; deeper documents are refused before conversion (by every parse). */
export const MAX_DEPTH = 32;

/** Characters whose meaning this reader does not follow: controls, tabs, CR, NEL, line separators, BOMs, surrogates. */
const UNFOLLOWED = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;

/** Blank and comment lines, then the indentation of the next line with content. */
const SKIP_LINES = /(?: *(?:#[^\n]*)?\n)* */y;

/** Characters of a plain key (`[A-Za-z0-9_./-]`) by code, and those that may start one (`[A-Za-z_]`). */
const KEY_CHAR = new Uint8Array(128);
const KEY_START = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  KEY_CHAR[c] = /[A-Za-z0-9_./-]/.test(ch) ? 1 : 0;
  KEY_START[c] = /[A-Za-z_]/.test(ch) ? 1 : 0;
}
/** Characters that end a plain scalar in a flow collection (`,[]{}#:` and the line break), by code. */
const FLOW_STOP = new Uint8Array(128);
for (const ch of ',[]{}#:\n') FLOW_STOP[ch.charCodeAt(0)] = 1;

/** The plain data of `text` when it is a mapping in the everyday subset nested at most MAX_DEPTH deep; otherwise undefined. */
export function readPlainYaml(text: string): Record<string, unknown> | undefined {
  if (UNFOLLOWED.test(text)) return undefined;
  const reader = new Reader(text);
  try {
    if (reader.nextLine() !== 0) return undefined;
    const data = reader.mapping(0, 0);
    return reader.indent === -1 ? data : undefined;
  } catch (error) {
    if (gaveUp(error)) return undefined;
    throw error;
  }
}

class Reader {
  pos = 0;
  /** Items of the sequences being read, innermost last (see take). */
  readonly items: unknown[] = [];
  /** The last string read for each (first character, length): keys and short values repeat, and are read once. */
  private readonly seen = new Map<number, string>();
  /** Indentation of the line `pos` is on (pos at its first character), -1 at the end of the text. */
  indent = 0;
  lineStart = 0;
  constructor(readonly text: string) {}

  private at(offset = 0): number {
    return this.text.charCodeAt(this.pos + offset);
  }

  /** Moves to the first character of the next line with content (past blank and comment lines); returns its indentation. */
  nextLine(): number {
    const text = this.text;
    SKIP_LINES.lastIndex = this.pos;
    SKIP_LINES.test(text);
    const pos = SKIP_LINES.lastIndex;
    const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
    // A comment the pattern left is the last line, with no line break after it.
    const c = text.charCodeAt(pos);
    return this.moveTo(pos, lineStart, Number.isNaN(c) || c === HASH ? -1 : pos - lineStart);
  }

  private moveTo(pos: number, lineStart: number, indent: number): number {
    this.pos = pos;
    this.lineStart = lineStart;
    return (this.indent = indent);
  }

  /** The text from start to end; a string read before is returned again instead of a new copy. */
  private slice(start: number, end: number): string {
    const length = end - start;
    if (length > 24) return this.text.slice(start, end);
    const id = this.text.charCodeAt(start) * 32 + length;
    const last = this.seen.get(id);
    if (last !== undefined && this.text.startsWith(last, start)) return last;
    const read = this.text.slice(start, end);
    this.seen.set(id, read);
    return read;
  }

  private lineEnd(from: number): number {
    const end = this.text.indexOf('\n', from);
    return end === -1 ? this.text.length : end;
  }

  /** A block mapping whose keys stand at `indent`; `pos` is at its first key. Returns at the first line indented less. */
  mapping(indent: number, depth: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    for (;;) {
      const key = this.key();
      if (key === undefined || this.at() !== COLON) giveUp();
      this.pos++;
      const after = this.at();
      if (after !== SPACE && after !== NL && !Number.isNaN(after)) giveUp();
      if (Object.hasOwn(map, key)) giveUp();
      map[key] = this.blockValue(indent, depth + 1, true);
      if (this.indent < indent) return map;
      if (this.indent > indent) giveUp();
    }
  }

  /** A block sequence whose dashes stand at `indent`; `pos` is at its first dash. */
  private sequence(indent: number, depth: number): unknown[] {
    const first = this.items.length;
    for (;;) {
      this.pos++;
      this.items.push(this.blockValue(indent, depth + 1, false));
      if (this.indent === indent && this.isItem()) continue;
      // A line at the same indentation that is no item ends a sequence nested flush under a key.
      if (this.indent <= indent) return this.take(first);
      giveUp();
    }
  }

  /**
   * The items of the sequence being read from `first` on, as an array of their number. Every sequence collects
   * its items on one shared stack: an array grown item by item would reserve room for 17 (and copy as it grows).
   */
  private take(first: number): unknown[] {
    const list = this.items.slice(first);
    this.items.length = first;
    return list;
  }

  private isItem(): boolean {
    if (this.at() !== DASH) return false;
    const next = this.at(1);
    return next === SPACE || next === NL || Number.isNaN(next);
  }

  /**
   * The value after a key's colon or an item's dash: on the same line, or a nested block on the lines below
   * (under a key, a sequence may stand flush with the key). Leaves `pos` at the next line with content.
   */
  private blockValue(indent: number, depth: number, underKey: boolean): unknown {
    if (depth > MAX_DEPTH) giveUp();
    const text = this.text;
    while (text.charCodeAt(this.pos) === SPACE) this.pos++;
    const c = this.at();
    if (c === NL || c === HASH || Number.isNaN(c)) {
      this.pos = this.lineEnd(this.pos);
      const next = this.nextLine();
      if (next > indent) return this.isItem() ? this.sequence(next, depth) : this.mapping(next, depth);
      if (underKey && next === indent && this.isItem()) return this.sequence(next, depth);
      return null;
    }
    if (!underKey) {
      if (this.isItem()) giveUp(); // `- - x`: a sequence in a sequence on one line
      if (this.startsPair()) return this.mapping(this.pos - this.lineStart, depth);
    }
    const value = this.inline(depth, false);
    this.endOfLine();
    this.nextLine();
    return value;
  }

  /**
   * A key YAML reads as a string: plain (a letter or underscore, then letters, digits, `_./-`), or quoted on one
   * line; `pos` ends after it. Undefined for anything else.
   */
  private key(): string | undefined {
    const start = this.pos;
    const first = this.text.charCodeAt(start);
    let key: string;
    if (first === DQUOTE) key = this.doubleQuoted();
    else if (first === SQUOTE) key = this.singleQuoted();
    else {
      // Scanned by table, not by a sticky pattern: a config of ten thousand targets has a quarter million keys.
      const text = this.text;
      if (!KEY_START[first]) return undefined;
      let end = start + 1;
      for (let c = text.charCodeAt(end); c < 128 && KEY_CHAR[c]; c = text.charCodeAt(++end));
      key = this.slice(start, (this.pos = end));
      if (key.length <= 5 && WORDS.has(key)) return undefined;
    }
    return key === '__proto__' ? undefined : key;
  }

  /** Whether a key and its colon start at `pos` (the position is kept). */
  private startsPair(): boolean {
    const start = this.pos;
    const pair = this.key() !== undefined && this.at() === COLON && isEnd(this.at(1));
    this.pos = start;
    return pair;
  }

  /** A scalar or a flow collection that ends on this line. */
  private inline(depth: number, inFlow: boolean): unknown {
    if (depth > MAX_DEPTH) giveUp();
    switch (this.at()) {
      case LBRACKET:
        return this.flowSequence(depth);
      case LBRACE:
        return this.flowMapping(depth);
      case DQUOTE:
        return this.doubleQuoted();
      case SQUOTE:
        return this.singleQuoted();
      default:
        return this.plain(inFlow);
    }
  }

  private flowSequence(depth: number): unknown[] {
    this.pos++;
    if (this.skipSpaces() === RBRACKET) {
      this.pos++;
      return [];
    }
    const first = this.items.length;
    for (;;) {
      this.items.push(this.inline(depth + 1, true));
      if (this.flowNext(RBRACKET)) return this.take(first);
    }
  }

  private flowMapping(depth: number): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.pos++;
    if (this.skipSpaces() === RBRACE) {
      this.pos++;
      return map;
    }
    for (;;) {
      const key = this.key();
      if (key === undefined || this.at() !== COLON || this.at(1) !== SPACE || Object.hasOwn(map, key)) giveUp();
      this.pos++;
      const c = this.skipSpaces();
      if (c === COMMA || c === RBRACE) giveUp(); // an empty value
      map[key] = this.inline(depth + 1, true);
      if (this.flowNext(RBRACE)) return map;
    }
  }

  /** After a flow entry: true at the collection's end, false after a comma before the next entry. */
  private flowNext(close: number): boolean {
    const c = this.skipSpaces();
    this.pos++;
    if (c === close) return true;
    if (c !== COMMA) giveUp();
    // A trailing or doubled comma leaves an indicator where the next entry starts, and that entry gives up.
    this.skipSpaces();
    return false;
  }

  private skipSpaces(): number {
    const text = this.text;
    while (text.charCodeAt(this.pos) === SPACE) this.pos++;
    return this.at();
  }

  /** Spaces and an optional comment up to the end of the line; anything else gives up. */
  private endOfLine(): void {
    const spaced = this.at() === SPACE;
    const c = this.skipSpaces();
    if (c === HASH && spaced) this.pos = this.lineEnd(this.pos);
    else if (c !== NL && !Number.isNaN(c)) giveUp();
  }

  private doubleQuoted(): string {
    const text = this.text;
    const start = this.pos + 1;
    const close = text.indexOf('"', start);
    const raw = close === -1 ? '' : text.slice(start, close);
    if (close === -1 || raw.includes('\n')) giveUp();
    if (!raw.includes('\\')) {
      this.pos = close + 1;
      return raw;
    }
    // Escapes: the first quote found may be an escaped one.
    let pos = start;
    for (let c = text.charCodeAt(pos); c !== DQUOTE; c = text.charCodeAt(++pos)) {
      if (c === NL || Number.isNaN(c)) giveUp();
      if (c === BACKSLASH) {
        if (!(text.charCodeAt(pos + 1) in ESCAPES)) giveUp();
        pos++;
      }
    }
    this.pos = pos + 1;
    return text.slice(start, pos).replace(/\\(.)/g, (_, e: string) => ESCAPES[e.charCodeAt(0)]!);
  }

  private singleQuoted(): string {
    const text = this.text;
    const start = this.pos + 1;
    let close = text.indexOf("'", start);
    while (close !== -1 && text.charCodeAt(close + 1) === SQUOTE) close = text.indexOf("'", close + 2);
    const raw = close === -1 ? '' : text.slice(start, close);
    if (close === -1 || raw.includes('\n')) giveUp();
    this.pos = close + 1;
    return raw.includes("''") ? raw.replaceAll("''", "'") : raw;
  }

  /**
   * A one-line plain scalar, resolved as the core schema resolves it. In a flow collection it ends at any of
   * `,[]{}#:` (only `,` `]` `}` may follow it); in a block it ends at the line's end or comment, and `: ` in it
   * (a mapping on one line) gives up.
   */
  private plain(inFlow: boolean): unknown {
    const text = this.text;
    const start = this.pos;
    const first = text.charCodeAt(start);
    if (INDICATORS.has(first) && !(first === DASH && isPlainSafe(text.charCodeAt(start + 1)))) giveUp();
    let end: number;
    if (inFlow) {
      // Whatever stops it other than a comma or the collection's end makes flowNext give up.
      end = start;
      for (let c = text.charCodeAt(end); !(c < 128 && FLOW_STOP[c]) && !Number.isNaN(c); c = text.charCodeAt(++end));
    } else {
      const eol = this.lineEnd(start);
      const comment = text.slice(start, eol).indexOf(' #');
      end = comment === -1 ? eol : start + comment;
    }
    while (text.charCodeAt(end - 1) === SPACE) end--;
    const value = this.slice(start, end);
    if (!inFlow && (value.includes(': ') || value.endsWith(':'))) giveUp();
    this.pos = end;
    return resolvePlain(value);
  }
}
