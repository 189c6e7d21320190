import { type Rule } from './rule.js';
/**
 * yaml-language-server resolves a relative `yaml.schemas` key against the workspace folder, and only the workspace
 * root is mounted there: a schema outside it silently validates nothing inside the container.
 */
export declare const schemaInWorkspace: Rule;
