/** The one place ajv is configured, shared by the build-time validator generator and tests. */
import Ajv, { type Options } from 'ajv';
/** Keywords the schema carries for editors (yaml-language-server, VS Code), not for validation. */
export declare const EDITOR_KEYWORDS: readonly ["errorMessage", "markdownDescription", "defaultSnippets", "enumDescriptions", "markdownEnumDescriptions", "doNotSuggest"];
/** An ajv instance with the options every validation of the config uses. */
export declare function createAjv(extra?: Options): Ajv.default;
