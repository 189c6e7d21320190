/** `obscompile explain PATH`: a config value as obscompile resolved it, where it was written, and what it overrode. */
import { join, relative } from 'node:path';
import { analyze } from '../../analyze.js';
import { displayPath, fromDisplay, valueAt } from '../../config/config-path.js';
import { schemaAt, schemaDocument } from '../../validate/validate.js';
import { didYouMean } from '../../validate/errors.js';
import { removedAt, writers, type Added, type Layer } from '../../layer/layer.js';
import { EXIT, type Io } from '../io.js';
import { exitFor, report, type CommonOptions } from './report.js';
import { usageDiagnostic } from '../../diagnostics/make.js';
import { followsEngine } from '../../validate/engine-defaults.js';
import { ENGINE_TITLE, engineOf } from '../../config/engine.js';
import { samePlainData } from '../../config/plain-data.js';
import { ruleShapes } from '../../alerts/index.js';
import type { ConfigPath, Diagnostic, ValidConfig } from '../../types.js';

interface ExplainOptions extends CommonOptions {
  host?: string;
}

/** `file:line:col` of `path` in a layer. */
async function where(layer: Layer, path: ConfigPath, target: 'key' | 'value' = 'value'): Promise<string> {
  const at = await layer.source.positioned();
  const pos = at.lines.linePos(at.locate([...layer.root, ...path], target)[0]);
  return `${layer.source.path}:${pos.line}:${pos.col}`;
}

/**
 * Why `path` is not a config path: the first segment the schema does not have, with a near miss among the keys it
 * does have at that place. Undefined for a path the schema knows (its value may still be unset).
 */
function unknownPath(path: ConfigPath): string | undefined {
  const root = schemaDocument();
  for (let i = 0; i < path.length; i++) {
    if (schemaAt(root, path.slice(0, i + 1))) continue;
    const parent = schemaAt(root, path.slice(0, i));
    const keys = Object.keys((parent?.properties as object | undefined) ?? {});
    const seg = path[i]!;
    const where = i === 0 ? 'the config' : `\`${displayPath(path.slice(0, i))}\``;
    if (typeof seg === 'number') return `${where} is not a list, so it has no [${seg}]`;
    const guess = didYouMean(seg, keys);
    return `${where} has no key \`${seg}\`${guess ? `; did you mean \`${guess}\`?` : keys.length ? `; its keys are ${keys.map((k) => `\`${k}\``).join(', ')}` : ''}`;
  }
  return undefined;
}

/**
 * What a config the schema refused writes at `path`: its value and place, said as unresolved (no default is known of
 * a config that does not validate); nothing where the file does not write it.
 */
async function writtenOnly(io: Io, layer: Layer, path: ConfigPath, shown: string): Promise<void> {
  const value = valueAt(layer.source.data, path);
  if (value === undefined || !(await layer.source.positioned()).has(path)) return;
  const writtenAt = await where(layer, path, value !== null && typeof value === 'object' ? 'key' : 'value');
  io.result?.({ path: shown, value, writtenAt, overrides: [] });
  io.out(`${shown} = ${JSON.stringify(value)}`);
  io.out(`  written at ${writtenAt}, in a config that does not validate (below): defaults and checks wait until it does`);
}

/** The list of this config a path runs past the end of, and why, or undefined. */
function pastTheEnd(config: ValidConfig, path: ConfigPath): { list: string; why: string } | undefined {
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const list = valueAt(config, path.slice(0, i));
    if (typeof seg !== 'number' || !Array.isArray(list) || seg < list.length) continue;
    const n = list.length;
    const name = displayPath(path.slice(0, i));
    return { list: name, why: `\`${name}\` has ${n === 0 ? 'no items' : n === 1 ? '1 item, [0]' : `${n} items, [0] to [${n - 1}]`}` };
  }
  return undefined;
}

/** The `for` of the alert `alerting.for.NAME` names, which the rule has when the config gives it none. */
function ruleFor(path: ConfigPath): string | undefined {
  const [section, key, alert] = path;
  return path.length === 3 && section === 'alerting' && key === 'for' ? ruleShapes().find((r) => r.alert === alert)?.for : undefined;
}

export async function explainCommand(opts: ExplainOptions, io: Io, args: string[]): Promise<number> {
  const path = fromDisplay(args[0] ?? '');
  const problem = path === undefined ? 'write keys with single dots between them, a list item as [0], and a key that holds a dot as ["my.key"]' : path.length === 0 ? 'give a config path, such as prometheus.port' : unknownPath(path);
  if (problem || !path) {
    // The argument is wrong, not the config: a usage error, like any other command's.
    io.result?.({ path: args[0] ?? '', error: problem });
    report(io, [usageDiagnostic(`explain: \`${args[0] ?? ''}\` is not a config path: ${problem}`, 'give a dotted path of the config language, such as prometheus.port or exporters.dcgmExporter.port; docs/config.md (in the package too) lists every key')], opts.format);
    return EXIT.usage;
  }
  if (opts.host !== undefined && !opts.fleet) {
    // Without the fleet file --host would be ignored, and the base config's value shown as if it were the host's.
    report(io, [usageDiagnostic(`explain: \`--host ${opts.host}\` needs \`--fleet FILE\`: a host is one of a fleet file's hosts`, `add \`--fleet\` with the fleet file, or drop \`--host\` to explain the config itself`)], opts.format);
    return EXIT.usage;
  }
  let config: ValidConfig | undefined;
  let layers: Layer[] = [];
  let added: Added[] = [];
  // The config's errors (a check's, past the schema): the value is still shown, then they are, and the exit says invalid.
  let errors: Diagnostic[] = [];
  let texts: ReadonlyMap<string, string> | undefined;
  let analysed: Parameters<typeof report>[3];
  let bundle: string | undefined;
  if (opts.fleet) {
    const { analyzeFleet, fleetOutDir } = await import('../../layer/fleet.js');
    const fleet = await analyzeFleet({ cwd: io.cwd, fleet: opts.fleet, maxConfigBytes: opts.maxConfigBytes });
    const host = fleet.hosts.find((h) => h.name === opts.host);
    if (!host) {
      // A host's value is what is explained: without --host (or with a name not in the file) there is none to show.
      const names = fleet.hosts.map((h) => `\`${h.name}\``).join(', ');
      const usage = usageDiagnostic(
        opts.host === undefined ? `explain: \`--fleet ${opts.fleet}\` needs \`--host NAME\`: a value is a host's` : `explain: \`--host ${opts.host}\` is not a host of ${opts.fleet}`,
        names ? `name one of its hosts: ${names}` : `${opts.fleet} lists no host that compiles; fix its diagnostics first`,
      );
      report(io, [...fleet.diagnostics, usage], opts.format, undefined, fleet.texts);
      return exitFor(fleet.diagnostics) || EXIT.usage;
    }
    config = host.config;
    layers = host.layers;
    added = host.added;
    // A fleet writes each host's bundle to its own folder, whatever the layers say of output.dir.
    if (fleet.fleet && fleet.settings) bundle = relative(io.cwd, join(fleetOutDir(fleet.fleet, fleet.settings), host.name)) || '.';
    if (!config) report(io, fleet.diagnostics, opts.format, undefined, fleet.texts);
    // This host's errors only: another host's are not this value's.
    if (config) errors = (await (await import('../../check/index.js')).check(config, host.source)).filter((d) => d.severity === 'error');
    texts = fleet.texts;
  } else {
    const analysis = await analyze({ cwd: io.cwd, config: opts.config, maxConfigBytes: opts.maxConfigBytes });
    if (!analysis.config || !analysis.parsed) {
      // The schema refused the file: nothing is resolved, but a value written there is still shown, then the errors.
      if (analysis.parsed) await writtenOnly(io, { source: analysis.parsed, root: [] }, path, args[0] ?? '');
      report(io, analysis.diagnostics, opts.format, analysis);
      // No config to read is an I/O error (2), as for every command; an invalid one is 1.
      return exitFor(analysis.diagnostics) || EXIT.invalid;
    }
    config = analysis.config;
    layers = [{ source: analysis.parsed, root: [] }];
    errors = analysis.diagnostics.filter((d) => d.severity === 'error');
    analysed = analysis;
  }
  if (!config) return EXIT.invalid;
  const past = pastTheEnd(config, path);
  if (past) {
    io.result?.({ path: args[0] ?? '', error: past.why });
    report(io, [usageDiagnostic(`explain: \`${args[0]}\`: ${past.why}`, `count items from 0; \`obscompile explain ${past.list}\` shows the list`)], opts.format);
    return EXIT.usage;
  }
  // An alert's `for` the config leaves unset is the rule's own: its default.
  const value = valueAt(config, path) ?? ruleFor(path);
  // A section or list is shown where its key is written; a single value where the value is.
  const target = value !== null && typeof value === 'object' ? 'key' : 'value';
  // A `null` on the path or on a section above it removes what the layers below wrote there (src/layer/layer.ts):
  // the last layer that does so, and the writes it undid.
  const removals = layers.flatMap((layer, i) => {
    const at = removedAt(layer, path);
    return at ? [{ layer, i, at }] : [];
  });
  const removal = removals[removals.length - 1];
  const all = await writers(layers, path);
  const written = all.filter((l) => layers.indexOf(l) > (removal?.i ?? -1));
  const undone = removal ? await Promise.all(all.filter((l) => layers.indexOf(l) < removal.i).map((l) => where(l, path, target))) : [];
  const removedBy = removal && !written.length ? await where(removal.layer, removal.at, 'value') : undefined;
  const places = await Promise.all(written.map((l) => where(l, path, target)));
  const fleetAdded = added.find((a) => a.at.length <= path.length && a.at.every((k, i) => path[i] === k));
  // What the fleet sets is applied over every layer (src/layer/fleet.ts): it wins over what a file writes there.
  const cause = fleetAdded ? await where(fleetAdded.from, fleetAdded.path, 'value') : undefined;
  const overridden = [...undone, ...(cause ? places : places.slice(0, -1))];
  // A list the fleet added items to (the central remote write, the central Alertmanager): name each item it added.
  const inside = places.length || cause ? [] : added.filter((a) => a.at.length > path.length && path.every((k, i) => a.at[i] === k));
  const within = await Promise.all(inside.map(async (a) => [a, await where(a.from, a.path, 'value')] as const));
  // Whose default an unwritten value is (vLLM's or SGLang's for the engine's keys), and the values a key takes.
  const defaultOf = !cause && !places.length && !within.length && value !== undefined ? (followsEngine(path) ? ENGINE_TITLE[engineOf(config)] : 'obscompile') : undefined;
  const { enum: takes, default: schemaDefault } = (schemaAt(schemaDocument(), path) as { enum?: unknown[]; default?: unknown } | undefined) ?? {};
  // A value a file writes, beside the one it replaces: the schema's default (an engine's keys follow the engine).
  const replaces = (cause || places.length) && schemaDefault !== undefined && target === 'value' && !followsEngine(path) ? schemaDefault : undefined;
  io.result?.({ path: args[0] ?? '', value: value ?? null, writtenAt: cause ? null : (places[places.length - 1] ?? null), overrides: [...overridden].reverse(), ...(defaultOf ? { defaultOf } : {}), ...(takes && takes.length > 1 ? { takes } : {}), ...(replaces !== undefined ? { default: replaces } : {}), ...(removedBy ? { removedAt: removedBy } : {}), ...(cause ? { setByFleet: cause } : {}), ...(within.length ? { setByFleetItems: within.map(([a, from]) => ({ path: displayPath(a.at), from })) } : {}) });
  io.out(`${args[0]} = ${value === undefined ? '(not set)' : JSON.stringify(value)}`);
  if (cause) io.out(`  set by the fleet, from ${cause} (${displayPath(fleetAdded!.path)})`);
  else if (places.length) io.out(`  written at ${places[places.length - 1]}`);
  else if (removedBy) io.out(`  removed at ${removedBy} (null${displayPath(removal!.at) === displayPath(path) ? '' : ` on ${displayPath(removal!.at)}`}): ${value === undefined ? 'it has no default' : 'the default'}`);
  else if (within.length) for (const [a, from] of within) io.out(`  ${displayPath(a.at)} set by the fleet, from ${from} (${displayPath(a.path)})`);
  else if (value !== undefined && followsEngine(path)) io.out(`  not written in any file: ${ENGINE_TITLE[engineOf(config)]}'s default`);
  else io.out(value === undefined ? '  not written in any file, and it has no default' : '  not written in any file: the default');
  if (replaces !== undefined) io.out(`  default: ${JSON.stringify(replaces)}${samePlainData(replaces, value) ? ' (the same)' : ''}`);
  // A key of a map the config fills (environment, secrets, labels) that it does not have: the near miss it has.
  const parent = value === undefined ? valueAt(config, path.slice(0, -1)) : undefined;
  const last = path[path.length - 1];
  // Only a key the map is free to have: one the schema names (an optional key left unset) is no near miss.
  const named = (schemaAt(schemaDocument(), path.slice(0, -1)) as { properties?: Record<string, unknown> } | undefined)?.properties;
  const free = typeof last === 'string' && !(named && Object.hasOwn(named, last));
  const near = free && parent && typeof parent === 'object' && !Array.isArray(parent) ? didYouMean(last, Object.keys(parent)) : undefined;
  if (near) io.out(`  \`${displayPath(path.slice(0, -1))}\` has no key \`${last}\`; did you mean \`${near}\`?`);
  for (const p of [...overridden].reverse()) io.out(`  overrides ${p}`);
  if (bundle !== undefined && path[0] === 'output' && (path.length === 1 || path[1] === 'dir')) io.out(`  build --fleet writes this host's bundle to ${bundle}; output.dir is where the config built alone writes`);
  // A key with a fixed set of values (a dcgm-exporter release, an engine) lists them.
  if (takes && takes.length > 1) io.out(`  takes: ${takes.map((v) => JSON.stringify(v)).join(', ')}`);
  if (errors.length) report(io, errors, opts.format, analysed, texts);
  return errors.length ? EXIT.invalid : EXIT.ok;
}
