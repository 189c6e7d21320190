/**
 * SGLang facts, read in sgl-project/sglang release v0.5.18 (commit 71de97b2, through the bytedance-iaas/sglang mirror
 * that carries the upstream tags). Facts only; the wording is ours.
 */
import { versionAtLeast } from './version.js';

/** Release images (.github/workflows/release-docker.yml): `v<version>` is CUDA 13.0, `v<version>-cu129` CUDA 12.9. */
export const SGLANG_IMAGE = 'lmsysorg/sglang';
/** The CUDA 12.9 flavour runs on more installed drivers than the CUDA 13 default. */
export const SGLANG_IMAGE_SUFFIX = '-cu129';
export const sglangImage = (version: string) => `${SGLANG_IMAGE}:v${version}${SGLANG_IMAGE_SUFFIX}`;

/** `sglang serve` (python/sglang/cli/serve.py, console script `sglang`) exists from v0.5.7; launch_server warns from v0.5.12 on. */
export const SERVE_SINCE = '0.5.7';

/** `--cuda-graph-backend-{decode,prefill}` exist from v0.5.14; `--disable-cuda-graph` is deprecated in their favour (server_args.py). */
export const CUDA_GRAPH_BACKEND_SINCE = '0.5.14';

/** The command that starts the server: the program and the arguments before the server flags. */
export function serverCommand(version: string, python: string): { program: string; args: string[] } {
  return versionAtLeast(version, SERVE_SINCE) ? { program: 'sglang', args: ['serve'] } : { program: python, args: ['-m', 'sglang.launch_server'] };
}

/** Flags that turn CUDA graphs off for the configured version. */
export function disableCudaGraphFlags(version: string): string[] {
  return versionAtLeast(version, CUDA_GRAPH_BACKEND_SINCE) ? ['--cuda-graph-backend-decode', 'disabled', '--cuda-graph-backend-prefill', 'disabled'] : ['--disable-cuda-graph'];
}

/** Tracing: `--enable-trace` exports OTLP over gRPC to `--otlp-traces-endpoint` (`host:port`, default localhost:4317). */
export const traceFlags = (grpcPort: number) => ['--enable-trace', '--otlp-traces-endpoint', `localhost:${grpcPort}`];
