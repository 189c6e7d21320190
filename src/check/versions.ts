/** Version rules: pinned images, and combinations of versions and options that cannot work as written. */
import { at, type Rule } from './rule.js';
import { CADVISOR_FIRST_GHCR, CADVISOR_IMAGE } from '../upstream/cadvisor.js';
import { SGLANG_FIRST_CU129, SGLANG_IMAGE, TRACE_FLAG, TRACE_SINCE } from '../upstream/sglang.js';
import { ENGINE_TITLE, engineOf, engineVersion, type Engine } from '../config/engine.js';
import { VLLM_FIRST_CU129, VLLM_IMAGE } from '../upstream/vllm.js';
import { major, versionAtLeast } from '../upstream/version.js';
import { loadCatalog } from '../model/catalog-data.js';
import { runsComponent, versionKey } from '../config/components.js';
import type { ConfigPath, Finding, ValidConfig } from '../types.js';

/** Each engine's first release with a CUDA 12.9 image, and who publishes it (src/upstream/sglang.ts, vllm.ts). */
const CU129: Readonly<Record<Engine, { first: string; published: string }>> = {
  sglang: { first: SGLANG_FIRST_CU129, published: `${SGLANG_IMAGE} publishes one` },
  vllm: { first: VLLM_FIRST_CU129, published: `${VLLM_IMAGE} publishes one (-cu129)` },
};

/** An image reference's repository, its tag (after the last `:` that follows the last `/`) and whether it names a digest. */
export function imageReference(image: string): { repository: string; tag?: string; digest: boolean } {
  const [name, digest] = image.split('@') as [string, string?];
  const colon = name.lastIndexOf(':');
  const tagged = colon > name.lastIndexOf('/');
  return { repository: tagged ? name.slice(0, colon) : name, ...(tagged ? { tag: name.slice(colon + 1) } : {}), digest: digest !== undefined };
}

const imageTag = (image: string): string | undefined => imageReference(image).tag;

/** A rebuild must produce the same stack: every image has a tag other than `latest`, or a digest. */
export const imagesPinned: Rule = {
  code: 'OBS_IMAGE_UNPINNED',
  title: 'Every image is pinned by a tag other than latest, or by a digest',
  check(config) {
    const images: [ConfigPath, string | null | undefined][] = [
      [['container', 'image'], config.container.image],
      [['exporters', 'cadvisor', 'image'], config.exporters.cadvisor.image],
    ];
    const out: Finding[] = [];
    for (const [path, image] of images) {
      if (image == null || image.includes('@sha256:')) continue;
      const tag = imageTag(image);
      if (tag !== undefined && tag !== 'latest') continue;
      out.push(at(path, {
        code: 'OBS_IMAGE_UNPINNED',
        message: `image \`${image}\` is not pinned: ${tag === 'latest' ? '`latest`' : 'an untagged image'} changes under you on the next pull`,
        hint: 'name a release tag (or a @sha256 digest), or remove the key to use the image of `versions`',
      }));
    }
    return out;
  },
};

/**
 * The oldest release of each component whose flags and config every generated file uses, and why:
 * - Prometheus 2.33.0: the central store's `--web.enable-remote-write-receiver` (cmd/prometheus/main.go, absent at
 *   v2.32.0), after `--enable-feature=expand-external-labels` (v2.27.0) and `authorization.credentials_file`;
 * - node_exporter 1.0.0: the metric names of the catalog (0.16 renamed most);
 * - Alertmanager 0.22.0: `matchers` and `source_matchers` in routes and inhibit rules (config/config.go, absent at v0.21.0);
 * - Jaeger 1.35.0: the collector's `--collector.otlp.grpc.host-port` (cmd/collector/app/flags/flags.go, absent at v1.34.0).
 */
const OLDEST = {
  prometheus: ['2.33.0', 'its remote-write receiver flag and the expansion of external labels'],
  nodeExporter: ['1.0.0', 'the metric names of the catalog'],
  alertmanager: ['0.22.0', 'matchers in routes and inhibit rules'],
  jaeger: ['1.35.0', 'its OTLP receiver flags'],
} as const;

/** Jaeger 1 is end of life; cAdvisor releases live on one registry each. */
export const versionsSupported: Rule = {
  code: 'OBS_VERSION_DEPRECATED',
  title: 'Configured versions are supported upstream and published where the config points',
  check(config) {
    const out: Finding[] = [];
    for (const [key, [oldest, name]] of Object.entries(OLDEST)) {
      const version = config.versions[key as keyof typeof OLDEST];
      if (versionAtLeast(version, oldest)) continue;
      out.push(at(['versions', key], {
        code: 'OBS_VERSION_DEPRECATED',
        message: `${key} ${version} is older than ${oldest}, the oldest release obscompile generates for (${name})`,
        hint: `use ${oldest} or later (remove \`versions.${key}\` for the default)`,
      }));
    }
    if (config.jaeger.enabled && major(config.versions.jaeger) < 2) {
      out.push(at(['versions', 'jaeger'], {
        severity: 'warning',
        code: 'OBS_VERSION_DEPRECATED',
        message: `Jaeger ${config.versions.jaeger} is Jaeger 1, which reached end of life on 2025-12-31 and gets no fixes`,
        hint: 'move to Jaeger 2 (remove `versions.jaeger` for the default); obscompile then generates jaeger.yaml for `jaeger --config`',
      }));
    }
    if (config.jaeger.enabled && major(config.versions.jaeger) < 2 && config.jaeger.forwardOtlp) {
      out.push(at(['jaeger', 'forwardOtlp'], {
        code: 'OBS_VERSION_DEPRECATED',
        message: 'forwarding traces to a central OTLP endpoint needs Jaeger 2; Jaeger 1 all-in-one has no OTLP exporter',
        hint: 'move to Jaeger 2 (remove `versions.jaeger`), or remove `jaeger.forwardOtlp`',
      }));
    }
    // The engine's own release image, when obscompile picks it: the CUDA 12.9 build must exist for that release.
    const engine = engineOf(config);
    const { first, published } = CU129[engine];
    const version = engineVersion(config);
    if (config.container.image == null && !versionAtLeast(version, first)) {
      out.push(at(['versions', engine], {
        code: 'OBS_VERSION_DEPRECATED',
        message: `${ENGINE_TITLE[engine]} ${version} has no CUDA 12.9 release image; ${published} from ${first} on`,
        hint: `use ${ENGINE_TITLE[engine]} ${first} or later, or name the image you run in \`container.image\``,
      }));
    }
    // SGLang's tracing flags (src/upstream/sglang.ts): the generated command passes them only with a local Jaeger.
    const m = config.modelServer;
    if (engine === 'sglang' && m.enabled && m.flags.enableTrace && config.jaeger.enabled && !versionAtLeast(version, TRACE_SINCE)) {
      out.push(at(['modelServer', 'flags', 'enableTrace'], {
        code: 'OBS_VERSION_DEPRECATED',
        message: `SGLang ${version} has no tracing: \`${TRACE_FLAG}\` came in ${TRACE_SINCE}, and the server would refuse the flag and not start`,
        hint: `use SGLang ${TRACE_SINCE} or later, or remove \`enableTrace\``,
      }));
    }
    const image = config.exporters.cadvisor.image;
    if (config.exporters.cadvisor.enabled && image?.startsWith(`${CADVISOR_IMAGE}:`) && !versionAtLeast(imageTag(image) ?? '', CADVISOR_FIRST_GHCR)) {
      out.push(at(['exporters', 'cadvisor', 'image'], {
        code: 'OBS_VERSION_DEPRECATED',
        message: `${CADVISOR_IMAGE} has no releases before ${CADVISOR_FIRST_GHCR}`,
        hint: `use ${CADVISOR_IMAGE}:${CADVISOR_FIRST_GHCR} or later (releases before it were published as gcr.io/cadvisor/cadvisor)`,
      }));
    }
    return out;
  },
};

/**
 * A release newer than the one the catalog describes (catalog/*.yaml `upstream.version`) builds, but the catalog,
 * the alerts and dashboards it reads and lint's answers are those of the described release: what came after is not
 * known to them.
 */
export const versionsCatalogued: Rule = {
  code: 'OBS_VERSION_NEWER',
  title: 'Configured versions are ones the metrics catalog describes',
  check(config) {
    const out: Finding[] = [];
    const catalog = loadCatalog();
    for (const source of catalog) {
      const key = versionKey(config, source.source);
      const version = config.versions[key];
      if (!runsComponent(config, key) || typeof version !== 'string' || (source.engine && source.engine !== key)) continue;
      // A source catalogued per major (Jaeger 1 and 2): its own major's rows, or the newest's for a major beyond them.
      const majors = catalog.filter((c) => c.source === source.source && c.engine === source.engine && c.major !== undefined).map((c) => c.major!);
      const newest = majors.length ? Math.max(...majors) : undefined;
      if (source.major !== undefined && source.major !== major(version) && !(source.major === newest && major(version) > newest)) continue;
      const described = source.upstream.version;
      if (versionAtLeast(described, version)) continue;
      out.push(at(['versions', key], {
        severity: 'warning',
        code: 'OBS_VERSION_NEWER',
        message: `${source.title} ${version} is newer than ${described}, the release obscompile's metrics catalog describes: the catalog, the alerts and dashboards that read it and lint's answers are those of ${described}`,
        hint: `a later release may rename or drop series: after the upgrade, run \`obscompile verify\` against the running stack; or pin ${described}`,
      }));
    }
    return out;
  },
};
