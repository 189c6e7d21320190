import type { CommonOptions } from './report.js';
import type { Diagnostic } from '../../types.js';
/** The usage error for the first such option given with --fleet, else undefined. */
export declare function fleetConflict(opts: CommonOptions & {
    stdout?: string;
    staged?: boolean;
}): Diagnostic | undefined;
