/**
 * Stage 2b, for fleets: layer configs. A host's config is the base config with the host's overrides on top; the
 * result is a ParsedSource like any other, whose positions name the layer (file, line, column) that wrote each value.
 *
 * Merge rules: mappings merge key by key; lists and scalars replace; `null` removes the key (its default applies).
 */
import type { ConfigPath, ParsedSource } from '../types.js';
/** One layer: a parsed file and where the config sits inside it (`[]` for a config file, `['hosts', 2, 'config']` in a fleet). */
export interface Layer {
    source: ParsedSource;
    root: ConfigPath;
}
/** The value at `path` of plain data, or undefined. */
export declare function valueAt(data: unknown, path: ConfigPath): unknown;
/** `override` on top of `base` by the merge rules; neither input is changed. */
export declare function merge(base: unknown, override: unknown): unknown;
/** The layers, bottom first, that write `path` itself (the last one's value is the one that counts). */
export declare function writers(layers: readonly Layer[], path: ConfigPath): Promise<Layer[]>;
/**
 * A config assembled from layers (bottom first): merged data, positions in the layer that wrote each path.
 * `extra` goes on top of every layer: values the fleet sets itself (a host's `host` label), written in no file.
 */
export declare function layered(layers: readonly Layer[], name: string, extra?: unknown): ParsedSource;
