/**
 * Plain data (parsed mappings), told apart from other objects and written without surprises: a key such as `__proto__` stays an ordinary own
 * key, as the parsers make it, and copies are made by assignment. V8 gives most objects copied with `{ ...object }`
 * (or given a key by `Object.defineProperty`) a hidden class of their own: ten thousand scrape targets gaining a
 * default made ten thousand, and a fleet's hosts each a root and a `prometheus` of their own, which every later
 * read of them pays for.
 */

/** Whether `v` is a plain mapping: an object whose prototype is Object's or none (a literal, a parser's), not a list, Map or class instance. */
export function isPlainMapping(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** `key` set on `object` as an own, enumerable, writable property. */
export function setOwn(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  if (key === '__proto__') return Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  object[key] = value;
  return object;
}

/** A new object with `object`'s own keys and values, in their order. */
export function copyOwn(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(object)) setOwn(out, key, object[key]);
  return out;
}
