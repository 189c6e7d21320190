/**
 * Defaults that follow the engine. The schema's defaults are SGLang's reference stack; with `modelServer.engine: vllm`
 * these take their place wherever the config (every layer of a fleet host, merged) does not write the key: vLLM's own
 * port, no second port, its cache folder instead of SGLang's kernel caches, and names that say vLLM (the stack's, the
 * compose service's and the dev container's).
 */
import { copyOwn, isPlainMapping, setOwn } from '../config/plain-data.js';
import { valueAt } from '../config/config-path.js';
import { copy } from './defaults.js';
import { VLLM_CACHE_ROOT, VLLM_DEFAULT_PORT } from '../upstream/vllm.js';
import type { ConfigPath } from '../types.js';

/** Each path with the value it takes under vLLM when not written. */
export const VLLM_DEFAULTS: readonly (readonly [ConfigPath, unknown])[] = [
  [['project', 'name'], 'vllm-dev'],
  [['container', 'service'], 'vllm-dev'],
  [['devcontainer', 'name'], 'vLLM dev (observability)'],
  [['modelServer', 'port'], VLLM_DEFAULT_PORT],
  [['modelServer', 'extraPorts'], []],
  [['storage', 'profiles'], [{ dir: 'vllm', env: VLLM_CACHE_ROOT }]],
];

/** `data` (the schema's defaults applied) with the engine's own defaults where `written` (the config as written) has no value; never changed in place. */
export function withEngineDefaults(data: Record<string, unknown>, written: unknown): Record<string, unknown> {
  if (!isPlainMapping(data.modelServer) || data.modelServer.engine !== 'vllm') return data;
  let out = data;
  for (const [path, value] of VLLM_DEFAULTS) if (valueAt(written, path) === undefined) out = setAt(out, path, value);
  return out;
}

/** `object` with `value` at `path`, the mappings on the way copied; unchanged when one of them is not a mapping (validation reports it). */
function setAt(object: Record<string, unknown>, path: ConfigPath, value: unknown): Record<string, unknown> {
  const [key, ...rest] = path as string[];
  if (rest.length === 0) return setOwn(copyOwn(object), key!, copy(value));
  const inner = object[key!];
  if (!isPlainMapping(inner)) return object;
  return setOwn(copyOwn(object), key!, setAt(inner, rest, value));
}
