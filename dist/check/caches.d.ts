/**
 * A profile cache reaches the model server only through a variable the server reads and leaves alone. SGLang replaces
 * DG_JIT_CACHE_DIR with its own variable's value, and vLLM moves Torch Inductor's and Triton's caches below its own
 * cache folder when it compiles (src/upstream/sglang.ts, vllm.ts): a folder given to such a variable stays empty and
 * the cache goes to a folder inside the container, lost with it.
 */
import { type Rule } from './rule.js';
export declare const cachesReachServer: Rule;
