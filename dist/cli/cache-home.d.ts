export declare function cacheHome(env?: NodeJS.ProcessEnv): string | undefined;
