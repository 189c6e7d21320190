import { type AlertRule } from './rule.js';
export declare const FLEET_HOST_SILENT = "FleetHostSilent";
/** The rule over the hosts `hosts` (names as the fleet file gives them), for the central store only. */
export declare function fleetHostSilent(hosts: readonly string[]): AlertRule;
