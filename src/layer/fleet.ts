/**
 * Fleets: a fleet file lists hosts over a shared base config. Each host's config is layered (src/layer/layer.ts), then
 * validated and checked like a single config, with every diagnostic pointing at the layer that wrote the value.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createAjv } from '../validate/ajv-options.js';
import { check } from '../check/index.js';
import { fromPointer, valueAt } from '../config/config-path.js';
import { discover } from '../discover/discover.js';
import { layered, type Layer } from './layer.js';
import { resolveOptions, type Options } from '../options.js';
import { parse } from '../parse/parse.js';
import { fleetSchemaFile } from '../paths.js';
import { place } from '../parse/position.js';
import { major } from '../upstream/version.js';
import { copy } from '../validate/defaults.js';
import { validate } from '../validate/validate.js';
import type { ConfigPath, Diagnostic, Finding, ParsedSource, ValidConfig } from '../types.js';

export interface FleetHost {
  name: string;
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

/** A fleet file once its shape is checked and the schema's defaults are in. */
export interface FleetSettings {
  base: string;
  output: { dir: string };
  central?: Central;
  common?: Record<string, unknown>;
  hosts: { name: string; config?: Record<string, unknown> }[];
}

/** The external label every host's Prometheus carries, with the host's name (beside `container_run`). */
export const HOST_LABEL = 'host';

/** The central Jaeger: OTLP in, badger storage, its UI. */
export interface CentralJaeger {
  enabled: boolean;
  otlpGrpcPort: number;
  otlpHttpPort: number;
  uiPort: number;
  /** badger `ttl.spans`, a Go duration. */
  retention: string;
}

/** The central store's settings. */
export interface Central {
  address: string;
  port: number;
  retention: string;
  storage: string;
  jaeger: CentralJaeger;
}

/** The central Jaeger's OTLP gRPC endpoint as the hosts reach it. */
export const centralTraces = (c: Central): string => `${c.address}:${c.jaeger.otlpGrpcPort}`;

/**
 * What the fleet adds on top of a host's own layers: its `host` label, and with a central store the central
 * remote write (before the host's own) and, for a Jaeger 2 host that forwards nowhere else, the central OTLP receiver.
 * The central store is reached over plain HTTP and gRPC: it belongs on the lab's own network.
 */
function fleetAdds(name: string, written: unknown, central: Central | undefined): Record<string, unknown> {
  const prometheus: Record<string, unknown> = { externalLabels: { [HOST_LABEL]: name } };
  if (!central) return { prometheus };
  const own = (valueAt(written, ['prometheus', 'remoteWrite']) as unknown[] | undefined) ?? [];
  prometheus.remoteWrite = [{ url: `http://${central.address}:${central.port}/api/v1/write`, name: 'central' }, ...own];
  const jaegerVersion = valueAt(written, ['versions', 'jaeger']);
  const jaeger2 = typeof jaegerVersion !== 'string' || major(jaegerVersion) >= 2;
  const tracing = valueAt(written, ['jaeger', 'enabled']) !== false && valueAt(written, ['jaeger', 'forwardOtlp']) == null;
  if (!central.jaeger.enabled || !jaeger2 || !tracing) return { prometheus };
  return { prometheus, jaeger: { forwardOtlp: { endpoint: centralTraces(central), insecure: true } } };
}

/** Where `build --fleet` writes the bundles: OUTPUT/HOST for each host, OUTPUT/central for the central store. */
export function fleetOutDir(fleet: ParsedSource, settings: FleetSettings): string {
  return resolve(dirname(fleet.absolutePath), settings.output.dir);
}

/** Finds, parses and checks the shape of a fleet file, then layers, validates and checks every host. */
export async function analyzeFleet(partial: Partial<Options> & { fleet: string }): Promise<FleetAnalysis> {
  const options = resolveOptions(partial);
  const result: FleetAnalysis = { hosts: [], diagnostics: [], texts: new Map() };
  const fleet = await load(options, partial.fleet, result);
  if (!fleet) return result;
  result.fleet = fleet;
  const data = copy(fleet.data) as FleetSettings;
  const shape = await place(fleet, shapeFindings(data));
  if (shape.length) return { ...result, diagnostics: shape };
  result.settings = data;
  const base = await load(options, join(dirname(fleet.path), data.base), result);
  if (!base) return result;
  result.base = base;
  result.diagnostics.push(...(await place(fleet, [...duplicateHosts(data), ...centralPortCollisions(data.central)])));
  for (const [i, host] of data.hosts.entries()) {
    const layers: Layer[] = [{ source: base, root: [] }, ...(data.common ? [{ source: fleet, root: ['common'] }] : []), { source: fleet, root: ['hosts', i, 'config'] }];
    // The layers as written, merged once: what they set themselves, before the fleet adds its own values.
    const written = layered(layers, base.path);
    const labels = valueAt(written.data, ['prometheus', 'externalLabels']);
    if (labels && typeof labels === 'object' && HOST_LABEL in labels) {
      result.diagnostics.push(...(await place(written, [{ at: ['prometheus', 'externalLabels', HOST_LABEL], target: 'key', code: 'OBS_RESERVED_NAME', message: `external label \`${HOST_LABEL}\` is set by the fleet to each host's name`, hint: `remove \`${HOST_LABEL}\` from \`prometheus.externalLabels\`; hosts are told apart by it in the central store` }])));
    }
    const source = layered(layers, base.path, fleetAdds(host.name, written.data, data.central));
    const validated = await validate(source);
    const entry: FleetHost = { name: host.name, layers, source };
    if (validated.value) {
      entry.config = validated.value;
      result.diagnostics.push(...(await check(validated.value, source)));
    } else result.diagnostics.push(...validated.diagnostics);
    result.hosts.push(entry);
  }
  result.diagnostics = dedupe(result.diagnostics);
  return result;
}

async function load(options: Options, file: string, into: FleetAnalysis): Promise<ParsedSource | undefined> {
  const found = await discover({ cwd: options.cwd, configPath: file, maxBytes: options.maxConfigBytes });
  if (!found.value) return void into.diagnostics.push(...found.diagnostics);
  into.texts.set(found.value.path, found.value.text);
  const parsed = await parse(found.value);
  if (!parsed.value) return void into.diagnostics.push(...parsed.diagnostics);
  return parsed.value;
}

let shapeValidator: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;

/**
 * The fleet file against schema/fleet.schema.json (compiled when a fleet is first read: fleets are rare), whose
 * defaults go into `data`. The
 * overrides under `common` and `config` are only checked to be mappings here: once layered, each host's config goes
 * through the config validator, whose diagnostics point into the layer that wrote the value.
 */
function shapeFindings(data: unknown): Finding[] {
  if (!shapeValidator) {
    const schema = JSON.parse(readFileSync(fleetSchemaFile(), 'utf8'));
    shapeValidator = createAjv().compile({ ...schema, definitions: { overrides: { type: 'object' } } });
  }
  if (shapeValidator(data)) return [];
  return (shapeValidator.errors ?? []).map((e): Finding => {
    const at = fromPointer(e.instancePath);
    if (e.keyword === 'additionalProperties') return { at: [...at, String(e.params.additionalProperty)], target: 'key', code: 'OBS_SCHEMA_UNKNOWN_KEY', message: `unknown key \`${String(e.params.additionalProperty)}\` in the fleet file`, hint: 'a fleet file has `version`, `base` and `hosts`; each host `name` and `config`' };
    if (e.keyword === 'required') return { at, code: 'OBS_SCHEMA_REQUIRED', message: `missing required key \`${String(e.params.missingProperty)}\` in the fleet file`, hint: 'see `schema/fleet.schema.json`' };
    return { at, code: 'OBS_SCHEMA_INVALID', message: `fleet file: \`${e.instancePath || '/'}\` ${e.message ?? 'is invalid'}`, hint: 'see `schema/fleet.schema.json`' };
  });
}

/** Host names are unique: each becomes the `host` label of its series in the central store. */
function duplicateHosts(data: FleetSettings): Finding[] {
  const seen = new Map<string, number>();
  const out: Finding[] = [];
  data.hosts.forEach((h, i) => {
    if (data.central && h.name === 'central') {
      out.push({ at: ['hosts', i, 'name'], code: 'OBS_RESERVED_NAME', message: 'host name `central` is the folder of the central store', hint: 'give the host another name' });
    }
    const first = seen.get(h.name);
    if (first === undefined) seen.set(h.name, i);
    else out.push({ at: ['hosts', i, 'name'], code: 'OBS_RESERVED_NAME', message: `host \`${h.name}\` is listed twice (hosts[${first}] and hosts[${i}]); their series would collide in the central store`, hint: 'give every host its own name' });
  });
  return out;
}

/** The central store's services publish their ports on one machine: each port once. */
function centralPortCollisions(c: Central | undefined): Finding[] {
  if (!c) return [];
  const ports: [ConfigPath, number][] = [[['central', 'port'], c.port]];
  if (c.jaeger.enabled) for (const key of ['otlpGrpcPort', 'otlpHttpPort', 'uiPort'] as const) ports.push([['central', 'jaeger', key], c.jaeger[key]]);
  const seen = new Map<number, ConfigPath>();
  const out: Finding[] = [];
  for (const [at, port] of ports) {
    const first = seen.get(port);
    if (!first) seen.set(port, at);
    else out.push({ at, code: 'OBS_PORT_COLLISION', message: `port ${port} of \`${at.join('.')}\` is already taken by \`${first.join('.')}\` on the central store`, hint: 'give each central service its own port' });
  }
  return out;
}

/** A base-config problem is reported once, not once per host; the rest in file order. */
function dedupe(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list
    .filter((d) => {
      const key = `${d.file}\0${d.range[0]}\0${d.code}\0${d.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => (a.file === b.file ? a.range[0] - b.range[0] : a.file < b.file ? -1 : 1));
}
