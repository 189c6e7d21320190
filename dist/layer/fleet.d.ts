import { type Layer } from './layer.js';
import { type Options } from '../options.js';
import type { Diagnostic, ParsedSource, ValidConfig } from '../types.js';
export interface FleetHost {
    name: string;
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
/** A fleet file once its shape is checked and the schema's defaults are in. */
export interface FleetSettings {
    base: string;
    output: {
        dir: string;
    };
    central?: Central;
    common?: Record<string, unknown>;
    hosts: {
        name: string;
        config?: Record<string, unknown>;
    }[];
}
/** The external label every host's Prometheus carries, with the host's name (beside `container_run`). */
export declare const HOST_LABEL = "host";
/** The central Jaeger: OTLP in, badger storage, its UI. */
export interface CentralJaeger {
    enabled: boolean;
    otlpGrpcPort: number;
    otlpHttpPort: number;
    uiPort: number;
    /** badger `ttl.spans`, a Go duration. */
    retention: string;
}
/** The central store's settings. */
export interface Central {
    address: string;
    port: number;
    retention: string;
    storage: string;
    jaeger: CentralJaeger;
}
/** The central Jaeger's OTLP gRPC endpoint as the hosts reach it. */
export declare const centralTraces: (c: Central) => string;
/** Where `build --fleet` writes the bundles: OUTPUT/HOST for each host, OUTPUT/central for the central store. */
export declare function fleetOutDir(fleet: ParsedSource, settings: FleetSettings): string;
/** Finds, parses and checks the shape of a fleet file, then layers, validates and checks every host. */
export declare function analyzeFleet(partial: Partial<Options> & {
    fleet: string;
}): Promise<FleetAnalysis>;
