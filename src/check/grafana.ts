/**
 * Grafana: it starts (an admin password from a file, never a literal), it has something to show (Prometheus), and it
 * reaches Prometheus, which it queries from its own Compose service over the network.
 */
import { at, type Rule } from './rule.js';
import type { Finding } from '../types.js';

export const grafanaUsable: Rule = {
  code: 'OBS_GRAFANA',
  title: 'Grafana has an admin password file, a Prometheus to read, and reaches it over the Compose network',
  check(config, { written }) {
    const g = config.grafana;
    if (!g.enabled) return [];
    const out: Finding[] = [];
    // The service is provisioned with the dashboards: they are written whatever `dashboards` says.
    if (!g.dashboards && written(['grafana', 'dashboards'])) {
      out.push(at(['grafana', 'dashboards'], { severity: 'warning', code: 'OBS_SETTING_UNUSED', message: '`grafana.dashboards: false` has no effect while Grafana runs: its service is provisioned with the dashboards, so they are written', hint: 'remove `dashboards: false`, or set `grafana.enabled: false` to write neither' }));
    }
    if (!g.adminPasswordFile) {
      out.push(at(['grafana', 'enabled'], { code: 'OBS_GRAFANA', message: "Grafana needs its admin user's password, read from a file", hint: 'set `grafana.adminPasswordFile` to a file on the host that holds the password (keep it out of git)' }));
    }
    if (!config.prometheus.enabled) out.push(at(['grafana', 'enabled'], { code: 'OBS_GRAFANA', message: 'Grafana shows what Prometheus stores, and Prometheus is disabled', hint: 'turn `prometheus.enabled` on, or `grafana.enabled` off' }));
    else if (config.network.bindAddress === '127.0.0.1') {
      out.push(at(['network', 'bindAddress'], { code: 'OBS_GRAFANA', message: `Prometheus listens on ${config.network.bindAddress} only, but Grafana queries it from its own Compose service`, hint: 'use `0.0.0.0` (published ports stay on `network.publishAddress`), or turn `grafana.enabled` off' }));
    }
    return out;
  },
};
