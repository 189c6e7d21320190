import type { Central } from '../config/fleet-settings.js';
import type { Artifact } from '../types.js';
export interface CentralModel {
    /** The fleet file relative to the central folder, named in every header. */
    sourceName: string;
    central: Central;
    prometheusVersion: string;
    /** The Jaeger the hosts that forward traces run; none forward: no central Jaeger. */
    jaegerVersion?: string;
    hosts: {
        name: string;
        bundle: string;
        traces: boolean;
    }[];
}
export declare function renderCentral(m: CentralModel): Artifact[];
