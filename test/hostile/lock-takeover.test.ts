/**
 * Two builds that both find a dead build's lock: the first takes it over, and the second, held up between finding the
 * lock dead and removing it, must not remove the live lock the first took meanwhile. strace holds the second build
 * at that moment (a delay injected into one system call), and holds the first while it holds the lock.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { JOURNAL_FILE } from '../../src/emit/journal.js';
import { LOCK_FILE } from '../../src/emit/lock.js';
import { ROOT, cleanup, cli, configDir } from '../helpers.js';
import { toolTest } from '../integration/tools.js';

const test = suite('lock takeover');
const A = 'version: 1\noutput:\n  dir: out\nprometheus:\n  port: 9191\n';
const B = 'version: 1\noutput:\n  dir: out\nprometheus:\n  port: 9292\n';

/** The CLI from source under strace, with `straceArgs`; its trace in `trace`. */
function traced(strace: string, straceArgs: string[], trace: string, cwd: string) {
  const child = spawn(strace, ['-f', '-qq', '-o', trace, ...straceArgs, process.execPath, '--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli/bin.ts'), 'build'], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OBSCOMPILE_NO_BUILD_RECORD: '1' } });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  return { exited, output: () => out };
}

const until = async (what: string, ok: () => boolean, ms = 20_000) => {
  for (const end = Date.now() + ms; !ok(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 20));
  }
};

toolTest(test, ['strace'], "a build held up while taking over a dead build's lock does not remove the lock another build took over meanwhile", async ({ strace }) => {
  const dir = configDir(A);
  try {
    assert.is((await cli(['build'], dir)).code, 0);
    writeFileSync(path.join(dir, 'observability.config.yaml'), B);
    const out = path.join(dir, 'out');
    const lock = path.join(out, LOCK_FILE);
    // The lock of a build that is gone: a child that has exited.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(lock, `${dead} 12345\n`);
    // The second build: its first link (its own lock, refused: the dead one is there) runs, its next one on these
    // names (the takeover) waits 4 s.
    const second = traced(strace!, ['-P', lock, '-P', `${lock}.takeover`, '-e', 'trace=link', '-e', 'inject=link:delay_enter=4000000:when=2'], path.join(dir, 'second.trace'), dir);
    await until('the second build found the dead lock', () => existsSync(path.join(dir, 'second.trace')) && readFileSync(path.join(dir, 'second.trace'), 'utf8').includes('EEXIST'));
    // The first build takes the dead lock over (its first unlink of the lock's name removes the dead lock), builds,
    // and holds its lock 8 s more (its second unlink, the release, waits).
    const first = traced(strace!, ['-P', lock, '-e', 'trace=unlink', '-e', 'inject=unlink:delay_enter=8000000:when=2'], path.join(dir, 'first.trace'), dir);
    await until('the first build holds the lock', () => existsSync(lock) && !readFileSync(lock, 'utf8').startsWith(`${dead} `));
    const held = readFileSync(lock, 'utf8');
    const holder = held.split(' ')[0];
    // The second build resumes while the first holds the lock: it is refused, naming the first, and leaves its lock.
    assert.is(await second.exited, 2, second.output());
    assert.match(second.output(), new RegExp(`OBS_LOCKED\\] another obscompile build \\(pid ${holder}\\) is writing out`));
    assert.is(readFileSync(lock, 'utf8'), held, "the first build's lock is still there");
    assert.is(await first.exited, 0, first.output());
    assert.match(first.output(), /out: wrote [1-9]\d* files/);
    const check = await cli(['check'], dir);
    assert.is(check.code, 0, check.stdout + check.stderr);
    assert.equal(readdirSync(out).filter((f) => f.startsWith(LOCK_FILE) || f.endsWith('.tmp') || f === JOURNAL_FILE), []);
  } finally {
    cleanup(dir);
  }
});

test.run();
