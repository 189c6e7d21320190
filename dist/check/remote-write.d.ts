/** Remote-write rules: a Prometheus never writes to itself. */
import { type Rule } from './rule.js';
/** A remote-write URL naming this Prometheus would loop every sample back into it, and nothing would reach the central store. */
export declare const remoteWriteNotSelf: Rule;
