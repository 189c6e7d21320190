/**
 * Defaults that follow the engine. The schema's defaults are SGLang's reference stack; with `modelServer.engine: vllm`
 * these take their place wherever the config (every layer of a fleet host, merged) does not write the key: vLLM's own
 * port, no second port, its cache folder instead of SGLang's kernel caches, names that say vLLM (the stack's, the
 * compose service's and the dev container's), and a time-to-first-token threshold its histogram can compare.
 */
import { copyOwn, isPlainMapping, setOwn } from '../config/plain-data.js';
import { valueAt } from '../config/config-path.js';
import { copy } from './defaults.js';
import { VLLM_CACHE_ROOT, VLLM_DEFAULT_PORT } from '../upstream/vllm.js';
import { DEEPGEMM_CACHE_VARIABLES, deepGemmCacheVariable } from '../upstream/sglang.js';
import type { ConfigPath } from '../types.js';
import { DURATION_PATTERN, durationMs } from '../config/duration.js';

/** Each path with the value it takes under vLLM when not written. */
export const VLLM_DEFAULTS: readonly (readonly [ConfigPath, unknown])[] = [
  [['project', 'name'], 'vllm-dev'],
  [['container', 'service'], 'vllm-dev'],
  [['devcontainer', 'name'], 'vLLM dev (observability)'],
  [['modelServer', 'port'], VLLM_DEFAULT_PORT],
  [['modelServer', 'extraPorts'], []],
  [['storage', 'profiles'], [{ dir: 'vllm', env: VLLM_CACHE_ROOT }]],
  // A bucket boundary of vllm:time_to_first_token_seconds near the schema's 2 s, SGLang's (which vLLM's lacks: 1 and
  // 2.5 are its neighbours, catalog/vllm.yaml): a threshold between boundaries is only a guess (src/check/alerting.ts).
  [['alerting', 'thresholds', 'ttftSeconds'], 2.5],
];

/** Whether the default of the value at `path` follows the engine (SGLang's is the schema's, vLLM's is above). */
export const followsEngine = (path: ConfigPath): boolean => VLLM_DEFAULTS.some(([p]) => p.length === path.length && p.every((k, i) => k === path[i]));

/** `data` (the schema's defaults applied) with the engine's own defaults where `written` (the config as written) has no value; never changed in place. */
export function withEngineDefaults(data: Record<string, unknown>, written: unknown): Record<string, unknown> {
  if (!isPlainMapping(data.modelServer)) return data;
  if (data.modelServer.engine !== 'vllm') return withSglangCacheName(data, written);
  let out = data;
  for (const [path, value] of VLLM_DEFAULTS) if (valueAt(written, path) === undefined) out = setAt(out, path, value);
  return out;
}

/**
 * The default profiles for an SGLang release before 0.5.5, which reads its DeepGEMM cache folder from
 * SGL_DG_CACHE_DIR (src/upstream/sglang.ts): the schema's default names the variable of today's releases.
 */
function withSglangCacheName(data: Record<string, unknown>, written: unknown): Record<string, unknown> {
  const version = valueAt(data, ['versions', 'sglang']);
  const profiles = valueAt(data, ['storage', 'profiles']);
  if (valueAt(written, ['storage', 'profiles']) !== undefined || typeof version !== 'string' || !Array.isArray(profiles)) return data;
  const name = deepGemmCacheVariable(version);
  if (name === SGLANG_DG_CACHE_DIR) return data;
  return setAt(data, ['storage', 'profiles'], profiles.map((p: unknown) => (isPlainMapping(p) && p.env === SGLANG_DG_CACHE_DIR ? { ...p, env: name } : p)));
}

/** The variable the schema's default profiles give SGLang's DeepGEMM cache: the name today's releases read. */
const SGLANG_DG_CACHE_DIR = DEEPGEMM_CACHE_VARIABLES[DEEPGEMM_CACHE_VARIABLES.length - 1];

/** `object` with `value` at `path`, the mappings on the way copied; unchanged when one of them is not a mapping (validation reports it). */
function setAt(object: Record<string, unknown>, path: ConfigPath, value: unknown): Record<string, unknown> {
  const [key, ...rest] = path as string[];
  if (rest.length === 0) return setOwn(copyOwn(object), key!, copy(value));
  const inner = object[key!];
  if (!isPlainMapping(inner)) return object;
  return setOwn(copyOwn(object), key!, setAt(inner, rest, value));
}

/**
 * `prometheus.scrapeTimeout` when not written: the schema's 10 s, or the scrape interval when that is shorter, as
 * Prometheus does for an unset global timeout (config/config.go @ v3.14.0, GlobalConfig.UnmarshalYAML). A timeout
 * written longer than the interval stays an error (src/check/durations.ts).
 */
export function withScrapeTimeout(data: Record<string, unknown>, written: unknown): Record<string, unknown> {
  const p = data.prometheus;
  if (!isPlainMapping(p) || valueAt(written, ['prometheus', 'scrapeTimeout']) !== undefined || typeof p.scrapeInterval !== 'string' || typeof p.scrapeTimeout !== 'string') return data;
  // Durations the schema refuses are said by validation: left as they are here.
  const ms = (text: string) => (new RegExp(DURATION_PATTERN).test(text) ? durationMs(text) : NaN);
  const interval = ms(p.scrapeInterval);
  return interval > 0 && interval < ms(p.scrapeTimeout) ? setAt(data, ['prometheus', 'scrapeTimeout'], p.scrapeInterval) : data;
}
