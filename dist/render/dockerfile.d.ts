import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** The image: one stage per upstream image and build, then the base with DCGM first (slowest, changes least) and the binaries after. */
export declare function renderDockerfile(model: Model): Artifact;
