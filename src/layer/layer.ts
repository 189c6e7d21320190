/**
 * Stage 2b, for fleets: layer configs. A host's config is the base config with the host's overrides on top; the
 * result is a ParsedSource like any other, whose positions name the layer (file, line, column) that wrote each value.
 *
 * Merge rules: mappings merge key by key; lists and scalars replace; `null` removes the key (its default applies).
 */
import { valueAt } from '../config/config-path.js';
import { isPlainMapping, setOwn } from '../config/plain-data.js';
import type { ConfigPath, ParsedSource, PositionedSource } from '../types.js';

/** One layer: a parsed file and where the config sits inside it (`[]` for a config file, `['hosts', 2, 'config']` in a fleet). */
export interface Layer {
  source: ParsedSource;
  root: ConfigPath;
}


/** `override` on top of `base` by the merge rules; neither input is changed. */
export function merge(base: unknown, override: unknown): unknown {
  // A mapping over nothing (or over a scalar) is merged into an empty one, so a `null` inside it removes nothing and stays out.
  if (isPlainMapping(override) && !isPlainMapping(base)) return merge({}, override);
  if (!isPlainMapping(base) || !isPlainMapping(override)) return override === undefined ? base : override;
  // Built key by key (base's keys in their order, then the override's new ones), not copied and deleted from: see
  // ../config/plain-data.ts.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) {
    if (!Object.hasOwn(override, key)) setOwn(out, key, base[key]);
    else if (override[key] !== null) setOwn(out, key, merge(base[key], override[key]));
  }
  for (const key of Object.keys(override)) if (!Object.hasOwn(base, key) && override[key] !== null) setOwn(out, key, merge(undefined, override[key]));
  return out;
}

/** The layers, bottom first, that write `path` itself (the last one's value is the one that counts). */
export async function writers(layers: readonly Layer[], path: ConfigPath): Promise<Layer[]> {
  const found: Layer[] = [];
  for (const layer of layers) if ((await layer.source.positioned()).has([...layer.root, ...path])) found.push(layer);
  return found;
}

/** Where `layer` removes `path` with `null`: at the path itself or at a section above it; undefined when it does not. */
export function removedAt(layer: Layer, path: ConfigPath): ConfigPath | undefined {
  for (let k = 1; k <= path.length; k++) if (valueAt(layer.source.data, [...layer.root, ...path.slice(0, k)]) === null) return path.slice(0, k);
  return undefined;
}

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
export function layered(layers: readonly Layer[], name: string, extra: unknown = {}, added: readonly Added[] = []): ParsedSource {
  const data = merge(layers.reduce<unknown>((acc, l) => merge(acc, valueAt(l.source.data, l.root) ?? {}), {}), extra);
  const top = layers[layers.length - 1]!.source;
  let positioned: Promise<PositionedSource> | undefined;
  const positions = async (): Promise<PositionedSource> => {
    const each = await Promise.all(layers.map(async (l) => ({ layer: l, at: await l.source.positioned() })));
    /** The topmost layer that writes the longest written prefix of `path`. */
    const causes = await Promise.all(added.map(async (a) => ({ ...a, pos: await a.from.source.positioned() })));
    const origin = (path: ConfigPath, target?: 'key' | 'value') => {
      const cause = causes.find((c) => c.at.length <= path.length && c.at.every((k, i) => path[i] === k));
      if (cause) return { file: cause.from.source.path, lines: cause.pos.lines, range: cause.pos.locate([...cause.from.root, ...cause.path], target) };
      for (let k = path.length; k >= 0; k--) {
        const prefix = path.slice(0, k);
        for (let i = each.length - 1; i >= 0; i--) {
          const { layer, at } = each[i]!;
          // That layer's own locate then falls back from the full path to its nearest written ancestor, as usual.
          if (at.has([...layer.root, ...prefix])) return { file: layer.source.path, lines: at.lines, range: at.locate([...layer.root, ...path], target) };
        }
      }
      const base = each[0]!;
      return { file: base.layer.source.path, lines: base.at.lines, range: base.at.locate(base.layer.root) };
    };
    const topAt = each[each.length - 1]!.at;
    return { lines: topAt.lines, locate: (path, target) => origin(path, target).range, has: (path) => each.some(({ layer, at }) => at.has([...layer.root, ...path])), origin };
  };
  return { path: name, absolutePath: top.absolutePath, text: top.text, data, positioned: () => (positioned ??= positions()) };
}
