/** Port rules: unique ports, and the model server's --port agreeing with its configured port. */
import { at, type Rule } from './rule.js';
import { portFromArgs, portUses, type PortUse } from '../config/ports.js';
import { displayPath } from '../config/config-path.js';
import type { Finding } from '../types.js';

/** Host ports must be unique across the stack (seed: one container publishes them all). */
export const uniquePorts: Rule = {
  code: 'OBS_PORT_COLLISION',
  title: 'Every component listens on a port of its own',
  check(config, { written }) {
    const first = new Map<number, PortUse>();
    const out: Finding[] = [];
    // A port the config does not write is a default: said so, and the finding stands at the one it does write.
    const where = (u: PortUse) => (u.fixed ? `a port no key sets, chosen by \`${displayPath(u.path)}\`` : `\`${displayPath(u.path)}\`${written(u.path) ? '' : ', its default'}`);
    for (const use of portUses(config)) {
      const earlier = first.get(use.port);
      if (!earlier) {
        first.set(use.port, use);
        continue;
      }
      // The finding stands at the port to change: one a key sets rather than a fixed one, a written one rather than a default.
      const change = use.fixed !== earlier.fixed ? (use.fixed ? earlier : use) : written(use.path) || !written(earlier.path) ? use : earlier;
      out.push(
        at(change.path, {
          code: 'OBS_PORT_COLLISION',
          message: `port ${use.port} is used by both ${earlier.label} (${where(earlier)}) and ${use.label} (${where(use)})`,
          // One component's two ports (the server's API and its extra port) cannot be told apart by their labels.
          hint: use.label === earlier.label ? `give \`${displayPath(change.path)}\` another port` : `give ${change.label} a free port, or disable one of the two`,
        }),
      );
    }
    return out;
  },
};

/** The model server's --port flag must agree with modelServer.port, which Prometheus scrapes and compose publishes. */
export const modelPortAgrees: Rule = {
  code: 'OBS_MODEL_PORT_MISMATCH',
  title: "The model server's --port flag agrees with modelServer.port",
  check(config) {
    const m = config.modelServer;
    if (!m.enabled) return [];
    const out: Finding[] = [];
    const mismatch = (given: number, path: (string | number)[]) =>
      at(path, {
        code: 'OBS_MODEL_PORT_MISMATCH',
        message: `the model server would listen on --port ${given}, but \`modelServer.port\` is ${m.port}`,
        hint: `remove the explicit --port and let obscompile pass \`modelServer.port\`, or set \`modelServer.port: ${given}\``,
      });
    if (m.flags.port !== undefined && m.flags.port !== m.port) out.push(mismatch(m.flags.port, ['modelServer', 'flags', 'port']));
    const fromArgs = portFromArgs(m.extraArgs);
    if (fromArgs && fromArgs.port === undefined) {
      out.push(at(['modelServer', 'extraArgs', fromArgs.index], {
        code: 'OBS_MODEL_PORT_MISMATCH',
        message: `\`${fromArgs.raw}\` after \`--port\` is not a port number; the server would refuse to start`,
        hint: `remove the explicit --port and let obscompile pass \`modelServer.port\` (${m.port})`,
      }));
    } else if (fromArgs && fromArgs.port !== m.port) out.push(mismatch(fromArgs.port!, ['modelServer', 'extraArgs', fromArgs.index]));
    return out;
  },
};
