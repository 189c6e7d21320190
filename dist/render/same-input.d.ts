/** Whether two values of plain data (objects, arrays, primitives) are equal, keys compared in their order too. */
export declare function samePlainData(a: unknown, b: unknown): boolean;
/**
 * `render` with its last output per key kept: an input equal to the one last rendered under the same key gets the
 * same text back (the same string, so what hashes or compares it can tell at once). One entry per key, so memory
 * stays what one build's outputs of that kind hold.
 */
export declare function keepLast<I>(render: (input: I) => string): (key: string, input: I) => string;
