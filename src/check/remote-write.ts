/** Remote-write rules: a Prometheus never writes to itself. */
import { at, type Rule } from './rule.js';
import type { Finding } from '../types.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '0.0.0.0', '[::]']);

/** A remote-write URL naming this Prometheus would loop every sample back into it, and nothing would reach the central store. */
export const remoteWriteNotSelf: Rule = {
  code: 'OBS_REMOTE_WRITE_SELF',
  title: 'Remote write never points at the Prometheus that sends it',
  check(config) {
    const p = config.prometheus;
    const out: Finding[] = [];
    p.remoteWrite.forEach((r, i) => {
      let url: URL;
      try {
        url = new URL(r.url);
      } catch {
        return;
      }
      const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
      if (!LOOPBACK.has(url.hostname) || port !== p.port) return;
      out.push(at(['prometheus', 'remoteWrite', i, 'url'], {
        code: 'OBS_REMOTE_WRITE_SELF',
        message: `remote write to \`${r.url}\` is this Prometheus itself (port ${p.port} on this machine)`,
        hint: 'point it at the central store, as its hosts reach it (its address and port)',
      }));
    });
    return out;
  },
};
