import type { ValidConfig } from '../types.js';
export interface Images {
    /** The model server's runtime image (SGLang's or vLLM's) the dev container builds on (or runs, when daemons are not bundled). */
    base: string;
    /** The name compose gives the image it builds from the generated Dockerfile. */
    built: string;
    /** The cAdvisor service's image. */
    cadvisor: string;
}
/** A stage of the Dockerfile the image copies binaries out of: an upstream image, or a build on the base image. */
export interface BundledStage {
    stage: string;
    image: string;
    /** Built in the stage from source: what it copies in from earlier stages, installs with apt, then runs. */
    build?: {
        copy: {
            stage: string;
            path: string;
        }[];
        packages: string[];
        commands: string[];
    };
    /** Absolute paths in that stage, and the name each gets in /usr/local/bin (none for a stage others copy from). */
    files: {
        from: string;
        as: string;
    }[];
}
/** The configured images, or the upstream ones for the configured versions. */
export declare function images(config: ValidConfig): Images;
/** One stage per enabled daemon whose binary the image needs, in init-run.sh's start order. */
export declare function bundledStages(config: ValidConfig): BundledStage[];
