/** The CLI entry the bundle starts from (src/cli/launcher.ts loads the bundle; under tsx this file runs directly). */
import { run } from './cli.js';

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
