import { analyze, type Analysis } from './analyze.js';
import { type Model } from './model/model.js';
import type { Options } from './options.js';
import { type Artifact, type Diagnostic, type KeptTexts, type SourceFile, type ValidConfig } from './types.js';
export { analyze, type Analysis };
export interface Compilation extends Analysis {
    model?: Model;
    /** Absolute output folder. */
    outDir?: string;
    artifacts?: Artifact[];
}
/** The whole pipeline in memory: artifacts only when no stage reported an error. */
export declare function compile(partial: Partial<Options>): Promise<Compilation>;
/** Model and render for a validated config (one box, or one host of the fleet at `fleetPath`) into `outDir`. */
export declare function generate(config: ValidConfig, source: SourceFile, outDir: string, { kept, fleetPath }?: {
    kept?: KeptTexts | undefined;
    fleetPath?: string;
}): Promise<{
    model: Model;
    outDir: string;
    artifacts?: Artifact[];
    diagnostics: Diagnostic[];
}>;
