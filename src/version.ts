/** The package version, from the package.json paths.ts already located. */
import { packageVersion } from './paths.js';

export const VERSION: string = packageVersion();
