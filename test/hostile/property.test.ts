/**
 * Property-based: configs carrying hostile text (quotes, $(...), backticks, newlines, #, unicode, very long values)
 * in every free-text field either compile to artifacts that parse and execute nothing from a value,
 * or are rejected by the schema with a positioned diagnostic. Fixed seed, bounded runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml, stringify } from 'yaml';
import { compile } from '../../src/compile.js';
import { write } from '../../src/emit/emit.js';
import { cleanup, tempDir } from '../helpers.js';
import { toolTest } from '../integration/tools.js';

const work = tempDir('obscompile-hostile-');
const CANARY = path.join(work, 'pwned');
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f]/;

const payloads = [
  '$(touch CANARY)', '`touch CANARY`', "'; touch CANARY; '", '"; touch CANARY; "', '\ntouch CANARY\n', "'$(touch CANARY)'",
  '# not a comment', '${HOME}', '$$', '\\', 'ünïcødé ☃ 😀 ‮rtl', '{{header}}', '<!-- x --> <b>', '| a | b |', '--port=1', '-rf', 'a'.repeat(150), '\u0000', '\u001b[31m',
].map((p) => p.replace(/CANARY/g, CANARY));
const text = fc.oneof(
  { arbitrary: fc.constantFrom(...payloads), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }), weight: 3 },
  { arbitrary: fc.array(fc.constantFrom(...payloads), { minLength: 1, maxLength: 3 }).map((a) => a.join(' ')), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
);

const fields = fc.record({ description: text, arg1: text, arg2: text, env: text, comment: text, label: text, targetLabel: text, help: text, extraArg: text, name: text });
type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

function configOf(f: Fields): string {
  return stringify({
    version: 1,
    output: { dir: 'out' },
    project: { description: f.description },
    container: { command: ['argdump', f.arg1, f.arg2], environment: { HOSTILE: f.env } },
    storage: { durable: [{ dir: 'models', containerPath: '/models', comment: f.comment }] },
    prometheus: { externalLabels: { note: f.label }, extraTargets: [{ job: 'app', targets: ['localhost:8000'], labels: { x: f.targetLabel }, metrics: [{ name: 'app_x', type: 'gauge', help: f.help }] }] },
    modelServer: { extraArgs: [f.extraArg] },
    devcontainer: { name: f.name },
  });
}

/** A bin folder with only what the scripts need, plus argument recorders standing in for the command and the server. */
function sandboxBin(): string {
  const bin = path.join(work, 'bin');
  mkdirSync(bin, { recursive: true });
  for (const tool of ['date', 'od', 'tr', 'dirname', 'awk', 'mkdir', 'mv', 'touch', 'tee', 'cat']) {
    const found = execFileSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim();
    symlinkSync(found, path.join(bin, tool));
  }
  const recorder = (name: string) => {
    writeFileSync(path.join(bin, name), `#!/bin/bash\nprintf '%s\\0' "$@" > "$ARGS_OUT/${name}"\n`);
    chmodSync(path.join(bin, name), 0o755);
  };
  recorder('argdump');
  recorder('sglang'); // SGLang 0.5.7+ starts with `sglang serve`
  return bin;
}

/** What obscompile refuses: control characters, text over its length limit, empty arguments, a conflicting --port. */
function expectRejection(f: Fields): boolean {
  const tooLong = f.description.length > 200 || f.name.length > 100 || f.comment.length > 120 || f.label.length > 200 || f.targetLabel.length > 200 || f.help.length > 300;
  const emptyArg = [f.arg1, f.arg2, f.extraArg].some((a) => a === '');
  const otherPort = /^--port=\d+$/.test(f.extraArg) && f.extraArg !== '--port=30000';
  return Object.values(f).some((v) => FORBIDDEN.test(v)) || tooLong || emptyArg || otherPort;
}

const escapedDollar = (s: string) => s.replace(/\$/g, '$$$$');
const BASH = execFileSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).trim();
// The absolute bash path: the sandbox PATH below holds only the tools the scripts need.
const run = (file: string, env: Record<string, string>) => spawnSync(BASH, [file], { env, encoding: 'utf8', timeout: 20_000 });
const recorded = (file: string) => readFileSync(file, 'utf8').split('\0').slice(0, -1);

toolTest(test, ['bash'], 'hostile text is inert in every artifact, or rejected by the schema with its position', async () => {
  const bin = sandboxBin();
  let compiled = 0;
  let rejected = 0;
  try {
    await fc.assert(
      fc.asyncProperty(fields, async (f) => {
        const dir = path.join(work, 'case');
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir);
        writeFileSync(path.join(dir, 'observability.config.yaml'), configOf(f));
        const c = await compile({ cwd: dir });
        const hasForbidden = expectRejection(f);
        if (!c.artifacts) {
          rejected++;
          assert.ok(hasForbidden, `rejected for an unexpected reason: ${JSON.stringify(c.diagnostics)}`);
          for (const d of c.diagnostics) assert.ok(['OBS_SCHEMA_PATTERN', 'OBS_SCHEMA_RANGE', 'OBS_MODEL_PORT_MISMATCH'].includes(d.code) && d.line > 1, JSON.stringify(d));
          return;
        }
        compiled++;
        assert.not.ok(hasForbidden, 'forbidden text never reaches an artifact');
        const byName = Object.fromEntries(c.artifacts.map((a) => [a.name, a.content]));
        const compose = parseYaml(byName['docker-compose.yml']!) as { services: Record<string, { command: string[]; environment: Record<string, string> }> };
        assert.equal(compose.services['sglang-dev']!.command, ['argdump', escapedDollar(f.arg1), escapedDollar(f.arg2)], 'Compose sees $$, which it turns back into the literal $');
        assert.is(compose.services['sglang-dev']!.environment.HOSTILE, escapedDollar(f.env));
        const prom = parseYaml(byName['prometheus.yml']!) as { global: { external_labels: Record<string, string> }; scrape_configs: { job_name: string; static_configs: { labels?: Record<string, string> }[] }[] };
        assert.is(prom.global.external_labels.note, escapedDollar(f.label));
        assert.is(prom.scrape_configs.find((j) => j.job_name === 'app')!.static_configs[0]!.labels!.x, f.targetLabel);
        const errors: ParseError[] = [];
        assert.is((parseJsonc(byName['devcontainer.json']!, errors) as { name: string }).name, f.name);
        assert.equal(errors, []);
        const catalog = byName['metrics_catalog.md']!;
        const headings = 1 + c.model!.catalog.length + (c.model!.alerts ? 1 : 0) + (c.model!.dashboards ? 1 : 0) + (c.model!.joins.length ? 1 : 0);
        assert.is(catalog.split('\n').filter((l) => l.startsWith('# ') || l.startsWith('## ')).length, headings, 'no heading injected into the catalog');
        const row = catalog.split('\n').find((l) => l.startsWith('| `app_x`'))!;
        assert.is(row.replace(/\\\|/g, '').split('|').length, 7, 'the help text stays inside its table cell');

        const out = c.outDir!;
        const written = await write(c.artifacts, { outDir: out, shownDir: 'out', source: c.model!.sourceName }, { force: false, dryRun: false });
        assert.equal(written.diagnostics, []);
        for (const script of ['init-run.sh', 'setup-storage.sh', 'launch-model.sh']) {
          const syntax = spawnSync('bash', ['-n', path.join(out, script)], { encoding: 'utf8' });
          assert.is(syntax.status, 0, `${script} parses: ${syntax.stderr}`);
        }
        const argsOut = path.join(dir, 'args');
        mkdirSync(argsOut);
        const env = { PATH: bin, OBS_TELEMETRY_ROOT: path.join(dir, 'telemetry'), OBS_STORAGE_ROOT: path.join(dir, 'storage'), ARGS_OUT: argsOut };
        assert.is(run(path.join(out, 'setup-storage.sh'), env).status, 0);
        const init = run(path.join(out, 'init-run.sh'), env);
        assert.is(init.status, 0, init.stderr);
        assert.equal(recorded(path.join(argsOut, 'argdump')), [f.arg1, f.arg2], 'the command received its arguments literally');
        assert.is(run(path.join(out, 'launch-model.sh'), env).status, 0);
        assert.equal(recorded(path.join(argsOut, 'sglang')).slice(-1), [f.extraArg], 'the server received the pass-through argument literally');
        assert.not.ok(existsSync(CANARY), 'nothing from a value was executed');
      }),
      { seed: 20261121, numRuns: 50, endOnFailure: true, verbose: true },
    );
    assert.ok(compiled > 10 && rejected > 0, `both outcomes were exercised (compiled ${compiled}, rejected ${rejected})`);
  } finally {
    cleanup(work);
  }
});

test.run();
