/** `obscompile verify --prometheus URL`: compare what a running Prometheus stores with the catalog. */
import { durationMs } from '../../config/duration.js';
import { usageDiagnostic } from '../../diagnostics/make.js';
import { runVerify } from '../../verify/run.js';
import { exitFor, report, type CommonOptions } from './report.js';
import type { Io } from '../io.js';

interface VerifyCommandOptions extends CommonOptions {
  prometheus?: string;
  timeout: string;
  bearerTokenFile?: string;
  basicAuthUser?: string;
  basicAuthPasswordFile?: string;
  caFile?: string;
  insecureSkipVerify?: boolean;
}

export async function verifyCommand(opts: VerifyCommandOptions, io: Io): Promise<number> {
  const usage = (message: string, hint: string) => (report(io, [usageDiagnostic(message, hint)], opts.format), 2);
  if (opts.prometheus === undefined) return usage('verify needs --prometheus URL: the Prometheus to compare', 'such as `obscompile verify --prometheus http://127.0.0.1:9090`');
  if (!/^https?:\/\/[^\s/]+/.test(opts.prometheus)) return usage(`--prometheus ${opts.prometheus}: not an http:// or https:// URL`, 'give the Prometheus base URL, such as http://127.0.0.1:9090');
  if (!/^\d+(ms|s|m)$/.test(opts.timeout)) return usage(`--timeout ${opts.timeout}: not a duration`, 'use ms, s or m, such as 10s');
  if (durationMs(opts.timeout) === 0) return usage(`--timeout ${opts.timeout}: a request needs some time`, 'give a timeout above zero, such as 10s');
  if ((opts.basicAuthUser === undefined) !== (opts.basicAuthPasswordFile === undefined)) return usage('basic auth needs both --basic-auth-user and --basic-auth-password-file', 'give both, or neither');
  if (opts.bearerTokenFile && opts.basicAuthUser) return usage('one way to authenticate: --bearer-token-file or basic auth', 'keep one of the two');
  const tls = opts.caFile !== undefined ? '--ca-file' : opts.insecureSkipVerify ? '--insecure-skip-verify' : undefined;
  if (tls && opts.prometheus.startsWith('http://')) return usage(`${tls} applies to https:// only, and ${opts.prometheus} is http://`, `use the https:// URL of the Prometheus, or drop ${tls}`);
  const r = await runVerify({
    cwd: io.cwd,
    url: opts.prometheus,
    timeoutMs: durationMs(opts.timeout),
    ...(opts.config ? { config: opts.config } : {}),
    ...(opts.maxConfigBytes ? { maxConfigBytes: opts.maxConfigBytes } : {}),
    ...(opts.bearerTokenFile ? { bearerTokenFile: opts.bearerTokenFile } : {}),
    ...(opts.basicAuthUser && opts.basicAuthPasswordFile ? { basicAuth: { username: opts.basicAuthUser, passwordFile: opts.basicAuthPasswordFile } } : {}),
    ...(opts.caFile ? { caFile: opts.caFile } : {}),
    ...(opts.insecureSkipVerify ? { insecureSkipVerify: true } : {}),
  });
  report(io, r.diagnostics, opts.format, undefined, r.texts);
  const code = exitFor(r.diagnostics);
  io.result?.({ prometheus: opts.prometheus, jobs: r.jobs, compared: r.compared, drift: code !== 0 });
  if (code === 0 && opts.format === 'text') {
    // Only the jobs whose series were there are said to match; the others (targets down) were not compared.
    const left = r.jobs.filter((j) => !r.compared.includes(j));
    const matched = r.compared.length ? `${r.compared.join(', ')} match the catalog` : 'no job could be compared';
    const down = r.downNow?.filter((j) => r.compared.includes(j)) ?? [];
    io.out(`${opts.prometheus}: ${matched}${down.length ? ` (as stored; targets down now: ${down.join(', ')})` : ''}${left.length ? `; not compared, their targets being down: ${left.join(', ')}` : ''}`);
  }
  return code;
}
