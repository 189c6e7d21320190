/**
 * Grafana's variables in a PromQL expression, replaced by text of the same length that the PromQL grammar reads, so
 * an expression parses and every offset in it still points at the same character of the file. Interval macros
 * (`$__rate_interval`, `$__interval`, `$__range`) become a duration, their `_ms`/`_s` forms and other variables
 * outside quotes a number; variables inside a quoted label value stay, as the text they are. Variable syntaxes:
 * `$name`, `${name}`, `${name:format}`, `[[name]]` (docs/sources/dashboards/variables/variable-syntax.md @ v13.2.0).
 */

// `[[name]]` holds no bracket: in a range (`x[[[interval]]]`) the variable is the inner pair.
const VARIABLE = /\$\{[^}\n]*\}|\$[A-Za-z_]\w*|\[\[[^[\]\n]*\]\]/g;

/** `text` padded with spaces to `length` (the grammar skips blanks); the shortest replacement fits every variable. */
const padded = (text: string, length: number) => text + ' '.repeat(Math.max(0, length - text.length));

/** Is `offset` inside a quoted string of `expr`? */
function quotedAt(expr: string, offset: number): boolean {
  let quote: string | undefined;
  for (let i = 0; i < offset; i++) {
    const c = expr[i]!;
    if (quote) {
      if (c === '\\' && quote !== '`') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === '`') quote = c;
  }
  return quote !== undefined;
}

/**
 * Whether the variable at `offset` stands where PromQL wants a name: a metric's (before `{` or a range), or a label's
 * (in a `by`/`without`/`on`/`ignoring`/`group_*` list, or before a matcher's operator inside braces).
 */
function nameAt(expr: string, offset: number, length: number): boolean {
  const after = expr.slice(offset + length).trimStart();
  if (/^(\{|\[(?!\[))/.test(after) || /^(=~|!~|!=|=)/.test(after)) return true;
  const before = expr.slice(0, offset).trimEnd();
  if (!/[(,]$/.test(before)) return false;
  // The list it stands in: the nearest `(` not closed before it, and the word before that.
  let depth = 0;
  for (let i = before.length - 1; i >= 0; i--) {
    if (before[i] === ')') depth++;
    else if (before[i] === '(' && depth-- === 0) return /\b(by|without|on|ignoring|group_left|group_right)\s*$/.test(before.slice(0, i));
  }
  return false;
}

/**
 * `expr` as the grammar can read it: each variable outside quotes becomes a name where PromQL wants one (`_`), a
 * duration in a range, a subquery or after `offset`, else a number.
 */
export function maskGrafana(expr: string): string {
  return expr.replace(VARIABLE, (match, offset: number) => {
    if (quotedAt(expr, offset)) return match;
    const name = match.replace(/^\$\{?|\}$|^\[\[|\]\]$/g, '').split(':')[0]!;
    const number = /(_ms|_s)$/.test(name);
    // A duration where the grammar expects one: a range or subquery bracket, or an `offset`.
    const duration = !number && (/^__(rate_)?interval$|^__range$/.test(name) || /(\[|:|offset\s*)$/.test(expr.slice(0, offset).trimEnd()));
    return padded(duration ? '5m' : !number && nameAt(expr, offset, match.length) ? '_' : '1', match.length);
  });
}

/** The Grafana variable that starts at `from` in a query, if one does: what it stands for is known once Grafana replaces it. */
export function variableAt(expr: string, from: number): string | undefined {
  const m = new RegExp(VARIABLE.source, 'y').exec(expr.slice(from));
  return m?.[0];
}
