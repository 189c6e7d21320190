import type { Central as CentralSettings } from '../config/fleet-settings.js';
import type { Diagnostic, ValidConfig } from '../types.js';
export interface LintFile {
    /** As the user named it (or its folder, joined with the file's path in it). */
    path: string;
    text: string;
    /** Found in a folder the user named, not named itself: skipped, not refused, when it is no rule file or dashboard. */
    found?: boolean;
}
/**
 * Lints `files` against what `configs` store (one config, or a fleet's hosts); with `upgraded`, also what the
 * queries would lose under those versions.
 */
export declare function lint(files: readonly LintFile[], configs: readonly ValidConfig[], upgraded?: readonly ValidConfig[], central?: CentralSettings): {
    diagnostics: Diagnostic[];
    queries: number;
    linted: number;
    skipped: string[];
};
