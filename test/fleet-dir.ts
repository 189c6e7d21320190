/** A fleet's folder for the fleet tests: a base config (BASE unless given) and the fleet file beside it. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { configDir } from './helpers.js';

export const BASE = 'version: 1\noutput: { dir: out }\nprometheus:\n  port: 9090\n  retention: 15d\n  externalLabels: { team: ml }\n  extraTargets:\n    - { job: app, targets: ["localhost:8000"] }\n';

export function fleetDir(fleet: string, base = BASE): string {
  const dir = configDir(base);
  writeFileSync(path.join(dir, 'observability.fleet.yaml'), fleet);
  return dir;
}
