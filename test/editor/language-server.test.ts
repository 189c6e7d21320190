/** The schema as an editor sees it: yaml-language-server over LSP on a config with the `obscompile init` modeline. */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, artifactCount, cleanup, cli, tempDir } from '../helpers.js';
import { EXAMPLES } from '../integration/tools.js';
import { SETTINGS, YamlLanguageServer } from './lsp-client.js';
import { parse as parseJsonc } from 'jsonc-parser';

const withTimeout = <T>(p: Promise<T>, what: string, ms = 20_000) =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms))]);

/** A folder where `obscompile init` wrote a config, and a language server started on it. */
async function initialised() {
  const dir = tempDir();
  const server = new YamlLanguageServer();
  assert.is((await cli(['init'], dir)).code, 0);
  const file = path.join(dir, 'observability.config.yaml');
  const modeline = readFileSync(file, 'utf8').split('\n')[0]!;
  assert.match(modeline, /^# yaml-language-server: \$schema=/);
  await withTimeout(server.start(dir), 'initialize');
  return { dir, server, file, modeline };
}

test('yaml-language-server reports, completes and documents obscompile configs', async () => {
  const { dir, server, file, modeline } = await initialised();
  try {

    // Line numbers below are 0-based, as LSP counts.
    const text = [modeline, 'version: 1', 'prometheus:', '  port: "9090"', '  scrapeIntervall: 15s', '  retention: 15d', ''].join('\n');
    const diagnostics = await withTimeout(server.open(file, text), 'diagnostics');
    const at = (line: number) => diagnostics.filter((d) => d.range.start.line === line);
    const typo = at(4);
    assert.is(typo.length, 1, JSON.stringify(diagnostics));
    assert.equal(typo[0]!.range.start, { line: 4, character: 2 });
    assert.match(typo[0]!.message, /scrapeIntervall/);
    const wrongType = at(3);
    assert.is(wrongType.length, 1, JSON.stringify(diagnostics));
    assert.equal(wrongType[0]!.range.start, { line: 3, character: 8 });
    assert.match(wrongType[0]!.message, /integer/i);

    const completion = await withTimeout(server.completion(file, 5, 2), 'completion');
    const labels = (Array.isArray(completion) ? completion : completion.items).map((i) => i.label);
    for (const key of ['scrapeInterval', 'evaluationInterval', 'externalLabels', 'extraTargets']) assert.ok(labels.includes(key), `completion inside prometheus offers ${key}: ${labels.join(', ')}`);

    // Every section completes at the top level, and every key inside a section (null defaults once hid seven of them).
    const sections = Object.keys(JSON.parse(readFileSync(path.join(ROOT, 'schema/observability.schema.json'), 'utf8')).properties).filter((k) => k !== '$schema' && k !== 'version');
    const blank = [modeline, 'version: 1', '', ''].join('\n');
    await withTimeout(server.open(file, blank), 'diagnostics of a blank config');
    const top = await withTimeout(server.completion(file, 2, 0), 'top-level completion');
    const topLabels = (Array.isArray(top) ? top : top.items).map((i) => i.label);
    for (const section of sections) assert.ok(topLabels.includes(section), `top-level completion offers ${section}: ${topLabels.join(', ')}`);
    for (const [section, keys] of [['devcontainer', ['schemaPath', 'workspaceRoot']], ['container', ['image', 'gpus']], ['exporters', ['cadvisor']], ['jaeger', ['forwardOtlp']]] as const) {
      await withTimeout(server.open(file, [modeline, 'version: 1', `${section}:`, '  ', ''].join('\n')), `diagnostics inside ${section}`);
      const inside = await withTimeout(server.completion(file, 3, 2), `completion inside ${section}`);
      const insideLabels = (Array.isArray(inside) ? inside : inside.items).map((i) => i.label);
      for (const key of keys) assert.ok(insideLabels.includes(key), `completion inside ${section} offers ${key}: ${insideLabels.join(', ')}`);
    }
    await withTimeout(server.open(file, text), 'diagnostics again');

    const hover = await withTimeout(server.hover(file, 5, 4), 'hover');
    assert.match(JSON.stringify(hover?.contents), /How long a run's TSDB keeps samples/);
    // A key's examples are its own, not those of the definition it shares (durations: 15s, 30s, 1m).
    assert.match(JSON.stringify(hover?.contents), /30d/, JSON.stringify(hover?.contents));
    assert.not.match(JSON.stringify(hover?.contents), /\b1m\b/, JSON.stringify(hover?.contents));

    for (const name of EXAMPLES) {
      const example = path.join(ROOT, 'examples', name, 'observability.config.yaml');
      const found = await withTimeout(server.open(example, readFileSync(example, 'utf8')), `diagnostics of ${name}`);
      assert.equal(found, [], `examples/${name} has no diagnostics in the editor`);
    }
  } finally {
    await server.stop();
    cleanup(dir);
  }
});

test('the editor offers and checks only the chosen engine\'s flags', async () => {
  const { dir, server, file, modeline } = await initialised();
  try {
    const keysInside = async (engine: string | undefined) => {
      const lines = [modeline, 'version: 1', 'modelServer:', ...(engine ? [`  engine: ${engine}`] : []), '  ', ''];
      await withTimeout(server.open(file, lines.join('\n')), `diagnostics with engine ${engine}`);
      const c = await withTimeout(server.completion(file, lines.length - 2, 2), `completion with engine ${engine}`);
      return (Array.isArray(c) ? c : c.items).map((i) => i.label);
    };
    const vllm = await keysInside('vllm');
    assert.ok(vllm.includes('vllm') && !vllm.includes('flags'), `engine vllm offers vllm, not flags: ${vllm.join(', ')}`);
    for (const engine of [undefined, 'sglang']) {
      const sglang = await keysInside(engine);
      assert.ok(sglang.includes('flags') && !sglang.includes('vllm'), `engine ${engine ?? '(default)'} offers flags, not vllm: ${sglang.join(', ')}`);
    }
    // A number without a default is completed with its example, not with yaml-language-server's `0` (below minimum 1).
    const flagLines = [modeline, 'version: 1', 'modelServer:', '  engine: vllm', '  vllm:', '    ', ''];
    await withTimeout(server.open(file, flagLines.join('\n')), 'diagnostics inside vllm');
    const flagItems = await withTimeout(server.completion(file, 5, 4), 'completion inside vllm');
    const items = (Array.isArray(flagItems) ? flagItems : flagItems.items) as { label: string; insertText?: string; textEdit?: { newText: string } }[];
    const tp = items.find((i) => i.label === 'tensorParallelSize');
    const inserted = tp?.textEdit?.newText ?? tp?.insertText;
    assert.match(String(inserted), /^tensorParallelSize: \$?\{?1?:?2\}?$/, `tensorParallelSize completes with 2: ${JSON.stringify(inserted)}`);
    const wrong = await withTimeout(server.open(file, [modeline, 'version: 1', 'modelServer:', '  engine: vllm', '  flags: { contextLength: 8192 }', ''].join('\n')), 'diagnostics of SGLang flags under vLLM');
    assert.ok(wrong.some((d) => d.range.start.line === 4), `SGLang's flags under engine vllm are marked: ${JSON.stringify(wrong)}`);
  } finally {
    server.stop();
    cleanup(dir);
  }
});

test('a fleet file: the editor completes, checks and documents the config keys of common and host overrides', async () => {
  const dir = tempDir();
  const server = new YamlLanguageServer();
  try {
    assert.is((await cli(['schema', '--kind', 'fleet', '--out', 'fleet.schema.json'], dir)).code, 0);
    await withTimeout(server.start(dir), 'initialize');
    const file = path.join(dir, 'observability.fleet.yaml');
    // 0-based lines, as LSP counts.
    const text = [
      '# yaml-language-server: $schema=./fleet.schema.json',
      'version: 1',
      'base: observability.config.yaml',
      'common:',
      '  prometheus:',
      '    scrapeIntervall: 30s',
      'hosts:',
      '  - name: gpu-a',
      '    config:',
      '      container: { gpus: many }',
      '      jaeger: { forwardOtlp: { insecure: true } }',
      '      prometheus:',
      '        port: null',
      '        retention: 15d',
      // The engine chosen in one layer, its flags in another, the other engine's removed with null (as validate's
      // OBS_ENGINE_FLAGS hint says), and keys of every kind removed with null: all fine in a layer.
      '  - name: gpu-b',
      '    config:',
      '      modelServer: { engine: vllm, flags: null, vllm: { maxNumSeqs: 8 } }',
      '  - name: gpu-c',
      '    config:',
      '      modelServer: { vllm: { maxNumSeqs: 8 }, flags: { port: null, memFractionStatic: null } }',
      '      container: { service: null, capabilities: null }',
      '',
    ].join('\n');
    const diagnostics = await withTimeout(server.open(file, text), 'diagnostics');
    const lines = diagnostics.map((d) => d.range.start.line).sort((a, b) => a - b);
    assert.equal(lines, [5, 9], `a typo in common and a wrong value in a host; a partial mapping, null and another layer's engine are fine: ${JSON.stringify(diagnostics)}`);
    assert.match(diagnostics.find((d) => d.range.start.line === 5)!.message, /scrapeIntervall/);

    const completion = await withTimeout(server.completion(file, 13, 8), 'completion');
    const labels = (Array.isArray(completion) ? completion : completion.items).map((i) => i.label);
    for (const key of ['scrapeInterval', 'externalLabels', 'remoteWrite']) assert.ok(labels.includes(key), `completion inside a host's prometheus offers ${key}: ${labels.join(', ')}`);
    const hover = await withTimeout(server.hover(file, 13, 10), 'hover');
    assert.match(JSON.stringify(hover?.contents), /How long a run's TSDB keeps samples/, JSON.stringify(hover));

    const example = path.join(ROOT, 'examples/fleet/observability.fleet.yaml');
    assert.equal(await withTimeout(server.open(example, readFileSync(example, 'utf8')), 'diagnostics of the fleet example'), [], 'the fleet example has no diagnostics in the editor');
  } finally {
    await server.stop();
    cleanup(dir);
  }
});

test('inside the dev container, devcontainer.json associates the schema with a config in a sub-folder of the workspace', async () => {
  // The workspace as the container sees it: the repository mounted at the workspace folder, without modelines.
  const workspace = tempDir();
  const devcontainer = parseJsonc(readFileSync(path.join(ROOT, 'examples/sglang-dev/out/devcontainer.json'), 'utf8')) as { customizations: { vscode: { settings: Record<string, unknown> } } };
  const schemas = devcontainer.customizations.vscode.settings['yaml.schemas'] as Record<string, string[]>;
  const server = new YamlLanguageServer({ yaml: { ...SETTINGS.yaml, schemas } });
  try {
    for (const rel of Object.keys(schemas)) {
      mkdirSync(path.dirname(path.join(workspace, rel)), { recursive: true });
      copyFileSync(path.join(ROOT, rel), path.join(workspace, rel));
    }
    const config = path.join(workspace, 'examples/sglang-dev/observability.config.yaml');
    mkdirSync(path.dirname(config), { recursive: true });
    await withTimeout(server.start(workspace), 'initialize');
    const found = await withTimeout(server.open(config, 'version: 1\nprometheus:\n  scrapeIntervall: 15s\n'), 'diagnostics');
    assert.ok(found.some((d) => d.range.start.line === 2 && /scrapeIntervall/.test(d.message)), `the schema applies: ${JSON.stringify(found)}`);
  } finally {
    await server.stop();
    cleanup(workspace);
  }
});

test('the modeline init writes resolves wherever obscompile is installed and wherever the config lives', async () => {
  const project = tempDir();
  const server = new YamlLanguageServer();
  try {
    // A config in a sub-folder of the project, created by an obscompile that is not in the project's node_modules.
    const init = await cli(['init', 'deploy/gpu'], project);
    assert.is(init.code, 0);
    // The next step it names works from where init ran: build searches from the current folder upward.
    assert.match(init.stdout, /^wrote deploy\/gpu\/observability\.config\.yaml; next: cd deploy\/gpu && obscompile build$/m);
    assert.is((await cli(['build'], path.join(project, 'deploy/gpu'))).code, 0);
    const config = path.join(project, 'deploy/gpu/observability.config.yaml');
    const modeline = readFileSync(config, 'utf8').split('\n')[0]!;
    const target = modeline.replace(/^# yaml-language-server: \$schema=/, '');
    assert.not.match(target, /node_modules|^\//, 'no install location and no absolute path in the modeline');
    assert.ok(existsSync(path.resolve(path.dirname(config), target)), 'the schema copy is where the modeline says');
    await withTimeout(server.start(project), 'initialize');
    const found = await withTimeout(server.open(config, `${modeline}\nversion: 1\nprometheus:\n  scrapeIntervall: 15s\n`), 'diagnostics');
    assert.ok(found.some((d) => d.range.start.line === 3 && /scrapeIntervall/.test(d.message)), JSON.stringify(found));
  } finally {
    await server.stop();
    cleanup(project);
  }
});

test('obscompile init refuses to overwrite, and init then build works with no other step', async () => {
  const dir = tempDir();
  try {
    assert.is((await cli(['init'], dir)).code, 0);
    const again = await cli(['init'], dir);
    assert.is(again.code, 2);
    assert.match(again.stderr, /already exists; init never overwrites/);
    const build = await cli(['build'], dir);
    assert.is(build.code, 0, build.stderr);
    // init already wrote the schema copy the modeline names; build adds everything else.
    assert.match(build.stdout, new RegExp(`^\\.devcontainer/observability: wrote ${(await artifactCount(dir)) - 1} files \\(.*\\), 1 unchanged`));
    for (const example of ['sglang-dev', 'cpu-only']) {
      const fromExample = tempDir();
      try {
        assert.is((await cli(['init', '--example', example], fromExample)).code, 0, example);
        const r = await cli(['build'], fromExample);
        assert.is(r.code, 0, r.stderr);
      } finally {
        cleanup(fromExample);
      }
    }
  } finally {
    cleanup(dir);
  }
});

test.run();
