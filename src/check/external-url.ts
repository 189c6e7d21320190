/**
 * The URLs people open Prometheus and Alertmanager at (`externalUrl`) are ones the daemons parse (Go's net/url, as for
 * remote write: a host it refuses stops the daemon at its start). The schema has already refused credentials, a query
 * and a fragment.
 */
import { at, type Rule } from './rule.js';
import { parseUrl } from './remote-write.js';
import type { ConfigPath, Finding } from '../types.js';

export const externalUrlsParse: Rule = {
  code: 'OBS_EXTERNAL_URL',
  title: 'The URLs people open Prometheus and Alertmanager at are ones the daemons parse',
  check(config) {
    const out: Finding[] = [];
    const given: [ConfigPath, string | undefined, boolean][] = [
      [['prometheus', 'externalUrl'], config.prometheus.externalUrl, config.prometheus.enabled],
      [['alertmanager', 'externalUrl'], config.alertmanager.externalUrl, config.alertmanager.enabled],
    ];
    for (const [path, url, runs] of given) {
      if (url === undefined || !runs) continue;
      const parsed = parseUrl(url);
      if (typeof parsed === 'string') out.push(at(path, { code: 'OBS_EXTERNAL_URL', message: `\`${url}\` cannot be used: ${parsed}`, hint: 'write it as http(s)://HOST[:PORT]/[PATH], such as https://prometheus.lab.example.com/' }));
    }
    return out;
  },
};
