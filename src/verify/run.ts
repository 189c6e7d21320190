/** What `obscompile verify` runs: the config analysed (its diagnostics stop it), then every catalogued job compared. */
import { analyze } from '../analyze.js';
import { loadCatalog } from '../model/catalog-data.js';
import { alertingOf } from '../model/model.js';
import { verify } from './verify.js';
import type { Connection } from './http.js';
import type { Diagnostic } from '../types.js';

export interface VerifyOptions extends Connection {
  cwd: string;
  config?: string;
  maxConfigBytes?: number;
}

export async function runVerify(opts: VerifyOptions): Promise<{ diagnostics: Diagnostic[]; texts: Map<string, string>; jobs: string[] }> {
  const analysis = await analyze({ cwd: opts.cwd, ...(opts.config ? { config: opts.config } : {}), ...(opts.maxConfigBytes ? { maxConfigBytes: opts.maxConfigBytes } : {}) });
  const texts = new Map(analysis.source ? [[analysis.source.path, analysis.source.text]] : []);
  if (!analysis.config) return { diagnostics: analysis.diagnostics, texts, jobs: [] };
  const { jobs, catalog } = alertingOf(analysis.config, loadCatalog());
  const { cwd: _, config: __, maxConfigBytes: ___, ...connection } = opts;
  return { diagnostics: await verify(connection, catalog, jobs), texts, jobs: catalog.filter((s) => s.upstream).map((s) => s.job) };
}
