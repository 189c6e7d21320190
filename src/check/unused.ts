/** Settings the generated stack would not use as written: a warning at each, so nothing is silently dropped. */
import { at, type Rule } from './rule.js';
import { SERVE_SINCE, TRACE_FLAG } from '../upstream/sglang.js';
import { VLLM_FLAGS, VLLM_PROGRAM } from '../upstream/vllm.js';
import { versionAtLeast } from '../upstream/version.js';
import { ENGINE_TITLE, FLAGS_KEY, engineOf } from '../config/engine.js';
import type { Finding } from '../types.js';

export const settingsUsed: Rule = {
  code: 'OBS_SETTING_UNUSED',
  title: 'Every setting written is one the generated stack uses',
  check(config, { written }) {
    const out: Finding[] = [];
    const m = config.modelServer;
    const engine = engineOf(config);
    const key = FLAGS_KEY[engine];
    if (m.enabled && m[key].enableTrace && !config.jaeger.enabled) {
      out.push(at(['modelServer', key, 'enableTrace'], { severity: 'warning', code: 'OBS_SETTING_UNUSED', message: `${ENGINE_TITLE[engine]} sends its traces to the local Jaeger, which is disabled: \`${engine === 'vllm' ? VLLM_FLAGS.otlpTracesEndpoint : TRACE_FLAG}\` is left out`, hint: 'turn `jaeger.enabled` on, or remove `enableTrace`' }));
    }
    if (m.enabled && written(['modelServer', 'python'])) {
      if (engine === 'vllm') out.push(at(['modelServer', 'python'], { severity: 'warning', code: 'OBS_SETTING_UNUSED', message: `vLLM starts with the \`${VLLM_PROGRAM}\` command, so \`python\` is not used`, hint: 'remove it' }));
      else if (versionAtLeast(config.versions.sglang, SERVE_SINCE)) out.push(at(['modelServer', 'python'], { severity: 'warning', code: 'OBS_SETTING_UNUSED', message: `SGLang ${config.versions.sglang} starts with the \`sglang\` command (from ${SERVE_SINCE}), so \`python\` is not used`, hint: 'remove it, or put the interpreter whose `sglang` you want first on PATH' }));
    }
    // Receivers with no Alertmanager to run them and none to send to: alerts would only show in Prometheus's UI (a
    // fleet whose `central:` is removed leaves its hosts so).
    if (written(['alertmanager', 'receivers']) && !config.alertmanager.enabled && config.alerting.enabled && config.alerting.alertmanagers.length === 0) {
      out.push(at(['alertmanager', 'receivers'], { severity: 'warning', code: 'OBS_SETTING_UNUSED', message: 'no Alertmanager runs here and Prometheus sends its alerts to none, so these receivers are not used: alerts only show in Prometheus', hint: 'turn `alertmanager.enabled` on, name an Alertmanager in `alerting.alertmanagers`, or (in a fleet) give it a `central:` store' }, 'key'));
    }
    const f = config.jaeger.enabled ? config.jaeger.forwardOtlp : undefined;
    if (f?.insecure && f.caFile) {
      out.push(at(['jaeger', 'forwardOtlp', 'caFile'], { severity: 'warning', code: 'OBS_SETTING_UNUSED', message: 'with `insecure: true` the connection is not verified, so `caFile` is not used', hint: 'remove `insecure` to verify with the CA file, or remove `caFile`' }, 'key'));
    }
    return out;
  },
};
