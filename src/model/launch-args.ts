/** The SGLang command line, from typed flags plus pass-through arguments (seed 000, "Launching SGLang"). */
import { portFromArgs } from '../config/ports.js';
import { disableCudaGraphFlags, serverCommand, traceFlags } from '../upstream/sglang.js';
import type { ValidConfig } from '../types.js';

export interface LaunchCommand {
  /** The program exec-ed by launch-model.sh: `sglang` (0.5.5 and later), or the configured Python for older releases. */
  program: string;
  /** Its arguments: the subcommand, then the server flags in the seed's order, then `extraArgs`. */
  args: string[];
}

/** The server command for the configured SGLang version. */
export function launchCommand(config: ValidConfig): LaunchCommand {
  const m = config.modelServer;
  const f = m.flags;
  const version = config.versions.sglang;
  const { program, args: head } = serverCommand(version, m.python);
  const args = [...head, '--model-path', m.modelPath];
  const num = (flag: string, value: number | undefined) => value !== undefined && args.push(flag, String(value));
  const bool = (flag: string, on: boolean | undefined) => on && args.push(flag);
  num('--context-length', f.contextLength);
  num('--max-running-requests', f.maxRunningRequests);
  num('--max-total-tokens', f.maxTotalTokens);
  args.push('--host', m.host);
  if (!portFromArgs(m.extraArgs)) args.push('--port', String(m.port));
  bool('--enable-metrics', f.enableMetrics);
  num('--tensor-parallel-size', f.tensorParallelSize);
  if (f.disableCudaGraph) args.push(...disableCudaGraphFlags(version));
  num('--mem-fraction-static', f.memFractionStatic);
  if (f.dtype !== undefined) args.push('--dtype', f.dtype);
  bool('--trust-remote-code', f.trustRemoteCode);
  if (f.enableTrace && config.jaeger.enabled) args.push(...traceFlags(config.jaeger.otlpGrpcPort));
  return { program, args: [...args, ...m.extraArgs] };
}
