/**
 * alertmanager.yml: the receivers of the config (every credential read from a file in the container), a route that
 * groups by alert name and run (and host, in a fleet's central Alertmanager), the Watchdog on its own route to its
 * own receiver, the critical alerts on theirs when they have a receiver of their own, and inhibition so a lost GPU, a
 * down dcgm-exporter or a down model server silences the alerts that depend on it. Keys as Alertmanager reads them at
 * v0.34.0 and at Debian's v0.25.0 (config/config.go, config/notifiers.go; src/upstream/alertmanager.ts), so amtool of
 * both accepts the file.
 */
import { DISCARD_RECEIVER, RUN_LABEL } from '../config/names.js';
import { WATCHDOG } from '../alerts/stack.js';
import { blockYaml, finish, headerText } from './text.js';
import type { Model } from '../model/model.js';
import type { Artifact, ValidConfig } from '../types.js';

type AlertmanagerSettings = ValidConfig['alertmanager'];
type Receiver = AlertmanagerSettings['receivers'][number];

/**
 * The text of a Slack message: each alert's summary and description. Alertmanager's default Slack text is empty
 * (template/default.tmpl @ v0.34.0 and v0.25.0 define `slack.default.text` as nothing), so a team read only the title:
 * the alert's name and labels.
 */
const SLACK_TEXT = '{{ range .Alerts }}*{{ .Annotations.summary }}*\n{{ .Annotations.description }}\n{{ end }}';

/** One receiver: each integration it has, secrets by file only. */
function receiver(r: Receiver): Record<string, unknown> {
  const out: Record<string, unknown> = { name: r.name };
  if (r.webhook) {
    const w = r.webhook;
    const hook: Record<string, unknown> = { url: w.url, send_resolved: true };
    if (w.bearerTokenFile) hook.http_config = { authorization: { type: 'Bearer', credentials_file: w.bearerTokenFile } };
    else if (w.basicAuth) hook.http_config = { basic_auth: { username: w.basicAuth.username, password_file: w.basicAuth.passwordFile } };
    out.webhook_configs = [hook];
  }
  if (r.email) {
    const e = r.email;
    // Alertmanager reads `to` as a list of addresses, comma-separated (mail.ParseAddressList, notify/email/email.go).
    const mail: Record<string, unknown> = { to: typeof e.to === 'string' ? e.to : e.to.join(', '), from: e.from, smarthost: e.smarthost, require_tls: e.requireTls, send_resolved: true };
    if (e.authUsername) mail.auth_username = e.authUsername;
    if (e.authPasswordFile) mail.auth_password_file = e.authPasswordFile;
    out.email_configs = [mail];
  }
  if (r.slack) {
    const s = r.slack;
    out.slack_configs = [{ api_url_file: s.apiUrlFile, ...(s.channel ? { channel: s.channel } : {}), text: SLACK_TEXT, send_resolved: true }];
  }
  return out;
}

const is = (label: string, value: string) => `${label}="${value}"`;
const isNot = (label: string, value: string) => `${label}!="${value}"`;

/**
 * Alerts that make others meaningless while they fire: the source alert and the pack it silences, within one run.
 * (A lost GPU silences nothing: XID, ECC and row-remap errors of the GPUs still there must reach someone.)
 * `alerts` are the alert names the rules hold.
 */
function inhibitRules(alerts: ReadonlySet<string>, scope: readonly string[]): Record<string, unknown>[] {
  const rules: [source: string, pack: string][] = [
    ['DcgmExporterDown', 'gpu'],
    ['ModelServerDown', 'serving'],
  ];
  return rules
    .filter(([source]) => alerts.has(source))
    .map(([source, pack]) => ({ source_matchers: [is('alertname', source)], target_matchers: [is('pack', pack), isNot('alertname', source)], equal: [...scope] }));
}

/**
 * The Alertmanager configuration as data. `scope` are the labels that tell one box's alerts from another's
 * (`container_run`, plus `host` in a fleet); `alerts` the names of the alerts that can arrive.
 */
export function alertmanagerDocument(am: AlertmanagerSettings, scope: readonly string[], alerts: ReadonlySet<string>): Record<string, unknown> {
  const receivers = am.receivers.map(receiver);
  const main = am.route.receiver ?? DISCARD_RECEIVER;
  const watchdog = am.watchdog.receiver ?? DISCARD_RECEIVER;
  if (main === DISCARD_RECEIVER || watchdog === DISCARD_RECEIVER) receivers.push({ name: DISCARD_RECEIVER });
  // The Watchdog never changes: it is sent again every repeatInterval, the heartbeat a dead man's switch expects.
  // Alertmanager takes the first child route that matches: the Watchdog's comes first (its severity is `none`).
  const routes: Record<string, unknown>[] = [{ matchers: [is('alertname', WATCHDOG)], receiver: watchdog, group_wait: '0s', group_interval: am.watchdog.repeatInterval, repeat_interval: am.watchdog.repeatInterval }];
  if (am.route.criticalReceiver !== undefined) routes.push({ matchers: [is('severity', 'critical')], receiver: am.route.criticalReceiver });
  const route = {
    receiver: main,
    group_by: ['alertname', ...scope],
    group_wait: am.route.groupWait,
    group_interval: am.route.groupInterval,
    repeat_interval: am.route.repeatInterval,
    routes,
  };
  const doc: Record<string, unknown> = { route, receivers };
  const inhibit = inhibitRules(alerts, scope);
  if (inhibit.length) doc.inhibit_rules = inhibit;
  return doc;
}

export function renderAlertmanager(model: Model): Artifact {
  const alerts = new Set((model.alerts?.alerts ?? []).map((a) => a.alert));
  const doc = alertmanagerDocument(model.config.alertmanager, [RUN_LABEL], alerts);
  const content = `# ${headerText(model)}\n# For Alertmanager ${model.config.versions.alertmanager} (amtool check-config alertmanager.yml).\n${blockYaml(doc)}`;
  return { name: 'alertmanager.yml', path: 'alertmanager.yml', content: finish(content), executable: false };
}
