/**
 * How Python's argparse and number types read the words of a model server's command line (SGLang and vLLM parse
 * theirs with argparse): `--flag=value`, int() and float(). Facts from docs.python.org (argparse, int(), float()).
 */
/**
 * The options of `options` argparse reads `flag` as (its allow_abbrev, on by default): the option itself, else every
 * option it is the start of; one is what it expands to, several are "ambiguous option", none "unrecognized arguments".
 */
export declare const argparseMatches: (flag: string, options: readonly string[]) => string[];
/** `--flag=value` as the flag and its inline value; `--flag` alone with no inline value. */
export declare function splitFlag(arg: string): [string, string | undefined];
/** A word argparse takes as an option, not as a value: it starts with `-` and is no negative number (argparse's _negative_number_matcher). */
export declare const optionLike: (word: string) => boolean;
/**
 * The value Python's int() reads from a command-line word (surrounding whitespace, a sign and `_` between digits are
 * allowed: SGLang's argparse `type=int`), or undefined when int() would fail.
 */
export declare function pythonInt(word: string): number | undefined;
/**
 * A word as Python's float() reads it, or undefined when float() raises ValueError: a decimal with optional `_` between
 * digits and an exponent, or inf, infinity and nan in any case, with a sign and surrounding white space. Unlike
 * JavaScript's Number(), no hexadecimal (`0x10`), binary or octal, and no empty word (docs.python.org, float()).
 */
export declare function pythonFloat(word: string): number | undefined;
