/** One translator per ajv keyword, turning schema errors into findings (message, fix hint, config path). */
import { KEY_WITHOUT_SPACE } from '../parse/plain-scalars.js';
import type { ErrorObject } from 'ajv';
import { closest, distance } from 'fastest-levenshtein';
import type { DiagnosticInput } from '../diagnostics/make.js';
import { displayPath, fromPointer } from '../config/config-path.js';
import { DURATION_PATTERN, durationMs, inOneUnit, spelledDuration } from '../config/duration.js';
import type { ConfigPath, Finding } from '../types.js';
import { defaults } from '../generated/defaults.js';
import type { DefaultsNode } from './defaults.js';

type SchemaNode = {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  description?: string;
  errorMessage?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  examples?: unknown[];
  oneOf?: SchemaNode[];
  propertyNames?: SchemaNode;
  $ref?: string;
};

interface Context {
  error: ErrorObject;
  path: ConfigPath;
  /** Dotted path of the value, for messages. */
  where: string;
  /** `in \`prometheus\``, or `at the top level`. */
  within: string;
}

type Translator = (ctx: Context) => { input: DiagnosticInput; at: ConfigPath; target?: 'key' | 'value' };

/** A suggestion when `word` is a near miss of one of `candidates`. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(word, [...candidates]);
  const limit = Math.max(2, Math.floor(word.length / 3));
  return distance(word.toLowerCase(), best.toLowerCase()) <= limit ? best : undefined;
}

/** A value as the user wrote it in YAML; JSON would print `.inf` and `.nan` as null. */
const yamlNumber = (n: number) => (Number.isNaN(n) ? '.nan' : n === Infinity ? '.inf' : n === -Infinity ? '-.inf' : String(n));
const quote = (v: unknown) => (typeof v === 'string' ? `\`${v}\`` : typeof v === 'number' ? `\`${yamlNumber(v)}\`` : `\`${JSON.stringify(v)}\``);
const parentSchema = (e: ErrorObject) => (e.parentSchema ?? {}) as SchemaNode;

const TRANSLATORS: Record<string, Translator> = {
  required: ({ error, path, where, within }) => {
    const missing = String(error.params.missingProperty);
    const about = parentSchema(error).properties?.[missing]?.description;
    const fix = path.length === 0 ? (missing === 'version' ? 'add `version: 1` as the first line' : `add \`${missing}:\` at the top level`) : `add \`${missing}:\` to \`${where}\``;
    return {
      input: { code: 'OBS_SCHEMA_REQUIRED', message: `missing required key \`${missing}\` ${within}`, hint: about ? `${fix} (${about})` : fix },
      at: path,
      target: 'key',
    };
  },
  additionalProperties: ({ error, path, within }) => {
    const key = String(error.params.additionalProperty);
    const allowed = Object.keys(parentSchema(error).properties ?? {});
    // A key whose `…File` sibling exists (`adminPassword` beside `adminPasswordFile`) is a secret written out too.
    if (SECRET_KEYS.includes(key) || allowed.includes(`${key}File`)) {
      return {
        input: {
          code: 'OBS_LITERAL_SECRET',
          message: `\`${key}\` ${within} would write a secret into the generated files, and into git`,
          hint: `put the secret in a file kept out of git and name it with \`${allowed.find((k) => k === `${key}File`) ?? allowed.find((k) => k.endsWith('File')) ?? `${key}File`}\``,
        },
        at: [...path, key],
        target: 'key',
      };
    }
    // The same key of another section (`extraTargets` under `modelServer`, not `prometheus`): where it goes, before any near miss here.
    const placed = path.length ? elsewhere(key, path) : [];
    if (placed.length && placed.length <= 2) {
      return {
        input: { code: 'OBS_SCHEMA_UNKNOWN_KEY', message: `unknown key \`${key}\` ${within}`, hint: `\`${key}\` is a key of ${placed.map((p) => `\`${p}\``).join(' or ')}, not of this section; the keys here: ${allowed.map((k) => `\`${k}\``).join(', ')}` },
        at: [...path, key],
        target: 'key',
      };
    }
    const guess = didYouMean(key, allowed);
    // A key of a section written beside it (`vllm:` next to `modelServer:` instead of inside it): the sections with
    // such a key, those whose key takes a mapping first when a mapping is written (`versions.vllm` is a release).
    const owners = guess ? [] : allowed.filter((k) => parentSchema(error).properties?.[k]?.properties?.[key]);
    const value = (error.data as Record<string, unknown> | undefined)?.[key];
    const mapping = (k: string) => Boolean(parentSchema(error).properties?.[k]?.properties?.[key]?.properties);
    const alike = owners.filter((k) => mapping(k) === (value !== null && typeof value === 'object' && !Array.isArray(value)));
    const owner = (alike.length ? alike : owners).map((k) => `\`${k}\``).join(' or ');
    const merge = key === '<<';
    return {
      input: {
        code: 'OBS_SCHEMA_UNKNOWN_KEY',
        message: merge ? `YAML merge keys (\`<<\`) are not supported ${within}` : `unknown key \`${key}\` ${within}`,
        hint: merge ? 'write the keys out here; anchors and aliases of whole values still work' : guess ? `did you mean \`${guess}\`?` : owner ? `\`${key}\` is a key of ${owner}: indent it below that section` : `allowed keys here: ${allowed.map((k) => `\`${k}\``).join(', ')}`,
      },
      at: [...path, key],
      target: 'key',
    };
  },
  enum: ({ error, path, where }) => {
    const allowed = (error.params.allowedValues as unknown[]) ?? [];
    const guess = typeof error.data === 'string' ? didYouMean(error.data, allowed.filter((v): v is string => typeof v === 'string')) : undefined;
    return {
      input: {
        code: 'OBS_SCHEMA_ENUM',
        message: `${quote(error.data)} is not an allowed value for \`${where}\``,
        hint: guess ? `did you mean \`${guess}\`?` : `use one of ${allowed.map(quote).join(', ')}`,
      },
      at: path,
    };
  },
  type: ({ error, path, where }) => {
    const want = String(error.params.type).replace(',', ' or ');
    const numeric = want.includes('integer') || want.includes('number');
    const quotedNumber = numeric && typeof error.data === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(error.data);
    return {
      input: {
        code: 'OBS_SCHEMA_TYPE',
        message: `\`${where}\` must be ${article(want)}, not ${describe(error.data)}`,
        hint: quotedNumber ? `write the number without quotes: \`${String(error.data).trim()}\`` : typeHint(want, parentSchema(error), error.data, String(path[path.length - 1] ?? '')),
      },
      at: path,
    };
  },
  pattern: ({ error, path, where }) => {
    const hint = durationHint(error);
    // Prometheus reads `1h30m` too: what obscompile asks for is one unit, not what Prometheus would refuse.
    const message = hint ? `${quote(error.data)} for \`${where}\` is a duration in several units or with a decimal point, and obscompile takes one unit` : `${quote(error.data)} is not valid for \`${where}\``;
    return { input: { code: 'OBS_SCHEMA_PATTERN', message, hint: hint ?? spelledHint(error) ?? secretFileHint(error, path) ?? parentSchema(error).errorMessage ?? `it must match ${error.params.pattern}` }, at: path };
  },
  oneOf: ({ error, path, where }) => ({
    input: {
      code: 'OBS_SCHEMA_TYPE',
      message: `${quote(error.data)} is not valid for \`${where}\``,
      hint: `use ${(parentSchema(error).oneOf ?? []).map(branch).join(', or ')}`,
    },
    at: path,
  }),
  uniqueItems: ({ error, path, where }) => {
    const items = error.data as unknown[];
    const j = Number(error.params.j);
    return {
      input: { code: 'OBS_SCHEMA_INVALID', message: `\`${where}\` lists ${quote(items[j])} more than once`, hint: 'remove the repeated entry' },
      at: [...path, Number(error.params.i)],
    };
  },
};

/** Keys that would hold a secret in the config itself; their `…File` siblings are the supported form. */
const SECRET_KEYS = ['password', 'bearerToken', 'token', 'credentials', 'authPassword', 'apiUrl'];

/** How many items or characters a list or string must have, in our words (ajv says "must NOT have fewer than 1 items"). */
const COUNTS: Readonly<Record<string, (n: number) => string>> = {
  minItems: (n) => `needs at least ${n} ${n === 1 ? 'item' : 'items'}`,
  maxItems: (n) => `takes at most ${n} ${n === 1 ? 'item' : 'items'}`,
  minLength: (n) => `needs at least ${n} ${n === 1 ? 'character' : 'characters'}`,
  maxLength: (n) => `takes at most ${n} ${n === 1 ? 'character' : 'characters'}`,
};

/** The range keywords of a number, whose hint states the bounds. */
const NUMBER_BOUNDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'];

const RANGE_KEYWORDS = [...NUMBER_BOUNDS, 'minItems', 'maxItems', 'minLength', 'maxLength'];

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  // YAML's tagged values: `!!binary` reads as bytes, `!!timestamp` as a date; neither is text.
  if (value instanceof Uint8Array) return 'binary data (a `!!binary` value)';
  if (value instanceof Date) return 'a date (a `!!timestamp` value)';
  if (typeof value === 'object') return 'a mapping';
  return `the ${typeof value} ${quote(value)}`;
}

/** Words YAML 1.1 read as booleans, which YAML 1.2 (and so obscompile) reads as strings. */
const SWITCH_WORDS: Readonly<Record<string, boolean>> = { on: true, off: false, yes: true, no: false, true: true, false: false };

function typeHint(want: string, schema: SchemaNode, given: unknown, key: string): string {
  if (want === 'object') {
    // `jaeger: false` for a section that has an `enabled` switch: what was meant.
    const on = typeof given === 'boolean' ? given : typeof given === 'string' ? SWITCH_WORDS[given.toLowerCase()] : undefined;
    if (on !== undefined && schema.properties?.enabled) return `write \`${key}: { enabled: ${on} }\` (or \`enabled: ${on}\` indented below \`${key}:\`)`;
    const pair = typeof given === 'string' ? KEY_WITHOUT_SPACE.exec(given) : null;
    if (pair && schema.properties?.[pair[1]!]) return `put a space after the colon: \`${pair[1]}: ${pair[2]}\``;
    const required = (schema as { required?: string[] }).required;
    if (typeof given === 'string' && required?.length) return `write a mapping with ${required.map((k) => `\`${k}:\``).join(' and ')}, such as \`{ ${required.map((k) => `${k}: …`).join(', ')} }\``;
    return 'indent the nested keys below this one, or remove the value after the colon';
  }
  if (want === 'array') return 'write a list: one `- item` per line, or `[a, b]`';
  // `yes`, `on` and the like are booleans to YAML 1.1 only: this file is read as YAML 1.2, where they are strings.
  if (want === 'boolean') return typeof given === 'string' && /^(?:on|off|yes|no)$/i.test(given) ? `YAML 1.2 reads \`${given}\` as a string: write \`${SWITCH_WORDS[given.toLowerCase()]}\`` : 'use `true` or `false` without quotes';
  // A number or a switch where text belongs (an environment value, a command word), which in quotes is a good value.
  if (want === 'string' && (typeof given === 'number' || typeof given === 'boolean') && (schema.pattern === undefined || new RegExp(schema.pattern, 'u').test(String(given)))) return `write it in quotes, \`"${String(given)}"\`: YAML reads \`${String(given)}\` without them as a ${typeof given === 'number' ? 'number' : 'boolean'}`;
  // A duration written as a bare number: its unit is missing.
  if (want === 'string' && schema.pattern === DURATION_PATTERN && Number.isSafeInteger(given) && (given as number) >= 0) return unitMissing(String(given));
  // A duration where a number of seconds belongs (`ttftSeconds: 150ms`): the number it means.
  if ((want === 'number' || want === 'integer') && key.endsWith('Seconds') && typeof given === 'string' && new RegExp(DURATION_PATTERN).test(given.trim())) {
    return `write the number of seconds without a unit: \`${durationMs(given.trim()) / 1000}\``;
  }
  // A list where one value belongs: what the key takes, in its own words.
  if (want === 'string' && Array.isArray(given)) {
    const takes = schema.description?.split('. ')[0]!.replace(/\.$/, '');
    return `write one value, not a list${takes ? `: ${takes[0]!.toLowerCase()}${takes.slice(1)}` : ''}`;
  }
  // What a value of this key looks like, when the schema shows one (a duration: `15s`).
  if (schema.errorMessage) return schema.errorMessage;
  const bounds = (want === 'integer' || want === 'number') && boundsHint('write', schema);
  if (bounds) return bounds;
  const example = schema.examples?.find((e) => typeof e === typeof (want === 'string' ? '' : 0));
  if (example !== undefined) return `write ${article(want)} such as \`${String(example)}\``;
  return `write ${article(want)} value here`;
}

/** What to write for a number with bounds (`use a whole number from 1 to 65535`), then what the key is for. */
function boundsHint(verb: string, schema: SchemaNode): string | undefined {
  const { minimum: min, maximum: max, exclusiveMinimum: above, exclusiveMaximum: below } = schema;
  const whole = schema.type === 'integer' ? 'a whole number' : 'a number';
  const low = min !== undefined ? `at least ${min}` : above !== undefined ? `above ${above}` : undefined;
  const high = max !== undefined ? `at most ${max}` : below !== undefined ? `below ${below}` : undefined;
  const both = [low, high].filter(Boolean).join(' and ');
  const bounds = min !== undefined && max !== undefined ? `from ${min} to ${max}` : both.startsWith('at') ? `of ${both}` : both;
  if (!bounds) return undefined;
  return `${verb} ${whole} ${bounds}${schema.description ? ` (${schema.description.replace(/\.$/, '')})` : ''}`;
}

function branch(schema: SchemaNode): string {
  if (schema.enum) return schema.enum.map(quote).join(' or ');
  if (schema.$ref) return `a ${schema.$ref.split('/').pop()}`;
  if (schema.type === 'integer' && schema.minimum !== undefined) return `an integer of at least ${schema.minimum}`;
  if (schema.type === 'null') return '`null`';
  return article(String(schema.type ?? 'value'));
}

/** The finding for one ajv error, at the config path it is about. */
export function translate(error: ErrorObject): Finding {
  const path = fromPointer(error.instancePath);
  if (error.propertyName !== undefined) return propertyNameFinding(error, path);
  const ctx: Context = { error, path, where: displayPath(path), within: path.length ? `in \`${displayPath(path)}\`` : 'at the top level' };
  const translator = TRANSLATORS[error.keyword];
  const result = translator
    ? translator(ctx)
    : {
        input: {
          code: RANGE_KEYWORDS.includes(error.keyword) ? ('OBS_SCHEMA_RANGE' as const) : ('OBS_SCHEMA_INVALID' as const),
          message: `\`${ctx.where}\` ${COUNTS[error.keyword]?.(Number(error.params.limit)) ?? error.message ?? 'is invalid'}`,
          hint: (NUMBER_BOUNDS.includes(error.keyword) ? boundsHint('use', parentSchema(error)) : undefined) ?? parentSchema(error).description ?? 'see `obscompile schema` for what is allowed here',
        },
        at: path,
      };
  return { ...result.input, at: result.at, ...(result.target ? { target: result.target } : {}) };
}

/** A duration written in several units or as a decimal (`1h30m`, `1.5m`): the same length in the one unit the schema takes. */
function durationHint(error: ErrorObject): string | undefined {
  const same = error.params.pattern === DURATION_PATTERN && typeof error.data === 'string' ? inOneUnit(error.data) : undefined;
  return same && `durations take one unit: write \`${same}\`, the same length`;
}

/**
 * For a file read in the container (`apiUrlFile`, `bearerTokenFile`, ...) given as a host path: how a host file gets
 * there, a Compose secret mounted at /run/secrets/NAME. Undefined for anything else.
 */
function secretFileHint(error: ErrorObject, path: ConfigPath): string | undefined {
  const key = path[path.length - 1];
  const given = error.data;
  if (typeof key !== 'string' || !key.endsWith('File') || typeof given !== 'string' || given.startsWith('/') || given.trim() === '') return undefined;
  // Only where the schema asks for an absolute path (definitions.containerPath: `^(?!…)/…`).
  if (!/^\^(\(\?![^)]*\))?\//.test(String(error.params.pattern))) return undefined;
  const name = given.split('/').pop()!.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'secret';
  return `this file is read in the container: name the host file under \`container.secrets\` (\`${name}: ${given}\`, relative to this config) and write \`/run/secrets/${name}\` here`;
}

/** What to write for a duration spelled out (`5 minutes`) or without its unit (`"15"`), or undefined. */
function spelledHint(error: ErrorObject): string | undefined {
  if (error.params.pattern !== DURATION_PATTERN || typeof error.data !== 'string') return undefined;
  const spelled = spelledDuration(error.data);
  if (spelled) return `write \`${spelled}\`: a whole number and one unit letter (ms, s, m, h, d, w or y)`;
  const bare = /^\s*(\d+)\s*$/.exec(error.data)?.[1];
  return bare ? unitMissing(bare) : undefined;
}

/** The hint for a duration written as a number alone. */
const unitMissing = (n: string) => `add its unit: \`${n}s\` for seconds, \`${n}m\` for minutes`;

function propertyNameFinding(error: ErrorObject, path: ConfigPath): Finding {
  const name = String(error.propertyName);
  // Names from a closed list (the alerts of alerting.for): which one was meant, not the shape of a name.
  const allowed = error.keyword === 'enum' ? (error.params as { allowedValues?: unknown[] }).allowedValues?.map(String) : undefined;
  if (error.keyword === 'enum' && allowed) {
    const guess = didYouMean(name, allowed);
    return { at: [...path, name], target: 'key', code: 'OBS_SCHEMA_ENUM', message: `\`${name}\` is not one of the names \`${displayPath(path)}\` takes`, hint: guess ? `did you mean \`${guess}\`?` : `use one of ${allowed.map((a) => `\`${a}\``).join(', ')}` };
  }
  return {
    at: [...path, name],
    target: 'key',
    code: 'OBS_SCHEMA_PATTERN',
    message: `\`${name}\` is not a valid name in \`${displayPath(path)}\``,
    hint: parentSchema(error).propertyNames?.errorMessage ?? 'names start with a letter or _ and use only letters, digits and _',
  };
}

/**
 * The sections other than `path` (and not directly above or below it) that have a key `key`, up to three levels
 * down, as the schema's defaults tree knows them (src/generated/defaults.js: every key that has a default).
 */
function elsewhere(key: string, path: ConfigPath): string[] {
  const here = path.filter((p) => typeof p === 'string').join('.');
  const found: string[] = [];
  const walk = (node: DefaultsNode | undefined, at: string[]) => {
    for (const [name, child] of Object.entries(node?.properties ?? {})) {
      const section = at.join('.');
      if (name === key && at.length && section !== here && !here.startsWith(`${section}.`) && !section.startsWith(`${here}.`)) found.push(section);
      if (at.length < 2) walk(child.inside, [...at, name]);
    }
  };
  walk(defaults as DefaultsNode, []);
  return found;
}
