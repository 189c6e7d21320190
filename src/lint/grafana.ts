/**
 * Grafana's variables in a PromQL expression, replaced by text of the same length that the PromQL grammar reads, so
 * an expression parses and every offset in it still points at the same character of the file. Interval macros
 * (`$__rate_interval`, `$__interval`, `$__range`) become a duration, their `_ms`/`_s` forms and other variables
 * outside quotes a number; variables inside a quoted label value stay, as the text they are. Variable syntaxes:
 * `$name`, `${name}`, `${name:format}`, `[[name]]` (docs/sources/dashboards/variables/variable-syntax.md @ v13.2.0).
 */

const VARIABLE = /\$\{[^}\n]*\}|\$[A-Za-z_]\w*|\[\[[^\]\n]*\]\]/g;

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

export function maskGrafana(expr: string): string {
  return expr.replace(VARIABLE, (match, offset: number) => {
    if (quotedAt(expr, offset)) return match;
    const name = match.replace(/^\$\{?|\}$|^\[\[|\]\]$/g, '').split(':')[0]!;
    const number = /(_ms|_s)$/.test(name);
    // A duration where the grammar expects one: a range or subquery bracket, or an `offset`.
    const duration = !number && (/^__(rate_)?interval$|^__range$/.test(name) || /(\[|:|offset\s*)$/.test(expr.slice(0, offset).trimEnd()));
    return padded(duration ? '5m' : '1', match.length);
  });
}
