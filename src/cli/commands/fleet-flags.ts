/** Options of one config that a fleet run cannot honour: refused, since ignoring them would surprise. */
import { usageDiagnostic } from '../../diagnostics/make.js';
import type { CommonOptions } from './report.js';
import type { Diagnostic } from '../../types.js';

/** The usage error for the first such option given with --fleet, else undefined. */
export function fleetConflict(opts: CommonOptions & { stdout?: string; staged?: boolean }): Diagnostic | undefined {
  if (!opts.fleet) return undefined;
  if (opts.config !== undefined) return usageDiagnostic('--config does not apply with --fleet: the fleet file names its base config (`base:`)', 'drop --config, or change `base:` in the fleet file');
  if (opts.out !== undefined) return usageDiagnostic("--out does not apply with --fleet: each host's bundle goes to the fleet file's `output.dir`, in a folder named after the host", 'drop --out, or set `output.dir` in the fleet file');
  if (opts.stdout !== undefined) return usageDiagnostic('--stdout prints an artifact of one config; a fleet has one per host', "build the fleet and read the file in the host's folder, or run `obscompile build --stdout` on a single config");
  if (opts.staged) return usageDiagnostic('`check --staged` compares one config with its output folder; fleets are not supported yet', 'run `obscompile check --fleet FILE` on the working tree');
  return undefined;
}
