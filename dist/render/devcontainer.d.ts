import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';
/** The YAML extension gives schema-aware editing of observability.config.yaml. */
export declare const YAML_EXTENSION = "redhat.vscode-yaml";
/** Forwards the published ports with labels, keeps the entrypoint, associates the config schema. */
export declare function renderDevcontainer(model: Model): Artifact;
