/** Stage 3: validate the parsed config against the JSON Schema and apply its defaults. */
import type { ErrorObject } from 'ajv';
import { defaults } from '../generated/defaults.js';
import { conformsConfig } from '../generated/config-checks.js';
import { resolveRef } from './conforms.js';
import { withDefaults } from './defaults.js';
import { withEngineDefaults, withScrapeTimeout } from './engine-defaults.js';
import { translate } from './errors.js';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { shipped } from '../paths.js';
import { fromPointer, valueAt } from '../config/config-path.js';
import { place } from '../parse/position.js';
import type { Diagnostic, Finding, ParsedSource, StageResult, ValidConfig } from '../types.js';

/** Config versions this obscompile understands. */
export const SUPPORTED_VERSIONS = [1] as const;

/** Checks the parsed config against the schema; returns it with the schema's defaults, never touching the input. */
export async function validate(parsed: ParsedSource): Promise<StageResult<ValidConfig>> {
  const data = withScrapeTimeout(withEngineDefaults(withDefaults(parsed.data, defaults) as Record<string, unknown>, parsed.data), parsed.data);
  const unsupported = checkVersion(data);
  if (unsupported) return { diagnostics: await place(parsed, [unsupported]) };
  if (conformsConfig(data)) return { value: data as unknown as ValidConfig, diagnostics: [] };
  // ajv's validator explains what is wrong (and has the last word: it is the reference conforms() is held to).
  const { validate: validateConfig } = await import('../generated/validate-config.js');
  if (validateConfig(data)) return { value: data as unknown as ValidConfig, diagnostics: [] };
  const fleet = fleetFile(parsed);
  if (fleet) return { diagnostics: await place(parsed, [fleet]) };
  const findings = schemaFindings(validateConfig.errors ?? [], data, schemaDocument());
  return { diagnostics: dedupe(await place(parsed, findings)) };
}

/**
 * A fleet file given as a config (`--config observability.fleet.yaml`): said once, with the flag that reads it, not
 * as one unknown key per fleet section. Asked only of a file the schema refused.
 */
function fleetFile(parsed: ParsedSource): Finding | undefined {
  const { data } = parsed;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const top = data as Record<string, unknown>;
  if (!('hosts' in top) || !('base' in top)) return undefined;
  // The base as the user would name it from where they ran the command: relative to the fleet file as shown.
  const base = typeof top.base === 'string' ? (isAbsolute(top.base) ? top.base : join(dirname(parsed.path), top.base)) : undefined;
  return {
    at: ['hosts'],
    target: 'key',
    code: 'OBS_FLEET_AS_CONFIG',
    message: 'this is a fleet file (it has `base:` and `hosts:`), not a config',
    hint: `pass it with \`--fleet\` instead of \`--config\`${base ? `, or give \`--config\` its base, \`${base}\`` : ''}`,
  };
}

/** An unknown version is reported alone: the rest of the file may follow other rules. */
function checkVersion(data: Record<string, unknown>): Finding | undefined {
  if (!('version' in data)) return undefined;
  if ((SUPPORTED_VERSIONS as readonly unknown[]).includes(data.version)) return undefined;
  return {
    at: ['version'],
    code: 'OBS_UNSUPPORTED_VERSION',
    // A version written as a string ("1") is one obscompile reads, in the wrong type: said as such.
    ...(typeof data.version === 'string' && (SUPPORTED_VERSIONS as readonly unknown[]).includes(Number(data.version))
      ? { message: `\`version\` is the string ${JSON.stringify(data.version)}, not the number ${Number(data.version)}`, hint: `write it as a number, without quotes: \`version: ${Number(data.version)}\`` }
      : { message: `config version ${JSON.stringify(data.version)} is not supported; this obscompile reads version ${SUPPORTED_VERSIONS.join(', ')}`, hint: 'set `version: 1`, or upgrade obscompile if the config was written for a newer one' }),
  };
}

/** The schema, read only when there is something to explain. */
let schemaCache: Record<string, unknown> | undefined;
export function schemaDocument(): Record<string, unknown> {
  return (schemaCache ??= JSON.parse(readFileSync(shipped('schema', 'observability.schema.json'), 'utf8')) as Record<string, unknown>);
}

type SchemaObject = Record<string, unknown>;

/**
 * Findings for ajv's errors about `data`, explained from `schema` (the config's, or the fleet file's): each error
 * gets what ajv's verbose mode would add, the offending value and the schema of its location, then its wording.
 */
export function schemaFindings(errors: readonly ErrorObject[], data: unknown, schema: SchemaObject): Finding[] {
  // Two errors of one value can read the same once worded (a type required by a reference and by its sibling): said once.
  const said = new Set<string>();
  return relevant(errors).flatMap((e) => {
    const path = fromPointer(e.instancePath);
    const finding = translate({ ...e, data: valueAt(data, path), parentSchema: schemaAt(schema, path) as ErrorObject['parentSchema'] });
    const key = `${e.instancePath}\0${finding.code}\0${finding.message}`;
    if (said.has(key)) return [];
    said.add(key);
    return [finding];
  });
}

/** The schema that applies at an instance path (following properties, items, additionalProperties and local $refs). */
export function schemaAt(root: SchemaObject, path: readonly (string | number)[]): SchemaObject | undefined {
  const deref = (node: SchemaObject): SchemaObject => {
    const ref = node.$ref;
    if (typeof ref !== 'string') return node;
    const { $ref: _ref, ...siblings } = node;
    return { ...deref(resolveRef(root, ref) as SchemaObject), ...siblings };
  };
  let node: SchemaObject | undefined = deref(root);
  // Inside a value one of whose branches is a list or a mapping (`to`: an address, or a list of them), that branch.
  const step = (n: SchemaObject, seg: string | number): unknown => {
    const props = n.properties as Record<string, SchemaObject> | undefined;
    return typeof seg === 'number' ? n.items : props?.[seg] ?? n.additionalProperties;
  };
  for (const seg of path) {
    if (!node) return undefined;
    const here: SchemaObject = node;
    const branches = ((here.oneOf ?? []) as SchemaObject[]).map(deref);
    const next = step(here, seg) ?? branches.map((b) => step(b, seg)).find((n) => n !== undefined);
    node = next && typeof next === 'object' ? deref(next as SchemaObject) : undefined;
  }
  return node;
}

/**
 * Branch errors of a oneOf are summarised by the oneOf error itself, unless the value has the type of one branch
 * alone: then that branch's errors say what is wrong, where (an item of a list of addresses), and the oneOf error
 * goes. An outer propertyNames error repeats its inner one; a string too short (an empty path) needs no second error
 * for its form.
 */
function relevant(errors: readonly ErrorObject[]): ErrorObject[] {
  const short = new Set(errors.filter((e) => e.keyword === 'minLength').map((e) => e.instancePath));
  const narrowed = new Set<ErrorObject>();
  const dropped = new Set<ErrorObject>();
  for (const one of errors.filter((e) => e.keyword === 'oneOf')) {
    const inside = errors.filter((e) => e.schemaPath.startsWith(`${one.schemaPath}/`));
    const branchOf = (e: ErrorObject) => e.schemaPath.slice(one.schemaPath.length + 1).split('/')[0]!;
    const mismatched = new Set(inside.filter((e) => e.keyword === 'type' && e.instancePath === one.instancePath && e.schemaPath === `${one.schemaPath}/${branchOf(e)}/type`).map(branchOf));
    // Every branch failed (none passed, so each has an error of its own; a branch whose errors lie in a definition it
    // refers to counts as none here, so nothing is narrowed to a wrong branch), the value has the type of one, and
    // what is wrong lies inside it. A scalar of the wrong form keeps the summary, which names every form it may take.
    const fitting = [...new Set(inside.map(branchOf))].filter((b) => !mismatched.has(b));
    if ((one.params as { passingSchemas?: unknown }).passingSchemas !== null || fitting.length !== 1) continue;
    const chosen = inside.filter((e) => branchOf(e) === fitting[0]);
    if (!chosen.every((e) => e.instancePath.startsWith(`${one.instancePath}/`))) continue;
    for (const e of chosen) narrowed.add(e);
    dropped.add(one);
  }
  return errors.filter((e) => narrowed.has(e) || (!dropped.has(e) && !/\/oneOf\/\d+\//.test(e.schemaPath) && e.keyword !== 'propertyNames' && e.keyword !== 'if' && !(e.keyword === 'pattern' && short.has(e.instancePath))));
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.range[0]}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

