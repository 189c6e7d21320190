import { type Compilation } from '../compile.js';
import { type EmitTarget } from '../emit.js';
import { type Io } from '../io.js';
import { type CommonOptions } from './report.js';
interface BuildOptions extends CommonOptions {
    stdout?: string;
    dryRun: boolean;
    force: boolean;
}
/** The output folder of a compilation, as an emit target. */
export declare function targetOf(compilation: Compilation, io: Io): EmitTarget;
export declare function buildCommand(opts: BuildOptions, io: Io): Promise<number>;
export {};
