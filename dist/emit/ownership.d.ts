import type { EmitTarget, FilePlan } from './plan.js';
import type { Diagnostic } from '../types.js';
/**
 * What the output folder's manifest says against this build: the files it lists; `owner`, when it names another
 * config (or fleet file) than this build's; `problem`, when it is there but cannot be read or is not one obscompile
 * wrote. Neither when it is absent or this build's.
 */
export declare function manifestState(target: EmitTarget): Promise<{
    listed: string[];
    owner?: Diagnostic;
    problem?: Diagnostic;
}>;
export declare function refusals(plans: readonly FilePlan[], target: EmitTarget, force: boolean): Promise<Diagnostic[]>;
