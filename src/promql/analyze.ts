/**
 * What a PromQL expression reads, found with Prometheus's own grammar (@prometheus-io/lezer-promql, the parser of
 * Prometheus's UI): every series selector with its metric name and label matchers, the function it is passed to,
 * whether it feeds histogram_quantile (and keeps `le` on the way), whether it is compared with a number as it is, and
 * the grouping labels of every aggregation. Syntax errors are reported with their offsets, never thrown.
 */
import { parser } from '@prometheus-io/lezer-promql';
import type { SyntaxNode } from '@lezer/common';

export interface Matcher {
  label: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
  /** Offsets of the matcher's label name. */
  from: number;
  to: number;
}

export interface Selector {
  /** The metric name (the identifier, or `__name__="…"`); undefined for a selector that names none. */
  name?: string;
  /** Offsets of the name (or of the whole selector when it has none). */
  from: number;
  to: number;
  matchers: Matcher[];
  /** The function that takes this selector as its range vector (`rate`, `increase`, `irate`, `max_over_time`…). */
  rangeFunction?: string;
  /** The range of a range vector, as written (`10m`, `$__rate_interval`). */
  range?: string;
  /** Set when the selector feeds histogram_quantile: whether every aggregation on the way keeps `le`. */
  quantile?: { keepsLe: boolean };
  /** Compared with a number as it is (`metric > 5`), not through a function or an aggregation. */
  comparedRaw: boolean;
}

export interface Grouping {
  mode: 'by' | 'without';
  labels: { name: string; from: number; to: number }[];
  /** Indexes into `selectors` of the selectors this aggregation reads. */
  selectors: number[];
  /** Labels a function inside makes (label_replace's and label_join's destination, count_values' label). */
  made: string[];
}

export interface QueryAnalysis {
  errors: { from: number; to: number; message: string }[];
  selectors: Selector[];
  groupings: Grouping[];
}

const COMPARISONS = new Set(['Gtr', 'Lss', 'Gte', 'Lte', 'Eql', 'Neq']);
const OPS: Record<string, Matcher['op']> = { EqlSingle: '=', Neq: '!=', EqlRegex: '=~', NeqRegex: '!~' };

/** A PromQL string literal's value (`"…"`, `'…'` or a raw `` `…` `` string). */
function stringValue(text: string): string {
  if (text.startsWith('`')) return text.slice(1, -1);
  const body = text.slice(1, -1);
  return body.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', r: '\r' })[c] ?? c);
}

/** Nodes that hold one expression and change only when or how it is read: `( … )`, `… offset 1h`, `… @ end()`. */
const WRAPPERS = new Set(['ParenExpr', 'OffsetExpr', 'StepInvariantExpr']);

/** The node itself, or what a chain of parentheses, offsets and `@` modifiers around it holds. */
function unwrap(node: SyntaxNode | null): SyntaxNode | null {
  let n = node;
  while (n && WRAPPERS.has(n.name)) n = n.firstChild;
  return n;
}

/** Functions that make a label, by the index of the argument that names it (label_replace(v, dst, …), label_join(v, dst, …)). */
const MAKES_LABEL: Readonly<Record<string, number>> = { label_replace: 1, label_join: 1 };

interface Context {
  rangeFunction?: string;
  range?: string;
  /** Inside histogram_quantile: `le` kept by every aggregation so far. */
  quantile?: { keepsLe: boolean };
  /** Aggregations enclosing the node, innermost last, each collecting the selectors it reads. */
  groupings: Grouping[];
}

/** Analyses one expression. */
export function analyzeQuery(expr: string): QueryAnalysis {
  const tree = parser.parse(expr);
  const out: QueryAnalysis = { errors: [], selectors: [], groupings: [] };
  const text = (n: SyntaxNode) => expr.slice(n.from, n.to);

  tree.iterate({
    enter: (n) => {
      if (n.type.isError) out.errors.push({ from: n.from, to: Math.max(n.to, n.from + 1), message: n.from >= expr.length ? 'the expression ends too early' : `unexpected ${JSON.stringify(expr.slice(n.from, Math.max(n.to, n.from + 1)))}` });
    },
  });

  const selector = (node: SyntaxNode, ctx: Context, comparedRaw: boolean) => {
    // The name as an identifier (`up`), or quoted inside the braces (`{"sglang:num_running_reqs"}`, Prometheus 3).
    const braces = node.getChild('LabelMatchers');
    const quotedName = braces?.getChild('QuotedLabelName');
    const id = node.getChild('Identifier') ?? quotedName;
    const matchers: Matcher[] = [];
    for (const m of [...(braces?.getChildren('UnquotedLabelMatcher') ?? []), ...(braces?.getChildren('QuotedLabelMatcher') ?? [])]) {
      const label = m.getChild('LabelName') ?? m.getChild('QuotedLabelName');
      const op = m.getChild('MatchOp')?.firstChild;
      const value = m.getChild('StringLiteral');
      if (label && op && value) matchers.push({ label: label.name === 'QuotedLabelName' ? stringValue(text(label)) : text(label), op: OPS[op.name] ?? '=', value: stringValue(text(value)), from: label.from, to: label.to });
    }
    matchers.sort((a, b) => a.from - b.from);
    const byName = matchers.find((m) => m.label === '__name__' && m.op === '=');
    const s: Selector = { from: id?.from ?? node.from, to: id?.to ?? node.to, matchers: matchers.filter((m) => m !== byName), comparedRaw };
    const name = quotedName ? stringValue(text(quotedName)) : id ? text(id) : byName?.value;
    if (name !== undefined) s.name = name;
    if (ctx.rangeFunction) s.rangeFunction = ctx.rangeFunction;
    if (ctx.range) s.range = ctx.range;
    if (ctx.quantile) s.quantile = { ...ctx.quantile };
    for (const g of ctx.groupings) g.selectors.push(out.selectors.length);
    out.selectors.push(s);
  };

  const visit = (node: SyntaxNode | null, ctx: Context, comparedRaw = false): void => {
    if (!node) return;
    switch (node.name) {
      case 'VectorSelector':
        return selector(node, ctx, comparedRaw);
      case 'MatrixSelector': {
        // The range is taken by the function around it; what is inside is read as it is.
        const range = /\[\s*([^\]]*?)\s*\]$/.exec(text(node))?.[1];
        return visit(node.firstChild, range ? { ...ctx, range } : ctx, false);
      }
      case 'SubqueryExpr':
        return visit(node.firstChild, ctx, false);
      case 'FunctionCall': {
        const fn = text(node.getChild('FunctionIdentifier') ?? node);
        const args = node.getChild('FunctionCallBody');
        let i = 0;
        for (let arg = args?.firstChild ?? null; arg; arg = arg.nextSibling) {
          if (arg.type.isError || arg.name === ',' ) continue;
          if (MAKES_LABEL[fn] === i && arg.name === 'StringLiteral') for (const g of ctx.groupings) g.made.push(stringValue(text(arg)));
          const quantileArg = fn === 'histogram_quantile' && i === 1;
          const range = unwrap(arg)?.name === 'MatrixSelector' || unwrap(arg)?.name === 'SubqueryExpr' ? fn : undefined;
          visit(arg, { groupings: ctx.groupings, ...(range ? { rangeFunction: range } : {}), ...(quantileArg ? { quantile: { keepsLe: true } } : ctx.quantile ? { quantile: ctx.quantile } : {}) });
          i++;
        }
        return;
      }
      case 'AggregateExpr': {
        const modifier = node.getChild('AggregateModifier');
        const mode = modifier?.getChild('Without') ? 'without' : 'by';
        const labels = (modifier?.getChild('GroupingLabels')?.getChildren('LabelName') ?? []).map((l) => ({ name: text(l), from: l.from, to: l.to }));
        const grouping: Grouping = { mode, labels, selectors: [], made: [] };
        out.groupings.push(grouping);
        // count_values("label", v) gives its result that label: the aggregations around it may group by it.
        const param = node.getChild('FunctionCallBody')?.firstChild;
        if (text(node.getChild('AggregateOp') ?? node) === 'count_values' && param?.name === 'StringLiteral') for (const g of ctx.groupings) g.made.push(stringValue(text(param)));
        const keeps = mode === 'by' ? labels.some((l) => l.name === 'le') : !labels.some((l) => l.name === 'le');
        const quantile = ctx.quantile ? { keepsLe: ctx.quantile.keepsLe && keeps } : undefined;
        const inner: Context = { groupings: [...ctx.groupings, grouping], ...(quantile ? { quantile } : {}) };
        for (let c = node.getChild('FunctionCallBody')?.firstChild ?? null; c; c = c.nextSibling) visit(c, inner);
        return;
      }
      case 'BinaryExpr': {
        const op = node.getChildren('Gtr').length + node.getChildren('Lss').length + node.getChildren('Gte').length + node.getChildren('Lte').length + node.getChildren('Eql').length + node.getChildren('Neq').length > 0;
        const sides = [node.firstChild, node.lastChild];
        const number = (n: SyntaxNode | null) => unwrap(n)?.name === 'NumberDurationLiteral';
        for (const [i, side] of sides.entries()) {
          const other = sides[1 - i]!;
          visit(side, { groupings: ctx.groupings, ...(ctx.quantile ? { quantile: ctx.quantile } : {}) }, op && number(other) && unwrap(side)?.name === 'VectorSelector');
        }
        return;
      }
      default:
        for (let c = node.firstChild; c; c = c.nextSibling) if (!COMPARISONS.has(c.name)) visit(c, ctx, comparedRaw && WRAPPERS.has(node.name));
    }
  };
  visit(tree.topNode.firstChild, { groupings: [] });
  return out;
}
