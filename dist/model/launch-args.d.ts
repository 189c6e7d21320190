import type { ValidConfig } from '../types.js';
export interface LaunchCommand {
    /** What the server is called in the script's comments: SGLang or vLLM. */
    server: string;
    /** The program exec-ed by launch-model.sh: `sglang` (0.5.5 and later), the configured Python for older releases, or `vllm`. */
    program: string;
    /** Its arguments: the subcommand, then the server flags in the seed's order, then `extraArgs`. */
    args: string[];
}
/** The server command for the configured engine and version. */
export declare function launchCommand(config: ValidConfig): LaunchCommand;
