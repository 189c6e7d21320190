/**
 * Plain data (parsed mappings), told apart from other objects and written without surprises: a key such as `__proto__` stays an ordinary own
 * key, as the parsers make it, and copies are made by assignment. V8 gives most objects copied with `{ ...object }`
 * (or given a key by `Object.defineProperty`) a hidden class of their own: ten thousand scrape targets gaining a
 * default made ten thousand, and a fleet's hosts each a root and a `prometheus` of their own, which every later
 * read of them pays for.
 */
/** Whether `v` is a plain mapping: an object whose prototype is Object's or none (a literal, a parser's), not a list, Map or class instance. */
export declare function isPlainMapping(v: unknown): v is Record<string, unknown>;
/** `key` set on `object` as an own, enumerable, writable property. */
export declare function setOwn(object: Record<string, unknown>, key: string, value: unknown): Record<string, unknown>;
/** A new object with `object`'s own keys and values, in their order. */
export declare function copyOwn(object: Record<string, unknown>): Record<string, unknown>;
/**
 * Whether two values of plain data (objects, arrays, primitives) are equal, keys compared in their order too; keys
 * for which `skip` is true are left out of both sides.
 */
export declare function samePlainData(a: unknown, b: unknown, skip?: (key: string) => boolean): boolean;
