/** What `obscompile verify` runs: the config analysed (its diagnostics stop it), then every catalogued job compared. */
import { analyze } from '../analyze.js';
import { loadCatalog } from '../model/catalog-data.js';
import { alertingOf } from '../model/alerting.js';
import { verify } from './verify.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ERRNO_WORDS, fileDiagnostic } from '../diagnostics/make.js';
import type { Connection } from './http.js';
import type { Diagnostic } from '../types.js';

export interface VerifyOptions extends Connection {
  cwd: string;
  config?: string;
  maxConfigBytes?: number;
}

/**
 * The files `verify` reads its secrets and CA from, each checked before anything is asked: otherwise a missing token
 * file surfaced as an unreachable Prometheus. Relative paths are taken from `cwd`.
 */
function credentialFiles(opts: VerifyOptions): { connection: Connection; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const checked = (file: string, option: string, what: string): string => {
    const path = resolve(opts.cwd, file);
    try {
      readFileSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      diagnostics.push(fileDiagnostic(file, { code: 'OBS_IO', message: `cannot read ${file}, given to ${option}: it ${ERRNO_WORDS[code] ?? (error as Error).message} (${code})`, hint: `give ${option} the file that holds ${what}` }));
    }
    return path;
  };
  const { cwd: _, config: __, maxConfigBytes: ___, ...connection } = opts;
  if (opts.bearerTokenFile) connection.bearerTokenFile = checked(opts.bearerTokenFile, '--bearer-token-file', 'the bearer token');
  if (opts.basicAuth) connection.basicAuth = { ...opts.basicAuth, passwordFile: checked(opts.basicAuth.passwordFile, '--basic-auth-password-file', 'the password') };
  if (opts.caFile) connection.caFile = checked(opts.caFile, '--ca-file', 'the CA certificates (PEM)');
  return { connection, diagnostics };
}

/** What verify found, the jobs of the config that have a catalog, and of those the ones whose series could be compared. */
export interface VerifyResult {
  diagnostics: Diagnostic[];
  texts: Map<string, string>;
  jobs: string[];
  compared: string[];
  /** Of the jobs compared, those with a target down now. */
  downNow?: string[];
}

export async function runVerify(opts: VerifyOptions): Promise<VerifyResult> {
  const credentials = credentialFiles(opts);
  if (credentials.diagnostics.length) return { diagnostics: credentials.diagnostics, texts: new Map(), jobs: [], compared: [] };
  const analysis = await analyze({ cwd: opts.cwd, ...(opts.config ? { config: opts.config } : {}), ...(opts.maxConfigBytes ? { maxConfigBytes: opts.maxConfigBytes } : {}) });
  const texts = new Map(analysis.source ? [[analysis.source.path, analysis.source.text]] : []);
  if (!analysis.config) return { diagnostics: analysis.diagnostics, texts, jobs: [], compared: [] };
  const { jobs, catalog } = alertingOf(analysis.config, loadCatalog());
  const found = await verify(credentials.connection, catalog, jobs, analysis.config.versions.prometheus);
  const scraped = new Set(jobs.map((j) => j.job));
  return { ...found, texts, jobs: catalog.filter((s) => scraped.has(s.job)).map((s) => s.job) };
}
