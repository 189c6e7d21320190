/** Metric catalog data: what each source emits. Source of truth: catalog/*.yaml, compiled by `npm run generate`. */
import { catalog } from './generated/catalog.js';
import type { ComponentId } from './ports.js';

export interface CatalogMetric {
  name: string;
  type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';
  help: string;
  labels: string[];
  /** `profiling`: a DCGM profiling gauge, needing profiling and SYS_ADMIN. */
  requires?: 'profiling';
  /** Why the reference environment does not expose this metric at all. */
  unavailable?: string;
}

export interface CatalogSource {
  source: ComponentId;
  title: string;
  metrics: CatalogMetric[];
}

/** The catalog shipped with obscompile, one source per section, in section order. */
export function loadCatalog(): readonly CatalogSource[] {
  return catalog;
}
