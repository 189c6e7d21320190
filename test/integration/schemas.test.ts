/** The generated compose file, devcontainer.json and prometheus.yml validate against their official schemas (pinned, fetched into .cache/schemas). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { FETCH_COMMAND, missingSchemas, officialSchema } from '../official-schemas.js';
import { BUNDLES, exampleOut } from './tools.js';

type Validate = (data: unknown) => string[];

function validator(file: string, draft: '07' | '2019'): Validate {
  const schema = officialSchema(file)!;
  // compose-spec names draft-07 as "https://json-schema.org/draft-07/schema", which ajv does not know (SOURCES.md).
  delete schema.$schema;
  const ajv = draft === '2019' ? new Ajv2019.default({ strict: false, allErrors: true }) : new Ajv.default({ strict: false, allErrors: true });
  addFormats.default(ajv as never);
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
}

function jsonc(text: string): unknown {
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: false });
  assert.equal(errors, [], 'devcontainer.json is valid JSONC');
  return value;
}

/** prometheus.yml without `storage.tsdb.retention`, which only Prometheus 3.8+ (and no published schema yet) knows. */
function withoutRetention(doc: any): unknown {
  if (doc.storage?.tsdb) delete doc.storage.tsdb.retention;
  if (doc.storage?.tsdb && Object.keys(doc.storage.tsdb).length === 0) delete doc.storage.tsdb;
  if (doc.storage && Object.keys(doc.storage).length === 0) delete doc.storage;
  return doc;
}

const CASES: { artifact: string; schema: string; draft: '07' | '2019'; read: (text: string) => unknown; breakIt: (doc: any) => void }[] = [
  { artifact: 'docker-compose.yml', schema: 'compose-spec.json', draft: '07', read: parseYaml, breakIt: (d) => (Object.values(d.services as object)[0].cap_add = 'SYS_ADMIN') },
  { artifact: 'devcontainer.json', schema: 'devContainer.base.schema.json', draft: '2019', read: jsonc, breakIt: (d) => (d.overrideCommand = 'no') },
  // The SchemaStore schema predates retention in the config file (Prometheus 3.8+), the one 3.x-only block; promtool.test.ts covers it.
  { artifact: 'prometheus.yml', schema: 'prometheus.json', draft: '07', read: (t) => withoutRetention(parseYaml(t)), breakIt: (d) => (d.global.scrape_interval = '1m30s') },
];

const missing = missingSchemas().filter((f) => CASES.some((c) => c.schema === f));
if (missing.length) {
  const why = `official schemas not fetched (${missing.join(', ')}): run \`${FETCH_COMMAND}\``;
  if (process.env.CI === 'true') test('the official schemas are in .cache/schemas', () => assert.unreachable(why));
  else test.skip(`official schema validation (skipped: ${why})`, () => undefined);
} else {
  for (const c of CASES) {
    const validate = validator(c.schema, c.draft);
    for (const bundle of BUNDLES) {
      const file = path.join(bundle.dir, c.artifact);
      if (!existsSync(file)) continue;
      test(`${bundle.name}/${c.artifact} validates against ${c.schema}`, () => {
        assert.equal(validate(c.read(readFileSync(file, 'utf8'))), []);
      });
    }
    test(`${c.schema} rejects a deliberately broken ${c.artifact}`, () => {
      const doc = c.read(readFileSync(path.join(exampleOut('sglang-dev'), c.artifact), 'utf8'));
      c.breakIt(doc);
      assert.ok(validate(doc).length > 0, 'the schema catches the breakage');
    });
  }
}

test.run();
