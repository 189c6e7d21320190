/** The typed values that travel between pipeline stages (DESIGN.md, "Pipeline"). */
import type { Diagnostic, DiagnosticInput, LineIndex } from './diagnostics/diagnostic.js';
export type { Diagnostic, DiagnosticInput, LineIndex, Severity } from './diagnostics/diagnostic.js';
import type { ObscompileConfiguration } from './generated/config.js';
import type { ResolvedConfig } from './generated/resolved-config.js';
/** The config file as read from disk. */
export interface SourceFile {
    /** Path as shown in diagnostics (relative to the working folder when inside it). */
    path: string;
    absolutePath: string;
    text: string;
}
/** Where things are in the source text: config paths to character ranges, offsets to lines and columns. */
export interface PositionedSource {
    lines: LineIndex;
    /** Range of the value (or key) at `path`, or of its nearest ancestor that is written in the file. */
    locate(path: ConfigPath, target?: 'key' | 'value'): [number, number];
    /** True when `path` itself is written in the file. */
    has(path: ConfigPath): boolean;
    /** For a config assembled from layers: the file (and its lines) a path's position is in. */
    origin?(path: ConfigPath, target?: 'key' | 'value'): {
        file: string;
        lines: LineIndex;
        range: [number, number];
    };
}
/** A source file parsed into plain data; node positions are built only when a diagnostic needs them. */
export interface ParsedSource extends SourceFile {
    /** The plain JS value of the document. */
    data: unknown;
    /** The positioned document, built on first call and shared by later calls. */
    positioned(): Promise<PositionedSource>;
}
/** A path inside the config: map keys and list indexes. */
export type ConfigPath = readonly (string | number)[];
/** A diagnostic before it has a position: what is wrong, and at which config path. */
export interface Finding extends DiagnosticInput {
    at: ConfigPath;
    /** Point at the key instead of its value (unknown or misspelled keys). */
    target?: 'key' | 'value';
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
export type ArtifactName = 'init-run.sh' | 'setup-storage.sh' | 'launch-model.sh' | 'Dockerfile' | 'docker-compose.yml' | 'prometheus.yml' | 'jaeger.yaml' | 'dcgm-collectors.csv' | 'devcontainer.json' | 'metrics_catalog.md' | 'alert-rules.yml' | 'alert-rules.test.yml' | 'alertmanager.yml' | 'grafana-dashboard' | 'grafana-datasources.yml' | 'grafana-dashboards.yml' | 'observability.schema.json' | '.gitattributes';
/** One compiled output file, held in memory until emit (README.md: the central bundle of a fleet). */
export interface Artifact {
    name: ArtifactName | 'README.md';
    /** File name inside the output folder. */
    path: string;
    content: string;
    /** Scripts are written executable. */
    executable: boolean;
}
/** True when any diagnostic is an error. */
export declare function hasErrors(diagnostics: readonly Diagnostic[]): boolean;
/**
 * Texts kept from an earlier run (the CLI keeps them in the user's cache beside its build records:
 * src/emit/kept-texts.ts), each under its renderer's name and key, with the digest of the input it was made from. A
 * renderer of src/render/same-input.ts given an input with the digest of a kept text gives that text instead of
 * making it again. Its text is a function of its input alone, and the inputs are plain data, so an input with the
 * same JSON is the same input and gives the same text.
 */
export interface KeptTexts {
    /** The text kept under `id` when it was made from an input with this digest. */
    find(id: string, digest: string): string | undefined;
    /** A text this run gives under `id` (made or found), with its input's digest and the input. */
    keep(id: string, digest: string, text: string, input: unknown): void;
}
