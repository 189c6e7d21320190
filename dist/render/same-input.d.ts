/** Whether two values of plain data (objects, arrays, primitives) are equal, keys compared in their order too. */
export declare function samePlainData(a: unknown, b: unknown): boolean;
/**
 * Texts kept from an earlier run (the CLI keeps them in the user's cache, beside its build records): each under its
 * renderer's name and key, with the digest of the input it was made from. A renderer given an input with the digest
 * of a kept text gives that text instead of making it again. Its text is a function of its input alone, and the
 * inputs are plain data, so an input with the same JSON is the same input and gives the same text.
 */
export interface KeptTexts {
    /** The text kept under `id` when it was made from an input with this digest. */
    find(id: string, digest: string): string | undefined;
    /** A text this run gives under `id` (made or found), with its input's digest and the input. */
    keep(id: string, digest: string, text: string, input: unknown): void;
}
/** Runs `render` (synchronous) with `texts` as the kept texts every keepLast renderer looks in and adds to. */
export declare function withKeptTexts<T>(texts: KeptTexts | undefined, render: () => T): T;
/** An input's digest: the length and checksum of its JSON. */
export declare function inputDigest(input: unknown): string;
/**
 * `render` with its last output per key kept: an input equal to the one last rendered under the same key gets the
 * same text back (the same string, so what hashes or compares it can tell at once). One entry per key, so memory
 * stays what one build's outputs of that kind hold. Under withKeptTexts the kept texts answer instead, under `name`
 * and the key: the text kept for an input with the same digest, else a new one, kept for the next run.
 */
export declare function keepLast<I>(name: string, render: (input: I) => string): (key: string, input: I) => string;
