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
export declare const VLLM_IMAGE = "vllm/vllm-openai";
/**
 * The `-cu129` variant exists from v0.20.0 (vllm-project/vllm#39878: the plain tag became CUDA 13.0). obscompile takes
 * vLLM from that release on: earlier images are tagged otherwise. Its flags and metrics were read at 6adad087 (above).
 */
export declare const VLLM_FIRST_CU129 = "0.20.0";
export declare const vllmImage: (version: string) => string;
/** `vllm serve MODEL`: the model is positional (`--model` is deprecated and rewritten to it: utils/argparse_utils.py). */
export declare const VLLM_PROGRAM = "vllm";
export declare const VLLM_SUBCOMMAND = "serve";
/**
 * Flags of `vllm serve` (engine/arg_utils.py, entrypoints/openai/cli_args.py @ 6adad087), and their short forms.
 * The parser turns `_` into `-` in a flag's name and, with argparse's default allow_abbrev, expands a unique prefix.
 */
export declare const VLLM_FLAGS: {
    readonly host: "--host";
    readonly port: "--port";
    readonly servedModelName: "--served-model-name";
    readonly maxModelLen: "--max-model-len";
    readonly tensorParallelSize: "--tensor-parallel-size";
    readonly pipelineParallelSize: "--pipeline-parallel-size";
    readonly gpuMemoryUtilization: "--gpu-memory-utilization";
    readonly maxNumSeqs: "--max-num-seqs";
    readonly enablePrefixCaching: "--enable-prefix-caching";
    readonly noPrefixCaching: "--no-enable-prefix-caching";
    readonly dtype: "--dtype";
    readonly trustRemoteCode: "--trust-remote-code";
    readonly otlpTracesEndpoint: "--otlp-traces-endpoint";
};
export declare const VLLM_ALIASES: Readonly<Record<string, string>>;
/** `--model` still names the model (deprecated, rewritten to the positional argument: utils/argparse_utils.py). */
export declare const VLLM_MODEL_FLAG = "--model";
/**
 * `--disable-log-stats` (store_true, EngineArgs.add_cli_args in engine/arg_utils.py, read at 99d7eb5d) makes AsyncLLM
 * run with `log_stats=not disable_log_stats` and create its StatLoggerManager, whose default loggers include the
 * Prometheus one, only when log_stats is on (v1/engine/async_llm.py @ 8ef0b5f5, AsyncLLM.__init__ and
 * from_engine_args): /metrics still answers, without any `vllm:` engine series.
 */
export declare const VLLM_STATS_OFF_FLAG = "--disable-log-stats";
/**
 * Whether a pass-through word turns vLLM's statistics off: `--disable-log-stats` with either separator, or a prefix
 * argparse expands to it (allow_abbrev; from `--disable-log-s`, past `--disable-log-requests`). Not
 * `--no-disable-log-stats`: a store_true flag has no negative form, and argparse refuses the word.
 */
export declare function turnsStatsOff(arg: string): boolean;
/**
 * `--config FILE` (utils/argparse_utils.py @ c836a6fe, FlexibleArgumentParser): parse_args loads the file only when the
 * word `--config` itself is among the arguments (`--config=FILE` passes argparse and is never read), at most once
 * (`_pull_args_from_config` asserts it), followed by a file (else "No config file specified!") whose name ends in
 * .yaml or .yml (`load_config_file` refuses others). Its values go before the command line's, so the generated flags
 * win over the file's ("cli > config > defaults").
 */
export declare const VLLM_CONFIG_FLAG = "--config";
export declare const VLLM_CONFIG_EXTENSIONS: readonly string[];
/**
 * A long flag as vLLM's parser reads it: `_` becomes `-` before the first `.` (utils/argparse_utils.py), and the
 * `--no-` form of a boolean (argparse's BooleanOptionalAction, engine/arg_utils.py) sets the same setting.
 */
export declare function vllmFlagName(flag: string): string;
/** A long flag with `_` turned into `-` before its first `.`, as vLLM's parser spells it (utils/argparse_utils.py). */
export declare function vllmDashed(flag: string): string;
/**
 * Compile caches vLLM moves under its own cache folder when it compiles the model (the default; `--enforce-eager` turns
 * torch.compile off: config/vllm.py): InductorAdaptor.initialize_cache sets TORCHINDUCTOR_CACHE_DIR and
 * TRITON_CACHE_DIR unconditionally to `inductor_cache` and `triton_cache` below the compile cache
 * (vllm/compilation/compiler_interface.py, lines 473/476 @ v0.20.0, 477/480 @ v0.27.1 and 6adad087), and the AOT path
 * sets TORCHINDUCTOR_CACHE_DIR below `<VLLM_CACHE_ROOT>/torch_compile_cache` ("Unconditional":
 * vllm/compilation/decorators.py, line 518 @ v0.20.0, 558 @ v0.27.1 and 6adad087). A folder given to either variable
 * stays empty; VLLM_CACHE_ROOT (vllm/envs.py) is the one that places them.
 */
export declare const VLLM_COMPILE_REDIRECTS: readonly ["TORCHINDUCTOR_CACHE_DIR", "TRITON_CACHE_DIR"];
export declare const VLLM_CACHE_ROOT = "VLLM_CACHE_ROOT";
/** `vllm serve`'s own port (`port: int = 8000`, vllm/entrypoints/openai/cli_args.py @ 6adad087). */
export declare const VLLM_DEFAULT_PORT = 8000;
export declare const VLLM_EAGER_FLAG = "--enforce-eager";
/**
 * `--gpu-memory-utilization` when not given: the share of each GPU's memory vLLM takes (CacheConfig
 * `gpu_memory_utilization: float = Field(default=0.92, ...)`, vllm/config/cache.py @ vllm-project/vllm 002f10e0).
 */
export declare const VLLM_DEFAULT_GPU_MEMORY_UTILIZATION = 0.92;
/**
 * Tracing: `--otlp-traces-endpoint` exports spans over OTLP, gRPC unless OTEL_EXPORTER_OTLP_TRACES_PROTOCOL says
 * otherwise, with an insecure channel (vllm/tracing/otel.py); the OpenTelemetry packages are in the image
 * (requirements/common.txt). Metrics are always on: /metrics on the API port, no flag.
 */
export declare const vllmTraceFlags: (grpcPort: number) => string[];
