/** The shape of a semantic rule and the helper that builds its findings. */
import type { DiagnosticInput } from '../diagnostics/make.js';
import type { ConfigPath, Finding, ValidConfig } from '../types.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
/** Where the config lies, for rules about host paths (relative paths in the config are relative to its folder). */
export interface RuleContext {
    /** Absolute folder of the config file (of a fleet's base config). */
    configDir: string;
    /** True when the config file (one of a fleet's layers) writes `path` itself, rather than taking its default. */
    written(path: ConfigPath): boolean;
    /** The output folder as `--out` gives it, relative to the config's folder (POSIX separators); else `output.dir` holds. */
    out?: string;
}
/** A check the schema cannot express. The title reads as a sentence and documents the rule. */
export interface Rule {
    code: DiagnosticCode;
    title: string;
    check(config: ValidConfig, context: RuleContext): Finding[];
}
/** A finding on the config value at `path` (positioned later on it, or on its nearest written ancestor). */
export declare function at(path: ConfigPath, input: DiagnosticInput, target?: 'key' | 'value'): Finding;
