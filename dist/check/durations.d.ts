/** Durations, and the TSDB size cap, that pass the schema's pattern but that Prometheus or Compose would still reject. */
import { type Rule } from './rule.js';
import type { ConfigPath, Finding } from '../types.js';
/** Durations are positive, in range, and the scrape timeout fits in the scrape interval. */
export declare const durationsAccepted: Rule;
/** A TSDB size cap at `path` that Prometheus cannot read, as a finding: a host's `prometheus.retentionSize` or `central.retentionSize`. */
export declare function retentionSizeFindings(path: ConfigPath, size: string | undefined): Finding[];
/** `prometheus.retentionSize` is one Prometheus reads: fewer than 2^63 bytes, its number exact in a float64. */
export declare const retentionSizeAccepted: Rule;
/** `container.shmSize` fits the signed 64-bit byte count Compose parses it into (a larger one wraps negative: refused). */
export declare const shmSizeAccepted: Rule;
