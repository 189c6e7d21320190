/**
 * The user's cache folder: $XDG_CACHE_HOME, else ~/.cache; undefined when there is none (os.homedir() throws without
 * HOME or a passwd entry). A relative XDG_CACHE_HOME or HOME is ignored, as the XDG spec says. HOME is what
 * os.homedir() returns when it is set, so node:os is loaded only when it is not. Shared by the launcher (its V8 code
 * cache) and the CLI (build records): kept free of imports but node:path.
 */
import { isAbsolute, join } from 'node:path';

export function cacheHome(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return xdg;
  try {
    const home = env.HOME || process.getBuiltinModule('node:os').homedir();
    return home && isAbsolute(home) ? join(home, '.cache') : undefined;
  } catch {
    return undefined;
  }
}
