import type { ErrorObject } from 'ajv';
import type { Finding } from '../types.js';
/** A suggestion when `word` is a near miss of one of `candidates`. */
export declare function didYouMean(word: string, candidates: readonly string[]): string | undefined;
/** The finding for one ajv error, at the config path it is about. */
export declare function translate(error: ErrorObject): Finding;
