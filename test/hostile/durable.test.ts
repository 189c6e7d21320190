/**
 * What a power cut after a build can lose: a name made, replaced or removed in a folder is on disk only once that
 * folder is flushed. strace shows the order of a real build's renames and flushes: the journal's name (and the temp
 * files it names) reach the disk before any file is replaced, and every rename before the build reports.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ROOT, cleanup, configDir } from '../helpers.js';
import { toolTest } from '../integration/tools.js';

const test = suite('durable');
const CONFIG = 'version: 1\noutput:\n  dir: out\nprometheus:\n  port: 9191\n';

interface Call {
  name: string;
  /** The paths it names (opened, renamed from and to). */
  paths: string[];
  /** The path an fsync's descriptor was opened on. */
  flushed?: string;
}

/**
 * The calls of a trace in the order they returned (`strace -f`, so a call a thread started and another thread's call
 * interrupted is taken where it resumed), with each fsync given the path its descriptor was opened on.
 */
function calls(trace: string): Call[] {
  const started = new Map<string, string>();
  const open = new Map<string, string>();
  const out: Call[] = [];
  for (const line of trace.split('\n')) {
    const m = /^(\d+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const [, pid, rest] = m as unknown as [string, string, string];
    let text = rest;
    if (text.endsWith('<unfinished ...>')) {
      started.set(pid, text.slice(0, -'<unfinished ...>'.length));
      continue;
    }
    const resumed = /^<\.\.\. \w+ resumed>(.*)$/.exec(text);
    if (resumed) text = (started.get(pid) ?? '') + resumed[1];
    const call = /^(\w+)\((.*)\)\s+=\s+(-?\d+)/.exec(text);
    if (!call || call[3]!.startsWith('-')) continue;
    const [, name, args, result] = call as unknown as [string, string, string, string];
    const paths = [...args.matchAll(/"([^"]*)"/g)].map((p) => p[1]!);
    if (name === 'openat') open.set(result, paths[0]!);
    out.push({ name, paths, ...(name === 'fsync' ? { flushed: open.get(/^(\d+)/.exec(args)![1]!) } : {}) });
  }
  return out;
}

toolTest(test, ['strace'], 'a build flushes its output folder after the journal is named and again after its last rename, before it reports', async ({ strace }) => {
  const dir = configDir(CONFIG);
  try {
    const build = () => {
      const file = path.join(dir, 'build.trace');
      const r = spawnSync(strace!, ['-f', '-qq', '-o', file, '-e', 'trace=openat,fsync,rename', process.execPath, '--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli/bin.ts'), 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, OBSCOMPILE_NO_BUILD_RECORD: '1' } });
      assert.is(r.status, 0, r.stdout + r.stderr);
      return calls(readFileSync(file, 'utf8'));
    };
    const out = path.join(dir, 'out');
    const renamesInto = (trace: Call[], folder: string) => trace.flatMap((c, i) => (c.name === 'rename' && path.dirname(c.paths[1]!) === folder ? [i] : []));
    const flushesOf = (trace: Call[], folder: string) => trace.flatMap((c, i) => (c.name === 'fsync' && c.flushed === folder ? [i] : []));
    for (const [what, before] of [
      ['into an empty folder', () => undefined],
      ['after a one-value edit', () => writeFileSync(path.join(dir, 'observability.config.yaml'), CONFIG.replace('9191', '9292'))],
    ] as const) {
      before();
      const trace = build();
      const renames = renamesInto(trace, out);
      const journal = trace.findIndex((c) => c.name === 'rename' && path.basename(c.paths[1]!) === '.obscompile-journal.json');
      const firstFile = renames.find((i) => i > journal)!;
      assert.ok(journal >= 0 && firstFile > journal, `${what}: the journal is renamed into place before the files`);
      const flushes = flushesOf(trace, out);
      assert.ok(flushes.some((i) => i > journal && i < firstFile), `${what}: ${out} is flushed between the journal's rename and the first file's`);
      // Every folder a file was renamed into (the output's subfolders too) is flushed after its last rename.
      for (const folder of new Set(trace.flatMap((c) => (c.name === 'rename' && c.paths[1]!.startsWith(`${out}/`) ? [path.dirname(c.paths[1]!)] : [])))) {
        assert.ok(flushesOf(trace, folder).some((i) => i > renamesInto(trace, folder).at(-1)!), `${what}: ${folder} is flushed after its last rename`);
      }
    }
    // Nothing to write: nothing renamed, nothing flushed.
    const again = build();
    assert.equal(again.filter((c) => c.name === 'rename' || c.name === 'fsync'), []);
  } finally {
    cleanup(dir);
  }
});

test.run();
