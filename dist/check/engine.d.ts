/**
 * Each engine's typed flags live under its own key (`modelServer.flags` for SGLang, `modelServer.vllm` for vLLM): the
 * schema offers only the chosen engine's key to editors, and this rule makes a written key of the other engine an
 * error at that key, since the generated command would silently leave its flags out.
 */
import { type Rule } from './rule.js';
export declare const engineFlagsMatch: Rule;
