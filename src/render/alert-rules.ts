/**
 * alert-rules.yml: obscompile's recording and alert rules as Prometheus loads them (`rule_files` of prometheus.yml,
 * beside it), one group per pack; and alert-rules.test.yml, their `promtool test rules` unit tests, so users can run
 * them in their own CI. Built as data from the model and serialised once.
 */
import { blockYaml, finish, headerText, provenanceOf } from './text.js';
import { testLabelling, testLabels, type SourceLabels } from './alert-tests.js';
import { testSeries, type ModelAlert } from '../model/alerts.js';
import type { RecordingRule, TestSeries } from '../alerts/rule.js';
import type { Model, Provenance } from '../model/model.js';
import type { Artifact } from '../types.js';
import { keepLast } from './same-input.js';
import { durationMs } from '../config/duration.js';

/** The rule file prometheus.yml loads, beside it (rule_files paths are relative to the config file). */
export const ALERT_RULES_FILE = 'alert-rules.yml';
export const ALERT_TESTS_FILE = 'alert-rules.test.yml';

/** The group every alert of a pack goes into. */
const groupName = (pack: string) => `obscompile-${pack}`;

function alertRule(a: ModelAlert): Record<string, unknown> {
  const rule: Record<string, unknown> = { alert: a.alert, expr: a.expr };
  if (a.for !== '0m') rule.for = a.for;
  rule.labels = { severity: a.severity, pack: a.pack };
  rule.annotations = { summary: a.summary, description: a.description };
  return rule;
}

/** The rule file's text from its groups and what its head says: the same for every host of a fleet with the same rules. */
const rulesText = keepLast('alert-rules', ({ from, leftOut, groups }: { from: Provenance; leftOut: string[]; groups: Record<string, unknown>[] }) => {
  const note = leftOut.length ? `\n# Left out (what they read is not produced here): ${leftOut.join(', ')}; metrics_catalog.md says why.` : '';
  return finish(`# ${headerText(from)}\n# Tested by ${ALERT_TESTS_FILE} (promtool test rules ${ALERT_TESTS_FILE}).${note}\n${blockYaml({ groups })}`);
});

/** The rule file: recording rules first (alerts may read what they record), then one group per pack. */
export function renderAlertRules(model: Model): Artifact {
  const m = model.alerts!;
  return alertRulesArtifact(provenanceOf(model), m.alerts, m.recording, m.leftOut.map((l) => l.name));
}

/** A rule file of these rules (a host's, or the central store's own), headed by where they came from. */
export function alertRulesArtifact(from: Provenance, alerts: readonly ModelAlert[], recording: readonly RecordingRule[] = [], leftOut: string[] = []): Artifact {
  const groups: Record<string, unknown>[] = [];
  if (recording.length) groups.push({ name: groupName('recording'), rules: recording.map((r) => ({ record: r.record, expr: r.expr })) });
  for (const pack of ['stack', 'gpu', 'serving'] as const) {
    const inPack = alerts.filter((a) => a.pack === pack);
    if (inPack.length) groups.push({ name: groupName(pack), rules: inPack.map(alertRule) });
  }
  const content = rulesText(ALERT_RULES_FILE, { from, leftOut, groups });
  return { name: 'alert-rules.yml', path: ALERT_RULES_FILE, content, executable: false };
}

/**
 * An annotation template with the alert's labels put in (`{{ $labels.NAME }}`: the only form the rules use). A label
 * the alert lacks expands to nothing: Prometheus runs its templates with `missingkey=zero` over a map of strings
 * (template/template.go NewTemplateExpander @ v2.42.0 and v3.14.0), not text/template's `<no value>`.
 */
function expand(template: string, labels: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, name: string) => labels[name] ?? '');
}

/** What one alert's unit tests are made of: the alert, its source's labels, and the catalog's label names of each series it feeds. */
export interface AlertTestsInput {
  alert: ModelAlert;
  source: SourceLabels;
  names: Record<string, readonly string[]>;
}

/** The unit tests: per alert, the series that make it fire (and the alert it gives) and healthy ones that keep it silent. */
export function renderAlertTests(model: Model): Artifact {
  const m = model.alerts!;
  const labelling = testLabelling(model);
  const items = m.alerts.map((a) => {
    const names: Record<string, readonly string[]> = {};
    for (const s of testSeries(a.test)) names[s.metric] ??= labelling.names(s.metric);
    return testsWithInstance({ alert: a, source: labelling.source(a.source), names });
  });
  return alertTestsArtifact(headerText(model), items);
}

/**
 * Stand-ins a test is made with in place of its source's instance, which then replaces them: a fleet's hosts differ
 * in the instance of each host's own Prometheus (its port), so with the stand-in every host after the first finds the
 * text made. Only for instances of a stand-in's shape (a host name or IPv4 address, then a port), which block YAML
 * writes, alone or inside a series or annotation, exactly as it writes the stand-in; no config gives a stand-in.
 */
const INSTANCE_STANDINS: readonly (readonly [RegExp, string])[] = [
  [/^[A-Za-z][A-Za-z0-9.-]*:[0-9]+$/, 'obscompile-instance.invalid:1'],
  [/^[0-9]{1,3}(?:\.[0-9]{1,3}){3}:[0-9]+$/, '999.999.999.999:1'],
];

/** One alert's unit tests (alertTestsText), made with a stand-in for the instance where one fits. */
export function testsWithInstance(input: AlertTestsInput): string {
  const instance = input.source.known.instance;
  const standIn = instance === undefined ? undefined : INSTANCE_STANDINS.find(([shape]) => shape.test(instance))?.[1];
  if (standIn === undefined || instance === undefined) return alertTestsText(input.alert.alert, input);
  const known = { ...input.source.known, instance: standIn };
  return alertTestsText(input.alert.alert, { ...input, source: { ...input.source, known } }).replaceAll(standIn, instance);
}

/** The unit-test file from each alert's tests (alertTestsText), under `header`. */
export function alertTestsArtifact(header: string, items: readonly string[]): Artifact {
  const head = { rule_files: [ALERT_RULES_FILE], evaluation_interval: '1m' };
  const body = items.length ? `${blockYaml(head)}tests:\n${items.join('')}` : blockYaml({ ...head, tests: [] });
  const content = `# ${header}\n# Unit tests of ${ALERT_RULES_FILE}: promtool test rules ${ALERT_TESTS_FILE}\n${body}`;
  return { name: 'alert-rules.test.yml', path: ALERT_TESTS_FILE, content: finish(content), executable: false };
}

/**
 * One alert's unit tests as items of the `tests` list: block YAML writes a list item the same wherever the list stands,
 * so the items are written alert by alert and joined. Most are the same for every host of a fleet (only those of the
 * host's own Prometheus name its port): an alert whose input is equal to the last one's is not made again.
 */
export const alertTestsText = keepLast('alert-tests', ({ alert: a, source, names }: AlertTestsInput): string => {
  const spec = a.test;
  const inputs = (list: readonly TestSeries[]) => list.map((s) => ({ labels: testLabels(source, names[s.metric]!, s), values: s.values }));
  // The alert the firing series raise: its labels from the series (those of `by`, or all of the first), and its annotations.
  const raised = (series: ReturnType<typeof inputs>) => {
    const first = series[0]?.labels ?? {};
    const kept = a.by ? Object.fromEntries(a.by.filter((l) => first[l] !== undefined).map((l) => [l, first[l]!])) : Object.fromEntries(Object.entries(first).filter(([k]) => k !== '__name__'));
    const labels = { ...kept, severity: a.severity, pack: a.pack };
    return [{ exp_labels: labels, exp_annotations: { summary: expand(a.summary, labels), description: expand(a.description, labels) } }];
  };
  const item = (name: string, series: ReturnType<typeof inputs>, at: string, expected: unknown[]) =>
    blockYaml({ tests: [{ name, interval: '1m', input_series: series.map((s) => ({ series: selector(s.labels), values: s.values })), alert_rule_test: [{ eval_time: at, alertname: a.alert, exp_alerts: expected }] }] }).slice('tests:\n'.length);
  const fire = inputs(spec.fire);
  const at = Number.parseInt(spec.at, 10);
  let text = item(`${a.alert} fires`, fire, spec.at, raised(fire));
  for (const { what, series, at: when } of spec.also ?? []) text += item(`${a.alert} fires ${what}`, inputs(series), when, raised(inputs(series)));
  if (spec.calm) text += item(`${a.alert} stays silent`, inputs(spec.calm), spec.at, []);
  for (const { what, series } of spec.quiet ?? []) text += item(`${a.alert} stays silent ${what}`, inputs(series), spec.at, []);
  if (spec.gap) text += item(`${a.alert} stays silent on a count from before after missed scrapes`, inputs(spec.gap.series), spec.gap.at, []);
  // An alert that must not end while its cause lasts, long after its window has moved past the start of it.
  if (spec.lasts !== undefined && spec.lasts > at) text += item(`${a.alert} still fires at ${spec.lasts}m, its cause still there`, fire, `${spec.lasts}m`, raised(fire));
  // The same firing series one minute before the condition has held for the alert's `for` (the test fires at the
  // minute it has): an alert firing then has a shorter `for` than the rule file says, or none.
  const minutes = Math.ceil(durationMs(a.for) / 60_000);
  if (minutes >= 1 && spec.fire.length && spec.exact) text += item(`${a.alert} does not fire before its for (${a.for}) has passed`, fire, `${at - 1}m`, []);
  return text;
});

/** A series in promtool's input notation: `name{label="value",…}`, the name taken from `__name__`. */
function selector(labels: Readonly<Record<string, string>>): string {
  let rest = '';
  for (const k of Object.keys(labels)) if (k !== '__name__') rest += `${rest ? ',' : ''}${k}=${JSON.stringify(labels[k])}`;
  return `${labels.__name__}{${rest}}`;
}
