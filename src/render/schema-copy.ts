/** observability.schema.json: the schema of the obscompile that built the stack, next to the artifacts, for editors. */
import { SCHEMA_COPY } from '../paths.js';
import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';

/** A verbatim copy: editors resolve the modeline and devcontainer.json to it wherever obscompile is installed. */
export function renderSchemaCopy(model: Model): Artifact {
  return { name: 'observability.schema.json', path: SCHEMA_COPY, content: model.schemaText, executable: false };
}
