/**
 * The third-party JSON Schemas the tests check generated files against, pinned by commit and SHA-256. They are not
 * committed (their licences and their owners' wording stay theirs): `npm run fetch-schemas` downloads them into the
 * git-ignored .cache/schemas, and `--seed DIR` copies them from a local folder instead (CI without network), after
 * checking the same checksums.
 */
export const SCHEMAS = [
  { file: 'compose-spec.json', repo: 'compose-spec/compose-spec', commit: '170098ba07d9f53c383a41bfd4c5166b0a4529a6', path: 'schema/compose-spec.json', sha256: '1f91e091f16b2dd50ab8860e02bb391d22df553d91c145eacedb1b6eff9c3f0e' },
  { file: 'devContainer.base.schema.json', repo: 'devcontainers/spec', commit: 'c95ffeed1d059abfe9ffbe79762dc2fa4e7c2421', path: 'schemas/devContainer.base.schema.json', sha256: 'a0883c0405ff433db188849d458fb20b9c0d73e0ba1a6e44c1d83f3b485408dd' },
  { file: 'prometheus.json', repo: 'SchemaStore/schemastore', commit: '3b6446ad8a077bac56f4a4796c0b7fd88927fc8e', path: 'src/schemas/json/prometheus.json', sha256: 'c2de435f3050e9a1fc6dac749fa581ff098d54940dd2f2a6ccddfd7d15672656' },
  { file: 'grafana-dashboard.jsonschema.json', repo: 'grafana/grafana-foundation-sdk', commit: 'f178d5a42a8915fdda9235e97ad93881e3f94fef', path: 'jsonschema/dashboard.jsonschema.json', sha256: '67451cd5b288f97e3f68eccd52ffa4f75151fc87c669b8cd93c051056b294265' },
  { file: 'sarif-schema-2.1.0.json', repo: 'oasis-tcs/sarif-spec', commit: 'e0583813964ec43cea53b6b531b402866095ed1f', path: 'sarif-2.1/schema/sarif-schema-2.1.0.json', sha256: 'c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e' },
];

/** Where the tests read them, relative to the repository root. */
export const CACHE_DIR = '.cache/schemas';

/** The command that fills the cache, named in every message about a missing schema. */
export const FETCH_COMMAND = 'npm run fetch-schemas';

export const sourceUrl = (s) => `https://raw.githubusercontent.com/${s.repo}/${s.commit}/${s.path}`;
