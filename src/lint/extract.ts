/**
 * The PromQL expressions of a file people write: a Prometheus rule file (YAML `groups[].rules[].expr`, also inside a
 * Kubernetes PrometheusRule's `spec`) or a Grafana dashboard (JSON, every `expr` of a panel's `targets`, rows and
 * library panels included). Each comes with what it belongs to and a map from offsets in the expression to offsets
 * in the file, so a finding inside a YAML block scalar or an escaped JSON string points at the right column.
 */
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { promDurationProblem } from '../config/duration.js';

export interface FileQuery {
  expr: string;
  /** What the expression belongs to: `rule RequestsAborted`, `panel "KV cache used"`. */
  owner: string;
  /** The series a recording rule makes from it. */
  record?: string;
  /** An alerting rule's condition: a first event it cannot see is an alert that never fires. */
  alert?: true;
  /** A dashboard variable's `label_values(query, label)`: the label its values are read from (in the expression, `by (label)`). */
  valuesOf?: string;
  /** The file offset of an offset in `expr`. */
  at(offset: number): number;
}

/** What a file holds, or why it cannot be read as one of the kinds lint knows. */
/** The queries of a file, or why it has none to give (`yaml`: its YAML does not parse, which the config's reader explains best). */
export type Extracted = { kind: 'rules' | 'dashboard'; queries: FileQuery[]; problems?: RuleProblem[] } | { error: string; offset: number; yaml?: true };

/** A value of a rule file Prometheus refuses to load, with where it stands in the file. */
export interface RuleProblem {
  message: string;
  from: number;
  to: number;
}

/** The durations of a rule file (model/rulefmt/rulefmt.go @ v3.14.0): a group's, then each rule's. */
const GROUP_DURATIONS = ['interval', 'query_offset'];
const RULE_DURATIONS = ['for', 'keep_firing_for'];

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

/**
 * Offsets in `text` of each character of the quoted YAML scalar at `start`..`end` (its quotes included), by YAML's
 * rules for flow scalars: an escape (`\n`, `\"`, `\x41`, `\u00e9`; `''` in single quotes) is one character, at its
 * first; a line break folds into a space (or into one line break per empty line after it), the blanks around it
 * dropped; a backslash before a line break joins the lines. Undefined when the result is not `value`'s length (a
 * form this reading does not know): then `aligned` places the characters.
 */
function quotedOffsets(text: string, start: number, end: number, value: string): ((offset: number) => number) | undefined {
  const double = text[start] === '"';
  const map: number[] = [];
  const blank = (c: string | undefined) => c === ' ' || c === '\t';
  const lineBreak = (at: number) => (text[at] === '\r' && text[at + 1] === '\n' ? 2 : text[at] === '\n' || text[at] === '\r' ? 1 : 0);
  // Blanks pushed since the last character that is not one: dropped before a folded line break.
  let trailing = 0;
  for (let s = start + 1; s < end - 1; ) {
    const c = text[s]!;
    const br = lineBreak(s);
    if (br) {
      map.length -= trailing;
      trailing = 0;
      let at = s + br;
      let empty = 0;
      for (;;) {
        while (blank(text[at])) at++;
        const next = lineBreak(at);
        if (!next) break;
        map.push(at);
        empty++;
        at += next;
      }
      if (!empty) map.push(s);
      s = at;
      continue;
    }
    if (double && c === '\\') {
      const e = text[s + 1];
      const joined = lineBreak(s + 1);
      if (joined) {
        s += 1 + joined;
        while (blank(text[s])) s++;
        trailing = 0;
        continue;
      }
      map.push(s);
      trailing = 0;
      s += e === 'x' ? 4 : e === 'u' ? 6 : e === 'U' ? 10 : 2;
      continue;
    }
    map.push(s);
    trailing = blank(c) ? trailing + 1 : 0;
    s += !double && c === "'" && text[s + 1] === "'" ? 2 : 1;
  }
  if (map.length !== value.length) return undefined;
  return (offset) => map[offset] ?? map[map.length - 1] ?? start;
}

function yamlRules(text: string): Extracted {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length) return { error: `not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, offset: doc.errors[0]!.pos[0], yaml: true };
  const root = doc.contents as YamlNode | null;
  const spec = isMap(root) ? root.get('spec', true) : undefined;
  const groups = isMap(root) ? (root.get('groups', true) ?? (isMap(spec) ? spec.get('groups', true) : undefined)) : undefined;
  if (!isSeq(groups)) return { error: 'not a Prometheus rule file: no `groups` list (nor `spec.groups`)', offset: 0 };
  const queries: FileQuery[] = [];
  const problems: RuleProblem[] = [];
  // A duration as Go's YAML reader hands it to Prometheus: a string's value, any other scalar as it is written.
  const durations = (map: YamlNode, keys: readonly string[], owner: string) => {
    for (const key of keys) {
      const node = isMap(map) ? map.get(key, true) : undefined;
      if (!isScalar(node) || node.value === null || !node.range) continue;
      const written = typeof node.value === 'string' ? node.value : text.slice(node.range[0], node.range[1]);
      const why = promDurationProblem(written);
      if (why) problems.push({ message: `${owner}: \`${key}: ${written}\` is not a duration Prometheus reads: ${why}`, from: node.range[0], to: node.range[1] });
    }
  };
  for (const group of groups.items) {
    if (isMap(group)) durations(group, GROUP_DURATIONS, `group ${String(group.get('name') ?? '(unnamed)')}`);
    const rules = isMap(group) ? group.get('rules', true) : undefined;
    if (!isSeq(rules)) continue;
    for (const rule of rules.items) {
      if (!isMap(rule)) continue;
      durations(rule, RULE_DURATIONS, `rule ${String(rule.get('alert') ?? rule.get('record') ?? '(unnamed)')}`);
      const expr = rule.get('expr', true);
      if (!isScalar(expr) || typeof expr.value !== 'string' || !expr.range) continue;
      const record = rule.get('record');
      const alert = rule.get('alert');
      const name = alert ?? record;
      const quoted = expr.type === 'QUOTE_DOUBLE' || expr.type === 'QUOTE_SINGLE' ? quotedOffsets(text, expr.range[0], expr.range[1], expr.value) : undefined;
      queries.push({ expr: expr.value, owner: `rule ${String(name ?? '(unnamed)')}`, at: quoted ?? aligned(text, expr.range[0], expr.range[1], expr.value), ...(typeof record === 'string' ? { record } : {}), ...(alert !== undefined && alert !== null ? { alert: true as const } : {}) });
    }
  }
  return { kind: 'rules', queries, problems };
}

/**
 * Offsets in `text` of each character of the JSON string literal whose quotes stand at `start` and `end - 1`: an
 * escape (`\n`, `\"`, `\u00e9`) is one character of the value, at its backslash.
 */
function jsonStringOffsets(text: string, start: number, end: number): (offset: number) => number {
  const map: number[] = [];
  for (let s = start + 1; s < end - 1; s++) {
    map.push(s);
    if (text[s] === '\\') s += text[s + 1] === 'u' ? 5 : 1;
  }
  return (offset) => map[offset] ?? map[map.length - 1] ?? start;
}

/** The properties of a JSON object node by key. */
const propsOf = (node: JsonNode) => new Map((node.children ?? []).map((p) => [p.children![0]!.value as string, p.children![1]!]));

/**
 * Whether a panel's or target's `datasource` is one that is not Prometheus, so its `expr` is not PromQL (Loki's
 * LogQL, say): a reference `{ type, uid }` of another type, or a name (the older form) that says so. `undefined`
 * when there is none: the panel's, then the dashboard's default, applies.
 */
function otherDatasource(node: JsonNode | undefined, variables: ReadonlyMap<string, string> = new Map()): boolean | undefined {
  if (!node) return undefined;
  if (node.type === 'string') {
    if (typeof node.value !== 'string') return undefined;
    // `$logs`: a data source variable, whose query names the plugin type (`loki`) it offers.
    const plugin = variables.get(/^\$\{?(\w+)\}?$/.exec(node.value)?.[1] ?? '');
    return plugin !== undefined ? !/^prometheus$/i.test(plugin) : NOT_PROMQL.test(node.value);
  }
  const props = node.type === 'object' ? propsOf(node) : undefined;
  const type = props?.get('type');
  if (type?.type === 'string') return !/^prometheus$/i.test(String(type.value));
  const uid = props?.get('uid');
  return uid?.type === 'string' ? otherDatasource(uid, variables) : undefined;
}

/** The properties of each variable of a dashboard (`templating.list`). */
function dashboardVariables(tree: JsonNode): Map<string, JsonNode>[] {
  const templating = tree.type === 'object' ? propsOf(tree).get('templating') : undefined;
  const list = templating?.type === 'object' ? propsOf(templating).get('list') : undefined;
  return (list?.type === 'array' ? (list.children ?? []) : []).filter((v) => v.type === 'object').map(propsOf);
}

/** A dashboard's data source variables (`type: datasource`) by name, with the plugin type each offers (its `query`). */
function datasourceVariables(tree: JsonNode): Map<string, string> {
  const found = new Map<string, string>();
  for (const props of dashboardVariables(tree)) {
    const name = props.get('name')?.value;
    const plugin = props.get('query')?.value;
    if (props.get('type')?.value === 'datasource' && typeof name === 'string' && typeof plugin === 'string') found.set(name, plugin);
  }
  return found;
}

/** Names of data sources whose queries are not PromQL (Grafana's core and common plugin types), as words of a name. */
const NOT_PROMQL = /\b(loki|tempo|jaeger|zipkin|elasticsearch|opensearch|influxdb|graphite|mysql|postgres|mssql|cloudwatch|pyroscope|testdata)\b/i;

/**
 * Every `expr` string of every `targets` list in a JSON tree, with the title of the panel that holds it; targets of
 * another kind of data source than Prometheus are left out.
 */
function jsonTargets(node: JsonNode, text: string, title: string, out: FileQuery[], variables: ReadonlyMap<string, string>): void {
  if (node.type === 'object') {
    const props = propsOf(node);
    const own = props.get('title');
    const here = own?.type === 'string' ? String(own.value) : title;
    // A target's own data source, else its panel's (a panel's nested panels name their own, else the default's).
    const panelOther = otherDatasource(props.get('datasource'), variables) ?? false;
    const targets = props.get('targets');
    if (targets?.type === 'array') {
      for (const t of targets.children ?? []) {
        if (t.type !== 'object') continue;
        const target = propsOf(t);
        if (otherDatasource(target.get('datasource'), variables) ?? panelOther) continue;
        const expr = target.get('expr');
        if (expr?.type === 'string' && typeof expr.value === 'string') out.push({ expr: expr.value, owner: `panel ${JSON.stringify(here)}`, at: jsonStringOffsets(text, expr.offset, expr.offset + expr.length) });
      }
    }
    for (const [key, child] of props) if (key !== 'targets') jsonTargets(child, text, here, out, variables);
  } else if (node.type === 'array') for (const child of node.children ?? []) jsonTargets(child, text, title, out, variables);
}

/**
 * The PromQL of a dashboard's query variables (`templating.list`, Grafana's Prometheus data source): the query of
 * `query_result(…)`, and of `label_values(query, label)` the query grouped by the label, so that a name or label it
 * lacks is found as in a panel. `label_values(label)`, `label_names()` and `metrics(…)` read no series of their own.
 * The query is a string, or (the newer editor) an object whose `query` is.
 */
function jsonVariables(tree: JsonNode, text: string, out: FileQuery[], sources: ReadonlyMap<string, string>): void {
  for (const props of dashboardVariables(tree)) {
    if (props.get('type')?.value !== 'query' || otherDatasource(props.get('datasource'), sources)) continue;
    let query = props.get('query');
    if (query?.type === 'object') query = propsOf(query).get('query');
    if (query?.type !== 'string' || typeof query.value !== 'string') continue;
    const value = query.value;
    const inFile = jsonStringOffsets(text, query.offset, query.offset + query.length);
    const owner = `variable ${JSON.stringify(String(props.get('name')?.value ?? '(unnamed)'))}`;
    const call = /^\s*(label_values|query_result)\s*\(([\s\S]*)\)\s*$/.exec(value);
    if (!call) continue;
    const argsAt = value.indexOf('(') + 1;
    if (call[1] === 'query_result') {
      out.push({ expr: call[2]!, owner, at: (o) => inFile(argsAt + o) });
      continue;
    }
    // label_values(query, label): the label is the last argument, the query everything before its comma.
    const comma = call[2]!.lastIndexOf(',');
    if (comma < 0) continue;
    const label = call[2]!.slice(comma + 1).trim();
    const inner = call[2]!.slice(0, comma);
    // A label named by another variable (`$lbl`) is only known on the dashboard: the query alone is checked.
    if (/[$[]/.test(label)) {
      out.push({ expr: inner, owner, at: (o) => inFile(argsAt + o) });
      continue;
    }
    const labelAt = argsAt + call[2]!.indexOf(label, comma);
    const head = `group by (${label}) (`;
    // Offsets in the grouping map to the label, the rest to the query as written.
    const at = (o: number) => (o < head.length - 3 ? inFile(labelAt + Math.max(0, o - 10)) : inFile(argsAt + Math.min(Math.max(0, o - head.length), inner.length - 1)));
    out.push({ expr: `${head}${inner})`, owner, valuesOf: label, at });
  }
}

function jsonDashboard(text: string): Extracted {
  const errors: { error: number; offset: number }[] = [];
  const tree = parseTree(text, errors as never, { allowTrailingComma: false });
  if (!tree || errors.length) return { error: 'not valid JSON', offset: errors[0]?.offset ?? 0 };
  const queries: FileQuery[] = [];
  // A dashboard as Grafana's HTTP API gives and takes it holds the model under `dashboard` (beside `meta`).
  const wrapped = tree.type === 'object' ? propsOf(tree).get('dashboard') : undefined;
  const model = wrapped?.type === 'object' && !propsOf(tree).has('panels') ? wrapped : tree;
  const sources = datasourceVariables(model);
  jsonTargets(tree, text, '(untitled)', queries, sources);
  jsonVariables(model, text, queries, sources);
  const hasPanels = /"panels"\s*:/.test(text);
  if (!hasPanels) return { error: 'not a Grafana dashboard: no `panels`', offset: 0 };
  return { kind: 'dashboard', queries };
}

/**
 * The queries of a file, told apart by its name (`.json`) or its first non-blank character (`{` or `[`): JSON, else
 * YAML.
 */
export function extractQueries(text: string, name = ''): Extracted {
  return /\.json$/i.test(name) || /^\s*[{[]/.test(text) ? jsonDashboard(text) : yamlRules(text);
}
