/**
 * The PromQL expressions of a file people write: a Prometheus rule file (YAML `groups[].rules[].expr`, also inside a
 * Kubernetes PrometheusRule's `spec`) or a Grafana dashboard (JSON, every `expr` of a panel's `targets`, rows and
 * library panels included). Each comes with what it belongs to and a map from offsets in the expression to offsets
 * in the file, so a finding inside a YAML block scalar or an escaped JSON string points at the right column.
 */
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';

export interface FileQuery {
  expr: string;
  /** What the expression belongs to: `rule RequestsAborted`, `panel "KV cache used"`. */
  owner: string;
  /** The series a recording rule makes from it. */
  record?: string;
  /** The file offset of an offset in `expr`. */
  at(offset: number): number;
}

/** What a file holds, or why it cannot be read as one of the kinds lint knows. */
export type Extracted = { kind: 'rules' | 'dashboard'; queries: FileQuery[] } | { error: string; offset: number };

/**
 * Offsets of a value's characters in its source text, by aligning the value with the text from `start`: characters
 * of the source that the value lacks (quotes, escapes, a block's indentation) are skipped.
 */
function aligned(text: string, start: number, end: number, value: string): (offset: number) => number {
  const map: number[] = [];
  let s = start;
  for (let v = 0; v < value.length && s < end; s++) if (text[s] === value[v]) map[v++] = s;
  return (offset) => map[offset] ?? map[map.length - 1] ?? start;
}

function yamlRules(text: string): Extracted {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length) return { error: `not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, offset: doc.errors[0]!.pos[0] };
  const root = doc.contents as YamlNode | null;
  const spec = isMap(root) ? root.get('spec', true) : undefined;
  const groups = isMap(root) ? (root.get('groups', true) ?? (isMap(spec) ? spec.get('groups', true) : undefined)) : undefined;
  if (!isSeq(groups)) return { error: 'not a Prometheus rule file: no `groups` list (nor `spec.groups`)', offset: 0 };
  const queries: FileQuery[] = [];
  for (const group of groups.items) {
    const rules = isMap(group) ? group.get('rules', true) : undefined;
    if (!isSeq(rules)) continue;
    for (const rule of rules.items) {
      if (!isMap(rule)) continue;
      const expr = rule.get('expr', true);
      if (!isScalar(expr) || typeof expr.value !== 'string' || !expr.range) continue;
      const record = rule.get('record');
      const name = rule.get('alert') ?? record;
      queries.push({ expr: expr.value, owner: `rule ${String(name ?? '(unnamed)')}`, at: aligned(text, expr.range[0], expr.range[1], expr.value), ...(typeof record === 'string' ? { record } : {}) });
    }
  }
  return { kind: 'rules', queries };
}

/** The properties of a JSON object node by key. */
const propsOf = (node: JsonNode) => new Map((node.children ?? []).map((p) => [p.children![0]!.value as string, p.children![1]!]));

/**
 * Whether a panel's or target's `datasource` is one that is not Prometheus, so its `expr` is not PromQL (Loki's
 * LogQL, say): a reference `{ type, uid }` of another type, or a name (the older form) that says so. `undefined`
 * when there is none: the panel's, then the dashboard's default, applies.
 */
function otherDatasource(node: JsonNode | undefined): boolean | undefined {
  if (!node) return undefined;
  if (node.type === 'string') return typeof node.value === 'string' ? NOT_PROMQL.test(node.value) : undefined;
  const type = node.type === 'object' ? propsOf(node).get('type') : undefined;
  return type?.type === 'string' ? !/^prometheus$/i.test(String(type.value)) : undefined;
}

/** Names of data sources whose queries are not PromQL (Grafana's core and common plugin types), as words of a name. */
const NOT_PROMQL = /\b(loki|tempo|jaeger|zipkin|elasticsearch|opensearch|influxdb|graphite|mysql|postgres|mssql|cloudwatch|pyroscope|testdata)\b/i;

/**
 * Every `expr` string of every `targets` list in a JSON tree, with the title of the panel that holds it; targets of
 * another kind of data source than Prometheus are left out.
 */
function jsonTargets(node: JsonNode, text: string, title: string, out: FileQuery[]): void {
  if (node.type === 'object') {
    const props = propsOf(node);
    const own = props.get('title');
    const here = own?.type === 'string' ? String(own.value) : title;
    // A target's own data source, else its panel's (a panel's nested panels name their own, else the default's).
    const panelOther = otherDatasource(props.get('datasource')) ?? false;
    const targets = props.get('targets');
    if (targets?.type === 'array') {
      for (const t of targets.children ?? []) {
        if (t.type !== 'object') continue;
        const target = propsOf(t);
        if (otherDatasource(target.get('datasource')) ?? panelOther) continue;
        const expr = target.get('expr');
        if (expr?.type === 'string' && typeof expr.value === 'string') out.push({ expr: expr.value, owner: `panel ${JSON.stringify(here)}`, at: aligned(text, expr.offset + 1, expr.offset + expr.length - 1, expr.value) });
      }
    }
    for (const [key, child] of props) if (key !== 'targets') jsonTargets(child, text, here, out);
  } else if (node.type === 'array') for (const child of node.children ?? []) jsonTargets(child, text, title, out);
}

function jsonDashboard(text: string): Extracted {
  const errors: { error: number; offset: number }[] = [];
  const tree = parseTree(text, errors as never, { allowTrailingComma: false });
  if (!tree || errors.length) return { error: 'not valid JSON', offset: errors[0]?.offset ?? 0 };
  const queries: FileQuery[] = [];
  jsonTargets(tree, text, '(untitled)', queries);
  const hasPanels = /"panels"\s*:/.test(text);
  if (!hasPanels) return { error: 'not a Grafana dashboard: no `panels`', offset: 0 };
  return { kind: 'dashboard', queries };
}

/** The queries of a file, told apart by its first non-blank character: `{` or `[` is JSON, anything else YAML. */
export function extractQueries(text: string): Extracted {
  return /^\s*[{[]/.test(text) ? jsonDashboard(text) : yamlRules(text);
}
