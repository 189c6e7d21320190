/** What `obscompile COMMAND --help` shows after the options: examples and exit codes. */

const EXITS: Readonly<Record<string, string>> = {
  validate: '0 valid (warnings allowed), 1 invalid config, 2 usage or I/O error',
  build: '0 written or up to date, 1 invalid config or a hand-edited artifact (use --force), 2 usage, I/O error or locked folder',
  check: '0 up to date, 1 drift (missing, stale, hand-edited or orphaned files) or invalid config, 2 usage or I/O error',
  schema: '0 printed or written, 2 usage or I/O error',
  docs: '0 printed, injected or up to date, 1 stale (--check) or bad markers, 2 usage or I/O error',
  init: '0 written, 2 the file exists (init never overwrites) or I/O error',
  explain: '0 explained, 1 invalid config, 2 usage error (not a config path, no such host) or I/O error (no config)',
  lint: '0 every query reads what the stack stores, 1 findings or an invalid config, 2 usage or I/O error (a file that cannot be read)',
  verify: '0 the Prometheus matches the catalog (warnings allowed), 1 drift, an unreachable Prometheus or an invalid config, 2 usage error',
};

const EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  validate: ['obscompile validate', 'obscompile validate --config deploy/observability.config.yaml --format json', 'obscompile validate --fleet observability.fleet.yaml'],
  build: ['obscompile build', 'obscompile build --dry-run', 'obscompile build --stdout prometheus.yml', 'obscompile build --out /tmp/stack --force'],
  check: ['obscompile check', 'npx --no-install obscompile check --format github   # in GitHub Actions', 'obscompile check --format sarif > obscompile.sarif'],
  schema: ['obscompile schema > observability.schema.json', 'obscompile schema --out .vscode/observability.schema.json', 'obscompile schema --kind fleet --out fleet.schema.json'],
  docs: ['obscompile docs --table components', 'obscompile docs --inject README.md', 'obscompile docs --inject README.md --check   # in CI'],
  init: ['obscompile init', 'obscompile init infra --example cpu-only'],
  explain: ['obscompile explain prometheus.port', 'obscompile explain exporters.dcgmExporter.port --fleet observability.fleet.yaml --host gpu-b'],
  lint: ['obscompile lint rules/*.yml dashboards/*.json', 'obscompile lint monitoring/   # the rule files and dashboards in it', 'obscompile lint alerts.yml --format github   # in CI', 'obscompile lint hosts/central/dashboard-*.json --fleet observability.fleet.yaml', 'obscompile lint alerts.yml --versions sglang=0.6.0,dcgmExporter=4.6.0-4.8.3'],
  verify: ['obscompile verify --prometheus http://127.0.0.1:9090', 'obscompile verify --prometheus https://prom.lab.internal --bearer-token-file /run/secrets/prom-token --ca-file ca.pem --format json'],
};

/** What a command keeps in the user's cache folder, and how to turn it off. */
const CACHES: Readonly<Record<string, string>> = {
  build:
    'a build that writes leaves a record in $XDG_CACHE_HOME/obscompile/records (default ~/.cache); the same build with nothing changed (config, generated files, output folder) replays it without compiling. Beside it, the longest texts it rendered (catalog, alert rules and tests, dashboards), given again to a build or check whose edit they do not depend on. OBSCOMPILE_NO_BUILD_RECORD=1 turns both off.',
  check:
    'check never uses a build record (it compares every byte), but keeps the longest texts it rendered (catalog, alert rules and tests, dashboards) in $XDG_CACHE_HOME/obscompile/records (default ~/.cache), beside the records, and gives them again to a build or check whose edit they do not depend on. OBSCOMPILE_NO_BUILD_RECORD=1 turns this off.',
};

/** The help text after a command's options. */
export function helpAfter(command: string): string {
  const examples = (EXAMPLES[command] ?? []).map((e) => `  $ ${e}`).join('\n');
  const cache = CACHES[command] ? `\n\nCache: ${CACHES[command]}` : '';
  return `\nExamples:\n${examples}\n\nExit codes: ${EXITS[command] ?? '0 ok, 1 invalid, 2 usage or I/O error'}.${cache}`;
}
