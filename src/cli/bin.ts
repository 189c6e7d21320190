/** The CLI entry the bundle starts from (src/cli/launcher.ts loads the bundle; under tsx this file runs directly). */
import { run } from './cli.js';
import { outputStreamed } from './io.js';

// The launcher reads it from the bundle's exports when the process exits.
export { runState } from './run-state.js';

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Every file call has been awaited and the output written to fds 1 and 2: the process ends here, before Node's
  // event loop runs V8's idle-time tasks (such as a young-generation collection a run that is over does not need).
  // Output a non-blocking pipe refused is still queued on its stream, and the process ends when that drains.
  if (!outputStreamed()) process.exit();
});
