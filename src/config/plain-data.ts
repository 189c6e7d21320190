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

/**
 * Whether two values of plain data (objects, arrays, primitives) are equal, keys compared in their order too; keys
 * for which `skip` is true are left out of both sides.
 */
export function samePlainData(a: unknown, b: unknown, skip?: (key: string) => boolean): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!samePlainData(a[i], b[i], skip)) return false;
    return true;
  }
  // Anything but a plain mapping (a Map, a class instance) is equal only to itself.
  if (!isPlainMapping(a) || !isPlainMapping(b)) return false;
  const keys = skip ? Object.keys(a).filter((k) => !skip(k)) : Object.keys(a);
  const others = skip ? Object.keys(b).filter((k) => !skip(k)) : Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== others[i] || !samePlainData(a[key], b[key], skip)) return false;
  }
  return true;
}
