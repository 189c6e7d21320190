/** Drift in CI: check/build/docs on hand edits, config changes, deleted artifacts and broken README markers. */
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { parse as parseYaml } from 'yaml';
import { ROOT, cleanup, cli, configDir, snapshot } from './helpers.js';

const CONFIG = 'version: 1\noutput:\n  dir: out\n';

test('check: hand edit, config change and deleted artifact each named, with diffs and exit 1; build refuses the hand edit', async () => {
  const dir = configDir(CONFIG);
  const out = path.join(dir, 'out');
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    assert.is((await cli(['check'], dir)).code, 0);

    const compose = path.join(out, 'docker-compose.yml');
    writeFileSync(compose, readFileSync(compose, 'utf8').replace('shm_size: 16gb', 'shm_size: 32gb'));
    writeFileSync(path.join(dir, 'observability.config.yaml'), `${CONFIG}prometheus:\n  scrapeInterval: 30s\n`);
    unlinkSync(path.join(out, 'metrics_catalog.md'));

    const r = await cli(['check'], dir);
    assert.is(r.code, 1);
    assert.match(r.stdout, /out\/docker-compose\.yml was edited by hand/);
    assert.match(r.stdout, /^-    shm_size: 32gb$/m);
    assert.match(r.stdout, /out\/prometheus\.yml is stale \(the config changed since the last build\): run `obscompile build`/);
    assert.match(r.stdout, /^\+  scrape_interval: 30s$/m);
    assert.match(r.stdout, /out\/metrics_catalog\.md is missing/);
    // The scrape interval is dcgm-exporter's collect interval too (init-run.sh).
    assert.match(r.stdout, /out\/init-run\.sh is stale/);
    assert.match(r.stdout, /out: 4 files out of date/);
    // A missing file is one line: its diff would be the whole file (JSON still carries it).
    assert.match(r.stdout, /^out\/metrics_catalog\.md is missing: run `obscompile build`\nout\/|\nout\/metrics_catalog\.md is missing: run `obscompile build`\n(out\/|out:)/);
    assert.not.match(r.stdout, /b\/metrics_catalog\.md/);


    const gh = await cli(['check', '--format', 'github'], dir);
    assert.is(gh.code, 1);
    const lineOf = (file: string, text: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
    const edited = lineOf(compose, 'shm_size: 32gb');
    assert.ok(edited > 1);
    assert.match(gh.stdout, new RegExp(`^::error file=out/docker-compose\\.yml,line=${edited},col=1,title=OBS_HAND_EDITED::`, 'm'), 'at the edited line');
    assert.match(gh.stdout, /OBS_HAND_EDITED::[^\n]*%0A-    shm_size: 32gb%0A/, 'the annotation carries the diff');
    const stale = lineOf(path.join(out, 'prometheus.yml'), 'scrape_interval: 15s');
    assert.match(gh.stdout, new RegExp(`^::error file=out/prometheus\\.yml,line=${stale},col=1,title=OBS_DRIFT::`, 'm'), 'at the first stale line');
    assert.match(gh.stdout, /^::error file=out\/metrics_catalog\.md,line=1,col=1,title=OBS_DRIFT::/m, 'a missing file as a whole');
    const json = JSON.parse((await cli(['check', '--format', 'json'], dir)).stdout) as { ok: boolean; result: { files: { path: string; state: string }[] } };
    assert.is(json.ok, false);
    assert.equal(json.result.files.map((f) => [f.path, f.state]), [['init-run.sh', 'stale'], ['docker-compose.yml', 'hand-edited'], ['prometheus.yml', 'stale'], ['metrics_catalog.md', 'missing']]);
    assert.match((json.result.files[3] as { diff?: string }).diff ?? '', /\+\+\+ b\/metrics_catalog\.md/, 'JSON keeps a missing file\'s diff');
    assert.not.match(gh.stdout, /title=OBS_DRIFT::[^\n]*is missing[^\n]*%0A/, 'a missing file\'s annotation carries no diff');

    const before = snapshot(out);
    const refused = await cli(['build'], dir);
    assert.is(refused.code, 1);
    assert.match(refused.stderr, /out\/docker-compose\.yml was edited by hand[\s\S]*hint: .*revert the file; --force replaces it, keeping this file as out\/docker-compose\.yml\.bak/);
    assert.equal(snapshot(out), before, 'nothing written, nothing lost');

    const forced = await cli(['build', '--force'], dir);
    assert.is(forced.code, 0);
    assert.match(forced.stdout, /^replaced out\/docker-compose\.yml \(edited by hand\); the file as it was is kept as out\/docker-compose\.yml\.bak \(not ignored by git: delete it once you have taken what you need from it\)$/m);
    assert.is(readFileSync(path.join(out, 'docker-compose.yml.bak'), 'utf8'), before['docker-compose.yml']);
    assert.is((await cli(['check'], dir)).code, 0);
  } finally {
    cleanup(dir);
  }
});

test('a GitHub annotation carries the start of a long diff and says how much more there is; the text log has it all', async () => {
  const dir = configDir(CONFIG);
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    const catalog = path.join(dir, 'out', 'metrics_catalog.md');
    const lines = readFileSync(catalog, 'utf8').split('\n');
    writeFileSync(catalog, `${lines.slice(0, 5).join('\n')}\n`);
    const gh = await cli(['check', '--format', 'github'], dir);
    assert.is(gh.code, 1);
    const annotation = gh.stdout.split('\n').find((l) => l.includes('title=OBS_HAND_EDITED'))!;
    assert.match(annotation, /^::error file=out\/metrics_catalog\.md,line=5,col=1,/, 'the last line kept, where the removed lines begin');
    const shown = annotation.split('%0A');
    const more = /^… (\d+) more lines of diff: run `obscompile check` to see them all$/.exec(shown.at(-2)!);
    assert.ok(more, shown.slice(-3).join('\n'));
    const text = await cli(['check'], dir);
    const full = text.stdout.slice(text.stdout.indexOf('====')).trimEnd().split('\n');
    assert.is(shown.length - 2, full.length - Number(more[1]), 'the annotation has the diff\'s first lines, the rest counted');
    assert.equal(shown.slice(1, -2), full.slice(0, shown.length - 3));
  } finally {
    cleanup(dir);
  }
});

test('the output folder\'s .gitattributes names obscompile\'s files only; a folder holding the config gets none', async () => {
  const dir = configDir(CONFIG);
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    const attributes = readFileSync(path.join(dir, 'out', '.gitattributes'), 'utf8');
    const named = [...attributes.matchAll(/^\/(\S+) -text$/gm)].map((m) => m[1]);
    const written = readdirSync(path.join(dir, 'out')).sort();
    assert.equal([...named].sort(), written, 'every file of the folder, the manifest and itself, and nothing else');
    assert.not.match(attributes, /^\*/m, 'no pattern that would reach other files');
  } finally {
    cleanup(dir);
  }
  const own = configDir('version: 1\noutput:\n  dir: .\n');
  try {
    writeFileSync(path.join(own, '.gitattributes'), '*.png binary\n');
    const r = await cli(['build'], own);
    assert.is(r.code, 0, r.stderr);
    assert.is(readFileSync(path.join(own, '.gitattributes'), 'utf8'), '*.png binary\n', 'the project\'s own attributes are left alone');
  } finally {
    cleanup(own);
  }
});

test('a .gitattributes of the user\'s in a folder obscompile writes is refused with a hint that keeps it, not --force', async () => {
  const dir = configDir(CONFIG);
  try {
    mkdirSync(path.join(dir, 'out'));
    writeFileSync(path.join(dir, 'out', '.gitattributes'), '*.json linguist-generated\n');
    const r = await cli(['build'], dir);
    assert.is(r.code, 1);
    assert.match(r.stderr, /OBS_HAND_EDITED\] out\/\.gitattributes exists and was not written by obscompile/);
    assert.match(r.stderr, /hint: obscompile keeps a \.gitattributes in its output folder, so that Git leaves its files byte for byte: move these attributes to the \.gitattributes of a folder above/);
    assert.is(readFileSync(path.join(dir, 'out', '.gitattributes'), 'utf8'), '*.json linguist-generated\n');
  } finally {
    cleanup(dir);
  }
});

const README = (body: string) => `# My stack\n\nIntro text.\n\n${body}\n\nOutro text.\n`;

test('docs --inject replaces only between markers; --check fails with a diff while stale', async () => {
  const dir = configDir(CONFIG);
  try {
    const readme = path.join(dir, 'README.md');
    writeFileSync(readme, README('<!-- obscompile:begin components -->\nold table\n<!-- obscompile:end components -->'));
    const stale = await cli(['docs', '--inject', 'README.md', '--check'], dir);
    assert.is(stale.code, 1);
    assert.match(stale.stdout, /^-old table$/m);
    assert.match(stale.stdout, /^\+\| Prometheus +\| 9090 +\|/m);
    assert.ok(readFileSync(readme, 'utf8').includes('old table'), '--check writes nothing');
    assert.is((await cli(['docs', '--inject', 'README.md'], dir)).code, 0);
    const text = readFileSync(readme, 'utf8');
    assert.ok(text.startsWith('# My stack\n\nIntro text.\n\n<!-- obscompile:begin components -->\n| Component'));
    assert.ok(text.endsWith('<!-- obscompile:end components -->\n\nOutro text.\n'));
    assert.is((await cli(['docs', '--inject', 'README.md', '--check'], dir)).code, 0);
    // --table narrows what docs prints; with --inject it would be ignored, so it is refused.
    const narrowed = await cli(['docs', '--inject', 'README.md', '--table', 'metrics'], dir);
    assert.is(narrowed.code, 2);
    assert.match(narrowed.stderr, /`--table metrics` chooses the table docs prints/);
    assert.is(readFileSync(readme, 'utf8'), text);
  } finally {
    cleanup(dir);
  }
});

test('docs --inject: a README with a byte-order mark and a marker on its first line keeps both', async () => {
  const dir = configDir(CONFIG);
  try {
    const readme = path.join(dir, 'README.md');
    writeFileSync(readme, '\uFEFF<!-- obscompile:begin components -->\nold table\n<!-- obscompile:end components -->\n');
    const r = await cli(['docs', '--inject', 'README.md'], dir);
    assert.is(r.code, 0, r.stderr);
    const text = readFileSync(readme, 'utf8');
    assert.ok(text.startsWith('\uFEFF<!-- obscompile:begin components -->\n| Component'), text.slice(0, 80));
    assert.is((await cli(['docs', '--inject', 'README.md', '--check'], dir)).code, 0);
  } finally {
    cleanup(dir);
  }
});

for (const [name, body, expected] of [
  ['a missing end marker', '<!-- obscompile:begin components -->\nold', /README\.md:5:1: error \[OBS_DOCS_MARKER\] marker `obscompile:begin components` is never closed/],
  ['an end marker without begin', 'x\n<!-- obscompile:end metrics -->', /README\.md:6:1: error \[OBS_DOCS_MARKER\] marker `obscompile:end metrics` has no matching begin/],
  ['no markers at all', 'just text', /README\.md:1:1: error \[OBS_DOCS_MARKER\] no obscompile markers found/],
  ['an unknown table', '<!-- obscompile:begin tables -->\n<!-- obscompile:end tables -->', /unknown table `tables`/],
] as const) {
  test(`docs --inject refuses ${name} and leaves the README untouched`, async () => {
    const dir = configDir(CONFIG);
    try {
      const readme = path.join(dir, 'README.md');
      const original = README(body);
      writeFileSync(readme, original);
      const r = await cli(['docs', '--inject', 'README.md'], dir);
      assert.is(r.code, 1);
      assert.match(r.stderr, expected);
      assert.is(readFileSync(readme, 'utf8'), original);
    } finally {
      cleanup(dir);
    }
  });
}

test('docs --inject refuses a README that is not UTF-8 and leaves its bytes as they were', async () => {
  const dir = configDir(CONFIG);
  try {
    const readme = path.join(dir, 'README.md');
    // Latin-1: decoded as UTF-8 and written back, each é would become U+FFFD.
    const original = Buffer.from(README('Caf\u00e9 notes.\n<!-- obscompile:begin components -->\nold\n<!-- obscompile:end components -->'), 'latin1');
    writeFileSync(readme, original);
    const r = await cli(['docs', '--inject', 'README.md'], dir);
    assert.is(r.code, 1);
    assert.match(r.stderr, /^README\.md:5:4: error \[OBS_NOT_UTF8\] byte 0xE9 is not UTF-8/m);
    assert.ok(readFileSync(readme).equals(original), 'the README is byte for byte as it was');
  } finally {
    cleanup(dir);
  }
});

test('docs --inject keeps a symlinked README a symlink, its permission bits and its CRLF line endings', async () => {
  const dir = configDir(CONFIG);
  try {
    const real = path.join(dir, 'docs-README.md');
    writeFileSync(real, README('<!-- obscompile:begin components -->\nold\n<!-- obscompile:end components -->').replace(/\n/g, '\r\n'));
    chmodSync(real, 0o600);
    symlinkSync('docs-README.md', path.join(dir, 'README.md'));
    const r = await cli(['docs', '--inject', 'README.md'], dir);
    assert.is(r.code, 0, r.stderr);
    assert.ok(lstatSync(path.join(dir, 'README.md')).isSymbolicLink(), 'still a symlink');
    assert.is(statSync(real).mode & 0o777, 0o600, 'permission bits kept');
    const text = readFileSync(real, 'utf8');
    assert.match(text, /\| Prometheus/);
    assert.not.match(text, /[^\r]\n/, 'every line ends in CRLF');
  } finally {
    cleanup(dir);
  }
});

test('markers quoted in inline code, an HTML comment or an indented code block are text, not markers', async () => {
  const dir = configDir(CONFIG);
  try {
    const readme = path.join(dir, 'README.md');
    const quoted = ['Use `<!-- obscompile:begin components -->` to mark a table.', '', '<!--', '<!-- obscompile:begin components -->', '-->', '', '    <!-- obscompile:end components -->'].join('\n');
    writeFileSync(readme, README(`${quoted}\n\n<!-- obscompile:begin components -->\nold\n<!-- obscompile:end components -->`));
    const r = await cli(['docs', '--inject', 'README.md'], dir);
    assert.is(r.code, 0, r.stderr);
    const text = readFileSync(readme, 'utf8');
    assert.ok(text.includes(quoted), 'the quoted markers are untouched');
    assert.not.ok(text.includes('\nold\n'));
  } finally {
    cleanup(dir);
  }
});

test('docs --check without --inject is a usage error, not a false green', async () => {
  const dir = configDir(CONFIG);
  try {
    const r = await cli(['docs', '--check'], dir);
    assert.is(r.code, 2);
    assert.match(r.stderr, /error \[OBS_USAGE\] `docs --check` needs `--inject README\.md`/);
    assert.is(r.stdout, '');
  } finally {
    cleanup(dir);
  }
});

test('docs --inject leaves markers inside fenced code blocks alone', async () => {
  const dir = configDir(CONFIG);
  try {
    const readme = path.join(dir, 'README.md');
    const example = '```markdown\n<!-- obscompile:begin components -->\n<!-- obscompile:end components -->\n```';
    writeFileSync(readme, README(`${example}\n\n<!-- obscompile:begin metrics -->\n<!-- obscompile:end metrics -->`));
    assert.is((await cli(['docs', '--inject', 'README.md'], dir)).code, 0);
    const text = readFileSync(readme, 'utf8');
    assert.ok(text.includes(example), 'the fenced example is unchanged');
    assert.match(text, /<!-- obscompile:begin metrics -->\n\| Metric +\| Job/);
  } finally {
    cleanup(dir);
  }
});

test('generated files carry no timestamp and no tool version, so upgrading never drifts', async () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const dir = configDir(CONFIG);
  try {
    await cli(['build'], dir);
    for (const [file, text] of Object.entries(snapshot(path.join(dir, 'out')))) {
      assert.not.ok(text.includes(pkg.version), `${file} does not mention the obscompile version`);
      // The schema copy is the shipped schema verbatim; its prose may name dates (an end-of-life date, say).
      if (file === 'observability.schema.json') continue;
      assert.not.match(text, /20\d\d-\d\d-\d\d/, `${file} has no date`);
    }
  } finally {
    cleanup(dir);
  }
});

test('the pre-commit hook regenerates, leaves changes unstaged, and so fails the commit when anything changed', async () => {
  const hooks = parseYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; pass_filenames: boolean }[];
  const hook = hooks.find((h) => h.id === 'obscompile')!;
  assert.is(hook.pass_filenames, false);
  const dir = configDir(CONFIG);
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
  try {
    const args = hook.entry.split(' ').slice(1);
    git('init', '-q');
    assert.is((await cli(args, dir)).code, 0);
    git('add', '-A');
    git('commit', '-qm', 'initial');
    assert.is((await cli(args, dir)).code, 0);
    assert.is(git('status', '--porcelain'), '', 'an up-to-date tree stays clean: the hook passes');
    writeFileSync(path.join(dir, 'observability.config.yaml'), `${CONFIG}prometheus:\n  port: 9191\n`);
    git('add', 'observability.config.yaml');
    assert.is((await cli(args, dir)).code, 0);
    assert.match(git('status', '--porcelain'), /^ M out\/prometheus\.yml$/m, 'regenerated files are modified (pre-commit fails the commit on that)');
    assert.is(git('diff', '--cached', '--name-only').trim(), 'observability.config.yaml', 'obscompile staged nothing itself');
  } finally {
    cleanup(dir);
  }
});

test.run();
