import { type Io } from '../io.js';
import { type CommonOptions } from './report.js';
interface FleetBuildOptions extends CommonOptions {
    fleet: string;
    dryRun?: boolean;
    force?: boolean;
    /** Aborted at Ctrl-C: no bundle is staged after it, and none is written unless their renames have begun. */
    signal?: AbortSignal;
}
export declare function buildFleet(opts: FleetBuildOptions, io: Io): Promise<number>;
export declare function checkFleet(opts: FleetBuildOptions, io: Io): Promise<number>;
export {};
