/**
 * cAdvisor facts, read in google/cadvisor at tag v0.60.5 (commit 44b8e306) unless a line says otherwise.
 * Facts only; the wording is ours.
 */
/** Images from v0.54.0 on are published here (README.md, .github/workflows/publish-container.yml @ v0.60.5). */
export declare const CADVISOR_IMAGE = "ghcr.io/google/cadvisor";
/** The registry before the move; README.md @ v0.60.5 sends versions before v0.53.0 there. */
export declare const CADVISOR_LEGACY_IMAGE = "gcr.io/cadvisor/cadvisor";
/** First version on ghcr.io: the publishing workflow (commit 159a7b24) is first contained in v0.54.0. */
export declare const CADVISOR_FIRST_GHCR = "0.54.0";
/**
 * Host folders the README's quick start mounts, all read-only (README.md @ v0.60.5). `/var/run` carries the Docker
 * socket (`-docker` defaults to unix:///var/run/docker.sock, container/docker/factory.go) and containerd's socket.
 */
export declare const CADVISOR_MOUNTS: readonly ["/:/rootfs:ro", "/var/run:/var/run:ro", "/sys:/sys:ro", "/var/lib/docker/:/var/lib/docker:ro", "/dev/disk/:/dev/disk:ro"];
/**
 * Kernel log device the OOM watcher reads for container_oom_events_total (cmd/internal/api/oom.go, utils/oomparser: go-kmsg-parser
 * v2.0.0 opens /dev/kmsg; when it cannot, cAdvisor warns once and the counter stays 0). The README runs cAdvisor with
 * `--privileged --device=/dev/kmsg`.
 */
export declare const CADVISOR_DEVICES: readonly ["/dev/kmsg"];
/**
 * Instead of `--privileged`: reading /dev/kmsg needs CAP_SYSLOG where kernel.dmesg_restrict is 1 (the kernel's
 * devkmsg_open checks syslog permissions; Documentation/admin-guide/sysctl/kernel.rst, dmesg_restrict), which Docker's
 * default capabilities lack.
 */
export declare const CADVISOR_CAPABILITIES: readonly ["SYSLOG"];
/**
 * `-store_container_labels` (default true) exports every Docker label of every container; with it false, only the keys
 * of `-whitelisted_container_labels` (comma-separated, exact keys) are (cmd/cadvisor.go lines 68-69, 161-168 @ v0.60.5).
 */
export declare const cadvisorLabelFlags: (keys: readonly string[]) => string[];
/** Default of `-docker` (container/docker/factory.go:46). */
export declare const CADVISOR_DEFAULT_DOCKER_SOCKET = "/var/run/docker.sock";
/**
 * Docker's containerd image store (storage driver `overlayfs`) makes cAdvisor read container layers through
 * containerd (`-containerd`, default /run/containerd/containerd.sock; lib/container/containerd/factory.go). The path is
 * given through the `/var/run` mount, which is how it reaches the host's /run on systemd hosts.
 */
export declare const CADVISOR_CONTAINERD_SOCKET = "/var/run/containerd/containerd.sock";
/** `/healthz` answers 200 `ok` unconditionally (cmd/internal/healthz/healthz.go); the image ships wget for its own HEALTHCHECK (deploy/healthcheck.sh). */
export declare const CADVISOR_HEALTH_PATH = "/healthz";
/**
 * Metric kinds cAdvisor leaves off unless enabled (`ignoreMetrics` in cmd/cadvisor.go; the same set at v0.49.1).
 * Setting `-disable_metrics` replaces this list instead of adding to it (lib/container/factory.go MetricSet.Set).
 */
export declare const CADVISOR_DEFAULT_DISABLED_KINDS: readonly ["memory_numa", "tcp", "udp", "advtcp", "sched", "process", "hugetlb", "referenced_memory", "cpu_topology", "resctrl", "cpuset"];
/**
 * What each default-disabled kind serves (the names registered under `includedMetrics.Has(container.<Kind>)` in
 * lib/metrics/prometheus.go and prometheus_machine.go @ v0.60.5; kinds named in lib/container/factory.go): never stored
 * by this stack, which sets no `-enable_metrics` and only adds to the disabled list (`exporters.cadvisor.dropMetrics`).
 */
export declare const CADVISOR_DISABLED_KIND_METRICS: Readonly<Record<(typeof CADVISOR_DEFAULT_DISABLED_KINDS)[number], readonly string[]>>;
/** The default-disabled kind that serves `name`, if one does. */
export declare const disabledKindOf: (name: string) => string | undefined;
/** A Docker label key as cAdvisor names it in Prometheus (lib/metrics/prometheus.go @ v0.60.5, sanitizeLabelName). */
export declare const cadvisorLabelName: (key: string) => string;
