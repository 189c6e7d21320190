/** Release images (.github/workflows/release-docker.yml): `v<version>` is CUDA 13.0, `v<version>-cu129` CUDA 12.9. */
export declare const SGLANG_IMAGE = "lmsysorg/sglang";
/** The CUDA 12.9 flavour runs on more installed drivers than the CUDA 13 default. */
export declare const SGLANG_IMAGE_SUFFIX = "-cu129";
export declare const sglangImage: (version: string) => string;
/** `sglang serve` (python/sglang/cli/serve.py, console script `sglang`) exists from v0.5.7; launch_server warns from v0.5.12 on. */
export declare const SERVE_SINCE = "0.5.7";
/** `--cuda-graph-backend-{decode,prefill}` exist from v0.5.14; `--disable-cuda-graph` is deprecated in their favour (server_args.py). */
export declare const CUDA_GRAPH_BACKEND_SINCE = "0.5.14";
/** The command that starts the server: the program and the arguments before the server flags. */
export declare function serverCommand(version: string, python: string): {
    program: string;
    args: string[];
};
/** Flags that turn CUDA graphs off for the configured version. */
export declare function disableCudaGraphFlags(version: string): string[];
/** Tracing: `--enable-trace` exports OTLP over gRPC to `--otlp-traces-endpoint` (`host:port`, default localhost:4317). */
export declare const traceFlags: (grpcPort: number) => string[];
