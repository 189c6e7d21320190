/**
 * Whether a config satisfies the schema, and nothing else: the draft-07 keywords the config schema uses, with the
 * semantics of the ajv options obscompile validates with (union types, `u` patterns, lengths in code points). Most
 * runs validate a valid config, and the schema compiled into small checks answers them; ajv's generated
 * validator, over a hundred kilobytes of code to load and compile, runs only when the answer is no, to say why.
 * test/conforms.test.ts holds the two to the same verdict on thousands of generated configs, and `npm run
 * generate` refuses a schema that uses a keyword not checked here.
 */

import ajvEqual from 'ajv/dist/runtime/equal.js';
import ajvLength from 'ajv/dist/runtime/ucs2length.js';

type Schema = boolean | { [keyword: string]: unknown };

/** ajv's own runtime helpers (CommonJS: their function is `default`): deep equality and lengths in code points. */
const equal = ajvEqual.default as unknown as (a: unknown, b: unknown) => boolean;
const codePoints = ajvLength.default;

/** Keywords that constrain data, as handled below. */
export const CHECKED = ['type', 'enum', 'const', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'items', 'minItems', 'maxItems', 'uniqueItems', 'properties', 'required', 'additionalProperties', 'propertyNames', 'oneOf', 'anyOf', 'allOf', 'not', '$ref', 'definitions'];
/** Keywords for people and editors: no effect on the verdict. */
export const ANNOTATIONS = ['title', 'description', 'markdownDescription', 'default', 'examples', 'errorMessage', 'defaultSnippets', 'enumDescriptions', 'markdownEnumDescriptions', '$comment', '$schema', '$id', 'deprecated', 'readOnly', 'writeOnly'];

/** Keywords of `schema` (at any depth) that are neither checked here nor annotations; `npm run generate` fails on any. */
export function unknownKeywords(schema: unknown, found = new Set<string>(), inMap = false): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) unknownKeywords(s, found);
  else if (schema && typeof schema === 'object') {
    for (const [key, value] of Object.entries(schema)) {
      if (inMap) unknownKeywords(value, found);
      else if (!CHECKED.includes(key) && !ANNOTATIONS.includes(key)) found.add(key);
      else if (key !== 'enum' && key !== 'const' && key !== 'default' && key !== 'examples' && !ANNOTATIONS.includes(key)) unknownKeywords(value, found, key === 'properties' || key === 'definitions');
    }
  }
  return found;
}

/** A compiled schema: whether a value satisfies it. */
export type Check = (data: unknown) => boolean;

/** Whether `data` satisfies `schema` (compiled on each call: tests and one-off checks; the config's is compiled once). */
export function conforms(data: unknown, schema: Schema): boolean {
  return compileSchema(schema)(data);
}

/**
 * `schema` compiled into checks: each schema node becomes one function that runs the checks of its keywords, read
 * once here, so validating a thousand scrape targets never looks a keyword up. `$ref`s are compiled once each, on
 * first use.
 */
export function compileSchema(schema: Schema, root: Schema = schema, refs = new Map<string, Check>()): Check {
  if (typeof schema === 'boolean') return () => schema;
  const compile = (node: unknown) => compileSchema(node as Schema, root, refs);
  const checks: Check[] = [];
  if (typeof schema.$ref === 'string') {
    // Keywords beside a $ref apply too, as ajv applies them.
    const ref = schema.$ref;
    checks.push((data) => {
      let check = refs.get(ref);
      if (!check) refs.set(ref, (check = compile(resolveRef(root, ref))));
      return check(data);
    });
  }
  if (schema.type !== undefined) checks.push(typeCheck(schema.type as string | string[]));
  if (schema.enum !== undefined) {
    const values = schema.enum as unknown[];
    checks.push((data) => values.some((v) => equal(v, data)));
  }
  if ('const' in schema) checks.push((data) => equal(schema.const, data));
  // Each kind's keywords apply to values of that kind only; after a type check for that kind they need no guard.
  const kind = schema.type === 'integer' ? 'number' : schema.type;
  const string = stringCheck(schema);
  if (string) checks.push(kind === 'string' ? (string as Check) : (data) => typeof data !== 'string' || string(data));
  const number = numberCheck(schema);
  if (number) checks.push(kind === 'number' ? (number as Check) : (data) => typeof data !== 'number' || number(data));
  const array = arrayCheck(schema, compile);
  if (array) checks.push(kind === 'array' ? (array as Check) : (data) => !Array.isArray(data) || array(data));
  const object = objectCheck(schema, compile);
  if (object) checks.push(kind === 'object' ? (object as Check) : (data) => data === null || typeof data !== 'object' || Array.isArray(data) || object(data as Record<string, unknown>));
  if (schema.allOf) {
    const all = (schema.allOf as Schema[]).map(compile);
    checks.push((data) => all.every((c) => c(data)));
  }
  if (schema.anyOf) {
    const any = (schema.anyOf as Schema[]).map(compile);
    checks.push((data) => any.some((c) => c(data)));
  }
  if (schema.oneOf) {
    const one = (schema.oneOf as Schema[]).map(compile);
    checks.push((data) => one.filter((c) => c(data)).length === 1);
  }
  if (schema.not !== undefined) {
    const not = compile(schema.not);
    checks.push((data) => !not(data));
  }
  if (checks.length === 1) return checks[0]!;
  if (checks.length === 2) {
    const [first, second] = checks as [Check, Check];
    return (data) => first(data) && second(data);
  }
  return (data) => {
    for (let i = 0; i < checks.length; i++) if (!checks[i]!(data)) return false;
    return true;
  };
}

function typeCheck(type: string | string[]): Check {
  if (Array.isArray(type)) {
    const any = type.map(typeCheck);
    return (data) => any.some((c) => c(data));
  }
  switch (type) {
    case 'string':
      return (data) => typeof data === 'string';
    case 'integer':
      return Number.isInteger;
    case 'number':
      return (data) => typeof data === 'number' && Number.isFinite(data);
    case 'boolean':
      return (data) => typeof data === 'boolean';
    case 'null':
      return (data) => data === null;
    case 'array':
      return Array.isArray;
    case 'object':
      return (data) => data !== null && typeof data === 'object' && !Array.isArray(data);
    default:
      throw new Error(`conforms: unknown type ${type}`);
  }
}

function stringCheck(schema: Record<string, unknown>): ((data: string) => boolean) | undefined {
  const max = schema.maxLength as number | undefined;
  const min = schema.minLength as number | undefined;
  const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern, 'u') : undefined;
  if (max === undefined && min === undefined && !pattern) return undefined;
  return (data) => {
    // A string has at most as many code points as UTF-16 units, and at least half as many: count only when it matters.
    if (max !== undefined && data.length > max && codePoints(data) > max) return false;
    if (min !== undefined && data.length < 2 * min && (data.length < min || codePoints(data) < min)) return false;
    return !pattern || pattern.test(data);
  };
}

/** Bounds apply to finite numbers only, as ajv applies them with strictNumbers (part of `strict`, as the config is validated). */
function numberCheck(schema: Record<string, unknown>): ((data: number) => boolean) | undefined {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema as Record<string, number | undefined>;
  if (minimum === undefined && maximum === undefined && exclusiveMinimum === undefined && exclusiveMaximum === undefined) return undefined;
  return (data) =>
    !Number.isFinite(data) ||
    ((minimum === undefined || data >= minimum) && (maximum === undefined || data <= maximum) && (exclusiveMinimum === undefined || data > exclusiveMinimum) && (exclusiveMaximum === undefined || data < exclusiveMaximum));
}

function arrayCheck(schema: Record<string, unknown>, compile: (node: unknown) => Check): ((data: unknown[]) => boolean) | undefined {
  const min = schema.minItems as number | undefined;
  const max = schema.maxItems as number | undefined;
  if (Array.isArray(schema.items)) throw new Error('conforms: tuple items are not supported');
  const items = schema.items !== undefined ? compile(schema.items) : undefined;
  const unique = schema.uniqueItems === true;
  if (min === undefined && max === undefined && !items && !unique) return undefined;
  return (data) => {
    if ((min !== undefined && data.length < min) || (max !== undefined && data.length > max)) return false;
    if (items) for (let i = 0; i < data.length; i++) if (!items(data[i])) return false;
    if (unique) for (let i = 1; i < data.length; i++) for (let j = 0; j < i; j++) if (equal(data[i], data[j])) return false;
    return true;
  };
}

function objectCheck(schema: Record<string, unknown>, compile: (node: unknown) => Check): ((data: Record<string, unknown>) => boolean) | undefined {
  // Indexed loops throughout: most of a run's checks execute before V8 optimises them, where iterators cost.
  const keys = Object.keys((schema.properties ?? {}) as Record<string, Schema>);
  const checks = keys.map((key) => compile((schema.properties as Record<string, Schema>)[key]));
  const known = new Set(keys);
  const required = (schema.required as string[] | undefined) ?? [];
  const additional = schema.additionalProperties !== undefined ? compile(schema.additionalProperties) : undefined;
  const names = schema.propertyNames !== undefined ? compile(schema.propertyNames) : undefined;
  if (!keys.length && !required.length && !additional && !names) return undefined;
  return (data) => {
    // A property reads `undefined` when missing, as ajv tests it.
    for (let i = 0; i < required.length; i++) if (data[required[i]!] === undefined) return false;
    for (let i = 0; i < keys.length; i++) {
      const value = data[keys[i]!];
      if (value !== undefined && !checks[i]!(value)) return false;
    }
    if (additional || names) {
      for (const key in data) {
        if (names && !names(key)) return false;
        if (additional && !known.has(key) && !additional(data[key])) return false;
      }
    }
    return true;
  };
}

/** The schema a local `$ref` (`#/definitions/port`) points to. */
export function resolveRef(root: unknown, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}: only local ones`);
  const target = ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], root);
  if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
  return target as Schema;
}
