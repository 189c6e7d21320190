import type { Artifact } from '../types.js';
export interface CentralModel {
    /** The fleet file relative to the central folder, named in every header. */
    sourceName: string;
    port: number;
    retention: string;
    prometheusVersion: string;
    hosts: {
        name: string;
        remoteWriteFrom: string;
    }[];
}
export declare function renderCentral(m: CentralModel): Artifact[];
