/**
 * The schema's defaults, applied the way ajv's `useDefaults: true` applies them, without touching the input: an
 * object that gains a default is copied (shallowly, and so are the objects and lists above it); every other part
 * of the parsed data is shared with the result. A config of a thousand scrape targets would otherwise be copied
 * whole for ajv to write into. test/defaults.test.ts holds the result to ajv's own on generated configs.
 */
import { copyOwn, setOwn } from '../config/plain-data.js';
import { resolveRef } from './conforms.js';

/** Where defaults apply, from the schema (`npm run generate` writes it to src/generated/defaults.js). */
export interface DefaultsNode {
  /** Properties of an object: the default of each (when it has one) and what applies inside its value. */
  properties?: Record<string, { default?: unknown; inside?: DefaultsNode }>;
  /** What applies inside each item of a list. */
  items?: DefaultsNode;
  /** What applies inside each value of a map. */
  values?: DefaultsNode;
}

type Schema = Record<string, unknown>;

/**
 * The defaults of `schema` (draft-07; local `$ref`s only), as ajv's useDefaults reads them: a property's own
 * `default` (beside a `$ref` too), inside `properties`, `items` and `additionalProperties`. Keywords ajv takes no
 * default from (`oneOf`, `anyOf`, `not`: strict mode refuses defaults there) are not followed. Undefined when
 * nothing inside `node` has a default.
 */
export function defaultsTree(root: Schema, node: Schema = root, seen: readonly Schema[] = []): DefaultsNode | undefined {
  const schema = resolve(root, node);
  if (seen.includes(schema)) throw new Error('defaultsTree: recursive schemas are not supported');
  const inner = (child: unknown) => (child && typeof child === 'object' ? defaultsTree(root, child as Schema, [...seen, schema]) : undefined);
  const out: DefaultsNode = {};
  const properties: NonNullable<DefaultsNode['properties']> = {};
  for (const [key, child] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    const entry: { default?: unknown; inside?: DefaultsNode } = {};
    if ('default' in child) entry.default = child.default;
    const inside = inner(child);
    if (inside) entry.inside = inside;
    if ('default' in entry || inside) properties[key] = entry;
  }
  if (Object.keys(properties).length) out.properties = properties;
  const items = inner(schema.items);
  if (items) out.items = items;
  const values = inner(schema.additionalProperties);
  if (values) out.values = values;
  return Object.keys(out).length ? out : undefined;
}

/** `node`, or what its `$ref`s lead to. */
function resolve(root: Schema, node: Schema): Schema {
  let schema = node;
  for (let hops = 0; typeof schema.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`defaultsTree: $ref loop at ${schema.$ref}`);
    schema = resolveRef(root, schema.$ref) as Schema;
    if (typeof schema !== 'object') throw new Error('defaultsTree: a $ref to a boolean schema');
  }
  return schema;
}

/**
 * `data` with every missing default filled in (a property is missing when it reads `undefined`, as ajv tests it),
 * in schema order after the keys already there; `data` itself is never changed. Values of the wrong type are left
 * alone: validation reports them.
 */
export function withDefaults(data: unknown, node: DefaultsNode): unknown {
  if (Array.isArray(data)) {
    if (!node.items) return data;
    let out: unknown[] | undefined;
    for (let i = 0; i < data.length; i++) {
      const value = withDefaults(data[i], node.items);
      if (value !== data[i]) (out ??= data.slice())[i] = value;
    }
    return out ?? data;
  }
  if (data === null || typeof data !== 'object') return data;
  const object = data as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  const properties = node.properties;
  for (const key in properties) {
    const p = properties[key]!;
    const current = object[key];
    let value = current === undefined && 'default' in p ? copy(p.default) : current;
    if (p.inside && value !== undefined) value = withDefaults(value, p.inside);
    if (value !== current) out = setOwn(out ?? copyOwn(object), key, value);
  }
  if (node.values) {
    for (const key of Object.keys(object)) {
      if (properties && Object.hasOwn(properties, key)) continue;
      const value = withDefaults(object[key], node.values);
      if (value !== object[key]) out = setOwn(out ?? copyOwn(object), key, value);
    }
  }
  return out ?? data;
}

/**
 * A deep copy of plain data (mappings, lists and scalars): a default of its own for every insertion (the generated
 * validator wrote a new literal each time), and a parsed file for ajv to write into (the fleet file). A plain
 * recursive copy: structuredClone serialises and costs several times more. A `__proto__` key stays an ordinary own key.
 */
export function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(out, key, copy((value as Record<string, unknown>)[key]));
  return out;
}
