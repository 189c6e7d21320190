/**
 * The URLs people open Prometheus and Alertmanager at (`externalUrl`) are ones the daemons parse (Go's net/url, as for
 * remote write: a host it refuses stops the daemon at its start). The schema has already refused credentials, a query
 * and a fragment.
 */
import { type Rule } from './rule.js';
export declare const externalUrlsParse: Rule;
