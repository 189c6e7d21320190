/** The library API: every stage, the composed pipeline, emit, docs and formatting. Nothing here prints or exits. */
export { analyze, compile, type Analysis, type Compilation } from './compile.js';
export { discover, CONFIG_FILE_NAMES } from './discover/discover.js';
export { parse } from './parse/parse.js';
export { validate } from './validate/validate.js';
export { check as checkConfig, RULES } from './check/index.js';
export { buildModel, type Model } from './model/model.js';
export { render, RENDERERS, ARTIFACT_NAMES } from './render/index.js';
export { write, plan, type EmitResult } from './emit/emit.js';
export { check, type Drift } from './emit/drift.js';
export { inject, tables, componentTable, metricsTable } from './render/docs.js';
export { formatDiagnostics, formatText, formatJson, formatGithub } from './diagnostics/format.js';
export { DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics/codes.js';
export { DEFAULTS, type Options } from './options.js';
export { run } from './cli/cli.js';
export type { Artifact, ArtifactName, Config, Diagnostic, ValidConfig } from './types.js';
