/**
 * A renderer's last answer, given again for an equal input. A fleet renders the same dashboards for every host that
 * shares the base's Grafana and alerting settings: comparing a host's input with the previous host's costs a fraction
 * of rendering it again. Only for renderers whose output is a function of that input alone (they are passed nothing
 * else), so an equal input is the same text by construction.
 */
import { samePlainData } from '../config/plain-data.js';
export { samePlainData };
import type { KeptTexts } from '../types.js';
export type { KeptTexts } from '../types.js';
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
