/** Durations that pass the schema's pattern but that Prometheus or Compose would still reject. */
import { type Rule } from './rule.js';
/** Durations are positive, in range, and the scrape timeout fits in the scrape interval. */
export declare const durationsAccepted: Rule;
