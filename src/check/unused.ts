/** Settings the generated stack would not use as written: a warning at each, so nothing is silently dropped. */
import { at, type Rule } from './rule.js';
import { SERVE_SINCE } from '../upstream/sglang.js';
import { versionAtLeast } from '../upstream/version.js';
import type { Finding } from '../types.js';

export const settingsUsed: Rule = {
  code: 'OBS_SETTING_UNUSED',
  title: 'Every setting written is one the generated stack uses',
  check(config, { written }) {
    const out: Finding[] = [];
    const m = config.modelServer;
    if (m.enabled && m.flags.enableTrace && !config.jaeger.enabled) {
      out.push(at(['modelServer', 'flags', 'enableTrace'], { severity: 'warning', code: 'OBS_SETTING_UNUSED', message: 'SGLang sends its traces to the local Jaeger, which is disabled: `--enable-trace` is left out', hint: 'turn `jaeger.enabled` on, or remove `enableTrace`' }));
    }
    if (m.enabled && written(['modelServer', 'python']) && versionAtLeast(config.versions.sglang, SERVE_SINCE)) {
      out.push(at(['modelServer', 'python'], { severity: 'warning', code: 'OBS_SETTING_UNUSED', message: `SGLang ${config.versions.sglang} starts with the \`sglang\` command (from ${SERVE_SINCE}), so \`python\` is not used`, hint: 'remove it, or put the interpreter whose `sglang` you want first on PATH' }));
    }
    const f = config.jaeger.enabled ? config.jaeger.forwardOtlp : undefined;
    if (f?.insecure && f.caFile) {
      out.push(at(['jaeger', 'forwardOtlp', 'caFile'], { severity: 'warning', code: 'OBS_SETTING_UNUSED', message: 'with `insecure: true` the connection is not verified, so `caFile` is not used', hint: 'remove `insecure` to verify with the CA file, or remove `caFile`' }, 'key'));
    }
    return out;
  },
};
