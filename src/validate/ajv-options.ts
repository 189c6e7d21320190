/** The one place ajv is configured, shared by the build-time validator generator and tests. */
import Ajv, { type Options } from 'ajv';

/** Keywords the schema carries for editors (yaml-language-server, VS Code), not for validation. */
export const EDITOR_KEYWORDS = [
  'errorMessage',
  'markdownDescription',
  'defaultSnippets',
  'enumDescriptions',
  'markdownEnumDescriptions',
  'doNotSuggest',
] as const;

/** An ajv instance with the options every validation of the config uses. */
export function createAjv(extra: Options = {}): Ajv.default {
  const ajv = new Ajv.default({
    allErrors: true,
    // Not verbose: the standalone validator would embed the whole schema text; validate.ts adds data and parent schema on the error path only.
    verbose: false,
    useDefaults: true,
    strict: true,
    allowUnionTypes: true,
    ...extra,
  });
  ajv.addVocabulary([...EDITOR_KEYWORDS]);
  return ajv;
}
