/** `obscompile validate`: schema and semantic checks only. */
import { analyze } from '../analyze.js';
import { exitFor, report, type CommonOptions } from './report.js';
import type { Io } from '../io.js';

export async function validateCommand(opts: CommonOptions, io: Io): Promise<number> {
  const analysis = await analyze({ cwd: io.cwd, config: opts.config, maxConfigBytes: opts.maxConfigBytes });
  report(io, analysis.diagnostics, opts.format, analysis);
  const code = exitFor(analysis.diagnostics);
  io.result?.({ file: analysis.source?.path ?? null, valid: code === 0 });
  if (code === 0 && opts.format === 'text') io.out(`${analysis.source?.path}: valid`);
  return code;
}
