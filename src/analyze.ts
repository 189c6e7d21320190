/** The front half of the pipeline: discover → parse → validate → check. Loads no renderer, so `validate` starts fast. */
import { dirname, relative, resolve, sep } from 'node:path';
import { check } from './check/index.js';
import { staleModeline } from './check/modeline.js';
import { discover } from './discover/discover.js';
import { resolveOptions, type Options } from './options.js';
import { parse } from './parse/parse.js';
import { validate } from './validate/validate.js';
import type { Diagnostic, ParsedSource, SourceFile, ValidConfig } from './types.js';

export interface Analysis {
  options: Options;
  source?: SourceFile;
  parsed?: ParsedSource;
  config?: ValidConfig;
  diagnostics: Diagnostic[];
}

/** Discovers, parses, validates and checks the config: everything `obscompile validate` needs. */
export async function analyze(partial: Partial<Options>): Promise<Analysis> {
  const options = resolveOptions(partial);
  const discovered = await discover({ cwd: options.cwd, configPath: options.config, maxBytes: options.maxConfigBytes });
  if (!discovered.value) return { options, diagnostics: discovered.diagnostics };
  const source = discovered.value;
  const parsed = await parse(source);
  if (!parsed.value) return { options, source, diagnostics: parsed.diagnostics };
  const validated = await validate(parsed.value);
  if (!validated.value) return { options, source, parsed: parsed.value, diagnostics: validated.diagnostics };
  // `--out` moves the output folder, and the schema copy with it: the checks look at it there.
  const out = options.out === undefined ? undefined : relative(dirname(source.absolutePath), resolve(options.cwd, options.out)).split(sep).join('/') || '.';
  const findings = await check(validated.value, parsed.value, out);
  // In file order, as check() sorts its own.
  for (const d of await staleModeline(parsed.value, validated.value, options.out)) {
    const after = findings.findIndex((f) => f.range[0] > d.range[0]);
    findings.splice(after === -1 ? findings.length : after, 0, d);
  }
  return { options, source, parsed: parsed.value, config: validated.value, diagnostics: findings };
}
