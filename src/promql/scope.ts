/**
 * A PromQL expression narrowed to some series: one label matcher added to every series selector it holds, placed with
 * Prometheus's own grammar (@prometheus-io/lezer-promql), so no selector is missed and no string is cut in the middle.
 */
import { parser } from '@prometheus-io/lezer-promql';

/**
 * `expr` with `label="value"` in every selector: `up` becomes `up{host=""}`, `x{job="a"}[5m]` becomes
 * `x{job="a",host=""}[5m]`. An expression that does not parse is a bug in obscompile's own rules, and throws.
 */
export function withMatcher(expr: string, label: string, value: string): string {
  const tree = parser.parse(expr);
  const inserts: { at: number; text: string }[] = [];
  const matcher = `${label}=${JSON.stringify(value)}`;
  tree.iterate({
    enter: (n) => {
      if (n.type.isError) throw new Error(`not PromQL at ${n.from} of ${JSON.stringify(expr)}`);
      if (n.name !== 'VectorSelector') return;
      const braces = n.node.getChild('LabelMatchers');
      if (!braces) return void inserts.push({ at: n.to, text: `{${matcher}}` });
      // Before the closing brace, after any matchers (and a trailing comma, which PromQL allows).
      const inside = expr.slice(braces.from + 1, braces.to - 1).trim();
      inserts.push({ at: braces.to - 1, text: inside === '' || inside.endsWith(',') ? matcher : `,${matcher}` });
    },
  });
  return withInserts(expr, inserts);
}

/**
 * `expr` with `label` kept by every aggregation, so that series that differ only in it stay apart: it joins each
 * `by (...)` that lacks it, and a bare aggregation (`sum(x)`) becomes `sum by (label) (x)`. A `without (...)` keeps
 * it already, unless it names it, which throws, as a query that does not parse does: both are bugs in obscompile's
 * own queries. `parsed` is the text the grammar reads, of `expr`'s length (a dashboard query with Grafana's interval
 * variables written as durations: dashboards/panel.ts `checkable`), so that its positions are `expr`'s.
 */
export function keepingLabel(expr: string, label: string, parsed: string = expr): string {
  if (parsed.length !== expr.length) throw new Error(`the parsed text of ${JSON.stringify(expr)} has another length`);
  const inserts: { at: number; text: string }[] = [];
  parser.parse(parsed).iterate({
    enter: (n) => {
      if (n.type.isError) throw new Error(`not PromQL at ${n.from} of ${JSON.stringify(expr)}`);
      if (n.name !== 'AggregateExpr') return;
      const modifier = n.node.getChild('AggregateModifier');
      const op = n.node.getChild('AggregateOp')!.to;
      if (!modifier) return void inserts.push({ at: op, text: ` by (${label})${parsed[op] === '(' ? ' ' : ''}` });
      const grouping = modifier.getChild('GroupingLabels')!;
      const names = grouping.getChildren('LabelName').map((l) => parsed.slice(l.from, l.to));
      if (modifier.getChild('Without')) {
        if (names.includes(label)) throw new Error(`${JSON.stringify(expr)} aggregates ${label} away`);
        return;
      }
      if (!names.includes(label)) inserts.push({ at: grouping.from + 1, text: names.length ? `${label}, ` : label });
    },
  });
  return withInserts(expr, inserts);
}

/** `expr` with each text inserted at its offset (offsets of `expr` as given, applied from the last). */
function withInserts(expr: string, inserts: readonly { at: number; text: string }[]): string {
  let out = expr;
  for (const { at, text } of [...inserts].sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at);
  return out;
}
