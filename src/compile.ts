/** The pipeline, in the order of the architecture: analyze (discover → parse → validate → check) → model → render. */
import { readFile } from './fs.js';
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isInside, schemaFile } from './paths.js';
import { analyze, type Analysis } from './analyze.js';
import { loadCatalog } from './model/catalog-data.js';
import { fileDiagnostic, usageDiagnostic } from './diagnostics/make.js';
import { buildModel, type Model } from './model/model.js';
import type { Options } from './options.js';
import { render } from './render/index.js';
import { unnameable, unnameableText } from './config/compose-paths.js';
import { withKeptTexts } from './render/same-input.js';
import { hasErrors, type Artifact, type Diagnostic, type KeptTexts, type SourceFile, type ValidConfig } from './types.js';

export { analyze, type Analysis };

export interface Compilation extends Analysis {
  model?: Model;
  /** Absolute output folder. */
  outDir?: string;
  artifacts?: Artifact[];
}

/** The whole pipeline in memory: artifacts only when no stage reported an error. */
export async function compile(partial: Partial<Options>): Promise<Compilation> {
  const analysis = await analyze(partial);
  if (!analysis.config || !analysis.source || hasErrors(analysis.diagnostics)) return analysis;
  const { options, source, config } = analysis;
  const outDir = options.out ? resolve(options.cwd, options.out) : resolve(dirname(source.absolutePath), config.output.dir);
  // What validate refuses of `output.dir` (check/storage.ts storageApart), --out may not do either.
  const storage = options.out ? realFolder(resolve(dirname(source.absolutePath), config.storage.hostRoot)) : '';
  const realOut = options.out ? realFolder(outDir) : '';
  if (options.out && (realOut === storage || isInside(storage, realOut))) {
    const refused = usageDiagnostic(`--out ${options.out} is inside the storage root \`${config.storage.hostRoot}\`: setup-storage.sh hides that folder from git and mixes run data into it`, 'write the output elsewhere, such as the config\'s `output.dir`');
    return { ...analysis, diagnostics: [...analysis.diagnostics, refused] };
  }
  // Kept texts save rendering only where the renderers' inputs are small: digesting a catalog of thousands of
  // targets costs about what rendering it does, and keeping it would copy megabytes into the cache.
  const kept = source.text.length <= KEPT_TEXTS_UP_TO ? options.keptTexts : undefined;
  const generated = await generate(config, source, outDir, { kept });
  return { ...analysis, ...generated, diagnostics: [...analysis.diagnostics, ...generated.diagnostics] };
}

/** Configs up to this size (characters) use the kept texts they are given. */
const KEPT_TEXTS_UP_TO = 64 * 1024;

/**
 * The shipped schema's text (100 KB), which every bundle copies: read once a process, so a fleet's hosts share one
 * string instead of reading the file again for each. A failed read is not kept, so a watch retries it.
 */
let schemaText: Promise<string> | undefined;
const shippedSchema = (): Promise<string> => (schemaText ??= readFile(schemaFile(), 'utf8').catch((error: unknown) => {
  schemaText = undefined;
  throw error;
}));

/** Model and render for a validated config (one box, or one host of the fleet at `fleetPath`) into `outDir`. */
export async function generate(config: ValidConfig, source: SourceFile, outDir: string, { kept, fleetPath }: { kept?: KeptTexts | undefined; fleetPath?: string } = {}): Promise<{ model: Model; outDir: string; artifacts?: Artifact[]; diagnostics: Diagnostic[] }> {
  const model = buildModel(config, { configPath: source.absolutePath, outDir, fleetPath, catalog: loadCatalog(), schemaText: await shippedSchema() });
  const unwritable = composePaths(model, source.path);
  if (unwritable.length) return { model, outDir, diagnostics: unwritable };
  try {
    return { model, outDir, artifacts: withKeptTexts(kept, () => render(model)), diagnostics: [] };
  } catch (error) {
    // A renderer throwing is a bug in obscompile; report it without writing anything.
    const failure = fileDiagnostic(source.path, {
      code: 'OBS_RENDER_FAILED',
      message: `rendering failed: ${(error as Error).message}`,
      hint: 'nothing was written; please report this with the config that triggers it',
    });
    return { model, outDir, diagnostics: [failure] };
  }
}

/** The host paths docker-compose.yml cannot name (config/compose-paths.ts): a fleet's bundles, which validate does not see. */
function composePaths(model: Model, file: string): Diagnostic[] {
  return unnameable(model.rel).map((u) => fileDiagnostic(file, { code: 'OBS_OUTPUT_UNSAFE', ...unnameableText(u) }));
}

/** `path` with the symbolic links of its nearest existing ancestor resolved (a link into the storage root is inside it). */
function realFolder(path: string): string {
  for (let at = path, rest = ''; ; rest = join(basename(at), rest), at = dirname(at)) {
    try {
      return join(realpathSync(at), rest);
    } catch {
      if (dirname(at) === at) return path;
    }
  }
}
