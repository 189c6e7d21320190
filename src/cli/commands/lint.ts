/** `obscompile lint FILE…`: check the PromQL of rule files and dashboards against the config's catalog. */
import { runLint } from '../../lint/run.js';
import { exitFor, plural, report, type CommonOptions } from './report.js';
import { EXIT, type Io } from '../io.js';
import { fleetConflict } from './fleet-flags.js';

interface LintCommandOptions extends CommonOptions {
  versions?: string;
}

export async function lintCommand(opts: LintCommandOptions, io: Io, files: string[]): Promise<number> {
  const conflict = fleetConflict(opts);
  if (conflict) return (report(io, [conflict], opts.format), EXIT.usage);
  const r = await runLint({ cwd: io.cwd, files, ...(opts.config ? { config: opts.config } : {}), ...(opts.fleet ? { fleet: opts.fleet } : {}), ...(opts.maxConfigBytes ? { maxConfigBytes: opts.maxConfigBytes } : {}), ...(opts.versions !== undefined ? { versions: opts.versions } : {}) });
  report(io, r.diagnostics, opts.format, undefined, r.texts);
  const code = exitFor(r.diagnostics);
  io.result?.({ files, clean: r.diagnostics.length === 0, queries: r.queries ?? 0 });
  // A clean run says how much it checked: a dashboard whose queries lint cannot see is no proof they are right.
  if (r.diagnostics.length === 0 && opts.format === 'text') {
    const linted = plural(r.linted ?? files.length, 'file');
    io.out(r.queries ? `${linted}, ${plural(r.queries, 'query', 'queries')}: every query reads what the stack stores${opts.versions ? ` (and still will with ${opts.versions})` : ''}` : `${linted}: no PromQL query found to check (rule \`expr\`, panel targets and query variables of a Prometheus data source are checked)`);
  }
  // Files of a named folder that are no rule file or dashboard are left out, not refused: said, so none goes unseen.
  if (r.skipped?.length && opts.format === 'text') io.err(`left out ${plural(r.skipped.length, 'file')} of the folders that ${r.skipped.length === 1 ? 'is' : 'are'} no rule file or dashboard (name one to see why): ${r.skipped.join(', ')}`);
  return code;
}
