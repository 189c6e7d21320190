/**
 * Alertmanager: every receiver the route and the Watchdog name exists (Alertmanager refuses the file otherwise), each
 * name once, none unused, webhook URLs Alertmanager can parse (one with credentials the schema refuses already); and an
 * Alertmanager that gets alerts.
 */
import { at, type Rule } from './rule.js';
import { DISCARD_RECEIVER } from '../config/names.js';
import { didYouMean } from '../validate/errors.js';
import type { ConfigPath, Finding, ValidConfig } from '../types.js';
import { WATCHDOG } from '../alerts/stack.js';
import { alertingOf } from '../model/alerting.js';
import { turnedOff } from '../model/alerts.js';
import { ruleShapes } from '../alerts/index.js';
import { loadCatalog } from '../model/catalog-data.js';
import { parseUrl } from './remote-write.js';

type Settings = ValidConfig['alertmanager'];

/** The settings that name a receiver, each with where it stands in the config. */
const ROUTED: [ConfigPath, (am: Settings) => string | undefined][] = [
  [['alertmanager', 'route', 'receiver'], (am) => am.route.receiver],
  [['alertmanager', 'route', 'criticalReceiver'], (am) => am.route.criticalReceiver],
  [['alertmanager', 'watchdog', 'receiver'], (am) => am.watchdog.receiver],
];

export const alertmanagerReceivers: Rule = {
  code: 'OBS_ALERTMANAGER_RECEIVER',
  title: 'The receivers the routes name (of every alert, the critical ones, the Watchdog) exist, and each receiver has its own name and is used',
  check(config) {
    // Checked whether or not this config runs it: a fleet's central Alertmanager routes with the hosts' settings.
    const am = config.alertmanager;
    const out: Finding[] = [];
    const names = new Map<string, number>();
    am.receivers.forEach((r, i) => {
      const path: ConfigPath = ['alertmanager', 'receivers', i, 'name'];
      if (r.name === DISCARD_RECEIVER) out.push(at(path, { code: 'OBS_RESERVED_NAME', message: `receiver name \`${DISCARD_RECEIVER}\` is the one obscompile gives alerts routed nowhere`, hint: 'give the receiver another name' }));
      else if (names.has(r.name)) out.push(at(path, { code: 'OBS_ALERTMANAGER_RECEIVER', message: `receiver \`${r.name}\` is already defined at receivers[${names.get(r.name)}]`, hint: 'give every receiver its own name (Alertmanager refuses duplicates)' }));
      else names.set(r.name, i);
      // Alertmanager reads the URL with Go's net/url, as Prometheus does a remote-write one: a host it cannot parse
      // (a `^` in it, say) makes it refuse the whole file.
      // From Alertmanager 0.31 a webhook URL holding `{{` is a Go template (config/common/url.go SecretTemplateURL @
      // v0.34.0), parsed when the file loads: one that does not parse stops Alertmanager; obscompile writes URLs only.
      const url = r.webhook ? (r.webhook.url.includes('{{') ? 'it holds `{{`, which Alertmanager reads as the start of a template (it refuses a file whose template does not parse)' : parseUrl(r.webhook.url)) : undefined;
      if (typeof url === 'string') out.push(at(['alertmanager', 'receivers', i, 'webhook', 'url'], { code: 'OBS_ALERTMANAGER_RECEIVER', message: `webhook URL \`${r.webhook!.url}\` cannot be used: ${url}`, hint: 'write it as http(s)://HOST[:PORT]/PATH, such as http://alerts.example.internal/hook' }));
    });
    // Running with nowhere to send: every alert goes to the receiver that drops it, and no one hears of it.
    if (am.enabled && am.route.receiver === undefined) {
      const what = am.route.criticalReceiver === undefined ? 'every alert goes' : 'every alert but the critical ones (the warnings) goes';
      out.push(at(['alertmanager', 'enabled'], { severity: 'warning', code: 'OBS_ALERTMANAGER_RECEIVER', message: `Alertmanager runs, but \`alertmanager.route.receiver\` names no receiver: ${what} to \`${DISCARD_RECEIVER}\`, which drops it`, hint: 'add a receiver under `alertmanager.receivers` and name it in `alertmanager.route.receiver`' }));
    }
    const used = new Set<string>();
    for (const [path, name] of ROUTED.map(([p, of]) => [p, of(am)] as const)) {
      if (name === undefined) continue;
      used.add(name);
      if (names.has(name)) {
        // Alertmanager takes a receiver with no integration and drops what it is sent: a route or dead man's switch
        // that names one reaches no one.
        const r = am.receivers[names.get(name)!]!;
        if (!r.webhook && !r.email && !r.slack) {
          out.push(at(path, { severity: 'warning', code: 'OBS_ALERTMANAGER_RECEIVER', message: `receiver \`${name}\` has no webhook, email or slack: what is routed to it is dropped, and no one hears of it`, hint: `give receivers[${names.get(name)}] a webhook, email or slack` }));
        }
        continue;
      }
      const guess = didYouMean(name, [...names.keys()]);
      const known = names.size ? `the receivers are ${[...names.keys()].map((n) => `\`${n}\``).join(', ')}` : 'no receiver is defined';
      out.push(at(path, { code: 'OBS_ALERTMANAGER_RECEIVER', message: `no receiver \`${name}\`: ${known}`, hint: guess ? `did you mean \`${guess}\`?` : 'add it under `alertmanager.receivers`, or name one that is there' }));
    }
    // Unused receivers are told only once every name the route and the Watchdog use is right.
    const unresolved = [...used].some((name) => !names.has(name));
    am.receivers.forEach((r, i) => {
      if (unresolved || used.has(r.name) || names.get(r.name) !== i) return;
      out.push(at(['alertmanager', 'receivers', i, 'name'], { severity: 'warning', code: 'OBS_ALERTMANAGER_RECEIVER', message: `receiver \`${r.name}\` is named by no route (${ROUTED.map(([p]) => `\`${p.slice(1).join('.')}\``).join(', ')}): it gets no notification`, hint: 'name it in one of them, or remove it' }));
    });
    return out;
  },
};

export const alertmanagerFed: Rule = {
  code: 'OBS_ALERTMANAGER_UNUSED',
  title: 'An Alertmanager that runs gets alerts: Prometheus runs and evaluates the alert rules',
  check(config) {
    if (!config.alertmanager.enabled || (config.prometheus.enabled && config.alerting.enabled)) return [];
    const why = config.prometheus.enabled ? '`alerting.enabled` is false, so Prometheus evaluates no alert rules' : 'Prometheus is disabled';
    const hint = config.prometheus.enabled ? 'set `alerting.enabled: true`, or `alertmanager.enabled: false`' : 'turn Prometheus on (`prometheus.enabled: true`), or set `alertmanager.enabled: false`';
    return [at(['alertmanager', 'enabled'], { severity: 'warning', code: 'OBS_ALERTMANAGER_UNUSED', message: `Alertmanager runs but receives no alerts: ${why}`, hint })];
  },
};

/** `receiver`, when one is named and this configuration's Alertmanager runs and gets its alert rules' alerts. */
const alertsReach = (config: ValidConfig, receiver: string | undefined): string | undefined =>
  receiver && config.alertmanager.enabled && config.prometheus.enabled && config.alerting.enabled ? receiver : undefined;

/** A Watchdog receiver is a dead man's switch: it pages when the heartbeat stops, so the Watchdog must be produced. */
export const watchdogBeats: Rule = {
  code: 'OBS_ALERT_LEFT_OUT',
  title: "An Alertmanager route to a dead man's switch has a Watchdog to send",
  check(config) {
    const receiver = alertsReach(config, config.alertmanager.watchdog.receiver);
    if (!receiver) return [];
    const why = turnedOff(config.alerting, ruleShapes().find((r) => r.alert === WATCHDOG)!) ?? alertingOf(config, loadCatalog()).alerts?.leftOut.find((l) => l.name === WATCHDOG)?.why;
    if (!why) return [];
    return [at(['alertmanager', 'watchdog', 'receiver'], {
      severity: 'warning',
      code: 'OBS_ALERT_LEFT_OUT',
      message: `the Watchdog goes to \`${receiver}\`, but this configuration leaves it out (${why}): the dead man's switch behind \`${receiver}\` gets no heartbeat and will page`,
      hint: `keep the Watchdog, or remove \`alertmanager.watchdog.receiver\``,
    })];
  },
};

/** A receiver of the critical alerts gets some: this configuration's rules hold at least one. */
export const criticalAlertsArrive: Rule = {
  code: 'OBS_ALERT_LEFT_OUT',
  title: 'A receiver of the critical alerts has critical alerts to get',
  check(config) {
    const receiver = alertsReach(config, config.alertmanager.route.criticalReceiver);
    if (!receiver) return [];
    const alerts = alertingOf(config, loadCatalog()).alerts;
    if (alerts?.alerts.some((a) => a.severity === 'critical')) return [];
    const critical = ruleShapes().filter((r) => r.severity === 'critical').map((r) => r.alert);
    return [at(['alertmanager', 'route', 'criticalReceiver'], {
      severity: 'warning',
      code: 'OBS_ALERT_LEFT_OUT',
      message: `\`${receiver}\` is to get the critical alerts, but this configuration's rules hold none of them (${[...new Set(critical)].join(', ')}): it is never sent anything`,
      hint: 'turn on what they read (`alerting.packs`, dcgm-exporter, the model server), or remove `alertmanager.route.criticalReceiver`',
    })];
  },
};
