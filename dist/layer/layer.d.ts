import type { ConfigPath, ParsedSource } from '../types.js';
/** One layer: a parsed file and where the config sits inside it (`[]` for a config file, `['hosts', 2, 'config']` in a fleet). */
export interface Layer {
    source: ParsedSource;
    root: ConfigPath;
}
/** `override` on top of `base` by the merge rules; neither input is changed. */
export declare function merge(base: unknown, override: unknown): unknown;
/** The layers, bottom first, that write `path` itself (the last one's value is the one that counts). */
export declare function writers(layers: readonly Layer[], path: ConfigPath): Promise<Layer[]>;
/** Where `layer` removes `path` with `null`: at the path itself or at a section above it; undefined when it does not. */
export declare function removedAt(layer: Layer, path: ConfigPath): ConfigPath | undefined;
/** Where a value the fleet adds itself comes from: a config path and the place in a layer's file that causes it. */
export interface Added {
    at: ConfigPath;
    from: Layer;
    path: ConfigPath;
}
/**
 * A config assembled from layers (bottom first): merged data, positions in the layer that wrote each path.
 * `extra` goes on top of every layer: values the fleet sets itself (a host's `host` label), written in no file;
 * `added` says where in the fleet file each of them comes from, for diagnostics about them.
 */
export declare function layered(layers: readonly Layer[], name: string, extra?: unknown, added?: readonly Added[]): ParsedSource;
