/**
 * What this run of the CLI did, for the launcher (./launcher.ts), which makes its V8 code cache from the first run
 * of each command: cached data holds only the functions that run compiled. A cache made from a run that stopped early
 * (`build --help`, a usage error, an invalid config, a build replayed from its record) would leave every later full
 * run compiling the rest again, about 14 ms of a build; the launcher replaces such a cache once a run goes the
 * command's whole way.
 */
export const runState = {
  /** The command ran its whole course from its everyday command line and succeeded, without replaying a record. */
  complete: false,
  /** The outcome was replayed from a build record (./commands/build-record.ts): nothing was compiled. */
  replayed: false,
};
