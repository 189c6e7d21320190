/** The model server's command line, from typed flags plus pass-through arguments (seed 000, "Launching SGLang"). */
import { portFromArgs } from '../config/ports.js';
import { optionLike, pythonFloat, splitFlag } from '../config/python-args.js';
import { ENGINE_TITLE, engineOf } from '../config/engine.js';
import { BUCKET_FLAGS, EXTRA_LABELS_FLAG, disableCudaGraphFlags, serverCommand, traceFlags } from '../upstream/sglang.js';
import { VLLM_FLAGS, VLLM_PROGRAM, VLLM_SUBCOMMAND, vllmTraceFlags } from '../upstream/vllm.js';
import type { ValidConfig } from '../types.js';

export interface LaunchCommand {
  /** What the server is called in the script's comments: SGLang or vLLM. */
  server: string;
  /** The program exec-ed by launch-model.sh: `sglang` (0.5.5 and later), the configured Python for older releases, or `vllm`. */
  program: string;
  /** Its arguments: the subcommand, then the server flags in the seed's order, then `extraArgs`. */
  args: string[];
}

/** Appends typed flags: a number with its value, a switch only when on. */
function flagWriter(args: string[]) {
  return {
    num: (flag: string, value: number | undefined) => value !== undefined && args.push(flag, String(value)),
    bool: (flag: string, on: boolean | undefined) => on && args.push(flag),
    str: (flag: string, value: string | undefined) => value !== undefined && args.push(flag, value),
  };
}

/** The server command for the configured engine and version. */
export function launchCommand(config: ValidConfig): LaunchCommand {
  return engineOf(config) === 'vllm' ? vllmCommand(config) : sglangCommand(config);
}

function sglangCommand(config: ValidConfig): LaunchCommand {
  const m = config.modelServer;
  const f = m.flags;
  const version = config.versions.sglang;
  const { program, args: head } = serverCommand(version, m.python);
  const args = [...head, '--model-path', m.modelPath];
  const { num, bool, str } = flagWriter(args);
  num('--context-length', f.contextLength);
  num('--max-running-requests', f.maxRunningRequests);
  num('--max-total-tokens', f.maxTotalTokens);
  args.push('--host', m.host);
  if (!portFromArgs(m.extraArgs)) args.push('--port', String(m.port));
  bool('--enable-metrics', f.enableMetrics);
  num('--tensor-parallel-size', f.tensorParallelSize);
  if (f.disableCudaGraph) args.push(...disableCudaGraphFlags(version));
  num('--mem-fraction-static', f.memFractionStatic);
  str('--dtype', f.dtype);
  bool('--trust-remote-code', f.trustRemoteCode);
  if (f.enableTrace && config.jaeger.enabled) args.push(...traceFlags(config.versions.sglang, config.jaeger.otlpGrpcPort));
  return { server: ENGINE_TITLE.sglang, program, args: [...args, ...m.extraArgs] };
}

/** `vllm serve MODEL`, then the typed flags of `modelServer.vllm` (its metrics need no flag: /metrics is always served). */
function vllmCommand(config: ValidConfig): LaunchCommand {
  const m = config.modelServer;
  const f = m.vllm;
  const args = [VLLM_SUBCOMMAND, m.modelPath, VLLM_FLAGS.host, m.host];
  const { num, bool, str } = flagWriter(args);
  if (!portFromArgs(m.extraArgs)) args.push(VLLM_FLAGS.port, String(m.port));
  str(VLLM_FLAGS.servedModelName, f.servedModelName);
  num(VLLM_FLAGS.maxModelLen, f.maxModelLen);
  num(VLLM_FLAGS.tensorParallelSize, f.tensorParallelSize);
  num(VLLM_FLAGS.pipelineParallelSize, f.pipelineParallelSize);
  num(VLLM_FLAGS.gpuMemoryUtilization, f.gpuMemoryUtilization);
  num(VLLM_FLAGS.maxNumSeqs, f.maxNumSeqs);
  if (f.enablePrefixCaching !== undefined) args.push(f.enablePrefixCaching ? VLLM_FLAGS.enablePrefixCaching : VLLM_FLAGS.noPrefixCaching);
  str(VLLM_FLAGS.dtype, f.dtype);
  bool(VLLM_FLAGS.trustRemoteCode, f.trustRemoteCode);
  if (f.enableTrace && config.jaeger.enabled) args.push(...vllmTraceFlags(config.jaeger.otlpGrpcPort));
  return { server: ENGINE_TITLE.vllm, program: VLLM_PROGRAM, args: [...args, ...m.extraArgs] };
}

/** Where SGLang's pass-through arguments give `histogram` its buckets (the last such flag wins: BUCKET_FLAGS), or -1. */
export function bucketFlagAt(args: readonly string[], histogram: string): number {
  for (let i = args.length - 1; i >= 0; i--) if (BUCKET_FLAGS[splitFlag(args[i]!)[0]] === histogram) return i;
  return -1;
}

/** One bucket flag of SGLang's pass-through arguments: where it is, its histogram, and the words argparse gives it. */
export interface BucketFlag {
  at: number;
  histogram: string;
  /** Each value word: its index in the arguments, its text, and what float() makes of it (undefined: refused). */
  values: { at: number; word: string; value: number | undefined }[];
}

/**
 * The bucket flags of SGLang's pass-through arguments (BUCKET_FLAGS), each with the words argparse hands its float
 * type (nargs="+": every following word up to the next option; `--flag=value` gives one).
 */
export function bucketFlags(args: readonly string[]): BucketFlag[] {
  const out: BucketFlag[] = [];
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = splitFlag(args[i]!);
    const histogram = BUCKET_FLAGS[flag];
    if (!histogram) continue;
    const at = i;
    const words = inline !== undefined ? [{ at: i, word: inline }] : [];
    if (inline === undefined) while (i + 1 < args.length && !optionLike(args[i + 1]!)) words.push({ at: ++i, word: args[i]! });
    out.push({ at, histogram, values: words.map((w) => ({ ...w, value: pythonFloat(w.word) })) });
  }
  return out;
}

/** The finite boundaries SGLang's pass-through arguments give each latency histogram, by metric name (the last flag wins). */
export function bucketsFromArgs(args: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const { histogram, values } of bucketFlags(args)) {
    // A last +Inf is the bucket prometheus_client adds anyway (Histogram._prepare_buckets).
    const bounds = values.map((v) => v.value);
    if (bounds.at(-1) === Infinity) bounds.pop();
    // Boundaries SGLang would refuse (OBS_FLAG_VALUE) give no buckets: the error is the flag's, not the alerts'.
    const usable = bounds.every((b, i) => b !== undefined && Number.isFinite(b) && (i === 0 || b > bounds[i - 1]!));
    if (bounds.length && usable) out.set(histogram, bounds as number[]);
  }
  return out;
}

/**
 * Each `--extra-metric-labels` of SGLang's pass-through arguments whose value is a JSON object: the index of the
 * argument that holds the value, and the label names it adds. A value that is not one adds no label (SGLang then
 * refuses to start).
 */
export function extraLabelFlags(args: readonly string[]): { at: number; labels: string[] }[] {
  const out: { at: number; labels: string[] }[] = [];
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = splitFlag(args[i]!);
    if (flag !== EXTRA_LABELS_FLAG) continue;
    const at = inline !== undefined ? i : ++i;
    try {
      const value: unknown = JSON.parse(inline ?? args[at] ?? '');
      if (value && typeof value === 'object' && !Array.isArray(value)) out.push({ at, labels: Object.keys(value) });
    } catch {
      // Not JSON: no label is added.
    }
  }
  return out;
}

/** The label names SGLang's `--extra-metric-labels` adds to its series: the last such flag's (none without one). */
export function extraLabelsFromArgs(args: readonly string[]): string[] {
  return extraLabelFlags(args).at(-1)?.labels ?? [];
}
