/** The typed values that travel between pipeline stages (DESIGN.md, "Pipeline"). */
import type { Document, LineCounter } from 'yaml';
import type { DiagnosticCode } from './diagnostics/codes.js';
import type { ObscompileConfiguration } from './generated/config.js';
import type { ResolvedConfig } from './generated/resolved-config.js';

export type Severity = 'error' | 'warning';

/** One finding about the input, positioned in its source file. */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  /** Path of the file the finding is about, as given by the user. */
  file: string;
  /** Character offsets [start, end) in the file. */
  range: [number, number];
  /** 1-based line of range[0]. */
  line: number;
  /** 1-based column of range[0]. */
  column: number;
  hint?: string;
}

/** The config file as read from disk. */
export interface SourceFile {
  /** Path as shown in diagnostics (relative to the working folder when inside it). */
  path: string;
  absolutePath: string;
  text: string;
}

/** A source file parsed into a YAML document that keeps node positions. */
export interface ParsedSource extends SourceFile {
  doc: Document.Parsed;
  lines: LineCounter;
  /** The plain JS value of the document. */
  data: unknown;
}

/** The config as written by the user: the type generated from the schema. */
export type Config = ObscompileConfiguration;

/** A config that passed the schema, with defaults applied (generated from the schema with defaults made required). */
export type ValidConfig = ResolvedConfig;

/** What a stage returns: a value when it could produce one, and everything it found. */
export interface StageResult<T> {
  value?: T;
  diagnostics: Diagnostic[];
}

export type ArtifactName =
  | 'init-run.sh'
  | 'setup-storage.sh'
  | 'launch-model.sh'
  | 'docker-compose.yml'
  | 'prometheus.yml'
  | 'devcontainer.json'
  | 'metrics_catalog.md';

/** One compiled output file, held in memory until emit. */
export interface Artifact {
  name: ArtifactName;
  /** File name inside the output folder. */
  path: string;
  content: string;
  /** Scripts are written executable. */
  executable: boolean;
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
