import type { Connection } from './http.js';
import type { Diagnostic } from '../types.js';
export interface VerifyOptions extends Connection {
    cwd: string;
    config?: string;
    maxConfigBytes?: number;
}
/** What verify found, the jobs of the config that have a catalog, and of those the ones whose series could be compared. */
export interface VerifyResult {
    diagnostics: Diagnostic[];
    texts: Map<string, string>;
    jobs: string[];
    compared: string[];
    /** Of the jobs compared, those with a target down now. */
    downNow?: string[];
}
export declare function runVerify(opts: VerifyOptions): Promise<VerifyResult>;
