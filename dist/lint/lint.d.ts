import type { Central as CentralSettings } from '../config/fleet-settings.js';
import type { Diagnostic, ValidConfig } from '../types.js';
export interface LintFile {
    /** As the user named it. */
    path: string;
    text: string;
}
/**
 * Lints `files` against what `configs` store (one config, or a fleet's hosts); with `upgraded`, also what the
 * queries would lose under those versions.
 */
export declare function lint(files: readonly LintFile[], configs: readonly ValidConfig[], upgraded?: readonly ValidConfig[], central?: CentralSettings): {
    diagnostics: Diagnostic[];
    queries: number;
};
