/** The telemetry daemons init-run.sh starts, as data: binary names, environment and arguments per configured version. */
import { ALERTMANAGER_FLAGS, ALERTMANAGER_NAMES } from '../upstream/alertmanager.js';
import { DCGM_FLAGS, HOSTENGINE_ADDRESS, HOSTENGINE_FLAGS, HOSTENGINE_PORT } from '../upstream/dcgm.js';
import { jaegerDaemon } from '../upstream/jaeger.js';
import { NODE_EXPORTER_NAMES, PROMETHEUS_WEB_FLAGS, needsExpandFlag, retention } from '../upstream/prometheus.js';
import { externalUrl, externalUrlFlags } from '../config/external-url.js';
import { launchTimeServed } from '../config/components.js';
import { generatedFile, listen, variable as v, type Daemon, type ShellWord } from '../upstream/daemon-command.js';
import type { ValidConfig } from '../types.js';
import { durationMs } from '../config/duration.js';

export type { Daemon, ShellWord } from '../upstream/daemon-command.js';

function prometheus(config: ValidConfig): Daemon {
  const p = config.prometheus;
  const version = config.versions.prometheus;
  const args: ShellWord[] = [['--config.file=', ...generatedFile('prometheus.yml')], ['--storage.tsdb.path=', v('PROMETHEUS_DATA_DIR')]];
  args.push(...retention(version, p.retention, p.retentionSize).flags.map((flag) => [flag]));
  args.push(listen('--web.listen-address', p.port));
  args.push(...externalUrlFlags(externalUrl(p.externalUrl, config.network, p.port), PROMETHEUS_WEB_FLAGS).map((flag) => [flag]));
  if (needsExpandFlag(version)) args.push(['--enable-feature=expand-external-labels']);
  return { name: 'prometheus', binaries: ['prometheus'], env: {}, args };
}

/**
 * node_exporter, reading the folder launch-model.sh writes the model server's launch time to, when there is one
 * (`--collector.textfile.directory`: collector/textfile.go @ v1.12.1, 1.5.0 in Debian; unset, it reads none).
 */
const nodeExporter = (config: ValidConfig): Daemon => ({
  name: 'node_exporter',
  binaries: NODE_EXPORTER_NAMES,
  env: {},
  args: [listen('--web.listen-address', config.exporters.nodeExporter.port), ...(launchTimeServed(config) ? [['--collector.textfile.directory=', v('TEXTFILE_DIR')]] : [])],
});

/** The one DCGM host engine of the container, in the foreground of its own process so init-run.sh knows its pid. */
const hostEngine = (): Daemon => ({
  name: 'nv-hostengine',
  binaries: ['nv-hostengine'],
  env: {},
  args: [[HOSTENGINE_FLAGS.foreground], [HOSTENGINE_FLAGS.bind], [HOSTENGINE_ADDRESS], [HOSTENGINE_FLAGS.port], [String(HOSTENGINE_PORT)]],
  waitForPort: `${HOSTENGINE_ADDRESS}:${HOSTENGINE_PORT}`,
});

/**
 * dcgm-exporter against the one nv-hostengine init-run.sh started, never an embedded second host engine, collecting
 * as often as Prometheus scrapes it (its job takes the global interval): at its default of every 30 seconds, every
 * other 15-second scrape repeats the last values, and a rate over a minute of its throttling counters swings around
 * the truth.
 */
const dcgmExporter = (config: ValidConfig): Daemon => ({
  name: 'dcgm-exporter',
  binaries: ['dcgm-exporter'],
  env: {},
  args: [[DCGM_FLAGS.collectors], generatedFile('dcgm-collectors.csv'), [DCGM_FLAGS.address], [v('BIND_ADDRESS'), `:${config.exporters.dcgmExporter.port}`], [DCGM_FLAGS.remoteHostengine], [`${HOSTENGINE_ADDRESS}:${HOSTENGINE_PORT}`], [DCGM_FLAGS.collectInterval], [String(durationMs(config.prometheus.scrapeInterval))]],
});

/**
 * Alertmanager with its data under the run's folder, without the HA gossip listener (src/upstream/alertmanager.ts),
 * its links naming where people open it.
 */
const alertmanager = (config: ValidConfig): Daemon => ({
  name: 'alertmanager',
  binaries: ALERTMANAGER_NAMES,
  env: {},
  args: [
    [`${ALERTMANAGER_FLAGS.config}=`, ...generatedFile('alertmanager.yml')],
    [`${ALERTMANAGER_FLAGS.storage}=`, v('ALERTMANAGER_DATA_DIR')],
    listen(ALERTMANAGER_FLAGS.listen, config.alertmanager.port),
    [`${ALERTMANAGER_FLAGS.cluster}=`],
    ...externalUrlFlags(externalUrl(config.alertmanager.externalUrl, config.network, config.alertmanager.port), ALERTMANAGER_FLAGS).map((flag) => [flag]),
  ],
});

/** Every enabled daemon, in start order: nv-hostengine first (seed 000: the daemons start after nv-hostengine). */
export function daemons(config: ValidConfig): Daemon[] {
  const { prometheus: p, jaeger: j, exporters: e } = config;
  const dcgm = e.dcgmExporter.enabled;
  const list: (Daemon | false)[] = [dcgm && hostEngine(), config.alertmanager.enabled && alertmanager(config), p.enabled && prometheus(config), j.enabled && jaegerDaemon(config), e.nodeExporter.enabled && nodeExporter(config), dcgm && dcgmExporter(config)];
  return list.filter((d): d is Daemon => d !== false);
}
