/**
 * The central bundle of a fleet: a Prometheus with its remote-write receiver (`--web.enable-remote-write-receiver`,
 * cmd/prometheus/main.go @ v3.14.0 and v2.42.0), its compose service, and a README table of the hosts that send to it.
 */
import { PROMETHEUS_IMAGE, retentionInConfigFile } from '../upstream/prometheus.js';
import { blockYaml, finish, headerText, htmlCommentText, markdownCell } from './text.js';
import type { Artifact } from '../types.js';

export interface CentralModel {
  /** The fleet file relative to the central folder, named in every header. */
  sourceName: string;
  port: number;
  retention: string;
  prometheusVersion: string;
  hosts: { name: string; remoteWriteFrom: string }[];
}

export function renderCentral(m: CentralModel): Artifact[] {
  const header = headerText(m.sourceName);
  const prom: Record<string, unknown> = { global: { scrape_interval: '15s' }, scrape_configs: [{ job_name: 'central', static_configs: [{ targets: [`localhost:${m.port}`] }] }] };
  const inFile = retentionInConfigFile(m.prometheusVersion);
  if (inFile) prom.storage = { tsdb: { retention: { time: m.retention } } };
  const command = ['--config.file=/etc/prometheus/prometheus.yml', '--storage.tsdb.path=/prometheus', `--web.listen-address=:${m.port}`, '--web.enable-remote-write-receiver', ...(inFile ? [] : [`--storage.tsdb.retention.time=${m.retention}`])];
  const compose = {
    name: 'obscompile-central',
    services: {
      prometheus: {
        image: PROMETHEUS_IMAGE(m.prometheusVersion),
        command,
        // Every host must reach it: it listens on all interfaces; put it behind your network's access rules.
        ports: [{ target: m.port, published: String(m.port), protocol: 'tcp' }],
        volumes: ['./prometheus.yml:/etc/prometheus/prometheus.yml:ro', './data:/prometheus'],
        restart: 'unless-stopped',
      },
    },
  };
  const rows = m.hosts.map((h) => `| ${markdownCell(h.name)} | ${markdownCell(h.remoteWriteFrom)} |`);
  const readme = [`<!-- ${htmlCommentText(header)} -->`, '# Central store', '', `Prometheus ${m.prometheusVersion} with its remote-write receiver on port ${m.port}, keeping ${m.retention}. Hosts that send to it:`, '', '| Host | Bundle |', '|---|---|', ...rows].join('\n');
  return [
    { name: 'prometheus.yml', path: 'prometheus.yml', content: finish(`# ${header}\n${blockYaml(prom)}`), executable: false },
    { name: 'docker-compose.yml', path: 'docker-compose.yml', content: finish(`# ${header}\n${blockYaml(compose)}`), executable: false },
    { name: 'README.md', path: 'README.md', content: finish(readme), executable: false },
  ];
}
