/** Port rules: unique ports, and the model server's --port agreeing with its configured port. */
import { type Rule } from './rule.js';
/** Host ports must be unique across the stack (seed: one container publishes them all). */
export declare const uniquePorts: Rule;
/** The model server's --port flag must agree with modelServer.port, which Prometheus scrapes and compose publishes. */
export declare const modelPortAgrees: Rule;
