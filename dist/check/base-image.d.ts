/**
 * The dev container's own image against the engine and its release: a `container.image` pinned to an engine's published
 * image (src/upstream/sglang.ts, vllm.ts) must be that engine's, at `versions.<engine>`. Otherwise the Dockerfile starts
 * from one server while launch-model.sh, the labels and the catalog describe another (both examples pin the image, so
 * changing `versions.vllm` alone used to leave the Dockerfile's FROM behind without a word).
 */
import { type Rule } from './rule.js';
export declare const baseImageMatches: Rule;
