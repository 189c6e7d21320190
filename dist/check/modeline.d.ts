import type { Diagnostic, ParsedSource, ValidConfig } from '../types.js';
/** A warning at the modeline's path when it names a schema copy other than the one the build writes (`out`: `--out`, when given, overrides `output.dir`). */
export declare function staleModeline(source: ParsedSource, config: ValidConfig, out?: string): Promise<Diagnostic[]>;
/**
 * The schema copy a base config's modeline names, absolute (a path to obscompile's copy, not a URL or an installed
 * package's): what staleFleetModeline looks for, and what a fleet's build record watches while it is not there.
 */
export declare function fleetModelineTarget(base: ParsedSource): string | undefined;
/**
 * The modeline of a fleet's base config: `build --fleet` writes the schema copy into each host's bundle (`bundles`,
 * absolute), not where the base built alone writes it. A modeline naming a copy that is none of those and is not
 * there (the base never built alone) points the editor at nothing: a warning, with a copy the fleet writes.
 */
export declare function staleFleetModeline(base: ParsedSource, bundles: readonly string[]): Promise<Diagnostic[]>;
