/**
 * Whether a config satisfies the schema, and nothing else: the draft-07 keywords the config schema uses, with the
 * semantics of the ajv options obscompile validates with (union types, `u` patterns, lengths in code points). Most
 * runs validate a valid config, and this small walker answers them; ajv's generated validator, over a hundred
 * kilobytes of code to load and compile, runs only when the answer is no, to say why. test/conforms.test.ts holds
 * the two to the same verdict on thousands of generated configs, and `npm run generate` refuses a schema that
 * uses a keyword this walker does not know.
 */

type Schema = boolean | { [keyword: string]: unknown };

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

export function conforms(data: unknown, schema: Schema, root: Schema = schema): boolean {
  if (typeof schema === 'boolean') return schema;
  if (typeof schema.$ref === 'string') return conforms(data, resolve(root, schema.$ref), root);
  if (schema.type !== undefined && !hasType(data, schema.type as string | string[])) return false;
  if (schema.enum !== undefined && !(schema.enum as unknown[]).some((v) => equal(v, data))) return false;
  if ('const' in schema && !equal(schema.const, data)) return false;
  if (typeof data === 'string' && !stringConforms(data, schema)) return false;
  if (typeof data === 'number' && !numberConforms(data, schema)) return false;
  if (Array.isArray(data)) {
    if (!arrayConforms(data, schema, root)) return false;
  } else if (data !== null && typeof data === 'object' && !objectConforms(data as Record<string, unknown>, schema, root)) return false;
  if (schema.allOf && !(schema.allOf as Schema[]).every((s) => conforms(data, s, root))) return false;
  if (schema.anyOf && !(schema.anyOf as Schema[]).some((s) => conforms(data, s, root))) return false;
  if (schema.oneOf && (schema.oneOf as Schema[]).filter((s) => conforms(data, s, root)).length !== 1) return false;
  if (schema.not !== undefined && conforms(data, schema.not as Schema, root)) return false;
  return true;
}

function hasType(data: unknown, type: string | string[]): boolean {
  if (Array.isArray(type)) return type.some((t) => hasType(data, t));
  switch (type) {
    case 'string':
      return typeof data === 'string';
    case 'integer':
      return Number.isInteger(data);
    case 'number':
      return typeof data === 'number' && Number.isFinite(data);
    case 'boolean':
      return typeof data === 'boolean';
    case 'null':
      return data === null;
    case 'array':
      return Array.isArray(data);
    case 'object':
      return data !== null && typeof data === 'object' && !Array.isArray(data);
    default:
      throw new Error(`conforms: unknown type ${type}`);
  }
}

const patterns = new Map<string, RegExp>();

function stringConforms(data: string, schema: Record<string, unknown>): boolean {
  if (schema.maxLength !== undefined || schema.minLength !== undefined) {
    const length = codePoints(data);
    if (schema.maxLength !== undefined && length > (schema.maxLength as number)) return false;
    if (schema.minLength !== undefined && length < (schema.minLength as number)) return false;
  }
  if (typeof schema.pattern !== 'string') return true;
  let pattern = patterns.get(schema.pattern);
  if (!pattern) patterns.set(schema.pattern, (pattern = new RegExp(schema.pattern, 'u')));
  return pattern.test(data);
}

/** Length in code points, as ajv counts it (a surrogate pair is one). */
function codePoints(s: string): number {
  let length = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length--;
      i++;
    }
  }
  return length;
}

/** Bounds apply to finite numbers only, as ajv applies them with strictNumbers (part of `strict`, as the config is validated). */
function numberConforms(data: number, schema: Record<string, unknown>): boolean {
  if (!Number.isFinite(data)) return true;
  if (schema.minimum !== undefined && !(data >= (schema.minimum as number))) return false;
  if (schema.maximum !== undefined && !(data <= (schema.maximum as number))) return false;
  if (schema.exclusiveMinimum !== undefined && !(data > (schema.exclusiveMinimum as number))) return false;
  if (schema.exclusiveMaximum !== undefined && !(data < (schema.exclusiveMaximum as number))) return false;
  return true;
}

function arrayConforms(data: unknown[], schema: Record<string, unknown>, root: Schema): boolean {
  if (schema.minItems !== undefined && data.length < (schema.minItems as number)) return false;
  if (schema.maxItems !== undefined && data.length > (schema.maxItems as number)) return false;
  if (schema.items !== undefined) {
    if (Array.isArray(schema.items)) throw new Error('conforms: tuple items are not supported');
    for (const item of data) if (!conforms(item, schema.items as Schema, root)) return false;
  }
  if (schema.uniqueItems === true) {
    for (let i = 1; i < data.length; i++) for (let j = 0; j < i; j++) if (equal(data[i], data[j])) return false;
  }
  return true;
}

function objectConforms(data: Record<string, unknown>, schema: Record<string, unknown>, root: Schema): boolean {
  const properties = schema.properties as Record<string, Schema> | undefined;
  // A property reads `undefined` when missing, as ajv tests it.
  for (const key of (schema.required as string[] | undefined) ?? []) if (data[key] === undefined) return false;
  for (const key in properties) if (data[key] !== undefined && !conforms(data[key], properties[key]!, root)) return false;
  const additional = schema.additionalProperties as Schema | undefined;
  const names = schema.propertyNames as Schema | undefined;
  if (additional === undefined && names === undefined) return true;
  for (const key in data) {
    if (names !== undefined && !conforms(key, names, root)) return false;
    if (additional === undefined || (properties && Object.hasOwn(properties, key))) continue;
    if (!conforms(data[key], additional, root)) return false;
  }
  return true;
}

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`conforms: unsupported $ref ${ref}`);
  const target = ref
    .slice(2)
    .split('/')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], root);
  if (target === undefined) throw new Error(`conforms: unresolved $ref ${ref}`);
  return target as Schema;
}

/** Deep equality of JSON values, as ajv's `equal` (fast-deep-equal) decides it. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.hasOwn(b, k) && equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a !== a && b !== b; // NaN
}
