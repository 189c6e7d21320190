export declare const LOCK_FILE = ".obscompile.lock";
/**
 * Takes the output folder's lock, or says who holds it. The lock records the holder's pid and, where /proc exists,
 * its start time: a lock whose process is gone, or whose pid now belongs to another process (pids repeat after a
 * restart, and a container's build often runs as pid 1), is taken over.
 */
export declare function acquireLock(dir: string): Promise<{
    release: () => Promise<void>;
} | {
    heldBy: number;
}>;
/**
 * Removes the lock of `dir` when the build that took it is gone (killed mid-commit, say), leaving a live one: a build
 * that finds its output current takes no lock, and would otherwise leave a dead build's lock there for good.
 */
export declare function dropStaleLock(dir: string): Promise<void>;
/**
 * Waits while a running build holds the lock of `dir` (a dead build's lock is no reason to wait), at most `ms`;
 * `waiting` is told the holder's pid once, when there is one. Resolves to the pid of a build still writing when the
 * time is up, else undefined.
 */
export declare function waitForLock(dir: string, ms: number, waiting?: (pid: number) => void): Promise<number | undefined>;
/** Whether a process of that pid runs (one of another user's counts as running). */
export declare function alive(pid: number): boolean;
