import { analyze, type Analysis } from './analyze.js';
import { type Model } from './model.js';
import type { Options } from './options.js';
import { type Artifact } from './types.js';
export { analyze, type Analysis };
export interface Compilation extends Analysis {
    model?: Model;
    /** Absolute output folder. */
    outDir?: string;
    artifacts?: Artifact[];
}
/** The whole pipeline in memory: artifacts only when no stage reported an error. */
export declare function compile(partial: Partial<Options>): Promise<Compilation>;
