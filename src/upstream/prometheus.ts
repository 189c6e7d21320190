/**
 * Prometheus and node_exporter facts, read in prometheus/prometheus at tags v3.14.0 and v2.42.0 and in
 * prometheus/node_exporter at v1.12.1. Facts only; the wording is ours.
 */
import { major, versionAtLeast } from './version.js';

/**
 * Images: `prom/<name>:v<version>` (Makefile.common DOCKER_REPO `prom`; release tags are `v<version>`). Both put the
 * binaries in /bin (Dockerfile of each repository at those tags).
 */
export const PROMETHEUS_IMAGE = (version: string) => `prom/prometheus:v${version}`;

/**
 * Series Prometheus writes itself for the alerting rules it evaluates, each with the alert's own labels (a job's, when
 * the alert is on a job's series): rules/alerting.go @ v3.14.0, alertMetricName and alertForStateMetricName.
 */
export const ALERT_SERIES: ReadonlySet<string> = new Set(['ALERTS', 'ALERTS_FOR_STATE']);
/**
 * Series Prometheus writes itself for every target it scrapes (`up`, `scrape_duration_seconds`, `scrape_*`), each with
 * all of the target's labels, those a scrape job sets included: scrape/scrape.go mutateReportSampleLabels @ v3.14.0.
 */
export const isScrapeSeries = (name: string): boolean => /^(up|scrape_[a-z_]+)$/.test(name);
/** The image runs as `nobody` (Dockerfile @ v3.14.0 and v2.42.0), uid 65534 in its busybox base: it must own the TSDB folder. */
export const PROMETHEUS_IMAGE_UID = 65534;
/**
 * Static builds, so the binaries run in any base image: neither `.promu.yml` (prometheus v3.14.0, node_exporter v1.12.1)
 * turns cgo on, and promu v0.20.0 then builds with CGO_ENABLED=0 and `-extldflags '-static'` (cmd/build.go); node_exporter
 * uses cgo only for darwin and netbsd (.promu-cgo.yml).
 */
export const PROMETHEUS_BINARIES = ['/bin/prometheus', '/bin/promtool'] as const;
export const NODE_EXPORTER_IMAGE = (version: string) => `prom/node-exporter:v${version}`;
export const NODE_EXPORTER_BINARY = '/bin/node_exporter';

/** Debian and Ubuntu package node_exporter as `prometheus-node-exporter`, with a binary of that name. */
export const NODE_EXPORTER_NAMES = ['node_exporter', 'prometheus-node-exporter'] as const;

/**
 * Whether this Prometheus asks its targets for metric names as they are: from 3.0 its scrape Accept header says
 * `escaping=allow-utf-8` (scrape/scrape_test.go TestAcceptHeader @ v3.14.0: allow-utf-8 with the default UTF-8
 * validation scheme). Prometheus 2 says no escaping, and prometheus_client, the library SGLang and vLLM expose their
 * metrics with, then escapes each sample's name with the label-name alphabet, which has no `:`
 * (prometheus/client_python prometheus_client/openmetrics/exposition.py: generate_latest with UNDERSCORES, its default,
 * writes `_escape(s.name, escaping, _is_legacy_labelname_rune)`): `sglang:num_running_reqs` is stored as
 * `sglang_num_running_reqs`. Seen with Debian's Prometheus 2.42 and prometheus_client 0.26.0 (a helper's run, 2026-12-07).
 */
export const keepsColonNames = (version: string) => major(version) >= 3;

/**
 * Prometheus 2 expands `${VAR}` in external labels only with `--enable-feature=expand-external-labels`
 * (docs/feature_flags.md @ v2.42.0); 3.0 removed the flag and always expands (CHANGELOG.md 3.0.0, #14657).
 */
export const needsExpandFlag = (version: string) => major(version) < 3;

/**
 * From 3.8.0 `--storage.tsdb.retention.time` is deprecated in favour of `storage.tsdb.retention.time` in the config
 * file (cmd/prometheus/main.go, config/config.go TSDBRetentionConfig @ v3.8.0 and v3.14.0); 3.11.0 fixed the file
 * setting (a unit mismatch made it 1e6 times longer, CHANGELOG.md #18200), so obscompile uses it from 3.11 on and the
 * flag before. Prometheus 2.42 rejects the file setting ("field retention not found").
 */
const retentionInConfigFile = (version: string) => versionAtLeast(version, '3.11.0');

/**
 * A cap on the bytes of a TSDB's blocks (`--storage.tsdb.retention.size`, or `storage.tsdb.retention.size` beside the
 * time in the config file, TSDBRetentionConfig.Size @ v3.14.0): a whole number and one of the units the flag's help
 * names, B, KB, MB, GB, TB, PB or EB, each a power of 1024, or their KiB… spelling, which alecthomas/units
 * ParseBase2Bytes reads first (bytesUnitMap, then oldBytesUnitMap; Debian's 2.42 takes 50GiB and refuses 50Gi, 50gb).
 * The schemas' `retentionSize` patterns are this one (a test holds them to it).
 */
export const RETENTION_SIZE_PATTERN = '^[1-9][0-9]*([KMGTPE]i?B|B)$';

/**
 * Why Prometheus would refuse (or misread) a size that has the pattern's form, or undefined. alecthomas/units
 * ParseUnit (bytes.go, util.go) reads the number as an int64 and multiplies in float64 before it converts the bytes
 * to an int64: releases with the big.Rat version refuse 8EiB and more ("units: overflow parsing unit"), older ones
 * let 2^63 through as a negative number; Debian's Prometheus 2.42 refused 16EB and `9223372036854775806B` and took
 * 9007199254740992B (2^53). So: fewer than 2^63 bytes, and a number float64 holds exactly.
 */
export function retentionSizeProblem(size: string): string | undefined {
  const m = /^(\d+)([KMGTPE]?)i?B$/.exec(size);
  if (!m) return undefined;
  const number = BigInt(m[1]!);
  // Plain B is bytes; K to E are 1024 to 1024^6 (indexOf('') is 0, which is no unit's place).
  const bytes = number * 1024n ** BigInt(m[2] ? 'KMGTPE'.indexOf(m[2]) + 1 : 0);
  if (bytes >= 2n ** 63n) return `${size} is more bytes than Prometheus can hold (it reads sizes below 8EB)`;
  return number > 2n ** 53n ? `${m[1]} is a larger number than Prometheus reads exactly` : undefined;
}

type Retention = { time: string; size?: string };

/** How a Prometheus of `version` is told to keep samples for `time` (and at most `size` bytes): a `storage` block for its config file, or flags. */
export function retention(version: string, time: string, size?: string): { storage?: { tsdb: { retention: Retention } }; flags: string[] } {
  if (retentionInConfigFile(version)) return { storage: { tsdb: { retention: { time, ...(size ? { size } : {}) } } }, flags: [] };
  return { flags: [`--storage.tsdb.retention.time=${time}`, ...(size ? [`--storage.tsdb.retention.size=${size}`] : [])] };
}

/**
 * Where people open Prometheus, and the path its own routes keep (cmd/prometheus/main.go @ v3.14.0 and v2.42.0:
 * `--web.external-url`, `--web.route-prefix`, which defaults to the external URL's path). Without the first,
 * computeExternalURL takes `http://<os.Hostname()>:<port>/`: inside a container, its hostname, which no browser
 * reaches, in every alert's link to its query (generatorURL).
 */
export const PROMETHEUS_WEB_FLAGS = { externalUrl: '--web.external-url', routePrefix: '--web.route-prefix' } as const;
