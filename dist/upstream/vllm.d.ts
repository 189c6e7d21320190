/**
 * Release images (.buildkite/scripts/publish-release-images.sh @ 6adad087): `vllm/vllm-openai:v<version>` is built
 * with CUDA 13.0, `-cu129` with CUDA 12.9, both on Ubuntu 24.04 (docker/Dockerfile: nvidia/cuda base, Python 3.12,
 * the `vllm` command in /usr/local/bin, ENTRYPOINT ["vllm", "serve"]). obscompile takes the CUDA 12.9 build, which
 * runs on more installed drivers, as it does for SGLang; the NVIDIA CUDA apt repository of its base stays configured.
 */
export declare const VLLM_IMAGE = "vllm/vllm-openai";
/** The tag scheme with a `-cu129` variant starts at v0.20.0 (vllm-project/vllm#39878); earlier tags are CUDA 12 builds as they are. */
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
 * A long flag as vLLM's parser reads it: `_` becomes `-` before the first `.` (utils/argparse_utils.py), and the
 * `--no-` form of a boolean (argparse's BooleanOptionalAction, engine/arg_utils.py) sets the same setting.
 */
export declare function vllmFlagName(flag: string): string;
/**
 * Tracing: `--otlp-traces-endpoint` exports spans over OTLP, gRPC unless OTEL_EXPORTER_OTLP_TRACES_PROTOCOL says
 * otherwise, with an insecure channel (vllm/tracing/otel.py); the OpenTelemetry packages are in the image
 * (requirements/common.txt). Metrics are always on: /metrics on the API port, no flag.
 */
export declare const vllmTraceFlags: (grpcPort: number) => string[];
