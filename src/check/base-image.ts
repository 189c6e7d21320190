/**
 * The dev container's own image against the engine and its release: a `container.image` pinned to an engine's published
 * image (src/upstream/sglang.ts, vllm.ts) must be that engine's, at `versions.<engine>`. Otherwise the Dockerfile starts
 * from one server while launch-model.sh, the labels and the catalog describe another (both examples pin the image, so
 * changing `versions.vllm` alone used to leave the Dockerfile's FROM behind without a word).
 */
import { at, type Rule } from './rule.js';
import { ENGINE_TITLE, engineOf, engineVersion, type Engine } from '../config/engine.js';
import { SGLANG_IMAGE, sglangImage } from '../upstream/sglang.js';
import { VLLM_IMAGE, vllmImage } from '../upstream/vllm.js';
import { imageReference } from './versions.js';

/** Each engine's published repository and the image of a release. */
const PUBLISHED: Readonly<Record<Engine, { repository: string; image: (version: string) => string }>> = {
  sglang: { repository: SGLANG_IMAGE, image: sglangImage },
  vllm: { repository: VLLM_IMAGE, image: vllmImage },
};

export const baseImageMatches: Rule = {
  code: 'OBS_VERSION_DEPRECATED',
  title: "A pinned image of an engine's own repository is the configured engine's, at its configured release",
  check(config) {
    const image = config.container.image;
    if (!config.modelServer.enabled || image == null) return [];
    const { repository, tag, digest } = imageReference(image);
    const engine = engineOf(config);
    const version = engineVersion(config);
    const other = (Object.keys(PUBLISHED) as Engine[]).find((e) => e !== engine && PUBLISHED[e].repository === repository);
    const expected = PUBLISHED[engine].image(version);
    if (other) {
      return [at(['container', 'image'], {
        severity: 'warning',
        code: 'OBS_VERSION_DEPRECATED',
        message: `\`${image}\` is ${ENGINE_TITLE[other]}'s image, but the engine is ${ENGINE_TITLE[engine]}: launch-model.sh would start ${ENGINE_TITLE[engine]} in it`,
        hint: `set \`container.image: ${expected}\` (or remove it, to take the image of \`versions.${engine}\`), or set \`modelServer.engine: ${other}\``,
      })];
    }
    // A digest cannot be told apart by release, and an unpinned image is an error of its own (OBS_IMAGE_UNPINNED); any
    // other tag of the engine's repository must be the configured release's.
    if (repository !== PUBLISHED[engine].repository || digest || !tag || tag === 'latest' || image === expected) return [];
    return [at(['container', 'image'], {
      severity: 'warning',
      code: 'OBS_VERSION_DEPRECATED',
      message: `\`${image}\` is not ${ENGINE_TITLE[engine]} ${version}'s image (\`${expected}\`): the Dockerfile would start from it while the labels, the catalog and the checks describe \`versions.${engine}: ${version}\``,
      hint: `set \`container.image: ${expected}\`, or remove it to take the image of \`versions.${engine}\`; or set \`versions.${engine}\` to the image's release`,
    })];
  },
};
