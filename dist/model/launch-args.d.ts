import type { ValidConfig } from '../types.js';
export interface LaunchCommand {
    /** The program exec-ed by launch-model.sh: `sglang` (0.5.5 and later), or the configured Python for older releases. */
    program: string;
    /** Its arguments: the subcommand, then the server flags in the seed's order, then `extraArgs`. */
    args: string[];
}
/** The server command for the configured SGLang version. */
export declare function launchCommand(config: ValidConfig): LaunchCommand;
