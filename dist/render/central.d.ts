import type { CentralModel } from '../model/central.js';
import type { Artifact } from '../types.js';
export declare function renderCentral(m: CentralModel): Artifact[];
