/**
 * Whether a config satisfies the schema, and nothing else: the draft-07 keywords the config schema uses, with the
 * semantics of the ajv options obscompile validates with (union types, `u` patterns, lengths in code points). Most
 * runs validate a valid config, and `npm run generate` writes the schema's checks as plain JavaScript for them
 * (src/generated/config-checks.js, from checkSource below): nothing is compiled or allocated at run time, and the
 * code cache holds the checks like the rest of obscompile. ajv's generated validator, over a hundred kilobytes of
 * code to load and compile, runs only when the answer is no, to say why. test/conforms.test.ts holds the two to the
 * same verdict on thousands of generated configs, and `npm run generate` refuses a schema that uses a keyword not
 * checked here.
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
/**
 * Conditions for editors only: they steer completion and squiggles (each engine's flags only with that engine), while
 * obscompile checks the same with rules that name the key and say what to do (src/check/); the validators skip them,
 * since they run after defaults are filled in.
 */
export const EDITOR_ONLY = ['if', 'then', 'else', 'doNotSuggest'];
export const ANNOTATIONS = ['title', 'description', 'markdownDescription', 'default', 'examples', 'errorMessage', 'defaultSnippets', 'enumDescriptions', 'markdownEnumDescriptions', '$comment', '$schema', '$id', 'deprecated', 'readOnly', 'writeOnly', ...EDITOR_ONLY];

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

/** Whether `data` satisfies `schema` (compiled on each call: tests and one-off checks). */
export function conforms(data: unknown, schema: Schema): boolean {
  return compileSchema(schema)(data);
}

/** `schema`'s checks as a function made now from checkSource, for tests and schemas not known at build time. */
export function compileSchema(schema: Schema): Check {
  const { code, entry } = checkSource(schema);
  return new Function('equal', 'codePoints', `${code}\nreturn ${entry};`)(equal, codePoints) as Check;
}

/**
 * `schema`'s checks as an ES module exporting `name` (what `npm run generate` writes to src/generated/config-checks.js):
 * checkSource's code with the helpers it names imported as this file imports them.
 */
export function checkModule(schema: Schema, name: string): string {
  const { code, entry } = checkSource(schema);
  return [
    "import ajvEqual from 'ajv/dist/runtime/equal.js';",
    "import ajvLength from 'ajv/dist/runtime/ucs2length.js';",
    '',
    "// ajv's runtime helpers (CommonJS: their function is `default`): deep equality and lengths in code points.",
    'const equal = ajvEqual.default;',
    'const codePoints = ajvLength.default;',
    '',
    code,
    '',
    '/** Whether a config (defaults applied) satisfies the schema. */',
    `export const ${name} = ${entry};`,
    '',
  ].join('\n');
}

/**
 * JavaScript that checks `schema`: functions and constants that use `equal` and `codePoints` (ajv's runtime helpers,
 * bound by compileSchema and checkModule), and the name of the function to call. Each `$ref` target and each branch of a
 * combinator is one function; every other node is written inline into its parent as statements that return false,
 * so a config is checked by a handful of calls with no keyword looked up at run time.
 */
export function checkSource(schema: Schema): { code: string; entry: string } {
  const writer = new CheckWriter(schema);
  const entry = writer.fn(schema);
  return { code: writer.code(), entry };
}

const lit = (value: unknown) => JSON.stringify(value);
const primitive = (value: unknown) => value === null || ['string', 'boolean'].includes(typeof value) || Number.isFinite(value);

class CheckWriter {
  private readonly constants: string[] = [];
  private readonly constantNames = new Map<string, string>();
  private readonly functions: string[] = [];
  private readonly names = new Map<Schema, string>();
  private vars = 0;

  constructor(private readonly root: Schema) {}

  code(): string {
    const unique = 'function unique(a) {\n  for (let i = 1; i < a.length; i++) for (let j = 0; j < i; j++) if (equal(a[i], a[j])) return false;\n  return true;\n}';
    return [unique, ...this.constants, ...this.functions].join('\n');
  }

  /** The name of a function checking `node`: one per schema object, so a `$ref` target (or a recursion) is written once. */
  fn(node: Schema): string {
    let name = this.names.get(node);
    if (name) return name;
    name = `check${this.names.size}`;
    this.names.set(node, name);
    const body = this.statements(node, 'd');
    this.functions.push(`function ${name}(d) {\n${body.map((l) => `  ${l}`).join('\n')}\n  return true;\n}`);
    return name;
  }

  /** A module-level constant for `code`, one per distinct code (the schema repeats its patterns). */
  private constant(prefix: string, code: string): string {
    let name = this.constantNames.get(code);
    if (!name) {
      name = `${prefix}${this.constantNames.size}`;
      this.constantNames.set(code, name);
      this.constants.push(`const ${name} = ${code};`);
    }
    return name;
  }

  private variable(): string {
    return `v${this.vars++}`;
  }

  /** Statements that return false unless `v` satisfies `node`; keywords in the order ajv reports them. */
  private statements(node: Schema, v: string): string[] {
    if (typeof node === 'boolean') return node ? [] : ['return false;'];
    const out: string[] = [];
    // Keywords beside a $ref apply too, as ajv applies them.
    if (typeof node.$ref === 'string') out.push(`if (!${this.fn(resolveRef(this.root, node.$ref))}(${v})) return false;`);
    if (node.type !== undefined) out.push(`if (!(${typeTest(node.type as string | string[], v)})) return false;`);
    if (node.enum !== undefined) out.push(`if (!(${this.among(node.enum as unknown[], v)})) return false;`);
    if ('const' in node) out.push(`if (!(${this.among([node.const], v)})) return false;`);
    // Each kind's keywords apply to values of that kind only; after a type check for that kind they need no guard.
    const kind = node.type === 'integer' ? 'number' : node.type;
    out.push(...guarded(kind === 'string', `typeof ${v} === "string"`, this.stringStatements(node, v)));
    out.push(...this.numberStatements(node, v));
    out.push(...guarded(kind === 'array', `Array.isArray(${v})`, this.arrayStatements(node, v)));
    out.push(...guarded(kind === 'object', `${v} !== null && typeof ${v} === "object" && !Array.isArray(${v})`, this.objectStatements(node, v)));
    for (const sub of (node.allOf as Schema[] | undefined) ?? []) out.push(...this.statements(sub, v));
    if (node.anyOf) out.push(`if (!(${(node.anyOf as Schema[]).map((s) => `${this.fn(s)}(${v})`).join(' || ')})) return false;`);
    if (node.oneOf) out.push(`if (${(node.oneOf as Schema[]).map((s) => `(${this.fn(s)}(${v}) ? 1 : 0)`).join(' + ')} !== 1) return false;`);
    if (node.not !== undefined) out.push(`if (${this.fn(node.not as Schema)}(${v})) return false;`);
    return out;
  }

  /** `v` is one of `values` (deep equality, as ajv compares; `===` for primitives, where it is the same). */
  private among(values: unknown[], v: string): string {
    if (values.every(primitive)) return values.map((x) => `${v} === ${lit(x)}`).join(' || ') || 'false';
    return `${this.constant('values', lit(values))}.some((x) => equal(x, ${v}))`;
  }

  private stringStatements(node: Record<string, unknown>, v: string): string[] {
    const out: string[] = [];
    // A string has at most as many code points as UTF-16 units, and at least half as many: count only when it matters.
    if (typeof node.maxLength === 'number') out.push(`if (${v}.length > ${node.maxLength} && codePoints(${v}) > ${node.maxLength}) return false;`);
    if (typeof node.minLength === 'number') out.push(`if (${v}.length < ${2 * node.minLength} && (${v}.length < ${node.minLength} || codePoints(${v}) < ${node.minLength})) return false;`);
    if (typeof node.pattern === 'string') out.push(`if (!${this.constant('pattern', `new RegExp(${lit(node.pattern)}, "u")`)}.test(${v})) return false;`);
    return out;
  }

  /** Bounds apply to finite numbers only, as ajv applies them with strictNumbers (part of `strict`, as the config is validated). */
  private numberStatements(node: Record<string, unknown>, v: string): string[] {
    const bounds = [['minimum', '>='], ['maximum', '<='], ['exclusiveMinimum', '>'], ['exclusiveMaximum', '<']]
      .filter(([keyword]) => node[keyword!] !== undefined)
      .map(([keyword, op]) => `${v} ${op} ${lit(node[keyword!])}`);
    return bounds.length ? [`if (Number.isFinite(${v}) && !(${bounds.join(' && ')})) return false;`] : [];
  }

  private arrayStatements(node: Record<string, unknown>, v: string): string[] {
    if (Array.isArray(node.items)) throw new Error('conforms: tuple items are not supported');
    const out: string[] = [];
    if (typeof node.minItems === 'number') out.push(`if (${v}.length < ${node.minItems}) return false;`);
    if (typeof node.maxItems === 'number') out.push(`if (${v}.length > ${node.maxItems}) return false;`);
    if (node.items !== undefined) {
      const [i, item] = [this.variable(), this.variable()];
      out.push(...block(`for (let ${i} = 0; ${i} < ${v}.length; ${i}++)`, [`const ${item} = ${v}[${i}];`, ...this.statements(node.items as Schema, item)]));
    }
    if (node.uniqueItems === true) out.push(`if (!unique(${v})) return false;`);
    return out;
  }

  private objectStatements(node: Record<string, unknown>, v: string): string[] {
    const properties = (node.properties ?? {}) as Record<string, Schema>;
    const out: string[] = [];
    // A property reads `undefined` when missing, as ajv tests it.
    for (const key of (node.required as string[] | undefined) ?? []) out.push(`if (${v}[${lit(key)}] === undefined) return false;`);
    for (const [key, sub] of Object.entries(properties)) {
      const value = this.variable();
      const checks = this.statements(sub, value);
      if (checks.length) out.push(...block('', [`const ${value} = ${v}[${lit(key)}];`, ...block(`if (${value} !== undefined)`, checks)]));
    }
    const [key, value] = [this.variable(), this.variable()];
    const names = node.propertyNames !== undefined ? this.statements(node.propertyNames as Schema, key) : [];
    const additional = node.additionalProperties !== undefined ? this.statements(node.additionalProperties as Schema, value) : [];
    if (!names.length && !additional.length) return out;
    // Keys of `properties` are checked above; any other key by additionalProperties.
    const other = additional.length === 1 && additional[0] === 'return false;' ? additional : additional.length ? [`const ${value} = ${v}[${key}];`, ...additional] : [];
    const known = Object.keys(properties).map((k) => `case ${lit(k)}:`);
    const perKey = [...names, ...(known.length && other.length ? block(`switch (${key})`, [...known, '  break;', 'default:', ...indent(block('', other))]) : other.length ? block('', other) : [])];
    out.push(...block(`for (const ${key} in ${v})`, perKey));
    return out;
  }
}

const indent = (lines: string[]) => lines.map((l) => `  ${l}`);
/** `head { lines }`, or a plain block for an empty head. */
const block = (head: string, lines: string[]) => [`${head ? `${head} ` : ''}{`, ...indent(lines), '}'];
/** `lines`, inside `if (test)` unless the value is already known to be of the kind. */
const guarded = (known: boolean, test: string, lines: string[]) => (known || !lines.length ? lines : block(`if (${test})`, lines));

function typeTest(type: string | string[], v: string): string {
  if (Array.isArray(type)) return type.map((t) => `(${typeTest(t, v)})`).join(' || ');
  switch (type) {
    case 'string':
      return `typeof ${v} === "string"`;
    case 'integer':
      return `Number.isInteger(${v})`;
    case 'number':
      return `Number.isFinite(${v})`;
    case 'boolean':
      return `typeof ${v} === "boolean"`;
    case 'null':
      return `${v} === null`;
    case 'array':
      return `Array.isArray(${v})`;
    case 'object':
      return `${v} !== null && typeof ${v} === "object" && !Array.isArray(${v})`;
    default:
      throw new Error(`conforms: unknown type ${type}`);
  }
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
