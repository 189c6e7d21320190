import { type Io } from '../io.js';
import { type CommonOptions } from './report.js';
interface BuildOptions extends CommonOptions {
    stdout?: string;
    dryRun: boolean;
    force: boolean;
    /** `--watch`: build again on every save of the config, until Ctrl-C. */
    watch?: boolean;
    /** Aborted at Ctrl-C: the build stops before it writes, or finishes its renames (./interrupt.ts). */
    signal?: AbortSignal;
}
export declare function buildCommand(opts: BuildOptions, io: Io): Promise<number>;
export {};
