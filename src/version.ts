/** The package version, read once from obscompile's package.json. */
import { readFileSync } from 'node:fs';
import { shipped } from './paths.js';

export const VERSION: string = (JSON.parse(readFileSync(shipped('package.json'), 'utf8')) as { version: string }).version;
