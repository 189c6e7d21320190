/**
 * `obscompile lint`: the queries of rule files and dashboards people write, checked against the series the config's
 * sources store at their configured versions (src/promql/check.ts), each finding at its file, line and column. With
 * other versions (`--versions`), what the queries would lose: findings that the upgrade brings.
 */
import { analyzeQuery } from '../promql/analyze.js';
import { checkQuery, type QueryFinding } from '../promql/check.js';
import { countLines, diagnosticAt } from '../diagnostics/make.js';
import { HOST_LABEL } from '../config/fleet-settings.js';
import { RUN_LABEL } from '../config/names.js';
import { loadCatalog } from '../model/catalog-data.js';
import { alertingOf } from '../model/model.js';
import { extractQueries, type FileQuery } from './extract.js';
import { maskGrafana } from './grafana.js';
import type { SeriesInfo } from '../model/series.js';
import type { Diagnostic, ValidConfig } from '../types.js';

export interface LintFile {
  /** As the user named it. */
  path: string;
  text: string;
}

/** What queries are checked against: the stored series, names recording rules make, labels every series may carry. */
interface Against {
  series: ReadonlyMap<string, SeriesInfo>;
  recorded: Map<string, Set<string>>;
  anyLabels: string[];
}

function against(config: ValidConfig): Against {
  const { series, alerts } = alertingOf(config, loadCatalog());
  const recorded = new Map((alerts?.recording ?? []).map((r) => [r.record, new Set(r.labels)]));
  // A central store's series also carry the run and host labels, and every external label the config sets.
  return { series, recorded, anyLabels: [RUN_LABEL, HOST_LABEL, ...Object.keys(config.prometheus.externalLabels)] };
}

/** The names the files' own recording rules make, with the labels they keep (their `by`, or what they read). */
function ownRecords(files: readonly { queries: FileQuery[] }[], base: Against): void {
  for (const f of files) {
    f.queries.forEach((q) => {
      const name = q.record;
      if (!name) return;
      const a = analyzeQuery(maskGrafana(q.expr));
      const outer = a.groupings.find((g) => g.mode === 'by');
      const labels = outer ? outer.labels.map((l) => l.name) : a.selectors.flatMap((s) => [...(s.name ? (base.series.get(s.name)?.labels ?? []) : [])]);
      base.recorded.set(name, new Set(labels));
    });
  }
}

const findings = (q: FileQuery, a: Against): QueryFinding[] => checkQuery(maskGrafana(q.expr), a.series, { recorded: a.recorded, anyLabels: a.anyLabels });

/** Lints `files` against `config`; with `upgraded`, reports what the queries would lose under those versions instead of now. */
export function lint(files: readonly LintFile[], config: ValidConfig, upgraded?: ValidConfig): Diagnostic[] {
  const out: Diagnostic[] = [];
  const read = files.map((f) => {
    const e = extractQueries(f.text);
    const lines = countLines(f.text);
    if ('error' in e) {
      out.push(diagnosticAt(f.path, lines, [e.offset, e.offset], { code: 'OBS_LINT_FILE', message: e.error, hint: 'lint reads Prometheus rule files (YAML with `groups`) and Grafana dashboards (JSON)' }));
      return { file: f, lines, queries: [] as FileQuery[] };
    }
    return { file: f, lines, queries: e.queries };
  });
  const now = against(config);
  ownRecords(read, now);
  const later = upgraded && against(upgraded);
  if (later) ownRecords(read, later);
  for (const { file, lines, queries } of read) {
    for (const q of queries) {
      const current = findings(q, now);
      const shown = later ? findings(q, later).filter((f) => !current.some((c) => c.code === f.code && c.from === f.from)) : current;
      for (const f of shown) {
        const message = later ? `${q.owner}: after the upgrade, ${f.message}` : `${q.owner}: ${f.message}`;
        out.push(diagnosticAt(file.path, lines, [q.at(f.from), q.at(Math.max(f.from, f.to - 1)) + 1], { code: f.code, severity: f.severity, message, ...(f.hint ? { hint: f.hint } : {}) }));
      }
    }
  }
  return out;
}
