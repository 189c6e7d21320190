import type { ValidConfig } from '../types.js';
export interface Images {
    /** The SGLang runtime image the dev container builds on (or runs, when daemons are not bundled). */
    base: string;
    /** The cAdvisor service's image. */
    cadvisor: string;
}
/** An upstream image the Dockerfile copies binaries out of. */
export interface BundledStage {
    stage: string;
    image: string;
    /** Absolute paths in that image, and the name each gets in /usr/local/bin. */
    files: {
        from: string;
        as: string;
    }[];
}
/** The configured images, or the upstream ones for the configured versions. */
export declare function images(config: ValidConfig): Images;
/** One stage per enabled daemon whose binary the image needs, in init-run.sh's start order. */
export declare function bundledStages(config: ValidConfig): BundledStage[];
