/** `obscompile validate`: schema and semantic checks only. */
import { analyze } from '../../analyze.js';
import { exitFor, report, type CommonOptions } from './report.js';
import { EXIT, type Io } from '../io.js';
import { fleetConflict } from './fleet-flags.js';

export async function validateCommand(opts: CommonOptions, io: Io): Promise<number> {
  const conflict = fleetConflict(opts);
  if (conflict) return (report(io, [conflict], opts.format), EXIT.usage);
  if (opts.fleet) {
    const { analyzeFleet } = await import('../../layer/fleet.js');
    const fleet = await analyzeFleet({ cwd: io.cwd, fleet: opts.fleet, maxConfigBytes: opts.maxConfigBytes });
    report(io, fleet.diagnostics, opts.format, undefined, fleet.texts);
    const code = exitFor(fleet.diagnostics);
    io.result?.({ file: fleet.fleet?.path ?? opts.fleet, valid: code === 0 });
    if (code === 0 && opts.format === 'text') io.out(`${fleet.fleet?.path}: valid (${fleet.hosts.map((h) => h.name).join(', ')})`);
    return code;
  }
  const analysis = await analyze({ cwd: io.cwd, config: opts.config, maxConfigBytes: opts.maxConfigBytes });
  report(io, analysis.diagnostics, opts.format, analysis);
  const code = exitFor(analysis.diagnostics);
  io.result?.({ file: analysis.source?.path ?? null, valid: code === 0 });
  if (code === 0 && opts.format === 'text') io.out(`${analysis.source?.path}: valid`);
  return code;
}
