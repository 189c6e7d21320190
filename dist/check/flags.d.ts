/** Pass-through arguments must not repeat what obscompile writes itself, or they would dodge the checks made on it. */
import { type Rule } from './rule.js';
/** `modelServer.extraArgs` adds flags; a flag the generated command already has (or `--port` twice) is refused. */
export declare const extraArgsAddOnly: Rule;
/** vLLM's `--config FILE` in extraArgs is one vLLM reads: two words, once, a YAML file the container has. */
export declare const vllmConfigFileRead: Rule;
