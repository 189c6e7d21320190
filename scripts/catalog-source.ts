/**
 * Reading one catalog file (catalog/*.yaml): its YAML, the catalog's schema (the config schema's metric definition
 * plus what only the catalog says), then what a schema cannot say: every name a row refers to exists and every
 * version it gives is after the row's first release. A row that names a label it does not have, or a label set the
 * source lacks, would otherwise be kept and silently do nothing. Problems are reported as `catalog/<file>:line:col`,
 * all of them at once.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../src/validate/ajv-options.js';
import { fromPointer } from '../src/config/config-path.js';
import { locate } from '../src/parse/yaml-path.js';
import { versionAtLeast } from '../src/upstream/version.js';
import type { CatalogMetric, CatalogSource } from '../src/model/catalog-data.js';

/** Catalog files, one per source, in the order their sections appear. */
export const CATALOG_FILES = ['prometheus.yaml', 'alertmanager.yaml', 'node_exporter.yaml', 'dcgm_exporter.yaml', 'jaeger.yaml', 'jaeger-v1.yaml', 'sglang.yaml', 'vllm.yaml', 'cadvisor.yaml'];

/** One or more problems in a catalog file, each `catalog/<file>:line:col: what, and how to fix it` on a line. */
export class CatalogError extends Error {}

type Path = (string | number)[];
interface Problem {
  path: Path;
  message: string;
  /** The mistake is the last step's key (a misspelt name), not its value. */
  key?: boolean;
}

/** The schema of a catalog file: the config schema's `metric` with the catalog's own fields. */
export function catalogValidator(schema: Record<string, unknown>): ValidateFunction {
  const definitions = schema.definitions as Record<string, Record<string, unknown>>;
  const metric = structuredClone(definitions.metric!) as { properties: Record<string, unknown> };
  const text = { type: 'string', minLength: 1 };
  const names = { type: 'array', items: { type: 'string', pattern: '^[a-zA-Z_][a-zA-Z0-9_]*$' } };
  const version = { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' };
  Object.assign(metric.properties, {
    requires: { enum: ['profiling', 'forwarding', 'rules', 'alertmanager', 'remoteWrite'] },
    condition: text,
    appears: text,
    appearsHolding: { enum: ['sinceStart', 'batch'] },
    countsSince: text,
    since: version,
    labelsSince: { type: 'object', additionalProperties: version },
    requiresSince: version,
    typeBefore: { type: 'object', additionalProperties: false, required: ['version', 'type'], properties: { version, type: metric.properties.type } },
    buckets: { type: 'array', minItems: 1, items: { type: 'number' } },
    disabledKind: text,
    labelSet: text,
    noSeriesLabels: { const: true },
  });
  return createAjv().compile({
    type: 'object',
    additionalProperties: false,
    required: ['source', 'title', 'upstream', 'metrics'],
    properties: {
      source: { enum: ['prometheus', 'alertmanager', 'jaeger', 'nodeExporter', 'dcgmExporter', 'modelServer', 'cadvisor'] },
      engine: { enum: ['sglang', 'vllm'] },
      title: text,
      selection: { const: true },
      major: { type: 'integer', minimum: 1 },
      upstream: {
        type: 'object',
        additionalProperties: false,
        required: ['project', 'url', 'version', 'facts'],
        properties: { project: text, url: { type: 'string', pattern: '^https://' }, version: text, facts: { type: 'array', minItems: 1, items: text } },
      },
      seriesLabels: names,
      labelSets: { type: 'object', additionalProperties: names },
      labelFields: { type: 'array', items: { type: 'object', additionalProperties: false, required: ['name', 'help'], properties: { name: text, help: text } } },
      notes: { type: 'array', items: text },
      renamed: { type: 'object', additionalProperties: text },
      removed: { type: 'object', additionalProperties: text },
      metrics: { type: 'array', items: metric },
    },
  });
}

/** The source in `text` (the file `catalog/<file>`), or a CatalogError naming every problem where it stands. */
export function readCatalogSource(file: string, text: string, check: ValidateFunction): CatalogSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const where = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `catalog/${file}:${line}:${col}`;
  };
  if (doc.errors.length) throw new CatalogError(doc.errors.map((e) => `${where(e.pos[0])}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`).join('\n'));
  const data = doc.toJS() as unknown;
  const problems: Problem[] = check(data)
    ? rowProblems(data as CatalogSource)
    : check.errors!.map(schemaProblem);
  if (problems.length === 0) return data as CatalogSource;
  throw new CatalogError(problems.map((p) => `${where(locate(doc, p.path, p.key ? 'key' : 'value').range[0])}: ${p.message}`).join('\n'));
}


function schemaProblem(e: NonNullable<ValidateFunction['errors']>[number]): Problem {
  const path = fromPointer(e.instancePath);
  const at = path.length ? `\`${path.join('.')}\`` : 'the file';
  if (e.keyword === 'enum') return { path, message: `${at} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` };
  if (e.keyword !== 'additionalProperties') return { path, message: `${at} ${e.message}` };
  const field = (e.params as { additionalProperty: string }).additionalProperty;
  return { path: [...path, field], key: true, message: `${at} has no field \`${field}\`: remove it or spell it as src/model/catalog-data.ts does` };
}


/** What the schema cannot say about a source's rows. */
function rowProblems(source: CatalogSource): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const series = new Set(source.seriesLabels ?? []);
  source.metrics.forEach((m, i) => {
    const at = (...rest: Path): Path => ['metrics', i, ...rest];
    const add = (path: Path, ...[key, message]: [boolean, string] | [string]) =>
      problems.push(message === undefined ? { path: at(...path), message: key as string } : { path: at(...path), key: key as boolean, message });
    const first = seen.get(m.name);
    if (first !== undefined) add(['name'], `\`${m.name}\` is catalogued twice (also row ${first + 1}): keep one row`);
    else seen.set(m.name, i);
    const labels = m.labels ?? [];
    for (const [j, label] of labels.entries()) {
      if (labels.indexOf(label) !== j) add(['labels', j], `label \`${label}\` is listed twice: keep one`);
      if (series.has(label) && !m.labelSet && !m.noSeriesLabels) add(['labels', j], `label \`${label}\` is already one of the source's seriesLabels: remove it here`);
    }
    for (const [label, version] of Object.entries(m.labelsSince ?? {})) {
      if (!labels.includes(label)) add(['labelsSince', label], true, `labelsSince names \`${label}\`, which is not among the row's labels (${labels.join(', ') || 'none'}): add it to labels or remove it here`);
      if (m.since && !later(version, m.since)) add(['labelsSince', label], `\`${label}\` from ${version} is not after the row's since (${m.since}): a label present from the first release belongs in labels alone`);
    }
    if (m.labelSet !== undefined) {
      const sets = Object.keys(source.labelSets ?? {});
      if (!sets.includes(m.labelSet)) add(['labelSet'], `labelSet \`${m.labelSet}\` is not one of the source's labelSets (${sets.join(', ') || 'none'}): add it there or fix the name`);
      if (m.noSeriesLabels) add(['labelSet'], 'a row with noSeriesLabels takes no labelSet: keep one of the two');
    }
    if (m.typeBefore && m.since && !later(m.typeBefore.version, m.since)) add(['typeBefore', 'version'], `typeBefore ${m.typeBefore.version} is not after the row's since (${m.since}): the earlier type never showed`);
    if (m.typeBefore && m.typeBefore.type === m.type) add(['typeBefore', 'type'], `typeBefore has the row's own type (${m.type}): remove typeBefore`);
    for (const [k, message] of bucketProblems(m)) add(k === undefined ? ['buckets'] : ['buckets', k], message);
  });
  return problems;
}

/** A histogram's bounds in increasing order; each problem with the index of the bound at fault, if one is. */
function bucketProblems(m: CatalogMetric): [number | undefined, string][] {
  if (!m.buckets) return [];
  if (m.type !== 'histogram') return [[undefined, `buckets are given for a ${m.type}: only a histogram has them`]];
  const k = m.buckets.findIndex((b, i) => i > 0 && b <= m.buckets![i - 1]!);
  return k > 0 ? [[k, `bucket ${m.buckets[k]} does not follow ${m.buckets[k - 1]}: list the bounds in increasing order, each once`]] : [];
}

const later = (version: string, than: string) => version !== than && versionAtLeast(version, than);
