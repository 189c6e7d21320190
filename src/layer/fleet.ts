/**
 * Fleets: a fleet file lists hosts over a shared base config. Each host's config is layered (src/layer/layer.ts), then
 * validated and checked like a single config, with every diagnostic pointing at the layer that wrote the value.
 */
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { validate as shapeValidator } from '../generated/validate-fleet.js';
import { check } from '../check/index.js';
import { staleFleetModeline } from '../check/modeline.js';
import { valueAt } from '../config/config-path.js';
import { discover } from '../discover/discover.js';
import { layered, type Added, type Layer } from './layer.js';
import { centralDurations, centralGrafanaPassword, centralNotHost, centralPortCollisions, centralReceiverFiles, centralRoutingShared, duplicateHosts } from './fleet-rules.js';
import { HOST_LABEL, centralAlerts, centralTraces, type Central, type FleetSettings } from '../config/fleet-settings.js';

export { HOST_LABEL, centralAlerts, centralTraces, type Central, type FleetSettings };
import { resolveOptions, type Options } from '../options.js';
import { parse } from '../parse/parse.js';
import { place } from '../parse/position.js';
import { major } from '../upstream/version.js';
import { copy } from '../validate/defaults.js';
import { schemaDocument, schemaFindings, validate } from '../validate/validate.js';
import { isPlainMapping } from '../config/plain-data.js';
import { fleetSchemaFile } from '../paths.js';
import { readFileSync } from 'node:fs';
import type { Diagnostic, Finding, ParsedSource, ValidConfig } from '../types.js';

export interface FleetHost {
  name: string;
  /** Values the fleet sets itself on this host, and the fleet-file setting behind each. */
  added: Added[];
  /** The layers of this host's config, bottom (base) first. */
  layers: Layer[];
  source: ParsedSource;
  config?: ValidConfig;
}

export interface FleetAnalysis {
  fleet?: ParsedSource;
  /** The fleet file's own settings, the fleet schema's defaults applied (a copy: the parsed file is not changed). */
  settings?: FleetSettings;
  base?: ParsedSource;
  hosts: FleetHost[];
  diagnostics: Diagnostic[];
  /** Every file's text, for code frames. */
  texts: Map<string, string>;
}

/**
 * What the fleet adds on top of a host's own layers: its `host` label, its `network.hostName` from its `address`,
 * and with a central store the central remote write (after the host's own, so theirs keep their places), the central
 * Alertmanager instead of the host's own and, for a Jaeger 2 host that forwards nowhere else, the central OTLP
 * receiver. The central store is reached over plain HTTP and gRPC: it belongs on the lab's own network. `added`
 * points each value at the fleet-file setting that causes it.
 */
function fleetAdds(fleet: ParsedSource, index: number, host: FleetSettings['hosts'][number], written: unknown, central: Central | undefined): { values: Record<string, unknown>; added: Added[] } {
  const from: Layer = { source: fleet, root: [] };
  const prometheus: Record<string, unknown> = { externalLabels: { [HOST_LABEL]: host.name } };
  const added: Added[] = [{ at: ['prometheus', 'externalLabels', HOST_LABEL], from, path: ['hosts', index, 'name'] }];
  const values: Record<string, unknown> = { prometheus };
  // Where people reach the host: the links of its alerts name it, unless its layers name another.
  if (host.address !== undefined && valueAt(written, ['network', 'hostName']) === undefined) {
    values.network = { hostName: host.address };
    added.push({ at: ['network', 'hostName'], from, path: ['hosts', index, 'address'] });
  }
  if (!central) return { values, added };
  const own = (valueAt(written, ['prometheus', 'remoteWrite']) as unknown[] | undefined) ?? [];
  prometheus.remoteWrite = [...own, { url: `http://${central.address}:${central.port}/api/v1/write`, name: 'central' }];
  added.push({ at: ['prometheus', 'remoteWrite', own.length], from, path: ['central', 'address'] });
  if (central.alertmanager.enabled && valueAt(written, ['alerting', 'enabled']) !== false && valueAt(written, ['prometheus', 'enabled']) !== false) {
    // The hosts' alerts go to the central Alertmanager, after any the layers name; none runs on the hosts.
    const others = (valueAt(written, ['alerting', 'alertmanagers']) as unknown[] | undefined) ?? [];
    values.alerting = { alertmanagers: [...others, centralAlerts(central)] };
    values.alertmanager = { enabled: false };
    added.push({ at: ['alerting', 'alertmanagers', others.length], from, path: ['central', 'alertmanager'] }, { at: ['alertmanager', 'enabled'], from, path: ['central', 'alertmanager'] });
  }
  const jaegerVersion = valueAt(written, ['versions', 'jaeger']);
  const jaeger2 = typeof jaegerVersion !== 'string' || major(jaegerVersion) >= 2;
  const tracing = valueAt(written, ['jaeger', 'enabled']) !== false && valueAt(written, ['jaeger', 'forwardOtlp']) == null;
  if (!central.jaeger.enabled || !jaeger2 || !tracing) return { values, added };
  added.push({ at: ['jaeger', 'forwardOtlp'], from, path: ['central', 'address'] });
  values.jaeger = { forwardOtlp: { endpoint: centralTraces(central), insecure: true } };
  return { values, added };
}

/** Where `build --fleet` writes the bundles: OUTPUT/HOST for each host, OUTPUT/central for the central store. */
export function fleetOutDir(fleet: ParsedSource, settings: FleetSettings): string {
  return resolve(dirname(fleet.absolutePath), settings.output.dir);
}

/** Finds, parses and checks the shape of a fleet file, and reads its base config: the files a fleet is made of. */
export async function loadFleet(partial: Partial<Options> & { fleet: string }): Promise<FleetAnalysis> {
  const options = resolveOptions(partial);
  const result: FleetAnalysis = { hosts: [], diagnostics: [], texts: new Map() };
  const fleet = await load(options, partial.fleet, result);
  if (!fleet) return result;
  result.fleet = fleet;
  const data = copy(fleet.data) as FleetSettings;
  const shape = await place(fleet, shapeFindings(data));
  if (shape.length) return { ...result, diagnostics: shape };
  result.settings = data;
  const before = result.diagnostics.length;
  const base = await load(options, isAbsolute(data.base) ? data.base : join(dirname(fleet.path), data.base), result);
  if (base) result.base = base;
  // A base that is not there is the fleet file's mistake: shown at its `base:` value, not at line 1 of no file.
  const missing = result.diagnostics.findIndex((d, i) => i >= before && d.code === 'OBS_CONFIG_NOT_FOUND');
  if (missing !== -1) {
    const [placed] = await place(fleet, [{ at: ['base'], code: 'OBS_CONFIG_NOT_FOUND', message: `\`base: ${data.base}\`: ${result.diagnostics[missing]!.message}`, hint: 'the path is relative to the fleet file: point `base:` at the config the hosts share' }]);
    result.diagnostics[missing] = placed!;
  }
  return result;
}

/** The fleet's files (loadFleet), then every host layered, validated and checked. */
export async function analyzeFleet(partial: Partial<Options> & { fleet: string }): Promise<FleetAnalysis> {
  return analyzeHosts(await loadFleet(partial));
}

/**
 * Every host of a loaded fleet layered, validated and checked, in fleet order; `each` is called with each host as
 * soon as it is checked (a build renders it then, while what its checks derived is at hand), with the diagnostics
 * so far, and returns more (a renderer's). The checks across hosts come last.
 */
export async function analyzeHosts(result: FleetAnalysis, each?: (host: FleetHost, diagnostics: readonly Diagnostic[]) => Promise<readonly Diagnostic[]>): Promise<FleetAnalysis> {
  const { fleet, settings: data, base } = result;
  if (!fleet || !data || !base) return result;
  result.diagnostics.push(...(await place(fleet, [...duplicateHosts(data), ...centralPortCollisions(data.central), ...centralDurations(data.central), ...centralGrafanaPassword(data.central)])));
  const sharedBy = new Map<string, string[]>();
  for (const [i, host] of data.hosts.entries()) {
    const before = result.diagnostics.length;
    const layers: Layer[] = [{ source: base, root: [] }, ...(data.common ? [{ source: fleet, root: ['common'] }] : []), { source: fleet, root: ['hosts', i, 'config'] }];
    // The layers as written, merged once: what they set themselves, before the fleet adds its own values.
    const written = layered(layers, base.path);
    const labels = valueAt(written.data, ['prometheus', 'externalLabels']);
    if (labels && typeof labels === 'object' && HOST_LABEL in labels) {
      result.diagnostics.push(...(await place(written, [{ at: ['prometheus', 'externalLabels', HOST_LABEL], target: 'key', code: 'OBS_RESERVED_NAME', message: `external label \`${HOST_LABEL}\` is set by the fleet to each host's name`, hint: `remove \`${HOST_LABEL}\` from \`prometheus.externalLabels\`; hosts are told apart by it in the central store` }])));
    }
    const adds = fleetAdds(fleet, i, host, written.data, data.central);
    const source = layered(layers, base.path, adds.values, adds.added);
    const validated = await validate(source);
    const entry: FleetHost = { name: host.name, added: adds.added, layers, source };
    if (validated.value) {
      entry.config = validated.value;
      result.diagnostics.push(...(await check(validated.value, source)), ...(await place(fleet, centralNotHost(data.central, i, host.name, validated.value))));
    } else result.diagnostics.push(...validated.diagnostics);
    result.hosts.push(entry);
    if (each) result.diagnostics.push(...(await each(entry, result.diagnostics)));
    for (const d of result.diagnostics.slice(before)) if (await inSharedLayer(d, base, fleet)) sharedBy.set(keyOf(d), [...(sharedBy.get(keyOf(d)) ?? []), host.name]);
  }
  const configs = result.hosts.map((h) => h.config);
  result.diagnostics.push(...(await place(fleet, [...centralRoutingShared(data, configs), ...centralReceiverFiles(data, configs)])));
  // The base config's editor modeline, against the schema copies the hosts' bundles get.
  result.diagnostics.push(...(await staleFleetModeline(base, data.hosts.map((h) => join(fleetOutDir(fleet, data), h.name)))));
  result.diagnostics = dedupe(result.diagnostics).map((d) => forHosts(d, sharedBy.get(keyOf(d)), data.hosts.length));
  return result;
}

/** Whether a host's diagnostic stands in a layer every host shares (the base, the fleet's `common`), not its own. */
async function inSharedLayer(d: Diagnostic, base: ParsedSource, fleet: ParsedSource): Promise<boolean> {
  if (d.file === base.path) return true;
  if (d.file !== fleet.path) return false;
  // In the fleet file, only `common` is shared: a fleet setting's own finding (a central address) names its host.
  const positioned = await fleet.positioned();
  if (!positioned.has(['common'])) return false;
  const [start, end] = positioned.locate(['common']);
  return d.range[0] >= start && d.range[0] < end;
}

/**
 * A diagnostic in a shared layer that only some hosts have (a value of the base that one host's engine cannot take)
 * names them: the place alone does not say which host to look at. One all hosts have is the shared layer's own.
 */
function forHosts(d: Diagnostic, hosts: readonly string[] | undefined, of: number): Diagnostic {
  if (!hosts || hosts.length >= of) return d;
  const names = hosts.length > 5 ? `${hosts.slice(0, 5).join(', ')} and ${hosts.length - 5} more` : hosts.join(', ');
  const only = `for ${hosts.length === 1 ? 'that host' : 'those hosts'} alone, write the key in ${hosts.length === 1 ? 'its' : 'their'} \`config:\` (\`null\` there removes the base's value)`;
  return { ...d, message: `${hosts.length === 1 ? 'host' : 'hosts'} ${names}: ${d.message}`, hint: d.hint ? `${d.hint}; ${only}` : only };
}

async function load(options: Options, file: string, into: FleetAnalysis): Promise<ParsedSource | undefined> {
  const found = await discover({ cwd: options.cwd, configPath: file, maxBytes: options.maxConfigBytes });
  if (!found.value) return void into.diagnostics.push(...found.diagnostics);
  into.texts.set(found.value.path, found.value.text);
  const parsed = await parse(found.value);
  if (!parsed.value) return void into.diagnostics.push(...parsed.diagnostics);
  return parsed.value;
}

/**
 * The fleet file against schema/fleet.schema.json (precompiled: src/generated/validate-fleet.js), whose defaults go
 * into `data`. The overrides under `common` and `config` are only checked to be mappings here: once layered, each
 * host's config goes through the config validator, whose diagnostics point into the layer that wrote the value.
 */
function shapeFindings(data: unknown): Finding[] {
  if (shapeValidator(data)) return [];
  const asConfig = configFile(data);
  if (asConfig) return [asConfig];
  // Worded as the config's are (a near miss for a misspelt key, the schema's description of a value).
  fleetSchema ??= JSON.parse(readFileSync(fleetSchemaFile(), 'utf8')) as Record<string, unknown>;
  return schemaFindings(shapeValidator.errors ?? [], data, fleetSchema);
}

/**
 * A config given as a fleet file (`--fleet observability.config.yaml`): said once, with the flag that reads it, not
 * as a missing `base` and one unknown key per section. Asked only of a file the fleet schema refused.
 */
function configFile(data: unknown): Finding | undefined {
  if (!isPlainMapping(data) || 'base' in data || 'hosts' in data) return undefined;
  const sections = schemaDocument().properties as Record<string, unknown>;
  const configKeys = Object.keys(data).filter((k) => k !== 'version' && Object.hasOwn(sections, k));
  if (!configKeys.length) return undefined;
  return {
    at: [configKeys[0]!],
    target: 'key',
    code: 'OBS_CONFIG_AS_FLEET',
    message: `this is a config (it has \`${configKeys[0]}:\` and no \`base:\` or \`hosts:\`), not a fleet file`,
    hint: 'pass it with `--config` instead of `--fleet`; a fleet file names such a config as its `base:` and lists `hosts:`',
  };
}

/** The fleet schema, read only when there is something to explain. */
let fleetSchema: Record<string, unknown> | undefined;

/** Diagnostics of several hosts with the same key are one finding. */
const keyOf = (d: Diagnostic) => `${d.file}\0${d.range[0]}\0${d.code}\0${d.message}`;

/** A base-config problem is reported once, not once per host; the rest in file order. */
function dedupe(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list
    .filter((d) => (seen.has(keyOf(d)) ? false : (seen.add(keyOf(d)), true)))
    .sort((a, b) => (a.file === b.file ? a.range[0] - b.range[0] : a.file < b.file ? -1 : 1));
}
