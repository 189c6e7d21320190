/**
 * Ctrl-C (SIGINT) or SIGTERM during a build that writes. Without a handler Node ends the process at once, wherever
 * the build stands: its temp files, its lock and perhaps a journal stay for the next build to clear or finish. With
 * one, the build stops where stopping loses nothing: before its first rename it drops what it staged and leaves the
 * output folder as it was; once its renames have begun it finishes them (a fleet's last step, a one-config build's
 * few milliseconds of writing). A second signal ends the process at once, as without a handler.
 */
import { constants } from 'node:os';
import type { Io } from '../io.js';

/** The exit status of a process that stopped for `signal`, as a shell reports one: 128 + its number (130 for Ctrl-C). */
export const signalStatus = (signal: NodeJS.Signals): number => 128 + constants.signals[signal];

/** Thrown where a build stops for a signal before writing anything (caught by the command that runs it). */
export class Interrupted extends Error {
  constructor() {
    super('interrupted');
  }
}

/** One turn of the event loop, in which a signal that came is handled (a build's file calls never yield to it). */
const aTurn = (): Promise<void> => new Promise((done) => setImmediate(done));

/**
 * Runs a build with the signal it watches: aborted at the first Ctrl-C or SIGTERM. Resolves to the build's exit status,
 * or to the signal's when one came (after the build stopped or finished).
 */
export async function stoppable(io: Io, build: (signal: AbortSignal) => Promise<number>): Promise<number> {
  const controller = new AbortController();
  let first: NodeJS.Signals | undefined;
  const received = (signal: NodeJS.Signals) => {
    if (first) {
      off();
      process.kill(process.pid, signal);
      return;
    }
    first = signal;
    controller.abort();
    io.err(`${signal === 'SIGINT' ? 'Ctrl-C' : signal}: stopping the build where the output folder stays whole (again to stop at once; the next build finishes what is left)`);
  };
  const onInt = () => received('SIGINT');
  const onTerm = () => received('SIGTERM');
  const off = () => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  };
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  try {
    const status = await build(controller.signal);
    // A signal that came during the renames (synchronous calls, which never yield) is handled here, before the
    // handler goes: the renames have finished, and the status says the build was stopped.
    await aTurn();
    return first ? signalStatus(first) : status;
  } finally {
    off();
  }
}

/** Said when a build stopped before it wrote: nothing in the output folder changed. */
export const NOTHING_WRITTEN = 'stopped before writing: every file of the output folder is as it was';

/** Whether the build was asked to stop: a signal that came is let in first. False when the build watches none. */
export async function stopAsked(signal: AbortSignal | undefined): Promise<boolean> {
  if (!signal) return false;
  await aTurn();
  return signal.aborted;
}
