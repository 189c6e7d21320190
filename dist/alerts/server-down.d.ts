/** ModelServerDown: the model server gone, and not merely loading its model after launch-model.sh started it. */
import { type AlertRule } from './rule.js';
import { type Engine } from '../config/engine.js';
/**
 * The server gone: its scrape job down after it was up within the hour (a dev box starts the server by hand). Once
 * firing it stays until the server answers again, whatever the window holds by then (its own ALERTS series). Where
 * node_exporter serves the time launch-model.sh last started the server in this run, also a server started and not
 * answering; but neither while it loads its model, `alerting.thresholds.modelServerLoadMinutes` from its start.
 */
export declare function modelServerDown(engine: Engine): AlertRule;
/** Whether launch-model.sh started the model server less than `minutes` ago. */
export declare const launchedWithin: (minutes: number) => string;
