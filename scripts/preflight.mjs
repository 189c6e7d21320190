/**
 * Runs before the tests (`npm test`). Names every test group that will be skipped on this machine and why; under
 * CI (`CI=true`), where nothing may skip, it stops the run at once with one line saying what is missing and how to get it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR, FETCH_COMMAND, SCHEMAS } from './official-schemas.mjs';

const root = path.resolve(new URL('..', import.meta.url).pathname);
const ci = process.env.CI === 'true';
const has = (tool) => {
  try {
    execFileSync('bash', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const intact = (s) => {
  const file = path.join(root, CACHE_DIR, s.file);
  return existsSync(file) && createHash('sha256').update(readFileSync(file)).digest('hex') === s.sha256;
};

/** Prerequisite, what needs it, and how to get it. */
const needs = [
  ...['prometheus', 'promtool', 'prometheus-node-exporter'].map((t) => [t, 'the Prometheus, node_exporter and catalog-scrape tests', 'apt-get install -y prometheus prometheus-node-exporter']),
  ...['prometheus-alertmanager', 'amtool'].map((t) => [t, 'the Alertmanager end-to-end and amtool tests', 'apt-get install -y prometheus-alertmanager']),
  ['shellcheck', 'the shellcheck tests of the scripts and the Dockerfile', 'apt-get install -y shellcheck'],
  ['setpriv', 'the init-run.sh run without SYS_ADMIN', 'apt-get install -y util-linux'],
  ['git', 'the storage-stays-out-of-git test', 'apt-get install -y git'],
  ['ip', 'the fleet test across network namespaces (needs root)', 'apt-get install -y iproute2'],
  ['curl', 'the fleet test across network namespaces', 'apt-get install -y curl'],
].filter(([tool]) => !has(tool));
// Not a tool, but the same kind of need: network namespaces are root's.
if (process.getuid?.() !== 0) needs.push(['root', 'the fleet test across network namespaces', 'run the tests as root']);
const missingSchemas = SCHEMAS.filter((s) => !intact(s)).map((s) => s.file);

if (ci && missingSchemas.length) {
  console.error(`official schemas missing (${missingSchemas.join(', ')}): run \`${FETCH_COMMAND}\` (CI here seeds them with \`${FETCH_COMMAND} -- --seed DIR\`)`);
  process.exit(1);
}
if (ci && needs.length) {
  console.error(`missing under CI (${needs.map(([t]) => t).join(', ')}): ${[...new Set(needs.map(([, , how]) => how))].join('; ')}`);
  process.exit(1);
}
for (const [tool, what, how] of needs) console.log(tool === 'root' ? `skipping ${what}: it needs root (${how})` : `skipping ${what}: \`${tool}\` is not installed (${how})`);
if (missingSchemas.length) console.log(`skipping the official-schema tests: ${missingSchemas.join(', ')} not fetched (run \`${FETCH_COMMAND}\`; offline, \`${FETCH_COMMAND} -- --seed DIR\` copies them from a folder, checksums checked)`);
