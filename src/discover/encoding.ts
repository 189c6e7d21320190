/**
 * Whether a file's bytes are UTF-8 text, and where not. Decoded as they are, other encodings would become replacement
 * characters: a UTF-16 config (Windows PowerShell 5 writes one with `>`) would reach the parser as "a single value", a
 * Latin-1 `é` a value that silently differs from what the editor shows, and a README given to `docs --inject` would
 * be written back with every such character lost.
 */
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from '../types.js';

/**
 * The text of a file read for its content (a config, a file to lint): its bytes as UTF-8 without a byte-order mark,
 * which is not part of the content (columns on line 1 then match what editors show, and JSON parses), or the error.
 */
export function utf8Text(bytes: Buffer, file: string): { text: string } | { diagnostic: Diagnostic } {
  const diagnostic = encodingDiagnostic(bytes, file);
  return diagnostic ? { diagnostic } : { text: bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

/** The error for a file (named as shown to the user) whose bytes are not UTF-8 text, or undefined when they are. */
export function encodingDiagnostic(bytes: Buffer, file: string): Diagnostic | undefined {
  const p = encodingProblem(bytes, file);
  return p && { severity: 'error', code: 'OBS_NOT_UTF8', file, range: [p.at, p.at + 1], line: p.line, column: p.column, message: p.message, hint: p.hint };
}

interface EncodingProblem {
  /** Byte offset of the first byte that is not UTF-8 text. */
  at: number;
  /** 1-based line and column (in characters, as editors count them) of that byte. */
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** How to convert `file` from `encoding`. */
const resave = (file: string, encoding: string) => `save it as UTF-8: in an editor, save with encoding UTF-8; on the command line, \`iconv -f ${encoding} -t UTF-8 ${file} > ${file}.utf8\` and move ${file}.utf8 over it`;

/** Byte-order marks of the encodings YAML allows besides UTF-8, longest first (UTF-32LE's begins with UTF-16LE's). */
const MARKS: readonly [string, readonly number[]][] = [
  ['UTF-32 (big-endian)', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-32 (little-endian)', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-16 (big-endian)', [0xfe, 0xff]],
  ['UTF-16 (little-endian)', [0xff, 0xfe]],
];

/** The first reason `bytes` are not a UTF-8 config, or undefined when they are. */
function encodingProblem(bytes: Buffer, file: string): EncodingProblem | undefined {
  const nul = bytes.indexOf(0);
  if (nul === -1 && isUtf8(bytes)) return undefined;
  const mark = MARKS.find(([, m]) => m.every((b, i) => bytes[i] === b));
  if (mark) return { at: 0, line: 1, column: 1, message: `the file is ${mark[0]} text (it starts with that byte-order mark); obscompile reads UTF-8 text only`, hint: resave(file, mark[0].slice(0, 6)) };
  const bad = nul !== -1 ? Math.min(nul, firstInvalid(bytes.subarray(0, nul)) ?? nul) : firstInvalid(bytes);
  if (bad === undefined) return undefined;
  const { line, column } = position(bytes, bad);
  if (bytes[bad] === 0) {
    return { at: bad, line, column, message: 'a NUL byte: the file is not UTF-8 text (UTF-16 without a byte-order mark, or not text at all)', hint: `check that this is the config; if it is UTF-16, ${resave(file, 'UTF-16LE')}` };
  }
  const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
  return { at: bad, line, column, message: `byte 0x${hex} is not UTF-8 (text saved as Latin-1 or Windows-1252 has such bytes); obscompile reads UTF-8 text only`, hint: resave(file, 'LATIN1') };
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence; undefined when all do. */
function firstInvalid(bytes: Buffer): number | undefined {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlong forms, surrogates or values past U+10FFFF).
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return undefined;
}

/** Line and column of byte `at`: columns count characters (a byte that is not a continuation byte starts one). */
function position(bytes: Buffer, at: number): { line: number; column: number } {
  // (lastIndexOf counts a negative offset from the end.)
  const start = at === 0 ? 0 : bytes.lastIndexOf(0x0a, at - 1) + 1;
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < at; i = bytes.indexOf(0x0a, i + 1)) line++;
  let column = 1;
  for (let i = start; i < at; i++) if ((bytes[i]! & 0xc0) !== 0x80) column++;
  return { line, column };
}
