/**
 * SGLang facts, read in sgl-project/sglang release v0.5.18 (commit 71de97b2, through the bytedance-iaas/sglang mirror
 * that carries the upstream tags). Facts only; the wording is ours.
 */
import { versionAtLeast } from './version.js';

/**
 * Release images (.github/workflows/release-docker.yml at each tag). The CUDA 12.9 flavour runs on more installed
 * drivers than CUDA 13, so obscompile picks it; its tag changed twice:
 * - v0.5.2 and v0.5.3: `v<version>-cu129` (a `cu129` matrix entry, `tag=v${version}-${cuda_tag}`);
 * - v0.5.3.post1 to v0.5.10: `v<version>`, the multi-arch manifest of the `-cu129-amd64` and `-cu129-arm64` images
 *   (`docker buildx imagetools create -t lmsysorg/sglang:v${version}`; commit 73ea484a, #11268, first released in
 *   v0.5.3.post1, whose version bumps ran the workflow), CUDA 13 being `-cu130` from v0.5.9;
 * - v0.5.11 on: `v<version>-cu129` again (`tag_config`: `v<version>` is now CUDA 13).
 * Before v0.5.2 there is no CUDA 12.9 image (cu118 to cu128 only).
 */
export const SGLANG_IMAGE = 'lmsysorg/sglang';
export const SGLANG_FIRST_CU129 = '0.5.2';
export function sglangImage(version: string): string {
  const plain = versionAtLeast(version, '0.5.3.post1') && !versionAtLeast(version, '0.5.11');
  return `${SGLANG_IMAGE}:v${version}${plain ? '' : '-cu129'}`;
}

/**
 * The image is `nvidia/cuda:<CUDA>-cudnn-devel-ubuntu24.04` underneath (docker/Dockerfile @ v0.5.18, line 2): NVIDIA's
 * CUDA apt repository stays configured (the Dockerfile removes no sources.list.d entry), but every apt step deletes
 * /var/lib/apt/lists, so an image built on it runs `apt-get update` before installing.
 */

/** `sglang serve` (python/sglang/cli/serve.py, console script `sglang` in python/pyproject.toml) exists from v0.5.5 (commit 7bc1dae0, #12484). */
export const SERVE_SINCE = '0.5.5';

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

/**
 * Tracing: `--enable-trace` exports OTLP over gRPC to the endpoint flag (`host:port`, default localhost:4317). Both
 * came in v0.5.3 (#9962, tag v0.5.3rc0), the endpoint spelt `--oltp-traces-endpoint`; v0.5.4.post2 renamed it
 * `--otlp-traces-endpoint` with no alias (#10804, commit ea961060). Read in server_args.py at every tag from v0.4.9 to
 * v0.5.18 of the bytedance-iaas/sglang mirror.
 */
export const TRACE_FLAG = '--enable-trace';
export const TRACE_SINCE = '0.5.3';
export const OTLP_SPELLING_SINCE = '0.5.4.post2';
export const traceFlags = (version: string, grpcPort: number) => [TRACE_FLAG, versionAtLeast(version, OTLP_SPELLING_SINCE) ? '--otlp-traces-endpoint' : '--oltp-traces-endpoint', `localhost:${grpcPort}`];

/**
 * DeepGEMM's JIT cache. SGLang sets DG_JIT_CACHE_DIR itself when it loads DeepGEMM, unconditionally, from its own
 * variable, so a value the container gives DG_JIT_CACHE_DIR is replaced: `os.environ["DG_JIT_CACHE_DIR"] =
 * envs.SGLANG_DG_CACHE_DIR.get()` in python/sglang/srt/layers/deep_gemm_wrapper/compile_utils.py @ v0.5.18 (default
 * `<SGLANG_CACHE_DIR>/deep_gemm`, environ.py). The variable it reads is SGL_DG_CACHE_DIR up to v0.5.4
 * (layers/quantization/deep_gemm_wrapper/compile_utils.py @ v0.5.2, deep_gemm_wrapper/compile_utils.py @ v0.5.4) and
 * SGLANG_DG_CACHE_DIR from v0.5.4.post1 (#12034); from v0.5.4 environ.py also copies every SGL_ variable to its
 * SGLANG_ name, so SGL_DG_CACHE_DIR reaches the v0.5.4.post releases too. obscompile compares versions by their
 * numbers (0.5.4.post1 reads as 0.5.4), hence the SGLANG_ name from 0.5.5.
 */
export const DEEPGEMM_JIT_CACHE = 'DG_JIT_CACHE_DIR';
export const DEEPGEMM_CACHE_SGLANG_NAME_SINCE = '0.5.5';
/** Both names SGLang has read its DeepGEMM cache folder from, in release order. */
export const DEEPGEMM_CACHE_VARIABLES = ['SGL_DG_CACHE_DIR', 'SGLANG_DG_CACHE_DIR'] as const;
export const deepGemmCacheVariable = (version: string) => DEEPGEMM_CACHE_VARIABLES[versionAtLeast(version, DEEPGEMM_CACHE_SGLANG_NAME_SINCE) ? 1 : 0];

/**
 * Launch flags that give a latency histogram its bucket boundaries instead of the collector's defaults, each a list
 * of floats (server_args.py @ v0.5.18: bucket_time_to_first_token, bucket_inter_token_latency,
 * bucket_e2e_request_latency); tokenizer_manager.py hands them to TokenizerMetricsCollector, which uses them as given
 * for these histograms (observability/metrics_collector.py @ v0.5.18; prometheus_client adds +Inf).
 */
export const BUCKET_FLAGS: Readonly<Record<string, string>> = {
  '--bucket-time-to-first-token': 'sglang:time_to_first_token_seconds',
  '--bucket-inter-token-latency': 'sglang:inter_token_latency_seconds',
  '--bucket-e2e-request-latency': 'sglang:e2e_request_latency_seconds',
};

/**
 * `--extra-metric-labels` (server_args.py @ v0.5.18: a JSON object, read with json.loads) adds its keys, with their
 * values, to the labels of the tokenizer's, the scheduler's and the caches' collectors (tokenizer_manager.py,
 * observability/metrics_collector.py, mem_cache/base_prefix_cache.py and hiradix_cache.py @ v0.5.18).
 */
export const EXTRA_LABELS_FLAG = '--extra-metric-labels';

/**
 * The matcher that keeps streamed requests in `sglang:time_to_first_token_seconds`. Its first token is taken when the
 * first output batch of a request reaches the tokenizer (managers/tokenizer_manager.py @ v0.5.18), and the scheduler
 * sends a request that does not stream only when it finishes or every SGLANG_FORCE_STREAM_INTERVAL tokens (50 by
 * default: managers/scheduler_components/output_streamer.py, srt/environ.py), so a non-streamed request's "first
 * token" is its fiftieth or its whole reply. The histogram carries `is_streaming` from v0.5.17
 * (observability/metrics_collector.py); `!="false"` also matches earlier releases' series, which have no such label.
 * SGLang's own straggler check reads the streamed ones only (metrics_collector.py @ v0.5.18).
 */
export const STREAMED = 'is_streaming!="false"';
