/** The SGLang command line, from typed flags plus pass-through arguments (seed 000, "Launching SGLang"). */
import { portFromArgs } from './check/ports.js';
import type { ValidConfig } from './types.js';

/** Arguments after the interpreter: `-m sglang.launch_server --model-path … --port …`, in the seed's order. */
export function launchArgs(config: ValidConfig): string[] {
  const m = config.modelServer;
  const f = m.flags;
  const args = ['-m', 'sglang.launch_server', '--model-path', m.modelPath];
  const num = (flag: string, value: number | undefined) => value !== undefined && args.push(flag, String(value));
  const bool = (flag: string, on: boolean | undefined) => on && args.push(flag);
  num('--context-length', f.contextLength);
  num('--max-running-requests', f.maxRunningRequests);
  num('--max-total-tokens', f.maxTotalTokens);
  args.push('--host', m.host);
  if (!portFromArgs(m.extraArgs)) args.push('--port', String(m.port));
  bool('--enable-metrics', f.enableMetrics);
  num('--tensor-parallel-size', f.tensorParallelSize);
  bool('--disable-cuda-graph', f.disableCudaGraph);
  num('--mem-fraction-static', f.memFractionStatic);
  if (f.dtype !== undefined) args.push('--dtype', f.dtype);
  bool('--trust-remote-code', f.trustRemoteCode);
  if (f.enableTrace && config.jaeger.enabled) args.push('--enable-trace', '--otlp-traces-endpoint', `localhost:${config.jaeger.otlpGrpcPort}`);
  return [...args, ...m.extraArgs];
}
