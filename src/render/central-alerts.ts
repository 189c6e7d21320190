/**
 * The central store's own alert rules and their promtool unit tests (src/model/central-alerts.ts), beside its
 * prometheus.yml: written as a host's are, every selector narrowed with `host=""` to the series the central store
 * scrapes itself (but in the rule over what the hosts send), and each test series labelled as it scrapes them.
 */
import { alertRulesArtifact, alertTestsArtifact, alertTestsText } from './alert-rules.js';
import { labelNames } from './alert-tests.js';
import { headerText } from './text.js';
import { withMatcher } from '../promql/scope.js';
import { HOST_LABEL } from '../config/fleet-settings.js';
import { CENTRAL_JOBS, type CentralService } from '../model/central-alerts.js';
import { testSeries } from '../model/alerts.js';
import type { CentralModel } from '../model/central.js';
import type { Artifact } from '../types.js';

/** alert-rules.yml and alert-rules.test.yml of the central store; `targets` is where it scrapes each service. */
export function centralAlertArtifacts(m: CentralModel, targets: Readonly<Record<CentralService, string>>): Artifact[] {
  const items = m.alerts.map((a) => {
    const service = a.source as CentralService;
    const names: Record<string, readonly string[]> = {};
    for (const s of testSeries(a.test)) names[s.metric] ??= labelNames(m.series, s.metric);
    return alertTestsText(a.alert, { alert: a, source: { known: { job: CENTRAL_JOBS[service], instance: targets[service] }, added: {} }, names });
  });
  const ownSeries = m.alerts.map((a) => (a.readsHosts ? a : { ...a, expr: withMatcher(a.expr, HOST_LABEL, '') }));
  return [alertRulesArtifact(m, ownSeries), alertTestsArtifact(headerText(m), items)];
}
