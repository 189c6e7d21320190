import { type Io } from '../io.js';
import { type CommonOptions } from './report.js';
interface BuildOptions extends CommonOptions {
    stdout?: string;
    dryRun: boolean;
    force: boolean;
}
export declare function buildCommand(opts: BuildOptions, io: Io): Promise<number>;
export {};
