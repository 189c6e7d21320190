/** The pipeline, in the order of the architecture: discover → parse → validate → check → model → render. */
import path from 'node:path';
import { check } from './check/index.js';
import { loadCatalog } from './catalog.js';
import { discover } from './discover.js';
import { fileDiagnostic } from './diagnostics/make.js';
import { buildModel, type Model } from './model.js';
import { resolveOptions, type Options } from './options.js';
import { parse } from './parse.js';
import { render } from './render/index.js';
import { validate } from './validate.js';
import { hasErrors, type Artifact, type Diagnostic, type ParsedSource, type SourceFile, type ValidConfig } from './types.js';

export interface Analysis {
  options: Options;
  source?: SourceFile;
  parsed?: ParsedSource;
  config?: ValidConfig;
  diagnostics: Diagnostic[];
}

export interface Compilation extends Analysis {
  model?: Model;
  /** Absolute output folder. */
  outDir?: string;
  artifacts?: Artifact[];
}

/** Discovers, parses, validates and checks the config: everything `obscompile validate` needs. */
export async function analyze(partial: Partial<Options>): Promise<Analysis> {
  const options = resolveOptions(partial);
  const discovered = await discover({ cwd: options.cwd, configPath: options.config });
  if (!discovered.value) return { options, diagnostics: discovered.diagnostics };
  const source = discovered.value;
  const parsed = parse(source);
  if (!parsed.value) return { options, source, diagnostics: parsed.diagnostics };
  const validated = validate(parsed.value);
  if (!validated.value) return { options, source, parsed: parsed.value, diagnostics: validated.diagnostics };
  const findings = check(validated.value, parsed.value);
  return { options, source, parsed: parsed.value, config: validated.value, diagnostics: findings };
}

/** The whole pipeline in memory: artifacts only when no stage reported an error. */
export async function compile(partial: Partial<Options>): Promise<Compilation> {
  const analysis = await analyze(partial);
  if (!analysis.config || !analysis.source || hasErrors(analysis.diagnostics)) return analysis;
  const { options, source, config } = analysis;
  const outDir = options.out ? path.resolve(options.cwd, options.out) : path.resolve(path.dirname(source.absolutePath), config.output.dir);
  const model = buildModel(config, { configPath: source.absolutePath, outDir, catalog: loadCatalog() });
  try {
    const artifacts = render(model);
    return { ...analysis, model, outDir, artifacts };
  } catch (error) {
    // A renderer throwing is a bug in obscompile; report it without writing anything.
    const failure = fileDiagnostic(source.path, {
      code: 'OBS_RENDER_FAILED',
      message: `rendering failed: ${(error as Error).message}`,
      hint: 'nothing was written; please report this with the config that triggers it',
    });
    return { ...analysis, model, outDir, diagnostics: [...analysis.diagnostics, failure] };
  }
}
