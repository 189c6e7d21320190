import { type Added, type Layer } from './layer.js';
import { HOST_LABEL, centralAlerts, centralTraces, type Central, type FleetSettings } from '../config/fleet-settings.js';
export { HOST_LABEL, centralAlerts, centralTraces, type Central, type FleetSettings };
import { type Options } from '../options.js';
import type { Diagnostic, ParsedSource, ValidConfig } from '../types.js';
export interface FleetHost {
    name: string;
    /** Values the fleet sets itself on this host, and the fleet-file setting behind each. */
    added: Added[];
    /** The layers of this host's config, bottom (base) first. */
    layers: Layer[];
    source: ParsedSource;
    config?: ValidConfig;
}
export interface FleetAnalysis {
    fleet?: ParsedSource;
    /** The fleet file's own settings, the fleet schema's defaults applied (a copy: the parsed file is not changed). */
    settings?: FleetSettings;
    base?: ParsedSource;
    hosts: FleetHost[];
    diagnostics: Diagnostic[];
    /** Every file's text, for code frames. */
    texts: Map<string, string>;
}
/** Where `build --fleet` writes the bundles: OUTPUT/HOST for each host, OUTPUT/central for the central store. */
export declare function fleetOutDir(fleet: ParsedSource, settings: FleetSettings): string;
/** Finds, parses and checks the shape of a fleet file, and reads its base config: the files a fleet is made of. */
export declare function loadFleet(partial: Partial<Options> & {
    fleet: string;
}): Promise<FleetAnalysis>;
/** The fleet's files (loadFleet), then every host layered, validated and checked. */
export declare function analyzeFleet(partial: Partial<Options> & {
    fleet: string;
}): Promise<FleetAnalysis>;
/**
 * Every host of a loaded fleet layered, validated and checked, in fleet order; `each` is called with each host as
 * soon as it is checked (a build renders it then, while what its checks derived is at hand), with the diagnostics
 * so far, and returns more (a renderer's). The checks across hosts come last.
 */
export declare function analyzeHosts(result: FleetAnalysis, each?: (host: FleetHost, diagnostics: readonly Diagnostic[]) => Promise<readonly Diagnostic[]>): Promise<FleetAnalysis>;
