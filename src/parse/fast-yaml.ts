/**
 * The fast data-only YAML parse (js-yaml), set up to read every text it accepts exactly as the full `yaml`
 * parse would, and to refuse everything else so that the full parse can explain it.
 */
import { CORE_SCHEMA, NOT_RESOLVED, boolCoreTag, defineMappingTag, defineScalarTag, floatCoreTag, intCoreTag, load, mapTag, nullCoreTag, strTag, type ScalarTagDefinition } from 'js-yaml';

/** No valid config nests deeper than this; deeper documents are refused before conversion. */
export const MAX_DEPTH = 32;

/**
 * YAML 1.2 core scalars resolved exactly as `yaml` resolves them: numbers too large for a double become
 * Infinity instead of staying strings. Explicitly tagged scalars (`!!int 0b1`, `!!str x`) are left to the full
 * parser, which is stricter about where a tag may stand.
 */
const PLAIN_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const overflowAsYamlDoes = defineScalarTag<number>(floatCoreTag.tagName, {
  implicit: true,
  implicitFirstChars: floatCoreTag.implicitFirstChars,
  resolve(text, explicit) {
    if (explicit || !PLAIN_NUMBER.test(text)) return NOT_RESOLVED;
    const resolved = floatCoreTag.resolve(text, false, floatCoreTag.tagName);
    if (resolved !== NOT_RESOLVED) return resolved;
    const radix = text.startsWith('0x') ? 16 : text.startsWith('0o') ? 8 : 0;
    return radix ? parseInt(text.slice(2), radix) : parseFloat(text);
  },
  identify: floatCoreTag.identify,
});
const implicitOnly = <T>(tag: ScalarTagDefinition<T>) =>
  defineScalarTag<T>(tag.tagName, { ...tag, resolve: (text, explicit, name) => (explicit ? NOT_RESOLVED : tag.resolve(text, false, name)) });
/** A null key (`~: x`, `: x`) is the empty string, as `yaml` converts it. */
const nullKeyAsEmpty = (key: unknown) => key ?? '';
const yamlKeys = defineMappingTag(mapTag.tagName, {
  ...mapTag,
  addPair: (map, key, value) => mapTag.addPair(map, nullKeyAsEmpty(key), value),
  has: (map, key) => mapTag.has(map, nullKeyAsEmpty(key)),
});
const SCHEMA = CORE_SCHEMA.withTags(implicitOnly(strTag), implicitOnly(nullCoreTag), implicitOnly(boolCoreTag), implicitOnly(intCoreTag), overflowAsYamlDoes, yamlKeys);

/**
 * The plain value of a text the fast parser accepts outright: one mapping with no aliases or unknown tags,
 * nested at most MAX_DEPTH deep. Anything else (syntax errors, duplicate keys, aliases, empty files) is
 * undefined, and the full parser decides.
 */
export function fastData(text: string): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    // js-yaml counts the top-level mapping as depth 1; MAX_DEPTH counts it as 0.
    data = load(text, { schema: SCHEMA, maxAliases: 0, maxDepth: MAX_DEPTH + 1 });
  } catch {
    return undefined;
  }
  return isPlainObject(data) ? data : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
