/**
 * Block-style YAML of plain data, for the files Compose, Prometheus and Jaeger read, byte for byte what js-yaml's
 * `dump` writes with the options below, only faster: js-yaml builds a document tree and tests every scalar against
 * every resolver of its schema, which at a thousand scrape targets is most of a build. The common shapes (mappings,
 * lists, integers, booleans, null, and strings of identifier, host and path characters) are written here; any
 * other scalar is formatted by js-yaml itself, and a document with anything this writer does not know (nested
 * lists, unusual keys, multi-line strings) is handed to js-yaml whole. A property test holds the two to the same
 * output on generated data.
 */
import { dump } from 'js-yaml';
import { isPlainMapping } from '../config/plain-data.js';

/** No line folding, double quotes where a string needs quoting, no anchors. */
export const DUMP_OPTIONS = { lineWidth: -1, quoteStyle: 'double', noRefs: true } as const;

/**
 * Keys every YAML reader takes as plain strings: a letter, `_` or `/` first, then identifier, host and path
 * characters, `:` only between them. Words YAML 1.1 or 1.2 reads as booleans or null are excluded.
 */
const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./@+=-]*(?::[A-Za-z0-9_./@+=-]+)*$/;
const NOT_STRINGS = /^(?:[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;
/** Keys longer than this are left to js-yaml (it writes a key of 1,024 characters or more in the explicit `? ` form). */
const MAX_KEY = 512;
/** Strings longer than this are left to js-yaml: a long alert expression (one clause a fleet host) is still written here. */
const MAX_STRING = 16384;

/** YAML 1.1's base-60 integers and floats (yaml.org/type/int, /float), which js-yaml quotes for 1.1 readers. */
const SEXAGESIMAL = /^(?:[1-9][0-9_]*(?::[0-5]?[0-9])+|[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$/;
/** promtool's expanding notation of input series: `a+bxN`, `_xN` and `stale` terms, separated by single spaces. */
const NOTATION_NUMBER = '[0-9]+(?:\\.[0-9]+)?(?:e[-+]?[0-9]+)?';
const NOTATION_TERM = `(?:-?${NOTATION_NUMBER}[+-]${NOTATION_NUMBER}x[0-9]+|_x[0-9]+|stale)`;
const SERIES_NOTATION = new RegExp(`^${NOTATION_TERM}(?: ${NOTATION_TERM})*$`);
/** Printable ASCII, spaces included, on one line. */
const PRINTABLE_LINE = /^[\x20-\x7e]+$/;
/** YAML 1.2's ns-plain-one-line(block-key) over printable ASCII: a first character that is no indicator, then plain characters between blanks. */
const PLAIN_CHAR = '(?:(?![:#])[\\x21-\\x7e]|:(?=[\\x21-\\x7e]))#*';
const PLAIN_ONE_LINE = new RegExp(`^(?:(?![-?:,\\[\\]{}#&*!|>'"%@\`])[\\x21-\\x7e]|[?:-](?=[\\x21-\\x7e]))#*(?: *${PLAIN_CHAR})*$`);

/** Printable ASCII without spaces: no quoting for invisible characters, no `: ` or ` #` inside. */
const VISIBLE_ASCII = /^[\x21-\x7e]+$/;
/**
 * Strings of other shapes that stay plain: durations and sizes, IPv4 addresses (with a port), release numbers with two
 * dots or more (no YAML number has two), flags, relative paths.
 */
const PLAIN_SHAPES = /^(?:[0-9]+(?:ms|s|m|h|d|w|y|kb|mb|gb)|(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?::[0-9]+)?|[0-9]+(?:\.[0-9]+){2,}(?:\.post[0-9]+)?|--?[A-Za-z][\x21-\x7e]*|\.\.?(?:[/:][\x21-\x7e]*)?)$/;

/**
 * A string value as js-yaml writes it, for the shapes whose form is certain; undefined for the rest. A letter,
 * `_`, `/` or `$` first (not an indicator, not a number) is plain unless YAML reads the word as a boolean or null,
 * which is double-quoted like digits alone (an integer to YAML).
 */
export function knownString(s: string): string | undefined {
  if (s.length > MAX_STRING) return undefined;
  const seen = KNOWN.get(s);
  if (seen !== undefined) return seen === UNKNOWN ? undefined : seen;
  const found = stringForm(s);
  // Cleared when full: ten thousand targets bring tens of thousands of names seen once.
  if (KNOWN.size === KNOWN_LIMIT) KNOWN.clear();
  KNOWN.set(s, found ?? UNKNOWN);
  return found;
}

/**
 * knownString's answers so far: a document repeats the same values (label values, durations, severities in every
 * alert test) and a fleet writes the same documents for every host. Testing a string against the patterns below costs
 * more than looking it up.
 */
const KNOWN = new Map<string, string>();
const KNOWN_LIMIT = 4096;
/** Recorded for strings that need js-yaml: no form a YAML writer gives is empty. */
const UNKNOWN = '';

function stringForm(s: string): string | undefined {
  if (!VISIBLE_ASCII.test(s) || s.endsWith(':')) return spacedString(s);
  // Digits alone are an integer, and YAML 1.1 reads base-60 numbers (`1:20`, a PCI bus id `0000:01:00.0`): quoted.
  if (/^[0-9]+$/.test(s) || SEXAGESIMAL.test(s)) return `"${s}"`;
  if (/^[A-Za-z_/$]/.test(s)) return NOT_STRINGS.test(s) ? `"${s}"` : s;
  return PLAIN_SHAPES.test(s) ? s : spacedString(s);
}

/**
 * A one-line printable-ASCII string that starts with a letter (so YAML reads it as a string whatever follows: alert
 * annotations, PromQL, help texts): plain where YAML 1.2's plain one-line rule allows it (ns-plain-one-line in the
 * block context, as js-yaml tests it: no `: `, no ` #`, no trailing blank), else double-quoted with `\` and `"`
 * escaped, which is what js-yaml writes with the options above.
 */
function spacedString(s: string): string | undefined {
  if (!PRINTABLE_LINE.test(s)) return undefined;
  const quoted = () => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  // An indicator first rules plain out, so YAML reads the quoted text as a string whatever it holds (`{{ $labels.x }}`).
  if (/^[{}[\],#&*!|>'"%@`]/.test(s)) return quoted();
  // promtool's series notation (`0+1x40 _x5`): plain, and no YAML number or date.
  if (SERIES_NOTATION.test(s)) return s;
  if (!/^[A-Za-z_/$(]/.test(s) || NOT_STRINGS.test(s)) return undefined;
  return PLAIN_ONE_LINE.test(s) ? s : quoted();
}

/** Thrown inside the writer when the document needs js-yaml. */
const DECLINE = Symbol('decline');

/** Whether a plain mapping has no keys, without making the list of them. */
const isEmpty = (map: Record<string, unknown>): boolean => {
  for (const _ in map) return false;
  return true;
};

class Writer {
  private readonly formatted = new Map<unknown, string>();
  /** Lines not yet joined, and the text joined so far (see line()). */
  private readonly lines: string[] = [];
  private readonly chunks: string[] = [];

  /**
   * One line of output. Lines are joined a few hundred at a time: a text built by appending each line (or kept as
   * lines to the end) holds every line's intermediate strings until it is complete, megabytes at ten thousand targets.
   */
  line(text: string): void {
    if (this.lines.push(text) === 512) this.flush();
  }

  private flush(): void {
    this.chunks.push(this.lines.join(''));
    this.lines.length = 0;
  }

  text(): string {
    this.flush();
    return this.chunks.join('');
  }

  /** A scalar as a mapping value or list item writes it. */
  scalar(value: unknown): string {
    if (typeof value === 'string') {
      const known = knownString(value);
      if (known !== undefined) return known;
    } else if (typeof value === 'number') {
      if (Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
    } else if (typeof value === 'boolean') return String(value);
    else if (value === null) return 'null';
    else throw DECLINE;
    return this.byJsYaml(value);
  }

  /** js-yaml's own form of one scalar in the same (block value) position, when it fits on one line. */
  private byJsYaml(value: string | number): string {
    let text = this.formatted.get(value);
    if (text === undefined) {
      const line = dump({ k: value }, DUMP_OPTIONS);
      if (!line.startsWith('k: ') || line.indexOf('\n') !== line.length - 1) throw DECLINE;
      text = line.slice(3, -1);
      this.formatted.set(value, text);
    }
    return text;
  }

  /** Keys already found plain: documents repeat the same few keys in every job, target and rule. */
  private readonly plainKeys = new Set<string>();

  key(key: string): string {
    if (this.plainKeys.has(key)) return key;
    if (key.length <= MAX_KEY && PLAIN.test(key) && !NOT_STRINGS.test(key)) {
      this.plainKeys.add(key);
      return key;
    }
    throw DECLINE;
  }

  /** A mapping whose keys stand at `indent`; the first line starts with `first` instead (`- ` in a list). */
  mapping(map: Record<string, unknown>, indent: string, first = indent): void {
    let prefix = first;
    for (const k of Object.keys(map)) {
      const value = map[k];
      const head = `${prefix}${this.key(k)}:`;
      prefix = indent;
      if (Array.isArray(value)) {
        if (value.length === 0) this.line(`${head} []\n`);
        else {
          this.line(`${head}\n`);
          this.sequence(value, `${indent}  `);
        }
      } else if (isPlainMapping(value)) {
        if (isEmpty(value)) this.line(`${head} {}\n`);
        else {
          this.line(`${head}\n`);
          this.mapping(value, `${indent}  `);
        }
      } else this.line(`${head} ${this.scalar(value)}\n`);
    }
  }

  sequence(list: readonly unknown[], indent: string): void {
    for (const item of list) {
      if (Array.isArray(item)) {
        if (item.length) throw DECLINE;
        this.line(`${indent}- []\n`);
      } else if (isPlainMapping(item)) {
        if (isEmpty(item)) this.line(`${indent}- {}\n`);
        else {
          // The item's first key goes on the dash's line, the others under it.
          this.mapping(item, `${indent}  `, `${indent}- `);
        }
      } else this.line(`${indent}- ${this.scalar(item)}\n`);
    }
  }
}

/** The fast writer's text for `data`, or undefined when the document needs js-yaml. */
export function writeBlockYaml(data: unknown): string | undefined {
  if (!isPlainMapping(data) || Object.keys(data).length === 0) return undefined;
  const writer = new Writer();
  try {
    writer.mapping(data, '');
    return writer.text();
  } catch (error) {
    if (error !== DECLINE) throw error;
    return undefined;
  }
}

/**
 * `data` as block YAML: no line folding, lists indented under their key, double quotes where a string needs
 * quoting, and every string that a YAML 1.1 reader (Go's yaml) would take for a boolean or number quoted as well.
 * The same text as `dump(data, DUMP_OPTIONS)`.
 */
export function blockYaml(data: unknown): string {
  return writeBlockYaml(data) ?? dump(data, DUMP_OPTIONS);
}
