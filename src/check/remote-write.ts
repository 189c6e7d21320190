/** Where the stack sends data: remote-write URLs Prometheus can use, and no loop back into the sender. */
import { at, type Rule } from './rule.js';
import type { Finding, ValidConfig } from '../types.js';

/** A URL as Prometheus reads it (Go's net/url): scheme, host, optional port, and whether it carries a user:password. */
export interface ParsedUrl {
  host: string;
  port: number;
  userinfo: boolean;
}

/** A host name, or an IPv6 address in brackets with an optional zone after `%25` (`[fe80::1%25eth0]`: Go's parseHost). */
const HOST = /^(?:[A-Za-z0-9_~-]+(?:\.[A-Za-z0-9_~-]+)*\.?|\[[0-9A-Fa-f:.]+(?:%25(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+)?\])$/;

/** The parts of an http(s) URL, or what is wrong with it. */
export function parseUrl(url: string): ParsedUrl | string {
  // Go's net/url refuses an ASCII control character anywhere ("invalid control character in URL").
  const control = /[\x00-\x1f\x7f]/.exec(url)?.[0];
  if (control !== undefined) return `it holds a control character (U+${control.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}), which Go's net/url refuses in any URL`;
  const m = /^(https?):\/\/(?:([^@/?#]*)@)?(\[[^\]]*\]|[^/?#:]*)(?::([^/?#]*))?(?:[/?#].*)?$/.exec(url);
  if (!m) return 'it is not an http:// or https:// URL';
  const [, scheme, userinfo, host = '', port] = m;
  if (!HOST.test(host)) return `its host \`${host}\` is not a host name or an IP address`;
  if (port !== undefined && !(/^[0-9]{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) return `its port \`${port}\` is not a number from 1 to 65535`;
  // Go unescapes the host, path and fragment, and keeps the query as written (url.Parse: RawQuery is not checked); a
  // space is refused in the user info (validUserinfo) and sent escaped in the path.
  if (/\s/.test(userinfo ?? '') || /%(?![0-9A-Fa-f]{2})/.test(url.replace(/\?[^#]*/, ''))) return 'it has a space in its user part or a bad %-escape';
  return { host: host.toLowerCase(), port: port ? Number(port) : scheme === 'https' ? 443 : 80, userinfo: userinfo !== undefined };
}

/** True when `host` names the machine itself (loopback, any address, or the dev container's own service name). */
export function isSelf(host: string, config: ValidConfig): boolean {
  const h = host.replace(/\.$/, '').toLowerCase();
  return h === 'localhost' || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '0.0.0.0' || h === '[::1]' || h === '[::]' || h === '::1' || h === '::' || h === config.container.service.toLowerCase();
}

/** Remote-write entries are URLs Prometheus parses, with at most one way to authenticate, unique names, and no password inside. */
export const remoteWriteValid: Rule = {
  code: 'OBS_REMOTE_WRITE_INVALID',
  title: 'Remote-write entries are URLs Prometheus accepts, with one kind of credentials, read from files, and unique names',
  check(config) {
    const out: Finding[] = [];
    const names = new Map<string, number>();
    config.prometheus.remoteWrite.forEach((r, i) => {
      const url = parseUrl(r.url);
      if (typeof url === 'string') {
        out.push(at(['prometheus', 'remoteWrite', i, 'url'], { code: 'OBS_REMOTE_WRITE_INVALID', message: `remote-write URL \`${r.url}\` cannot be used: ${url}`, hint: 'write it as https://HOST[:PORT]/PATH, such as https://metrics.example.com/api/v1/write' }));
      } else if (url.userinfo) {
        out.push(at(['prometheus', 'remoteWrite', i, 'url'], { code: 'OBS_LITERAL_SECRET', message: 'the remote-write URL carries credentials (`user:password@`), which would be written into prometheus.yml', hint: 'remove them from the URL; use `basicAuth` with a `passwordFile`, or `bearerTokenFile`' }));
      }
      if (r.basicAuth && r.bearerTokenFile) {
        out.push(at(['prometheus', 'remoteWrite', i, 'bearerTokenFile'], { code: 'OBS_REMOTE_WRITE_INVALID', message: 'remote write can authenticate one way only: both `basicAuth` and `bearerTokenFile` are set', hint: 'keep one of the two (Prometheus refuses both: "at most one of basic_auth, oauth2 & authorization")' }, 'key'));
      }
      // prometheus/common config/http_config.go (TLSConfig): a client certificate needs its key, and a key its certificate.
      if (r.tls && (r.tls.certFile === undefined) !== (r.tls.keyFile === undefined)) {
        const [given, missing] = r.tls.certFile !== undefined ? (['certFile', 'keyFile'] as const) : (['keyFile', 'certFile'] as const);
        out.push(at(['prometheus', 'remoteWrite', i, 'tls', given], { code: 'OBS_REMOTE_WRITE_INVALID', message: `remote-write TLS has a client ${given === 'certFile' ? 'certificate' : 'key'} (\`${given}\`) without its ${missing === 'keyFile' ? 'key' : 'certificate'} (\`${missing}\`): Prometheus refuses to start with one alone`, hint: `give both \`certFile\` and \`keyFile\` for a client certificate, or neither` }, 'key'));
      }
      // storage/remote/write.go @ v3.14.0 (ApplyConfig): two remote-write configs alike once Prometheus has filled in its
      // defaults hash alike, and it refuses to start ("duplicate remote write configs are not allowed"). Which settings
      // are its defaults is Prometheus's to say: two unnamed entries for one URL are refused, a name of its own tells
      // them apart (and sending the same samples twice to one place is seldom meant).
      const same = r.name === undefined ? config.prometheus.remoteWrite.findIndex((o, j) => j < i && o.name === undefined && o.url === r.url) : -1;
      if (same !== -1) {
        out.push(at(['prometheus', 'remoteWrite', i, 'url'], { code: 'OBS_REMOTE_WRITE_INVALID', message: `remoteWrite[${i}] sends to the same URL as remoteWrite[${same}], and neither has a name: Prometheus refuses two remote-write configs alike once its defaults are filled in, and does not start`, hint: 'remove one of them; to send to the same URL twice on purpose, give each a `name` of its own' }));
      }
      if (r.name !== undefined) {
        const earlier = names.get(r.name);
        if (earlier !== undefined) out.push(at(['prometheus', 'remoteWrite', i, 'name'], { code: 'OBS_REMOTE_WRITE_INVALID', message: `remote-write name \`${r.name}\` is already used by remoteWrite[${earlier}]`, hint: 'give every remote-write queue its own name (Prometheus refuses duplicates)' }));
        else names.set(r.name, i);
      }
    });
    return out;
  },
};

/** A remote-write URL naming this Prometheus would loop every sample back into it, and nothing would reach the central store. */
export const remoteWriteNotSelf: Rule = {
  code: 'OBS_REMOTE_WRITE_SELF',
  title: 'Remote write never points at the Prometheus that sends it',
  check(config) {
    const p = config.prometheus;
    const out: Finding[] = [];
    p.remoteWrite.forEach((r, i) => {
      const url = parseUrl(r.url);
      if (typeof url === 'string' || url.port !== p.port || !isSelf(url.host, config)) return;
      out.push(at(['prometheus', 'remoteWrite', i, 'url'], {
        code: 'OBS_REMOTE_WRITE_SELF',
        message: `remote write to \`${r.url}\` is this Prometheus itself (port ${p.port} of the dev container)`,
        hint: 'point it at the central store, as its hosts reach it (its address and port)',
      }));
    });
    return out;
  },
};

/** Jaeger's forwarding endpoint is a usable host:port, and not Jaeger's own OTLP receiver. */
export const forwardNotSelf: Rule = {
  code: 'OBS_REMOTE_WRITE_SELF',
  title: "Jaeger forwards traces to a port that exists, and never to its own OTLP receiver",
  check(config) {
    const f = config.jaeger.forwardOtlp;
    if (!config.jaeger.enabled || !f) return [];
    const colon = f.endpoint.lastIndexOf(':');
    const host = f.endpoint.slice(0, colon);
    const port = Number(f.endpoint.slice(colon + 1));
    const where = ['jaeger', 'forwardOtlp', 'endpoint'];
    if (!(port >= 1 && port <= 65535)) return [at(where, { code: 'OBS_REMOTE_WRITE_INVALID', message: `forwarding endpoint \`${f.endpoint}\` has port ${port}, outside 1 to 65535`, hint: 'use the central receiver\'s OTLP gRPC port, usually 4317' })];
    if (isSelf(host, config) && (port === config.jaeger.otlpGrpcPort || port === config.jaeger.otlpHttpPort)) {
      return [at(where, { code: 'OBS_REMOTE_WRITE_SELF', message: `forwarding endpoint \`${f.endpoint}\` is this Jaeger's own OTLP receiver: every trace would loop back into it`, hint: 'point it at the central OTLP receiver, as this host reaches it' })];
    }
    return [];
  },
};
