/**
 * vLLM facts. The pinned release is v0.32.0 (its documentation is published at docs.vllm.ai/en/v0.32.0); the
 * repository could not be read at that tag here (a clone is over 1 GB), so the flags, image and metrics were read in
 * vllm-project/vllm at commit 6adad087 (main, 2026-08-14, before v0.29.0) and checked against the v0.32.0 documentation
 * where it could be read (catalog/vllm.yaml says which). Facts only; the wording is ours.
 */

/**
 * Release images (.buildkite/scripts/publish-release-images.sh @ 6adad087): `vllm/vllm-openai:v<version>` is built
 * with CUDA 13.0, `-cu129` with CUDA 12.9, both on Ubuntu 24.04 at 6adad087 (docker/Dockerfile `ARG UBUNTU_VERSION=24.04`,
 * since vllm-project/vllm#51058 of 2026-08-08; 22.04 at v0.20.0 and v0.27.1) (docker/Dockerfile: nvidia/cuda base, Python 3.12,
 * the `vllm` command in /usr/local/bin, ENTRYPOINT ["vllm", "serve"]). obscompile takes the CUDA 12.9 build, which
 * runs on more installed drivers, as it does for SGLang. Its base is nvidia/cuda:<CUDA>-base-ubuntu<UBUNTU_VERSION>,
 * whose NVIDIA CUDA apt repository stays configured: the runtime stage installs cuda-nvcc-<CUDA> and
 * libcublas-dev-<CUDA> from it with apt (docker/Dockerfile @ 6adad087, "Install CUDA development tools for runtime
 * JIT compilation") and then deletes only /var/lib/apt/lists, so the DCGM packages and the dcgm-exporter build fit
 * as they do on SGLang's image.
 */
export const VLLM_IMAGE = 'vllm/vllm-openai';
/**
 * The `-cu129` variant exists from v0.20.0 (vllm-project/vllm#39878: the plain tag became CUDA 13.0). obscompile takes
 * vLLM from that release on: earlier images are tagged otherwise. Its flags and metrics were read at 6adad087 (above).
 */
export const VLLM_FIRST_CU129 = '0.20.0';
export const vllmImage = (version: string) => `${VLLM_IMAGE}:v${version}-cu129`;

/** `vllm serve MODEL`: the model is positional (`--model` is deprecated and rewritten to it: utils/argparse_utils.py). */
export const VLLM_PROGRAM = 'vllm';
export const VLLM_SUBCOMMAND = 'serve';

/**
 * Flags of `vllm serve` (engine/arg_utils.py, entrypoints/openai/cli_args.py @ 6adad087), and their short forms.
 * The parser turns `_` into `-` in a flag's name and, with argparse's default allow_abbrev, expands a unique prefix.
 */
export const VLLM_FLAGS = {
  host: '--host',
  port: '--port',
  servedModelName: '--served-model-name',
  maxModelLen: '--max-model-len',
  tensorParallelSize: '--tensor-parallel-size',
  pipelineParallelSize: '--pipeline-parallel-size',
  gpuMemoryUtilization: '--gpu-memory-utilization',
  maxNumSeqs: '--max-num-seqs',
  enablePrefixCaching: '--enable-prefix-caching',
  noPrefixCaching: '--no-enable-prefix-caching',
  dtype: '--dtype',
  trustRemoteCode: '--trust-remote-code',
  otlpTracesEndpoint: '--otlp-traces-endpoint',
} as const;
export const VLLM_ALIASES: Readonly<Record<string, string>> = { '-tp': '--tensor-parallel-size', '-pp': '--pipeline-parallel-size' };

/** `--model` still names the model (deprecated, rewritten to the positional argument: utils/argparse_utils.py). */
export const VLLM_MODEL_FLAG = '--model';

/**
 * `--disable-log-stats` (store_true, EngineArgs.add_cli_args in engine/arg_utils.py, read at 99d7eb5d) makes AsyncLLM
 * run with `log_stats=not disable_log_stats` and create its StatLoggerManager, whose default loggers include the
 * Prometheus one, only when log_stats is on (v1/engine/async_llm.py @ 8ef0b5f5, AsyncLLM.__init__ and
 * from_engine_args): /metrics still answers, without any `vllm:` engine series.
 */
export const VLLM_STATS_OFF_FLAG = '--disable-log-stats';

/**
 * Whether a pass-through word turns vLLM's statistics off: `--disable-log-stats` with either separator, or a prefix
 * argparse expands to it (allow_abbrev; from `--disable-log-s`, past `--disable-log-requests`). Not
 * `--no-disable-log-stats`: a store_true flag has no negative form, and argparse refuses the word.
 */
export function turnsStatsOff(arg: string): boolean {
  const flag = vllmDashed(arg.split('=')[0]!);
  return flag.length >= '--disable-log-s'.length && VLLM_STATS_OFF_FLAG.startsWith(flag);
}

/**
 * `--config FILE` (utils/argparse_utils.py @ c836a6fe, FlexibleArgumentParser): parse_args loads the file only when the
 * word `--config` itself is among the arguments (`--config=FILE` passes argparse and is never read), at most once
 * (`_pull_args_from_config` asserts it), followed by a file (else "No config file specified!") whose name ends in
 * .yaml or .yml (`load_config_file` refuses others). Its values go before the command line's, so the generated flags
 * win over the file's ("cli > config > defaults").
 */
export const VLLM_CONFIG_FLAG = '--config';
export const VLLM_CONFIG_EXTENSIONS: readonly string[] = ['yaml', 'yml'];

/**
 * A long flag as vLLM's parser reads it: `_` becomes `-` before the first `.` (utils/argparse_utils.py), and the
 * `--no-` form of a boolean (argparse's BooleanOptionalAction, engine/arg_utils.py) sets the same setting.
 */
export function vllmFlagName(flag: string): string {
  const dashed = vllmDashed(flag);
  return dashed.startsWith('--no-') ? `--${dashed.slice(5)}` : dashed;
}

/** A long flag with `_` turned into `-` before its first `.`, as vLLM's parser spells it (utils/argparse_utils.py). */
export function vllmDashed(flag: string): string {
  if (!flag.startsWith('--')) return flag;
  const dot = flag.indexOf('.');
  return dot === -1 ? flag.replace(/_/g, '-') : flag.slice(0, dot).replace(/_/g, '-') + flag.slice(dot);
}

/**
 * Compile caches vLLM moves under its own cache folder when it compiles the model (the default; `--enforce-eager` turns
 * torch.compile off: config/vllm.py): InductorAdaptor.initialize_cache sets TORCHINDUCTOR_CACHE_DIR and
 * TRITON_CACHE_DIR unconditionally to `inductor_cache` and `triton_cache` below the compile cache
 * (vllm/compilation/compiler_interface.py, lines 473/476 @ v0.20.0, 477/480 @ v0.27.1 and 6adad087), and the AOT path
 * sets TORCHINDUCTOR_CACHE_DIR below `<VLLM_CACHE_ROOT>/torch_compile_cache` ("Unconditional":
 * vllm/compilation/decorators.py, line 518 @ v0.20.0, 558 @ v0.27.1 and 6adad087). A folder given to either variable
 * stays empty; VLLM_CACHE_ROOT (vllm/envs.py) is the one that places them.
 */
export const VLLM_COMPILE_REDIRECTS = ['TORCHINDUCTOR_CACHE_DIR', 'TRITON_CACHE_DIR'] as const;
export const VLLM_CACHE_ROOT = 'VLLM_CACHE_ROOT';

/** `vllm serve`'s own port (`port: int = 8000`, vllm/entrypoints/openai/cli_args.py @ 6adad087). */
export const VLLM_DEFAULT_PORT = 8000;
export const VLLM_EAGER_FLAG = '--enforce-eager';

/**
 * `--gpu-memory-utilization` when not given: the share of each GPU's memory vLLM takes (CacheConfig
 * `gpu_memory_utilization: float = Field(default=0.92, ...)`, vllm/config/cache.py @ vllm-project/vllm 002f10e0).
 */
export const VLLM_DEFAULT_GPU_MEMORY_UTILIZATION = 0.92;

/**
 * Tracing: `--otlp-traces-endpoint` exports spans over OTLP, gRPC unless OTEL_EXPORTER_OTLP_TRACES_PROTOCOL says
 * otherwise, with an insecure channel (vllm/tracing/otel.py); the OpenTelemetry packages are in the image
 * (requirements/common.txt). Metrics are always on: /metrics on the API port, no flag.
 */
export const vllmTraceFlags = (grpcPort: number) => [VLLM_FLAGS.otlpTracesEndpoint, `grpc://localhost:${grpcPort}`];
