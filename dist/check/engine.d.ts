/**
 * Each engine's typed flags live under its own key (`modelServer.flags` for SGLang, `modelServer.vllm` for vLLM): the
 * schema offers only the chosen engine's key to editors, and this rule makes a written key of the other engine an
 * error at that key, since the generated command would silently leave its flags out.
 */
import { type Rule } from './rule.js';
export declare const engineFlagsMatch: Rule;
/**
 * A config switched to vLLM that still names SGLang (as `init`'s starter and the SGLang example write their names
 * out): the names are only labels, but every file, container and image would say SGLang.
 */
export declare const namesMatchEngine: Rule;
