/**
 * Grafana: it starts (an admin password from a file, never a literal), it has something to show (Prometheus), and it
 * reaches Prometheus, which it queries from its own Compose service over the network.
 */
import { type Rule } from './rule.js';
export declare const grafanaUsable: Rule;
