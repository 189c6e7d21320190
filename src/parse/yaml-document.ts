/** The full parse with `yaml`: a document that keeps every node's position. It reads or explains every text the plain reader gives up on, and positions diagnostics. */
import { KEY_WITHOUT_SPACE } from './plain-scalars.js';
import { isMap, isSeq, isPair, parseDocument, visit, type Alias, type Document, type YAMLError } from 'yaml';
import { countLines, diagnosticAt, type LineIndex } from '../diagnostics/make.js';
import { MAX_DEPTH } from './plain-yaml.js';
import { locate } from './yaml-path.js';
import type { Diagnostic, ParsedSource, PositionedSource, SourceFile, StageResult } from '../types.js';

/** Alias expansions allowed when converting to plain data (guards against alias bombs; the plain reader takes no aliases). */
export const MAX_ALIAS_COUNT = 50;

/** Parses YAML into a positioned document and its plain value; syntax errors become diagnostics. */
export function parseWithPositions(source: SourceFile): StageResult<ParsedSource> {
  const lines = countLines(source.text);
  if (source.text.trim() === '' || source.text.split('\n').every((l) => /^\s*(#.*)?$/.test(l))) {
    return fail(source, lines, [0, 0], 'OBS_EMPTY_CONFIG', 'config file is empty', 'start from `obscompile init`, or add at least `version: 1`');
  }
  let doc;
  try {
    doc = readDocument(source.text);
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(source, lines);
    throw error;
  }
  if (doc.errors.length > 0) {
    // yaml reports a stack overflow on runaway nesting as an ordinary error; it is a depth problem.
    const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
    if (overflow) return tooDeep(source, lines, overflow.pos[0]);
    // The parser goes on after a syntax error and misreads the rest of that line: only a line's first error is real.
    const seen = new Set<number>();
    // yaml's second error at a value that runs on to a deeper line says the same as the first.
    const deeperAt = new Set(doc.errors.filter((e) => e.code === 'BLOCK_AS_IMPLICIT_KEY').map((e) => e.pos[0]));
    const read = doc.errors
      .filter((e) => e.code !== 'MULTILINE_IMPLICIT_KEY' || !deeperAt.has(e.pos[0]))
      .map((e) => {
        const deeper = e.code === 'BLOCK_AS_IMPLICIT_KEY' ? indentedDeeper(source, lines, e.pos[0]) : undefined;
        const less = e.code === 'MISSING_CHAR' && /without - indicator/.test(e.message) ? indentedLess(source, lines, e.pos[0]) : undefined;
        return { d: deeper ?? less ?? spaceMissing(source, lines, e.pos[0]) ?? unclosed(source, lines, e) ?? fromYamlError(source, lines, e), deeper: deeper !== undefined, indentation: deeper !== undefined || less !== undefined || e.code === 'BAD_INDENT' };
      })
      .filter(({ d }) => d.code !== 'OBS_YAML_SYNTAX' || (!seen.has(d.line) && seen.add(d.line)));
    // After a first line out of alignment, the lines below it are misread the same way: the first is the mistake.
    const first = read.findIndex((r) => r.indentation);
    return { diagnostics: read.filter((r, i) => first === -1 || i <= first || !r.deeper).map((r) => r.d) };
  }
  const deep = deepestOffset(doc.contents);
  if (deep !== undefined) return tooDeep(source, lines, deep);
  if (!isMap(doc.contents)) {
    const range = (doc.contents?.range ?? [0, 0]) as [number, number];
    const what = isSeq(doc.contents) ? 'a list' : 'a single value';
    return fail(source, lines, [range[0], range[1]], 'OBS_NOT_A_MAPPING', `the top level of the config is ${what}, not a mapping of sections`, 'start the file with `version: 1` and sections such as `prometheus:` at the left margin');
  }
  const unresolved = unresolvedAlias(doc);
  if (unresolved) {
    const name = `*${unresolved.source}`;
    return fail(source, lines, [unresolved.range![0], unresolved.range![1]], 'OBS_YAML_SYNTAX', `\`${name}\` is read as a YAML alias (a value starting with \`*\` names an anchor), and no anchor \`&${unresolved.source}\` comes before it`, `if it is text, quote it: \`"${name}"\``);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError) {
      return fail(source, lines, [0, 0], 'OBS_YAML_ALIAS_LIMIT', `YAML aliases expand too far (${(error as Error).message})`, `write values out or use fewer aliases; at most ${MAX_ALIAS_COUNT} alias expansions are allowed`);
    }
    throw error;
  }
  const positioned = positionedSource(doc, lines);
  return { value: { ...source, data, positioned: () => Promise.resolve(positioned) }, diagnostics: [] };
}

/** Positions for a text the plain reader already accepted (the document is only read for its node ranges). */
export function positionsOf(source: SourceFile): PositionedSource {
  // The plain reader already refused duplicate keys; yaml's own check is linear per key, so a huge mapping would cost n².
  return positionedSource(readDocument(source.text, false), countLines(source.text));
}

function readDocument(text: string, uniqueKeys = true): Document.Parsed {
  // logLevel 'error': yaml would print a process warning for collection keys; the schema reports them instead.
  return parseDocument(text, { prettyErrors: false, uniqueKeys, keepSourceTokens: false, logLevel: 'error' });
}

function positionedSource(doc: Document.Parsed, lines: LineIndex): PositionedSource {
  return { lines, locate: (path, target) => locate(doc, path, target).range, has: (path) => locate(doc, path).exact };
}

/** The first alias with no anchor before it (`modelPath: *.gguf`: a glob read as an alias). */
function unresolvedAlias(doc: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/** Parser errors at a value that quoting fixes (`@x`, `` `x` ``, `%x`, `*`, `/a: b`): the hint quotes it. */
const QUOTING_FIXES = new Set<YAMLError['code']>(['BAD_SCALAR_START', 'BAD_ALIAS', 'BLOCK_AS_IMPLICIT_KEY']);

function fromYamlError(source: SourceFile, lines: LineIndex, e: YAMLError): Diagnostic {
  const duplicate = e.code === 'DUPLICATE_KEY';
  // Indentation errors point at the line's first character, not at its leading spaces.
  const indent = e.code === 'BAD_INDENT' ? /^ */.exec(source.text.slice(e.pos[0]))![0].length : 0;
  const start = e.pos[0] + indent;
  const key = duplicate ? source.text.slice(start).match(/^[^:\n]*/)?.[0]?.trim() : undefined;
  const end = Math.max(e.pos[1], start + (key?.length ?? 1));
  const firstLine = duplicate && key ? firstOccurrence(source.text, start, key) : undefined;
  const colon = missingColon(source.text, start, e);
  if (colon) return diagnosticAt(source.path, lines, [start, end], { code: 'OBS_YAML_SYNTAX', ...colon });
  const quoting = quotingHint(source.text, start, e.code);
  // A value after its key's `: ` that holds `: ` itself: said as what it is, beside the quoting that fixes it.
  const inValue = quoting && e.code === 'BLOCK_AS_IMPLICIT_KEY' ? 'a `: ` inside this value starts a nested mapping, which YAML does not allow on its key\'s line' : undefined;
  return diagnosticAt(source.path, lines, [start, end], {
    code: duplicate ? 'OBS_YAML_DUPLICATE_KEY' : 'OBS_YAML_SYNTAX',
    message: duplicate ? `duplicate key \`${key}\`: a mapping may name each key once${firstLine ? ` (first on line ${lines.linePos(firstLine).line})` : ''}` : (inValue ?? YAML_MESSAGES[e.code] ?? `YAML syntax: ${sentence(e.message)}`),
    hint: quoting ?? YAML_HINTS[e.code] ?? 'fix the YAML syntax at this position',
  });
}

/**
 * A line among a mapping's keys that is a word, a blank and more, with no colon (`retention 15d`): the parser says
 * implicit map keys need map values (MISSING_CHAR); said as the missing colon it is, with the line as it should read.
 */
function missingColon(text: string, at: number, e: YAMLError): { message: string; hint: string } | undefined {
  if (e.code !== 'MISSING_CHAR' || !/implicit map keys/i.test(e.message)) return undefined;
  const end = text.indexOf('\n', at);
  const line = text.slice(at, end === -1 ? undefined : end).replace(/\s+#.*$/, '').trimEnd();
  const pair = /^([A-Za-z_$][\w$.-]*)\s+([^:#\s].*)$/.exec(line);
  if (!pair) return undefined;
  return { message: `\`${line}\` stands among the keys without a colon: a key needs \`: \` before its value`, hint: `write \`${pair[1]}: ${pair[2]}\`` };
}

/** For an error quoting fixes, the value from `at` to the end of its line (a trailing comment left out), quoted. */
function quotingHint(text: string, at: number, code: YAMLError['code']): string | undefined {
  // Only a value: after a key's `: ` or a list item's `- ` on its line (a misindented line is another mistake).
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  if (!QUOTING_FIXES.has(code) || !/(:|^\s*-)\s+$/.test(before)) return undefined;
  const end = text.indexOf('\n', at);
  const value = text.slice(at, end === -1 ? undefined : end).replace(/\s+#.*$/, '').trimEnd();
  if (!value || value.includes('"')) return undefined;
  const quoted = `quote the value: \`"${value}"\``;
  return code === 'BLOCK_AS_IMPLICIT_KEY' ? `${quoted} (\`: \` inside a plain value starts a mapping); or, for a nested mapping, start it on the next line, indented` : quoted;
}

/** Offset of the earlier line of the same mapping (same indentation, no shallower line between) that starts with `key:`. */
function firstOccurrence(text: string, at: number, key: string): number | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = at - lineStart;
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (/^\s*(#.*)?$/.test(line)) continue;
    const own = /^ */.exec(line)![0].length;
    if (own < indent) return undefined;
    if (own === indent && /^["']?([^"':]*)["']?\s*:/.exec(line.slice(indent))?.[1]?.trim() === key) return start + indent;
  }
  return undefined;
}

/**
 * yaml reports a key indented deeper than the one above it (`  port: 9090` then `    scrapeInterval: 15s`) at the
 * value above, as a nested mapping in a compact one: the value runs on to the next line, which holds a key. Said
 * the way the user sees it, at the deeper line: undefined when the text is not that.
 */
function indentedDeeper(source: SourceFile, lines: LineIndex, at: number): Diagnostic | undefined {
  const text = source.text;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd === -1) return undefined;
  const above = /^( *)(- +)?([^\s:#][^:#]*?):[ \t]/.exec(text.slice(lineStart, lineEnd));
  // The next line with content, and the key it starts with.
  const next = /^(?:[ \t]*(?:#[^\n]*)?\n)*( *)([^\s:#][^:#\n]*?):(?:[ \t]|$)/m.exec(text.slice(lineEnd + 1));
  // The key above stands after a list item's `- `, when it has one.
  const column = above ? above[1]!.length + (above[2]?.length ?? 0) : 0;
  if (!above || !next || next.index !== 0 || next[1]!.length <= column) return undefined;
  const keyAt = lineEnd + 1 + next[0].indexOf(next[2]!, next[0].lastIndexOf('\n') + 1);
  const [k, parent] = [next[2]!.trim(), above[3]!.trim()];
  return diagnosticAt(source.path, lines, [keyAt, keyAt + k.length], {
    code: 'OBS_YAML_SYNTAX',
    message: `this line is indented more than the key above it (\`${k}\` at ${next[1]!.length} spaces, \`${parent}\` at ${column}), so YAML reads it as part of \`${parent}\`'s value`,
    hint: `indent \`${k}\` like \`${parent}\` (${column === 1 ? '1 space' : `${column} spaces`}) if it is its sibling; if \`${parent}\` is the one out of place, indent it like \`${k}\``,
  });
}

/**
 * yaml reports a key indented less than the one above it, but more than the list item the two belong to
 * (`        expr: up` then `       for: 5m`), as a list item without its `-`. Said at that key, with the indentation it
 * needs: undefined when the text is not that.
 */
function indentedLess(source: SourceFile, lines: LineIndex, at: number): Diagnostic | undefined {
  const text = source.text;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = /^( *)([^\s:#-][^:#\n]*?):(?:[ \t]|$)/.exec(text.slice(lineStart));
  // The line with content above it, and the key it holds (after a list item's `- `).
  const before = text.slice(0, Math.max(0, lineStart - 1)).split('\n').reverse().find((l) => !/^\s*(#.*)?$/.test(l));
  const above = before === undefined ? undefined : /^( *)(- +)?([^\s:#][^:#]*?):(?:[ \t]|$)/.exec(before);
  if (!line || !above) return undefined;
  const [k, sibling] = [line[2]!.trim(), above[3]!.trim()];
  const want = above[1]!.length + (above[2]?.length ?? 0);
  if (line[1]!.length >= want) return undefined;
  const keyAt = lineStart + line[1]!.length;
  const spaces = (n: number) => (n === 1 ? '1 space' : `${n} spaces`);
  return diagnosticAt(source.path, lines, [keyAt, keyAt + k.length], {
    code: 'OBS_YAML_SYNTAX',
    message: `this line is indented less than the key above it (\`${k}\` at ${spaces(line[1]!.length)}, \`${sibling}\` at ${spaces(want)}) and is no list item of its own, so YAML cannot tell where it belongs`,
    hint: `indent \`${k}\` like \`${sibling}\` (${spaces(want)}) if it belongs with it; if it starts a new item of the list, write it as \`- ${k}: …\``,
  });
}

/**
 * The YAML error at `at` said as a missing space after a key's colon, when that line or the one above has one: the
 * parser reports whatever the one plain word breaks (a key on two lines, a mapping value where none may be). A list
 * item is left alone: `- localhost:9000` is a plain word on purpose.
 */
function spaceMissing(source: SourceFile, lines: LineIndex, at: number): Diagnostic | undefined {
  const text = source.text;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const aboveStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
  for (const start of new Set([lineStart, aboveStart])) {
    const line = text.slice(start, text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start));
    const indent = /^ */.exec(line)![0].length;
    const found = KEY_WITHOUT_SPACE.exec(line.slice(indent).replace(/\s+#.*$/, ''));
    if (!found) continue;
    const keyAt = start + indent + line.slice(indent).indexOf(found[1]!);
    return diagnosticAt(source.path, lines, [keyAt, keyAt + found[1]!.length + 1], {
      code: 'OBS_YAML_SYNTAX',
      message: `\`${found[1]}:${found[2]}\` has no space after the colon, so YAML reads it as one word, not as a key and its value`,
      hint: `write \`${found[1]}: ${found[2]}\``,
    });
  }
  return undefined;
}

/**
 * A flow list or mapping left open (`capabilities: [SYS_ADMIN` with no `]`), or a quote: yaml reports it where the
 * text ends up (the next line, as an indentation error; the end of the file); said at what opens it.
 */
function unclosed(source: SourceFile, lines: LineIndex, e: YAMLError): Diagnostic | undefined {
  const quote = e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(e.message)?.[1] : undefined;
  if (quote) {
    const at = source.text.lastIndexOf(quote, e.pos[0] - 1);
    if (at === -1) return undefined;
    return diagnosticAt(source.path, lines, [at, at + 1], { code: 'OBS_YAML_SYNTAX', message: `this \`${quote}\` is never closed: the rest of the file is read as one string`, hint: `add the closing \`${quote}\` at the end of the value` });
  }
  const closer = e.code === 'BAD_INDENT' ? /end with an? ([\]}])/.exec(e.message)?.[1] : undefined;
  if (!closer) return undefined;
  const opener = closer === ']' ? '[' : '{';
  const at = source.text.lastIndexOf(opener, e.pos[0]);
  if (at === -1) return undefined;
  const what = opener === '[' ? 'list' : 'mapping';
  return diagnosticAt(source.path, lines, [at, at + 1], {
    code: 'OBS_YAML_SYNTAX',
    message: `this \`${opener}\` is never closed: the ${what} it opens needs a \`${closer}\``,
    hint: `add \`${closer}\` after its last ${opener === '[' ? 'item' : 'entry'}${opener === '[' ? ', or write the items one per line as `- item`' : ''}`,
  });
}

/** Our words where the parser's message gives advice about its own API. */
const YAML_MESSAGES: Partial<Record<YAMLError['code'], string>> = {
  MULTIPLE_DOCS: 'the file holds more than one YAML document (a `---` line starts another)',
};

const YAML_HINTS: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: 'remove one of the two entries or merge them',
  TAB_AS_INDENT: 'YAML indents with spaces only; replace the tab with spaces',
  BAD_INDENT: 'align this line with its siblings, using spaces',
  MULTIPLE_DOCS: 'a config is one YAML document; remove the extra `---` section',
  MISSING_CHAR: 'add the missing closing character, or give a key its colon and value (`key: value`)',
  BLOCK_AS_IMPLICIT_KEY: 'put a space after the colon, or indent the nested block',
  MULTILINE_IMPLICIT_KEY: 'keys fit on one line; check for a missing colon or quote on the line before',
  UNEXPECTED_TOKEN: 'check for a stray character or a missing colon',
};

function sentence(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/** Offset of the first node nested deeper than MAX_DEPTH, walked without recursion. */
function deepestOffset(root: unknown): number | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) return (node as { range?: number[] }).range?.[0] ?? 0;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items as unknown[]) {
        if (isPair(item)) stack.push({ node: item.value, depth: depth + 1 });
        else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return undefined;
}

function tooDeep(source: SourceFile, lines: LineIndex, offset = 0): StageResult<ParsedSource> {
  return fail(source, lines, [offset, offset + 1], 'OBS_YAML_TOO_DEEP', `the document nests deeper than ${MAX_DEPTH} levels`, 'a config is a few levels deep; check for runaway brackets or indentation');
}

function fail(source: SourceFile, lines: LineIndex, range: [number, number], code: Diagnostic['code'], message: string, hint: string): StageResult<ParsedSource> {
  return { diagnostics: [diagnosticAt(source.path, lines, range, { code, message, hint })] };
}
