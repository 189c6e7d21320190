/**
 * GET of a Prometheus HTTP API path as JSON, over http or https, with the credentials and TLS options `verify`
 * takes (read from files, never from the command line) and a timeout. Read-only: it only ever sends GET.
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface Connection {
  /** Base URL of the Prometheus, such as http://127.0.0.1:9090 (a path prefix is kept). */
  url: string;
  timeoutMs: number;
  bearerTokenFile?: string;
  basicAuth?: { username: string; passwordFile: string };
  caFile?: string;
  insecureSkipVerify?: boolean;
}

/** The Authorization header of a connection, the secrets read from their files. */
function authorization(c: Connection): string | undefined {
  if (c.bearerTokenFile) return `Bearer ${readFileSync(c.bearerTokenFile, 'utf8').trim()}`;
  if (c.basicAuth) return `Basic ${Buffer.from(`${c.basicAuth.username}:${readFileSync(c.basicAuth.passwordFile, 'utf8').trim()}`).toString('base64')}`;
  return undefined;
}

/** The `data` of a successful API answer; a rejection with a sentence saying what went wrong otherwise. */
export function getApi<T>(c: Connection, path: string, params: Record<string, string> = {}): Promise<T> {
  const url = new URL(`${c.url.replace(/\/+$/, '')}${path}`);
  for (const [k, v] of Object.entries(params)) url.searchParams.append(k, v);
  const auth = authorization(c);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const tls = url.protocol === 'https:' ? { ...(c.caFile ? { ca: readFileSync(c.caFile) } : {}), rejectUnauthorized: !c.insecureSkipVerify } : {};
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers: { Accept: 'application/json', ...(auth ? { Authorization: auth } : {}) }, timeout: c.timeoutMs, ...tls }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        let parsed: { status?: string; data?: T; error?: string } | undefined;
        try {
          parsed = JSON.parse(body) as typeof parsed;
        } catch {
          // not the API
        }
        if (res.statusCode === 200 && parsed?.status === 'success') resolve(parsed.data as T);
        else reject(new Error(`${url.pathname} answered ${res.statusCode}${parsed?.error ? `: ${parsed.error}` : parsed ? '' : ' with no Prometheus API answer'}`));
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${c.timeoutMs} ms`)));
    req.on('error', (e: NodeJS.ErrnoException) => reject(new Error(e.code ? `${e.code}: ${e.message}` : e.message)));
    req.end();
  });
}
