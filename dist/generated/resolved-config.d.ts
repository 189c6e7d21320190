/**
 * Optional JSON Schema reference for editors. obscompile ignores it.
 */
export type Schema = string;
/**
 * Version of the config language. Only `1` exists today.
 */
export type ConfigVersion = 1;
/**
 * Short name of the stack: the compose project's name (with `modelServer.engine: vllm`, `vllm-dev` by default).
 */
export type Name = string;
/**
 * One line describing the stack, shown in the metrics catalog.
 */
export type Description = string;
/**
 * SGLang release of the base image (`lmsysorg/sglang:v<version>-cu129`, plain `v<version>` for 0.5.3.post1 to 0.5.10, unless `container.image` is set). From 0.5.5 the server starts with `sglang serve` (before: `python -m sglang.launch_server`); from 0.5.14 CUDA graphs are turned off with `--cuda-graph-backend-{decode,prefill} disabled`.
 */
export type SGLang = string;
/**
 * Prometheus release. Major 3 expands environment variables in external labels by itself; major 2 needs `--enable-feature=expand-external-labels`, which init-run.sh then passes.
 */
export type Prometheus = string;
/**
 * Jaeger release. Major 2 is the `jaeger` binary configured by a generated YAML file; major 1 (`jaeger-all-in-one`, end of life on 2025-12-31) is still possible with a deprecation warning.
 */
export type Jaeger = string;
/**
 * node_exporter release.
 */
export type NodeExporter = string;
/**
 * dcgm-exporter release tag, `<DCGM version>-<exporter version>`: a release with DCGM 4. The Dockerfile builds the exporter from this tag on the base image and installs the same DCGM version for nv-hostengine. From exporter 4.8.3 the host label is `hostname` (before: `Hostname`) and NVLink bandwidth is a gauge (before: a counter).
 */
export type DcgmExporter = '4.0.0-4.0.1' | '4.1.1-4.0.3' | '4.1.1-4.0.4' | '4.2.0-4.1.0' | '4.2.3-4.1.1' | '4.2.3-4.1.3' | '4.2.3-4.2.0' | '4.3.1-4.4.0' | '4.4.0-4.5.0' | '4.4.1-4.5.2' | '4.4.1-4.6.0' | '4.4.2-4.7.0' | '4.4.2-4.7.1' | '4.5.1-4.8.0' | '4.5.2-4.8.1' | '4.5.3-4.8.2' | '4.6.0-4.8.3';
/**
 * cAdvisor release (`ghcr.io/google/cadvisor:<version>`; releases before 0.54.0 were published as `gcr.io/cadvisor/cadvisor:v<version>`).
 */
export type CAdvisor = string;
/**
 * Alertmanager release (`prom/alertmanager:v<version>`; the configuration obscompile writes is also accepted by Debian's 0.25).
 */
export type Alertmanager = string;
/**
 * Grafana release of the `grafana` service (`grafana/grafana:<version>`: the OSS image; `grafana/grafana-oss` is no longer updated from 12.4 and 13.0).
 */
export type Grafana = string;
/**
 * vLLM release of the base image with `engine: vllm` (`vllm/vllm-openai:v<version>-cu129`, the CUDA 12.9 build, unless `container.image` is set).
 */
export type VLLM = string;
/**
 * Output folder, relative to this config file. `--out` on the command line overrides it. In a fleet it is not used: each host's bundle goes to the fleet's `output.dir/<host>`.
 */
export type Folder = string;
/**
 * Address Prometheus, Alertmanager, Jaeger, node_exporter and dcgm-exporter listen on (nv-hostengine stays on 127.0.0.1:5555). `0.0.0.0` makes them reachable through the container's published ports; `127.0.0.1` keeps them on loopback.
 */
export type BindAddress = '0.0.0.0' | '127.0.0.1';
/**
 * Host address the published ports bind to. The default, loopback, keeps the unauthenticated SGLang API, Prometheus and Jaeger off the network; use `0.0.0.0` (or one interface address) only on a trusted network.
 */
export type PublishAddress = string;
/**
 * The name or IPv4 address people reach this machine at: the links Prometheus and Alertmanager put in alerts and notifications name it (`http://<hostName>:<port>/`), unless `prometheus.externalUrl` or `alertmanager.externalUrl` is set. Default: `localhost`, or `network.publishAddress` when that is one address. A fleet host's `address` sets it.
 */
export type HostName = string;
/**
 * Compose service name, also the container name used by `docker exec` and the start of the built image's name, `<service>-observability` (with `modelServer.engine: vllm`, `vllm-dev` by default). At least two characters: Compose refuses a shorter `container_name`.
 */
export type Service = string;
/**
 * The SGLang runtime image the dev container starts from. Leave it unset for the image of `versions.sglang` (`lmsysorg/sglang:v<version>-cu129`, plain `v<version>` for 0.5.3.post1 to 0.5.10). Pin it by tag or digest: `latest` and untagged images are refused, because a rebuild would silently change the stack.
 */
export type BaseImage = string | null;
/**
 * Generate a Dockerfile that adds Prometheus, Jaeger, node_exporter, nv-hostengine and dcgm-exporter (at `versions`) to the base image, and let compose build it. Turn it off when your image already has them: compose then runs `container.image` as it is.
 */
export type BundleTheTelemetryDaemons = boolean;
/**
 * Command init-run.sh runs once the daemons are started, as a child (it stays PID 1 and stops the daemons cleanly when the command ends or the container stops). The reference stack keeps the container alive with `sleep infinity`.
 *
 * @minItems 1
 */
export type ContainerCommand = [string, ...string[]];
/**
 * Linux capabilities added to the container (`cap_add`). DCGM profiling metrics need `SYS_ADMIN`.
 */
export type Capabilities = ('SYS_ADMIN' | 'SYS_PTRACE' | 'SYS_NICE' | 'SYS_RESOURCE' | 'IPC_LOCK' | 'NET_ADMIN' | 'NET_RAW' | 'PERFMON' | 'BPF' | 'SYS_RAWIO')[];
/**
 * GPUs reserved for the container: `all`, a count, or `none` for a CPU-only box.
 */
export type GPUs = ('all' | 'none') | number;
/**
 * Size of /dev/shm, as Docker understands it (`16gb`, `512m`).
 */
export type SharedMemory = string;
/**
 * IPC namespace mode. `host` lets NCCL and PyTorch share memory across processes freely.
 */
export type IPCMode = 'host' | 'private' | 'shareable';
/**
 * A path on the host, relative to the folder of this config file unless it is absolute. Letters, digits and . _ / @ + - only; no folder name in it longer than 255 characters.
 */
export type HostPath = string;
/**
 * A path on the host, relative to the folder of this config file unless it is absolute. Letters, digits and . _ / @ + - only; no folder name in it longer than 255 characters.
 */
export type HostPath1 = string;
/**
 * Where the storage root is mounted in the container. Run metadata, logs, Prometheus TSDBs and Jaeger data live below it.
 */
export type TelemetryRoot = string;
/**
 * How many runs' data init-run.sh keeps, the starting run included: at each start it removes the log, Prometheus TSDB and Jaeger folder of older runs (oldest first, by run id). Unset, every run is kept and only the StorageNearlyFull alert warns as the disk fills. Durable folders, profile caches and Alertmanager's state are never removed.
 */
export type RunsKept = number;
/**
 * Folder below the storage root.
 */
export type Folder1 = string;
/**
 * Where it is mounted in the container.
 */
export type ContainerPath = string;
/**
 * A note on what the folder holds, for readers of this config; obscompile does not use it.
 */
export type Comment = string;
/**
 * Folders below the storage root that survive every run and are mounted at their own container paths (model checkpoints, Hugging Face cache).
 */
export type DurableMounts = {
    dir: Folder1;
    containerPath: ContainerPath;
    comment?: Comment;
}[];
/**
 * Folder below `profiles/`.
 */
export type Folder2 = string;
/**
 * Environment variable set to the folder's container path.
 */
export type EnvironmentVariable = string;
/**
 * Kernel-tuning and compile caches kept below `profiles/` in the storage root, each optionally exported to the container through an environment variable: one the model server reads and does not set itself (SGLang sets DG_JIT_CACHE_DIR from SGLANG_DG_CACHE_DIR; vLLM, when it compiles, moves TORCHINDUCTOR_CACHE_DIR and TRITON_CACHE_DIR below VLLM_CACHE_ROOT, the one to give it a folder). `moe_configs/configs` holds tuned MoE kernel configs: SGLang reads them only with SGLANG_MOE_CONFIG_DIR set to `<telemetryRoot>/profiles/moe_configs` (in `container.environment`), which also hides the configs it ships, so none is set by default. With SGLang before 0.5.5 the deep_gemm folder's variable is SGL_DG_CACHE_DIR, the name those releases read. With `modelServer.engine: vllm` the default is one folder, `vllm`, for VLLM_CACHE_ROOT.
 */
export type ProfileCaches = {
    dir: Folder2;
    env?: EnvironmentVariable;
}[];
/**
 * Run Prometheus and generate prometheus.yml.
 */
export type Enabled = boolean;
/**
 * Port of the Prometheus web UI and API.
 */
export type Port = number;
/**
 * Where people open this Prometheus (`--web.external-url`): the address of the link each alert carries to its query. Default: `http://localhost:<port>/` (on the machine that runs the container, or through an SSH tunnel of the port), or `http://<network.publishAddress>:<port>/` when that is one address. Prometheus' own default is the container's hostname, which no browser reaches. A URL with a path is for a reverse proxy that strips it: Prometheus keeps serving at its root (`--web.route-prefix=/`), where the stack reaches it.
 */
export type ExternalURL = string;
/**
 * How often every target is scraped unless its job says otherwise.
 */
export type ScrapeInterval = string;
/**
 * Scrape timeout; must not exceed the scrape interval. Unwritten, 10s, or the scrape interval when that is shorter (as Prometheus does).
 */
export type ScrapeTimeout = string;
/**
 * How often recording and alerting rules are evaluated.
 */
export type EvaluationInterval = string;
/**
 * How long a run's TSDB keeps samples: `storage.tsdb.retention.time` in prometheus.yml from Prometheus 3.11, the `--storage.tsdb.retention.time` flag before.
 */
export type Retention = string;
/**
 * At most this many bytes of a run's TSDB blocks: Prometheus deletes the oldest blocks beyond it (`storage.tsdb.retention.size` in prometheus.yml from Prometheus 3.11, the `--storage.tsdb.retention.size` flag before). Unset, only the retention time limits a run's TSDB. KB, MB and so on are powers of 1024, as Prometheus reads them.
 */
export type RetentionSize = string;
/**
 * Add a `prometheus` job scraping Prometheus's own metrics.
 */
export type ScrapePrometheusItself = boolean;
/**
 * The remote-write endpoint, such as https://metrics.example.com/api/v1/write.
 */
export type URL = string;
/**
 * Name of this queue in Prometheus's own metrics (`remote_name` label).
 */
export type Name1 = string;
/**
 * User name.
 */
export type UserName = string;
/**
 * File in the container holding the password (`basic_auth.password_file`).
 */
export type PasswordFile = string;
/**
 * File in the container holding a bearer token (`authorization.credentials_file`).
 */
export type BearerTokenFile = string;
/**
 * CA certificate to verify the server with.
 */
export type CAFile = string;
/**
 * Client certificate for mutual TLS.
 */
export type ClientCertificate = string;
/**
 * Client key for mutual TLS.
 */
export type ClientKey = string;
/**
 * Server name to verify, when it differs from the URL's host.
 */
export type ServerName = string;
/**
 * Do not verify the server certificate (testing only).
 */
export type SkipVerification = boolean;
/**
 * Samples buffered per shard (Prometheus's default 10000; 2500 in 2.x).
 */
export type Capacity = number;
/**
 * Most parallel senders (Prometheus's default 50; 200 in 2.x).
 */
export type MaxShards = number;
/**
 * Fewest parallel senders (Prometheus's default 1).
 */
export type MinShards = number;
/**
 * Samples per request (Prometheus's default 2000; 500 in 2.x).
 */
export type MaxSamplesPerSend = number;
/**
 * Longest a sample waits in a shard before it is sent.
 */
export type BatchSendDeadline = string;
/**
 * Central stores this Prometheus also sends every sample to (Prometheus with its remote-write receiver, Thanos Receive, Mimir, VictoriaMetrics), with the `container_run` external label. Secrets are read from files inside the container, never written in this config.
 */
export type RemoteWrite = {
    url: URL;
    name?: Name1;
    basicAuth?: BasicAuth;
    bearerTokenFile?: BearerTokenFile;
    tls?: TLS;
    queue?: Queue;
}[];
/**
 * Job name (`job` label).
 */
export type JobName = string;
/**
 * host:port pairs to scrape.
 *
 * @minItems 1
 */
export type Targets = [string, ...string[]];
/**
 * HTTP path of the metrics endpoint.
 */
export type MetricsPath = string;
/**
 * Overrides the global scrape interval for this job.
 */
export type ScrapeInterval1 = string;
/**
 * Metric name as exposed to Prometheus.
 */
export type Name2 = string;
/**
 * Prometheus metric type.
 */
export type Type = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
/**
 * What the metric measures.
 */
export type HelpText = string;
/**
 * Label names the metric carries.
 */
export type Labels1 = string[];
/**
 * Metrics this job emits, listed in the metrics catalog.
 */
export type Metrics = Metric[];
/**
 * Additional scrape jobs.
 */
export type ExtraScrapeTargets = ScrapeTarget[];
/**
 * Run Jaeger.
 */
export type Enabled1 = boolean;
/**
 * Jaeger UI and query API port.
 */
export type UIPort = number;
/**
 * OTLP gRPC receiver port.
 */
export type OTLPGRPCPort = number;
/**
 * OTLP HTTP receiver port.
 */
export type OTLPHTTPPort = number;
/**
 * Port of Jaeger's own Prometheus metrics (scraped when Prometheus runs). Jaeger 2 serves its OpenTelemetry-collector metrics there; Jaeger 1 its admin endpoint.
 */
export type MetricsPort = number;
/**
 * Also send every trace to a central OTLP gRPC endpoint (Jaeger 2 only: the collector's OTLP gRPC exporter in the traces pipeline, beside local storage; `otlp_grpc/central` from Jaeger 2.15, `otlp/central` before). Use it to gather a fleet's traces in one place.
 */
export type ForwardTraces = {
    endpoint: Endpoint;
    insecure?: WithoutTLS;
    caFile?: CAFile1;
} | null;
/**
 * `host:port` of the central OTLP gRPC receiver, such as traces.lab.internal:4317.
 */
export type Endpoint = string;
/**
 * Send without TLS (a trusted network only).
 */
export type WithoutTLS = boolean;
/**
 * CA certificate to verify the central endpoint with. Not used with `insecure: true` (a warning).
 */
export type CAFile1 = string;
/**
 * Run node_exporter.
 */
export type Enabled2 = boolean;
/**
 * node_exporter listen port.
 */
export type Port1 = number;
/**
 * Run nv-hostengine and dcgm-exporter.
 */
export type Enabled3 = boolean;
/**
 * dcgm-exporter listen port.
 */
export type Port2 = number;
/**
 * Collect DCGM profiling gauges (DCGM_FI_PROF_*: SM, DRAM and tensor activity). Needs the SYS_ADMIN capability.
 */
export type Profiling = boolean;
/**
 * Add the cAdvisor service and scrape job.
 */
export type Enabled4 = boolean;
/**
 * cAdvisor image. Leave it unset for the image of `versions.cadvisor` (`ghcr.io/google/cadvisor:<version>`, or `gcr.io/cadvisor/cadvisor:v<version>` before 0.54.0). Pin it by tag or digest; `latest` is refused.
 */
export type Image = string | null;
/**
 * cAdvisor's port inside the compose network (metrics, UI, /healthz).
 */
export type Port3 = number;
/**
 * Publish cAdvisor on this host port. `null` keeps it on the internal network only.
 */
export type HostPort = TCPPort | null;
/**
 * A TCP port number between 1 and 65535.
 */
export type TCPPort = number;
/**
 * Docker socket on the host. cAdvisor sees the host's /var/run read-only (as upstream runs it), which holds the default socket; another path is passed with `--docker` and, unless it lies under /run or /var/run, mounted read-only.
 */
export type DockerSocket = string;
/**
 * Scrape interval of the cadvisor job, and cAdvisor's housekeeping (collection) interval.
 */
export type ScrapeInterval2 = string;
/**
 * Time between checks.
 */
export type Interval = string;
/**
 * Time a check may take.
 */
export type Timeout = string;
/**
 * Failures before the service is unhealthy.
 */
export type Retries = number;
/**
 * High-cardinality cAdvisor metrics dropped by metric relabelling.
 */
export type DroppedMetrics = string[];
/**
 * The LLM server started by launch-model.sh, appending to the run's log: SGLang (the default) or vLLM, chosen by `engine`.
 */
export type ModelServer = {
    enabled: Enabled5;
    engine: Engine;
    kind: ServerKindOlderThanEngine;
    python: PythonInterpreter;
    modelPath: ModelPath;
    host: Host;
    port: TCPPort1;
    extraPorts: ExtraPorts;
    scrape: Scrape;
    flags: SGLangFlags;
    vllm: VLLMFlags;
    extraArgs: ExtraArguments;
};
/**
 * Generate launch-model.sh, forward its ports and scrape it.
 */
export type Enabled5 = boolean;
/**
 * Which LLM server runs: SGLang (the default) or vLLM. Each has its typed flags under its own key: `flags` for SGLang, `vllm` for vLLM.
 */
export type Engine = 'sglang' | 'vllm';
/**
 * Kept so that older configs stay valid: it can only say SGLang. Choose the server with `engine`.
 */
export type ServerKindOlderThanEngine = 'sglang';
/**
 * Python interpreter that starts SGLang before 0.5.5 (`python -m sglang.launch_server`). From 0.5.5 the `sglang` command on PATH starts it and this key is not used.
 */
export type PythonInterpreter = string;
/**
 * Model checkpoint inside the container (`--model-path`), or a Hugging Face repository id such as `Qwen/Qwen2.5-7B-Instruct`, which the server downloads into the Hugging Face cache on its first start (a durable folder by default, `storage.durable`).
 */
export type ModelPath = string;
/**
 * Address the server binds (`--host`).
 */
export type Host = '0.0.0.0' | '127.0.0.1';
/**
 * A TCP port number between 1 and 65535.
 */
export type TCPPort1 = number;
/**
 * Further ports the server uses, forwarded and published (29000 in the reference stack; none by default with `engine: vllm`).
 */
export type ExtraPorts = TCPPort[];
/**
 * Add a scrape job for the server's /metrics (needs `enableMetrics`).
 */
export type Scrape = boolean;
/**
 * `--context-length`: maximum context length in tokens.
 */
export type ContextLength = number;
/**
 * `--max-running-requests`.
 */
export type MaxRunningRequests = number;
/**
 * `--max-total-tokens`: size of the KV cache pool in tokens.
 */
export type MaxTotalTokens = number;
/**
 * `--enable-metrics`: expose Prometheus metrics on /metrics.
 */
export type EnableMetrics = boolean;
/**
 * `--tensor-parallel-size`.
 */
export type TensorParallelSize = number;
/**
 * Turn CUDA graphs off: `--cuda-graph-backend-decode disabled --cuda-graph-backend-prefill disabled` from SGLang 0.5.14, `--disable-cuda-graph` before.
 */
export type DisableCudaGraph = boolean;
/**
 * `--mem-fraction-static`: fraction of GPU memory for weights and KV cache (SGLang works one out from the GPU's memory otherwise: server_args.py @ v0.5.18).
 */
export type StaticMemoryFraction = number;
/**
 * `--dtype`.
 */
export type DataType = 'auto' | 'half' | 'float16' | 'bfloat16' | 'float' | 'float32';
/**
 * `--trust-remote-code`.
 */
export type TrustRemoteCode = boolean;
/**
 * `--enable-trace --otlp-traces-endpoint localhost:<jaeger.otlpGrpcPort>`: send OpenTelemetry traces to the local Jaeger. Needs `jaeger.enabled` (a warning otherwise).
 */
export type EnableTracing = boolean;
/**
 * A TCP port number between 1 and 65535.
 */
export type TCPPort2 = number;
/**
 * `--served-model-name`: the name clients ask for, and the `model_name` label of every vLLM series (the model path otherwise).
 */
export type ServedModelName = string;
/**
 * `--max-model-len`: context length in tokens (the model's own otherwise).
 */
export type MaxModelLength = number;
/**
 * `--tensor-parallel-size`: GPUs one engine spans (vLLM's default 1).
 */
export type TensorParallelSize1 = number;
/**
 * `--pipeline-parallel-size` (vLLM's default 1).
 */
export type PipelineParallelSize = number;
/**
 * `--gpu-memory-utilization`: share of GPU memory vLLM takes for weights and KV cache (vLLM's default 0.92).
 */
export type GPUMemoryUtilisation = number;
/**
 * `--max-num-seqs`: requests batched at once (vLLM picks 256 or 1024 by GPU otherwise).
 */
export type MaxSequences = number;
/**
 * `--enable-prefix-caching` or `--no-enable-prefix-caching` (vLLM turns it on for text-generation models otherwise).
 */
export type PrefixCaching = boolean;
/**
 * `--dtype`.
 */
export type DataType1 = 'auto' | 'half' | 'float16' | 'bfloat16' | 'float' | 'float32';
/**
 * `--trust-remote-code`.
 */
export type TrustRemoteCode1 = boolean;
/**
 * `--otlp-traces-endpoint grpc://localhost:<jaeger.otlpGrpcPort>`: send OpenTelemetry traces to the local Jaeger (the OpenTelemetry packages are in vLLM's image). Needs `jaeger.enabled` (a warning otherwise).
 */
export type EnableTracing1 = boolean;
/**
 * Further command-line arguments passed through verbatim (each item one argument).
 */
export type ExtraArguments = string[];
/**
 * Display name of the dev container (with `modelServer.engine: vllm`, `vLLM dev (observability)` by default).
 */
export type Name3 = string;
/**
 * Where the workspace is mounted in the container.
 */
export type WorkspaceFolder = string;
/**
 * A path on the host, relative to the folder of this config file unless it is absolute. Letters, digits and . _ / @ + - only; no folder name in it longer than 255 characters.
 */
export type HostPath2 = string;
/**
 * VS Code extensions installed in the container. The YAML extension is always added so the config gets schema support.
 */
export type Extensions = string[];
/**
 * Where editors find the obscompile schema. Leave it unset (null) for the copy obscompile writes into the output folder, `observability.schema.json`: it matches the obscompile that built the stack, works for any install (npm, pnpm, global) and inside the dev container. Otherwise a path relative to this config (under `devcontainer.workspaceRoot`), or a URL.
 */
export type SchemaPath = string | null;
/**
 * Run setup-storage.sh on the host (devcontainer `initializeCommand`) before the container starts, so the storage tree exists and is owned by you rather than created by Docker as root.
 */
export type PrepareStorageOnTheHost = boolean;
/**
 * Generate the rules and load them into Prometheus.
 */
export type Enabled6 = boolean;
/**
 * Alertmanagers outside the dev container that Prometheus sends its alerts to, as host:port (API v2 over HTTP), besides the one `alertmanager.enabled` runs inside it. A fleet with a central Alertmanager fills this in for every host.
 */
export type AlertmanagersElsewhere = string[];
/**
 * XID errors, thermal and power throttling, ECC and row-remap failures, GPU memory nearly full, a GPU or dcgm-exporter gone (needs dcgm-exporter).
 */
export type GPUHealth = boolean;
/**
 * The model server gone, its queue growing, time to first token and between tokens over their thresholds, KV-cache pressure, aborted and retracted requests (needs the model server scraped).
 */
export type LLMServing = boolean;
/**
 * Targets down, Prometheus rule, WAL, TSDB, notification and remote-write failures, Jaeger refusing or failing to pass spans on, containers OOM-killed or restarted, and the Watchdog.
 */
export type TheStackItself = boolean;
/**
 * The name of one of obscompile's alert rules (metrics_catalog.md lists them with what fires each).
 */
export type Alert = 'Watchdog' | 'TargetDown' | 'PrometheusRuleEvaluationFailures' | 'PrometheusWalCorruptions' | 'PrometheusTsdbCompactionsFailing' | 'PrometheusTsdbReloadsFailing' | 'PrometheusWalWritesFailing' | 'PrometheusConfigReloadFailed' | 'PrometheusNotificationsFailing' | 'PrometheusRemoteWriteFailing' | 'AlertmanagerNotificationsFailing' | 'JaegerRefusingSpans' | 'JaegerExportFailing' | 'ContainerOomKilled' | 'HostOomKill' | 'ContainerRestarted' | 'StorageNearlyFull' | 'GpuXidErrors' | 'GpuThermalThrottling' | 'GpuPowerThrottling' | 'GpuEccUncorrectableErrors' | 'GpuRowRemapFailed' | 'GpuRowsRemappedUncorrectable' | 'GpuMemoryNearlyFull' | 'GpuMissing' | 'DcgmExporterDown' | 'ModelServerDown' | 'ModelServerQueueGrowing' | 'TimeToFirstTokenHigh' | 'InterTokenLatencyHigh' | 'KvCachePressure' | 'RequestsAborted' | 'ModelServerErrors' | 'RequestsRetracted' | 'RequestsPreempted' | 'FleetHostSilent' | 'FleetHostAlertsFailing';
/**
 * Alerts not to generate, by name.
 */
export type AlertsLeftOut = Alert[];
/**
 * A Prometheus duration with one unit: a whole number followed by ms, s, m, h, d, w or y (for example `15s`, `1m`, `15d`).
 */
export type PrometheusDuration = string;
/**
 * Share of a GPU's memory in use, for 15 minutes, that fires GpuMemoryNearlyFull. The model server reserves its share at start (SGLang's mem_fraction_static, vLLM's gpu_memory_utilization), so keep this above it; below 1, which no GPU can exceed.
 */
export type GPUMemoryUsed = number;
/**
 * Share of time a GPU's clocks are held down by temperature or by the power limit (DCGM's violation counters), over 5 minutes, that fires GpuThermalThrottling and GpuPowerThrottling; below 1, which no share of time can exceed (0: any throttling).
 */
export type GPUTimeThrottled = number;
/**
 * The quantile of the latency histograms the latency alerts compare (0.95: the 95th percentile), from 0.001: a smaller one is no latency worth an alert, and one near the smallest double rounds to nothing in Prometheus, so the alerts could never fire.
 */
export type LatencyQuantile = number;
/**
 * Seconds of time to first token, at the latency quantile over 5 minutes, that fires TimeToFirstTokenHigh. It must be a bucket boundary of the histogram (metrics_catalog.md lists them), or no quantile could tell. The default is a boundary of the engine's histogram near two seconds: 2 for SGLang (with `modelServer.engine: vllm`, 2.5).
 */
export type TimeToFirstToken = number;
/**
 * Seconds between output tokens, at the latency quantile over 5 minutes, that fires InterTokenLatencyHigh. It must be a bucket boundary of the histogram.
 */
export type TimeBetweenTokens = number;
/**
 * Requests waiting in the scheduler queue, for 10 minutes, that fire ModelServerQueueGrowing.
 */
export type QueuedRequests = number;
/**
 * Share of the KV-cache token pool in use, for 10 minutes, that fires KvCachePressure; below 1, which the pool cannot exceed.
 */
export type KVCacheUsed = number;
/**
 * Requests aborted within 10 minutes that fire RequestsAborted.
 */
export type AbortedRequests = number;
/**
 * Requests the scheduler retracted within 10 minutes that fire RequestsRetracted.
 */
export type RetractedRequests = number;
/**
 * Requests vLLM preempted within 10 minutes (vllm:num_preemptions_total) that fire RequestsPreempted.
 */
export type PreemptedRequests = number;
/**
 * Share of a file system mounted in the dev container (the host disks behind the storage root, the workspace and the model cache) left free, for 10 minutes, below which StorageNearlyFull fires.
 */
export type StorageFree = number;
/**
 * Share of the model server's HTTP responses within 10 minutes that were server errors (status 5xx), for 5 minutes, that fires ModelServerErrors. 0 fires on any server error.
 */
export type ServerErrors = number;
/**
 * What an alert's window must hold before TimeToFirstTokenHigh (streamed requests, in 5 minutes), InterTokenLatencyHigh (gaps between tokens, in 5 minutes: one long answer has many) and ModelServerErrors (responses, in 10 minutes) can fire: a quantile or a share of a handful is noise on a quiet server. 0 lets them fire on any.
 */
export type FewestObservations = number;
/**
 * Minutes after launch-model.sh starts the model server in which ModelServerDown does not fire: the server answers no scrape while it loads the model, so a relaunch (new flags, a new model) would page. A server still not answering once they have passed, when it answered within the hour before, fires it. Needs node_exporter, which serves the launch time (launch-model.sh writes a file its textfile collector reads); without it, ModelServerDown fires during every reload.
 */
export type ModelLoadAllowance = number;
/**
 * Run Alertmanager and send it the alerts.
 */
export type Enabled7 = boolean;
/**
 * A TCP port number between 1 and 65535.
 */
export type TCPPort3 = number;
/**
 * Where people open this Alertmanager (`--web.external-url`): the address of the links in its notifications (to the alert, to silence it). Default: `http://localhost:<port>/`, or `http://<network.publishAddress>:<port>/` when that is one address, as for `prometheus.externalUrl`; a URL with a path is for a reverse proxy that strips it (`--web.route-prefix=/`).
 */
export type ExternalURL1 = string;
/**
 * The receiver's name, used by `route.receiver`, `route.criticalReceiver` and `watchdog.receiver`.
 */
export type Name4 = string;
/**
 * Where to POST. Put no secret in it: use `bearerTokenFile` or `basicAuth`.
 */
export type URL1 = string;
/**
 * File in the container holding a bearer token (http_config.authorization.credentials_file).
 */
export type BearerTokenFile1 = string;
/**
 * User name.
 */
export type UserName1 = string;
/**
 * File in the container holding the password.
 */
export type PasswordFile1 = string;
/**
 * Recipient address, or a list of them: one message goes to all (Alertmanager's `to`, which it reads as a list of addresses: notify/email/email.go @ v0.34.0 and v0.25.0).
 */
export type To = string | [string, ...string[]];
/**
 * Sender address.
 */
export type From = string;
/**
 * SMTP server as host:port.
 */
export type SMTPServer = string;
/**
 * User name for SMTP authentication.
 */
export type SMTPUser = string;
/**
 * File in the container holding the SMTP password (auth_password_file).
 */
export type SMTPPasswordFile = string;
/**
 * Require STARTTLS (Alertmanager's default).
 */
export type RequireTLS = boolean;
/**
 * File in the container holding the incoming-webhook URL (api_url_file).
 */
export type WebhookURLFile = string;
/**
 * Channel or user to post to.
 */
export type Channel = string;
/**
 * Where notifications go. Each has a name and one or more integrations; no secret is written here, only the files that hold them.
 */
export type Receivers = {
    name: Name4;
    webhook?: Webhook;
    email?: EMail;
    slack?: Slack;
}[];
/**
 * The receiver of every alert but the Watchdog (and the critical ones, when `criticalReceiver` is set): one, which can hold a webhook, an email and a slack together. Without it, those alerts are kept in Alertmanager's UI and sent nowhere.
 */
export type Receiver = string;
/**
 * The receiver of the critical alerts (`severity: critical`: the model server, a GPU or dcgm-exporter gone, XID and uncorrectable memory errors, a fleet host silent), such as a pager, instead of `receiver`, which then gets the warnings. Without it, `receiver` gets both.
 */
export type CriticalReceiver = string;
/**
 * A Prometheus duration with one unit: a whole number followed by ms, s, m, h, d, w or y (for example `15s`, `1m`, `15d`).
 */
export type PrometheusDuration1 = string;
/**
 * A Prometheus duration with one unit: a whole number followed by ms, s, m, h, d, w or y (for example `15s`, `1m`, `15d`).
 */
export type PrometheusDuration2 = string;
/**
 * A Prometheus duration with one unit: a whole number followed by ms, s, m, h, d, w or y (for example `15s`, `1m`, `15d`).
 */
export type PrometheusDuration3 = string;
/**
 * The receiver of the Watchdog alert, sent again every `repeatInterval`. Without it, the Watchdog is kept in Alertmanager's UI only.
 */
export type Receiver1 = string;
/**
 * A Prometheus duration with one unit: a whole number followed by ms, s, m, h, d, w or y (for example `15s`, `1m`, `15d`).
 */
export type PrometheusDuration4 = string;
/**
 * Write the dashboards (dashboard-<name>.json: an overview and one per scraped source) into the output folder, for this Grafana or any other. Needs Prometheus.
 */
export type Dashboards = boolean;
/**
 * Add a `grafana` service to docker-compose.yml with the dashboards and data sources provisioned. Needs `adminPasswordFile`.
 */
export type RunGrafana = boolean;
/**
 * A TCP port number between 1 and 65535.
 */
export type TCPPort4 = number;
/**
 * A path on the host, relative to the folder of this config file unless it is absolute. Letters, digits and . _ / @ + - only; no folder name in it longer than 255 characters.
 */
export type HostPath3 = string;
/**
 * Let anyone who reaches the port view the dashboards without logging in (Viewer role; GF_AUTH_ANONYMOUS_ENABLED). For a dev box on loopback.
 */
export type AnonymousViewers = boolean;
/**
 * One observability.config.yaml describes a GPU dev container running an LLM server with Prometheus, Jaeger, node_exporter, dcgm-exporter and cAdvisor around it. `obscompile build` compiles it into the container's scripts, image, compose file, Prometheus, Jaeger and Alertmanager configs, alert rules, Grafana dashboards, devcontainer.json and metrics catalog.
 */
export interface ResolvedConfig {
    $schema?: Schema;
    version: ConfigVersion;
    project: Project;
    versions: Versions;
    output: Output;
    network: Network;
    container: DevContainer;
    storage: Storage;
    prometheus: Prometheus1;
    jaeger: Jaeger1;
    exporters: Exporters;
    modelServer: ModelServer;
    devcontainer: DevcontainerJson;
    alerting: Alerting;
    alertmanager: Alertmanager1;
    grafana: Grafana1;
}
/**
 * What this stack is called. The name titles the metrics catalog, names the Compose project (lower-cased) and is the dev container's `obscompile.project` Docker label, which cAdvisor exports.
 */
export interface Project {
    name: Name;
    description: Description;
}
/**
 * The upstream release of every component the stack bundles: one place to upgrade. The Dockerfile installs these, and the generated flags, config files and metrics catalog follow them where upstream behaviour differs between releases.
 */
export interface Versions {
    sglang: SGLang;
    prometheus: Prometheus;
    jaeger: Jaeger;
    nodeExporter: NodeExporter;
    dcgmExporter: DcgmExporter;
    cadvisor: CAdvisor;
    alertmanager: Alertmanager;
    grafana: Grafana;
    vllm: VLLM;
}
/**
 * Where `obscompile build` writes the artifacts.
 */
export interface Output {
    dir: Folder;
}
/**
 * Where the telemetry daemons listen inside the container, and where the host publishes their ports.
 */
export interface Network {
    bindAddress: BindAddress;
    publishAddress: PublishAddress;
    hostName?: HostName;
}
/**
 * The compose service that runs the model server and the in-container telemetry daemons (`sglang-dev` in the reference stack); cAdvisor runs as a service of its own.
 */
export interface DevContainer {
    service: Service;
    image?: BaseImage;
    bundleDaemons: BundleTheTelemetryDaemons;
    command: ContainerCommand;
    capabilities: Capabilities;
    gpus: GPUs;
    shmSize: SharedMemory;
    ipc: IPCMode;
    environment: Environment;
    secrets: SecretFiles;
}
/**
 * Extra environment variables for the container, each value as written (`${NAME}` is not replaced with the host's variable: give a token as a file in `container.secrets`). The variables the generated scripts own (OBS_TELEMETRY_ROOT, OBS_CONFIG_DIR, OBS_STORAGE_ROOT and the run variables CONTAINER_RUN_ID, CONTAINER_RUN_STARTED_AT, CONTAINER_LOG_FILE, PROMETHEUS_DATA_DIR, JAEGER_DATA_DIR) and those `storage.profiles` sets cannot be set here.
 */
export interface Environment {
    [k: string]: string;
}
/**
 * Files on the host, relative to this config, that the dev container gets as Compose secrets, by name: each is mounted at /run/secrets/NAME, where a setting that reads a file in the container (a webhook's `bearerTokenFile`, remote write's `basicAuth.passwordFile`) can name it. Keep the files out of git.
 */
export interface SecretFiles {
    [k: string]: HostPath;
}
/**
 * Host-side storage tree created by setup-storage.sh and mounted into the container.
 */
export interface Storage {
    hostRoot: HostPath1;
    telemetryRoot: TelemetryRoot;
    keepRuns?: RunsKept;
    durable: DurableMounts;
    profiles: ProfileCaches;
}
/**
 * Prometheus inside the dev container: one TSDB per container run, one scrape job per enabled source.
 */
export interface Prometheus1 {
    enabled: Enabled;
    port: Port;
    externalUrl?: ExternalURL;
    scrapeInterval: ScrapeInterval;
    scrapeTimeout: ScrapeTimeout;
    evaluationInterval: EvaluationInterval;
    retention: Retention;
    retentionSize?: RetentionSize;
    scrapeSelf: ScrapePrometheusItself;
    externalLabels: ExternalLabels;
    remoteWrite: RemoteWrite;
    extraTargets: ExtraScrapeTargets;
}
/**
 * Extra labels attached to every series. `container_run` (the run id) is always set and cannot be overridden.
 */
export interface ExternalLabels {
    [k: string]: string;
}
/**
 * User name, and the file in the container that holds the password (`basic_auth`).
 */
export interface BasicAuth {
    username: UserName;
    passwordFile: PasswordFile;
}
/**
 * TLS files and options for the connection (`tls_config`).
 */
export interface TLS {
    caFile?: CAFile;
    certFile?: ClientCertificate;
    keyFile?: ClientKey;
    serverName?: ServerName;
    insecureSkipVerify?: SkipVerification;
}
/**
 * Queue settings (`queue_config`); unset values keep Prometheus's defaults for its version.
 */
export interface Queue {
    capacity?: Capacity;
    maxShards?: MaxShards;
    minShards?: MinShards;
    maxSamplesPerSend?: MaxSamplesPerSend;
    batchSendDeadline?: BatchSendDeadline;
}
/**
 * One more scrape job: its name, targets and, optionally, the metrics it exposes (documented in the catalog).
 */
export interface ScrapeTarget {
    job: JobName;
    targets: Targets;
    metricsPath: MetricsPath;
    scrapeInterval?: ScrapeInterval1;
    labels: Labels;
    metrics: Metrics;
}
/**
 * Labels added to every target of the job.
 */
export interface Labels {
    [k: string]: string;
}
/**
 * One metric a source emits, as listed in the metrics catalog.
 */
export interface Metric {
    name: Name2;
    type: Type;
    help: HelpText;
    labels: Labels1;
}
/**
 * Jaeger with persistent badger storage per run; receives OTLP directly, no separate collector. Version 2 (`jaeger --config`) by default; see `versions.jaeger`.
 */
export interface Jaeger1 {
    enabled: Enabled1;
    uiPort: UIPort;
    otlpGrpcPort: OTLPGRPCPort;
    otlpHttpPort: OTLPHTTPPort;
    metricsPort: MetricsPort;
    forwardOtlp?: ForwardTraces;
}
/**
 * Metric exporters scraped by Prometheus.
 */
export interface Exporters {
    nodeExporter: NodeExporter1;
    dcgmExporter: DcgmExporter1;
    cadvisor: CAdvisor1;
}
/**
 * Host metrics (CPU, memory, disk, network).
 */
export interface NodeExporter1 {
    enabled: Enabled2;
    port: Port1;
}
/**
 * NVIDIA GPU metrics through DCGM; `nv-hostengine` is started first.
 */
export interface DcgmExporter1 {
    enabled: Enabled3;
    port: Port2;
    profiling: Profiling;
}
/**
 * Container metrics from cAdvisor, as its own compose service on an internal network.
 */
export interface CAdvisor1 {
    enabled: Enabled4;
    image?: Image;
    port: Port3;
    hostPort?: HostPort;
    dockerSocket: DockerSocket;
    scrapeInterval: ScrapeInterval2;
    healthcheck: Healthcheck;
    dropMetrics: DroppedMetrics;
}
/**
 * Compose health check against cAdvisor's /healthz endpoint.
 */
export interface Healthcheck {
    interval: Interval;
    timeout: Timeout;
    retries: Retries;
}
/**
 * Typed server flags of SGLang (`sglang serve`, or `python -m sglang.launch_server` before 0.5.5). Anything else goes in `extraArgs`.
 */
export interface SGLangFlags {
    contextLength?: ContextLength;
    maxRunningRequests?: MaxRunningRequests;
    maxTotalTokens?: MaxTotalTokens;
    enableMetrics: EnableMetrics;
    tensorParallelSize?: TensorParallelSize;
    disableCudaGraph: DisableCudaGraph;
    memFractionStatic?: StaticMemoryFraction;
    dtype?: DataType;
    trustRemoteCode: TrustRemoteCode;
    enableTrace: EnableTracing;
    port?: TCPPort2;
}
/**
 * Typed server flags of `vllm serve` (vLLM 0.32.0; engine/arg_utils.py, entrypoints/openai/cli_args.py). Anything else goes in `extraArgs`. Only with `engine: vllm`.
 */
export interface VLLMFlags {
    servedModelName?: ServedModelName;
    maxModelLen?: MaxModelLength;
    tensorParallelSize?: TensorParallelSize1;
    pipelineParallelSize?: PipelineParallelSize;
    gpuMemoryUtilization?: GPUMemoryUtilisation;
    maxNumSeqs?: MaxSequences;
    enablePrefixCaching?: PrefixCaching;
    dtype?: DataType1;
    trustRemoteCode: TrustRemoteCode1;
    enableTrace: EnableTracing1;
}
/**
 * The VS Code / devcontainer CLI entry to the compose service.
 */
export interface DevcontainerJson {
    name: Name3;
    workspaceFolder: WorkspaceFolder;
    workspaceRoot: HostPath2;
    extensions: Extensions;
    schemaPath?: SchemaPath;
    initializeStorage: PrepareStorageOnTheHost;
}
/**
 * Alert and recording rules generated from the metrics catalog into alert-rules.yml, with their promtool unit tests in alert-rules.test.yml; Prometheus loads them. A rule whose series this configuration does not produce (a source off, profiling off) is left out, and the metrics catalog says which and why.
 */
export interface Alerting {
    enabled: Enabled6;
    alertmanagers: AlertmanagersElsewhere;
    packs: RulePacks;
    disable: AlertsLeftOut;
    for: HowLongBeforeFiring;
    thresholds: Thresholds;
}
/**
 * Which groups of alerts to generate.
 */
export interface RulePacks {
    gpu: GPUHealth;
    serving: LLMServing;
    stack: TheStackItself;
}
/**
 * Per alert, how long its condition must hold before it fires (instead of the rule's own duration).
 */
export interface HowLongBeforeFiring {
    [k: string]: PrometheusDuration;
}
/**
 * What the alerts compare with. Defaults fit a GPU dev box: they fire on trouble, not on a busy afternoon.
 */
export interface Thresholds {
    gpuMemoryUsedRatio: GPUMemoryUsed;
    gpuThrottleRatio: GPUTimeThrottled;
    latencyQuantile: LatencyQuantile;
    ttftSeconds: TimeToFirstToken;
    interTokenLatencySeconds: TimeBetweenTokens;
    queueRequests: QueuedRequests;
    kvCacheUsageRatio: KVCacheUsed;
    abortedRequests: AbortedRequests;
    retractedRequests: RetractedRequests;
    preemptedRequests: PreemptedRequests;
    storageFreeRatio: StorageFree;
    serverErrorRatio: ServerErrors;
    minObservations: FewestObservations;
    modelServerLoadMinutes: ModelLoadAllowance;
}
/**
 * An Alertmanager in the dev container, started by init-run.sh with its data under the run's folder; Prometheus sends it the alerts of `alerting`. Its receivers read every credential from a file in the container.
 */
export interface Alertmanager1 {
    enabled: Enabled7;
    port: TCPPort3;
    externalUrl?: ExternalURL1;
    receivers: Receivers;
    route: Route;
    watchdog: Watchdog;
}
/**
 * POSTs each notification as JSON to a URL (Alertmanager's webhook_config).
 */
export interface Webhook {
    url: URL1;
    bearerTokenFile?: BearerTokenFile1;
    basicAuth?: BasicAuth1;
}
/**
 * User name, and the file in the container that holds the password.
 */
export interface BasicAuth1 {
    username: UserName1;
    passwordFile: PasswordFile1;
}
/**
 * Sends notifications by e-mail (Alertmanager's email_config).
 */
export interface EMail {
    to: To;
    from: From;
    smarthost: SMTPServer;
    authUsername?: SMTPUser;
    authPasswordFile?: SMTPPasswordFile;
    requireTls: RequireTLS;
}
/**
 * Posts to a Slack-compatible incoming webhook (Alertmanager's slack_config); the webhook URL is a secret, read from a file.
 */
export interface Slack {
    apiUrlFile: WebhookURLFile;
    channel?: Channel;
}
/**
 * How notifications are grouped and sent. Alerts are grouped by alert name and by `container_run` (and `host` in a fleet), the labels every alert of this stack carries.
 */
export interface Route {
    receiver?: Receiver;
    criticalReceiver?: CriticalReceiver;
    groupWait: PrometheusDuration1;
    groupInterval: PrometheusDuration2;
    repeatInterval: PrometheusDuration3;
}
/**
 * Where the Watchdog alert goes: a dead man's switch that pages when it stops arriving.
 */
export interface Watchdog {
    receiver?: Receiver1;
    repeatInterval: PrometheusDuration4;
}
/**
 * Grafana dashboards generated from the metrics catalog (every panel query checked against the series the configured versions store), and optionally a Grafana service that shows them, provisioned with Prometheus and Jaeger as data sources.
 */
export interface Grafana1 {
    dashboards: Dashboards;
    enabled: RunGrafana;
    port: TCPPort4;
    adminPasswordFile?: HostPath3;
    anonymous: AnonymousViewers;
}
