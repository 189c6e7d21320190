import type { KeptTexts } from '../types.js';
/** Kept texts read from the cache, and what this run gives, written back by `save` when it differs. */
export interface KeptTextsFile extends KeptTexts {
    save(): void;
}
/** The kept texts of builds of `main` (a config file) in `cacheDir`; none when the file is missing, damaged or another obscompile's. */
export declare function keptTexts(cacheDir: string, main: string): KeptTextsFile;
