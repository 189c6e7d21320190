/** `obscompile explain PATH`: a config value as obscompile resolved it, where it was written, and what it overrode. */
import { analyze } from '../../analyze.js';
import { fromDisplay } from '../../config/config-path.js';
import { valueAt } from '../../config/config-path.js';
import { writers, type Layer } from '../../layer/layer.js';
import { EXIT, type Io } from '../io.js';
import { exitFor, report, type CommonOptions } from './report.js';
import type { ConfigPath, ValidConfig } from '../../types.js';

interface ExplainOptions extends CommonOptions {
  host?: string;
}

/** `file:line:col` of `path` in a layer. */
async function where(layer: Layer, path: ConfigPath): Promise<string> {
  const at = await layer.source.positioned();
  const pos = at.lines.linePos(at.locate([...layer.root, ...path])[0]);
  return `${layer.source.path}:${pos.line}:${pos.col}`;
}

export async function explainCommand(opts: ExplainOptions, io: Io, args: string[]): Promise<number> {
  const path = fromDisplay(args[0] ?? '');
  let config: ValidConfig | undefined;
  let layers: Layer[] = [];
  if (opts.fleet) {
    const { analyzeFleet } = await import('../../layer/fleet.js');
    const fleet = await analyzeFleet({ cwd: io.cwd, fleet: opts.fleet, maxConfigBytes: opts.maxConfigBytes });
    const host = fleet.hosts.find((h) => h.name === opts.host);
    if (!host) {
      const names = fleet.hosts.map((h) => h.name).join(', ');
      io.err(`obscompile explain: --host must name a host of ${opts.fleet}${names ? `: ${names}` : ''}`);
      report(io, fleet.diagnostics, opts.format, undefined, fleet.texts);
      return fleet.diagnostics.length ? exitFor(fleet.diagnostics) || EXIT.usage : EXIT.usage;
    }
    config = host.config;
    layers = host.layers;
    if (!config) report(io, fleet.diagnostics, opts.format, undefined, fleet.texts);
  } else {
    const analysis = await analyze({ cwd: io.cwd, config: opts.config, maxConfigBytes: opts.maxConfigBytes });
    if (!analysis.config || !analysis.parsed) report(io, analysis.diagnostics, opts.format, analysis);
    config = analysis.config;
    if (analysis.parsed) layers = [{ source: analysis.parsed, root: [] }];
  }
  if (!config) return EXIT.invalid;
  const value = valueAt(config, path);
  const written = await writers(layers, path);
  const places = await Promise.all(written.map((l) => where(l, path)));
  io.result?.({ path: args[0] ?? '', value: value ?? null, writtenAt: places[places.length - 1] ?? null, overrides: places.slice(0, -1).reverse() });
  io.out(`${args[0]} = ${JSON.stringify(value)}`);
  io.out(places.length ? `  written at ${places[places.length - 1]}` : '  not written in any file: the default');
  for (const p of places.slice(0, -1).reverse()) io.out(`  overrides ${p}`);
  return EXIT.ok;
}
