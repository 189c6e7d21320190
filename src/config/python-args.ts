/**
 * How Python's argparse and number types read the words of a model server's command line (SGLang and vLLM parse
 * theirs with argparse): `--flag=value`, int() and float(). Facts from docs.python.org (argparse, int(), float()).
 */

/**
 * The options of `options` argparse reads `flag` as (its allow_abbrev, on by default): the option itself, else every
 * option it is the start of; one is what it expands to, several are "ambiguous option", none "unrecognized arguments".
 */
export const argparseMatches = (flag: string, options: readonly string[]): string[] => (options.includes(flag) ? [flag] : options.filter((o) => o.startsWith(flag)));

/** `--flag=value` as the flag and its inline value; `--flag` alone with no inline value. */
export function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** A word argparse takes as an option, not as a value: it starts with `-` and is no negative number (argparse's _negative_number_matcher). */
export const optionLike = (word: string) => word.startsWith('-') && word.length > 1 && !/^-\d+$|^-\d*\.\d+$/.test(word);

/**
 * The value Python's int() reads from a command-line word (surrounding whitespace, a sign and `_` between digits are
 * allowed: SGLang's argparse `type=int`), or undefined when int() would fail.
 */
export function pythonInt(word: string): number | undefined {
  const m = /^\s*([+-]?)(\d+(?:_\d+)*)\s*$/.exec(word);
  return m ? Number(`${m[1]}${m[2]!.replace(/_/g, '')}`) : undefined;
}

/**
 * A word as Python's float() reads it, or undefined when float() raises ValueError: a decimal with optional `_` between
 * digits and an exponent, or inf, infinity and nan in any case, with a sign and surrounding white space. Unlike
 * JavaScript's Number(), no hexadecimal (`0x10`), binary or octal, and no empty word (docs.python.org, float()).
 */
export function pythonFloat(word: string): number | undefined {
  const m = /^\s*([+-]?)(?:(\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)([eE][+-]?\d(?:_?\d)*)?|(inf(?:inity)?)|(nan))\s*$/i.exec(word);
  if (!m) return undefined;
  const [, sign, digits, exponent = '', inf, nan] = m;
  if (nan) return NaN;
  const size = inf ? Infinity : Number((digits! + exponent).replace(/_/g, ''));
  return sign === '-' ? -size : size;
}
