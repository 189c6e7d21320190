import type { KeptTexts } from '../types.js';
/** Kept texts read from the cache, and what this run gives, written back by `save` when it differs. */
export interface KeptTextsFile extends KeptTexts {
    save(): void;
}
/**
 * The kept texts of builds of `main` (a config file) in `cacheDir`; none when the file is missing, damaged or another
 * obscompile's. The file is read when first asked for a text (a config that does not compile never reads it).
 */
export declare function keptTexts(cacheDir: string, main: string): KeptTextsFile;
