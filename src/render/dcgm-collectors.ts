/**
 * dcgm-collectors.csv: the fields dcgm-exporter collects (`-f`), from the same catalog rows as metrics_catalog.md.
 * Format (NVIDIA/dcgm-exporter internal/pkg/counters/counter_config.go @ 4.5.3-4.8.2): `#` comment lines, then one
 * `field, type, help` record per line, exactly three fields; a `label` record becomes a label on every series.
 */
import { finish, headerText, oneLine } from './text.js';
import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';

/** A CSV cell: quoted when it holds a comma or a quote, so the record keeps exactly three fields. */
function cell(value: string): string {
  const text = oneLine(value);
  return /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The collectors file dcgm-exporter reads through init-run.sh. */
export function renderDcgmCollectors(model: Model): Artifact {
  const lines = [`# ${headerText(model)}`, '# Format: DCGM field, Prometheus type, help. Profiling (DCGM_FI_PROF_*) fields are listed only when profiling is on and the container has SYS_ADMIN.'];
  for (const f of model.dcgmCollectors) lines.push([f.field, f.type, f.help].map(cell).join(','));
  return { name: 'dcgm-collectors.csv', path: 'dcgm-collectors.csv', content: finish(lines.join('\n')), executable: false };
}
