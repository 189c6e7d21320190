/** Metric catalog data: what each source emits, read from the YAML files in `catalog/`. */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
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

/** Catalog files, one per source, in the order sections appear. */
export const CATALOG_FILES = ['prometheus.yaml', 'node_exporter.yaml', 'dcgm_exporter.yaml', 'jaeger.yaml', 'sglang.yaml', 'cadvisor.yaml'] as const;

const catalogDir = new URL('../catalog/', import.meta.url);

/** Reads every catalog file shipped with obscompile. */
export async function loadCatalog(): Promise<CatalogSource[]> {
  return Promise.all(CATALOG_FILES.map(async (file) => parseYaml(await readFile(new URL(file, catalogDir), 'utf8')) as CatalogSource));
}
