/**
 * A profile cache reaches the model server only through a variable the server reads and leaves alone. SGLang replaces
 * DG_JIT_CACHE_DIR with its own variable's value, and vLLM moves Torch Inductor's and Triton's caches below its own
 * cache folder when it compiles (src/upstream/sglang.ts, vllm.ts): a folder given to such a variable stays empty and
 * the cache goes to a folder inside the container, lost with it.
 */
import { at, type Rule } from './rule.js';
import { engineOf, engineVersion, ENGINE_TITLE } from '../config/engine.js';
import { DEEPGEMM_CACHE_VARIABLES, DEEPGEMM_JIT_CACHE, deepGemmCacheVariable } from '../upstream/sglang.js';
import { VLLM_CACHE_ROOT, VLLM_COMPILE_REDIRECTS, VLLM_EAGER_FLAG, vllmFlagName } from '../upstream/vllm.js';
import type { Finding, ValidConfig } from '../types.js';

export const cachesReachServer: Rule = {
  code: 'OBS_CACHE_REDIRECTED',
  title: 'Each profile cache is given to the model server through a variable it reads and does not replace',
  check(config) {
    if (!config.modelServer.enabled) return [];
    const out: Finding[] = [];
    config.storage.profiles.forEach((p, i) => {
      const problem = p.env && problemWith(config, p.env, 'profile');
      if (!problem) return;
      out.push(at(['storage', 'profiles', i, 'env'], {
        severity: 'warning',
        code: 'OBS_CACHE_REDIRECTED',
        message: `\`${p.env}\`: ${problem.message}, so the cache does not land in profiles/${p.dir}: ${problem.where}`,
        hint: problem.hint,
      }));
    });
    // The same variables set directly in the container's environment.
    for (const [name, value] of Object.entries(config.container.environment)) {
      const problem = problemWith(config, name, 'environment');
      if (!problem) continue;
      out.push(at(['container', 'environment', name], {
        severity: 'warning',
        code: 'OBS_CACHE_REDIRECTED',
        message: `\`${name}\`: ${problem.message}, so the cache does not land in \`${value}\`: ${problem.where}`,
        hint: problem.hint,
      }, 'key'));
    }
    return out;
  },
};

interface Problem {
  message: string;
  /** Where the cache goes instead. */
  where: string;
  hint: string;
}

/** Whether the container's environment gives `name` a value (a profile or `container.environment`). */
const given = (config: ValidConfig, name: string) => config.storage.profiles.some((p) => p.env === name) || name in config.container.environment;

/** What the hint tells to remove or rename, for a profile's variable and for an entry of `container.environment`. */
const FIXES = {
  profile: { remove: 'this profile, or its `env`', rename: (to: string) => `set \`env: ${to}\` instead` },
  environment: { remove: 'this variable', rename: (to: string) => `name it \`${to}\` instead` },
};

function problemWith(config: ValidConfig, env: string, place: keyof typeof FIXES): Problem | undefined {
  const { remove: where, rename } = FIXES[place];
  const engine = engineOf(config);
  const version = engineVersion(config);
  const server = `${ENGINE_TITLE[engine]} ${version}`;
  if (engine === 'sglang') {
    const reads = deepGemmCacheVariable(version);
    const goes = given(config, reads) ? `it goes to \`${reads}\`'s folder` : 'it goes to a folder inside the container, lost with it';
    const hint = given(config, reads) ? `remove ${where}` : rename(reads);
    if (env === DEEPGEMM_JIT_CACHE) return { message: `${server} sets it itself from \`${reads}\` when it loads DeepGEMM`, where: goes, hint };
    if ((DEEPGEMM_CACHE_VARIABLES as readonly string[]).includes(env) && env !== reads) return { message: `${server} reads its DeepGEMM cache folder from \`${reads}\`, not from this one`, where: goes, hint };
    return undefined;
  }
  const eager = config.modelServer.extraArgs.some((a) => !a.startsWith('--no') && vllmFlagName(a) === VLLM_EAGER_FLAG);
  if (eager || !(VLLM_COMPILE_REDIRECTS as readonly string[]).includes(env)) return undefined;
  const message = `${server} points it below its own compile cache whenever it compiles the model (unless started with \`${VLLM_EAGER_FLAG}\`)`;
  if (given(config, VLLM_CACHE_ROOT)) return { message, where: `it goes below \`${VLLM_CACHE_ROOT}\`'s folder`, hint: `remove ${where}` };
  return { message, where: 'it goes to a folder inside the container, lost with it', hint: `give \`${VLLM_CACHE_ROOT}\` a profile folder instead (\`{ dir: vllm, env: ${VLLM_CACHE_ROOT} }\`): vLLM keeps its compile caches below it` };
}
