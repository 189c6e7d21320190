/** Helpers for tests that run init-run.sh and real daemons: waiting, the daemons it started, stopping them by pid. */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { which } from '../helpers.js';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a value or the deadline passes. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, deadlineMs = 60_000): Promise<T> {
  const until = Date.now() + deadlineMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await sleep(500);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}

/** The daemons init-run.sh reports starting in its log: name, pid and the binary it found. */
export const pidsIn = (log: string) => [...log.matchAll(/started (\S+) \(pid (\d+), (\S+)\)/g)].map((m) => ({ name: m[1]!, pid: Number(m[2]), binary: m[3]! }));

/** Sends SIGTERM to `pid`, if it still runs. */
export function stop(pid: number): void {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/**
 * Stops a child process: SIGTERM, then SIGKILL if it is still running after `graceMs` (a Prometheus with a remote
 * write it cannot deliver waits a minute to flush on SIGTERM).
 */
export async function stopChild(child: ChildProcess, graceMs = 2000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** What init-run.sh itself runs besides the daemons (bash builtins aside). */
const SCRIPT_TOOLS = ['date', 'od', 'tr', 'dirname', 'awk', 'mkdir', 'mv', 'rm', 'sort', 'touch', 'tee', 'sleep'];

/** A folder to be the whole PATH of init-run.sh: the tools it uses, and `daemons` (name on PATH → binary). */
export function sandboxPath(dir: string, daemons: Record<string, string>): string {
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  for (const tool of SCRIPT_TOOLS) symlinkSync(which(tool)!, path.join(bin, tool));
  for (const [name, binary] of Object.entries(daemons)) symlinkSync(binary, path.join(bin, name));
  return bin;
}
