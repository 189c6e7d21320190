/** Pass-through arguments must not repeat what obscompile writes itself, or they would dodge the checks made on it. */
import { type Rule } from './rule.js';
/**
 * `modelServer.extraArgs` adds flags; a flag the generated command already has (or `--port` twice) is refused. A switch
 * the generated command writes alone (`--enable-metrics`), given alone again, sets nothing new: a warning.
 */
export declare const extraArgsAddOnly: Rule;
/** vLLM's `--config FILE` in extraArgs is one vLLM reads: two words, once, a YAML file the container has. */
export declare const vllmConfigFileRead: Rule;
/**
 * SGLang's `--extra-metric-labels` names labels of its series (observability/metrics_collector.py @ v0.5.18 adds the
 * keys to its label names): the catalog, the alerts and their unit tests carry them, and promtool refuses a test whose
 * series selector holds a label that is no legacy label name (`a-b`, `1a`; `__name__` replaces the metric's name).
 */
export declare const extraMetricLabelNames: Rule;
/** SGLang's bucket flags in the pass-through arguments give boundaries its histograms accept (BUCKET_FLAGS). */
export declare const bucketFlagValues: Rule;
/**
 * SGLang's pass-through flags are options its server parser has (src/upstream/sglang-flags.ts, read from
 * server_args.py): it parses strictly (parse_args) and expands a unique prefix, so an unknown option or a prefix of
 * several stops it at start ("unrecognized arguments", "ambiguous option"). At another release than the one the list
 * is read from, a warning: that release may have the option.
 */
export declare const sglangFlagsKnown: Rule;
