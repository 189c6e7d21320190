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
    base?: ParsedSource;
    hosts: FleetHost[];
    diagnostics: Diagnostic[];
    /** Every file's text, for code frames. */
    texts: Map<string, string>;
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
/** The central store's settings, the fleet schema's defaults applied. */
export interface Central {
    address: string;
    port: number;
    retention: string;
    storage: string;
    jaeger: CentralJaeger;
}
/** The central store's settings, defaults applied, when the fleet generates one. */
export declare function centralOf(fleet: ParsedSource): Central | undefined;
/** The central Jaeger's OTLP gRPC endpoint as the hosts reach it. */
export declare const centralTraces: (c: Central) => string;
/** Where `build --fleet` writes a host's bundle (and `central` the central one). */
export declare function hostOutDir(fleet: ParsedSource, name: string): string;
/** Finds, parses and checks the shape of a fleet file, then layers, validates and checks every host. */
export declare function analyzeFleet(partial: Partial<Options> & {
    fleet: string;
}): Promise<FleetAnalysis>;
