import type { UntilThere } from '../../emit/record.js';
import type { Central } from '../../config/fleet-settings.js';
import type { ValidConfig } from '../../types.js';
/** The secret files of one config, whose relative paths are relative to `configDir`. */
export declare function configSecretNotes(config: ValidConfig, configDir: string, cwd: string): UntilThere[];
/** The central Grafana's password file, relative to the fleet file's folder. */
export declare function centralSecretNotes(central: Central | undefined, fleetDir: string, cwd: string): UntilThere[];
/** Each note of a file once (a missing file, a folder), in the order first named. */
export declare const uniqueNotes: (notes: readonly UntilThere[]) => UntilThere[];
