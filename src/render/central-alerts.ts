/**
 * The central store's own alert rules and their promtool unit tests (src/model/central-alerts.ts), beside its
 * prometheus.yml: written as a host's are, every selector narrowed with `host=""` to the series the central store
 * scrapes itself, and each test series labelled as it scrapes them (no `host`).
 */
import { alertRulesArtifact, alertTestsArtifact, alertTestsText } from './alert-rules.js';
import { headerText } from './text.js';
import { withMatcher } from '../promql/scope.js';
import { HOST_LABEL } from '../config/fleet-settings.js';
import { CENTRAL_JOBS, type CentralService } from '../model/central-alerts.js';
import { loadCatalog } from '../model/catalog-data.js';
import { versionAtLeast } from '../upstream/version.js';
import type { CentralModel } from '../model/central.js';
import type { Artifact } from '../types.js';

/** alert-rules.yml and alert-rules.test.yml of the central store; `targets` is where it scrapes each service. */
export function centralAlertArtifacts(m: CentralModel, targets: Readonly<Record<CentralService, string>>): Artifact[] {
  const items = m.alerts.map((a) => {
    const service = a.source as CentralService;
    const names: Record<string, readonly string[]> = {};
    for (const s of [...a.test.fire, ...(a.test.calm ?? [])]) names[s.metric] ??= catalogLabels(service, s.metric, releaseOf(m, service));
    return alertTestsText(a.alert, { alert: a, source: { known: { job: CENTRAL_JOBS[service], instance: targets[service] }, added: {} }, names });
  });
  const ownSeries = m.alerts.map((a) => ({ ...a, expr: withMatcher(a.expr, HOST_LABEL, '') }));
  return [alertRulesArtifact(m, ownSeries), alertTestsArtifact(headerText(m), items)];
}

/** The release of a central service, as the catalog's `labelsSince` compares it. */
function releaseOf(m: CentralModel, service: CentralService): string {
  return service === 'prometheus' ? m.prometheusVersion : service === 'alertmanager' ? m.alertmanager!.version : m.jaegerVersion!;
}

/** A metric's label names as the catalog lists them for this release (Jaeger 2's section for Jaeger), with job and instance, sorted. */
function catalogLabels(service: CentralService, metric: string, release: string): string[] {
  for (const source of loadCatalog()) {
    if (source.source !== service || (source.major !== undefined && source.major !== Number(release.split('.')[0]))) continue;
    const row = source.metrics.find((r) => r.name === metric);
    if (!row) continue;
    const series = row.noSeriesLabels ? [] : row.labelSet ? source.labelSets?.[row.labelSet] ?? [] : source.seriesLabels ?? [];
    const own = (row.labels ?? []).filter((l) => !row.labelsSince?.[l] || versionAtLeast(release, row.labelsSince[l]));
    return [...new Set(['job', 'instance', ...series, ...own])].sort();
  }
  return ['instance', 'job'];
}
