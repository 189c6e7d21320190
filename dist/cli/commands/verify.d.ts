import { type CommonOptions } from './report.js';
import type { Io } from '../io.js';
interface VerifyCommandOptions extends CommonOptions {
    prometheus?: string;
    timeout: string;
    bearerTokenFile?: string;
    basicAuthUser?: string;
    basicAuthPasswordFile?: string;
    caFile?: string;
    insecureSkipVerify?: boolean;
}
export declare function verifyCommand(opts: VerifyCommandOptions, io: Io): Promise<number>;
export {};
