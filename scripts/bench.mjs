// Benchmark: whole-process times of `node -e 0`, validate, build and check on the example (also builds that write
// one changed file or into an empty folder), on 1,000 and on 10,000 generated scrape targets (the last with
// --max-config-bytes raised), and on fleets of 10, 100 and 1,000 hosts (up to date and into an empty folder), alternating
// commands within one run; every build compiles (OBSCOMPILE_NO_BUILD_RECORD=1) except the rows timed from their
// record (src/emit/record.ts), which say so: what building again with nothing changed costs, and the builds that
// write, which run as users run them (records on: each misses its record and leaves a new one);
// medians (and the middle half, the noise) of per-sample ratios to a `node -e 0` run just before each sample, with
// and without the code cache,
// against the targets of the performance issue;
// peak memory (RSS high-water mark) per command; and the time from a saved edit to rewritten output under build --watch.
// Each command is timed as users run it (with the V8 code cache the first run writes, in a cache folder of the
// benchmark's own) and with the cache turned off (OBSCOMPILE_NO_COMPILE_CACHE=1), the cost of a first run.
// Usage: npm run bench [-- --runs N]
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = new URL('..', import.meta.url).pathname;
const bin = path.join(root, 'dist/cli/bin.cjs');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
const work = mkdtempSync(path.join(tmpdir(), 'obscompile-bench-'));

/** The example, copied so building it never touches the repository. */
function exampleDir(name = 'example') {
  const dir = path.join(work, name);
  cpSync(path.join(root, 'examples/sglang-dev/observability.config.yaml'), path.join(dir, 'observability.config.yaml'));
  return dir;
}

/** `count` extra scrape targets with 5 documented metrics each, on top of the reference stack. */
function largeDir(count = 1000, name = 'large') {
  const dir = path.join(work, name);
  mkdirSync(dir);
  const base = readFileSync(path.join(root, 'examples/sglang-dev/observability.config.yaml'), 'utf8').replace(/^prometheus:\n/m, 'prometheus:\n  extraTargets:\n__TARGETS__');
  const targets = [];
  for (let i = 0; i < count; i++) {
    targets.push(`    - job: exporter_${i}\n      targets: ["host${i}.internal:${9000 + (i % 1000)}"]\n      labels: { shard: "s${i % 16}" }\n      metrics:`);
    for (let m = 0; m < 5; m++) targets.push(`        - { name: exporter_${i}_metric_${m}_total, type: counter, help: "Metric ${m} of exporter ${i}.", labels: [instance, route] }`);
  }
  writeFileSync(path.join(dir, 'observability.config.yaml'), base.replace('__TARGETS__', `${targets.join('\n')}\n`));
  return dir;
}

const peakScript = path.join(work, 'peak.cjs');
writeFileSync(peakScript, "process.on('exit', () => { const m = /VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8')); require('fs').appendFileSync(process.env.BENCH_PEAK_FILE, (m ? m[1] : '0') + '\\n'); });\n");

// Builds compile unless a case says it is timed from its record (OBSCOMPILE_NO_BUILD_RECORD: src/emit/record.ts):
// what a build costs, and, separately, what building again with nothing changed costs.
const recordEnv = { ...process.env, XDG_CACHE_HOME: path.join(work, 'cache') };
delete recordEnv.OBSCOMPILE_NO_COMPILE_CACHE;
delete recordEnv.OBSCOMPILE_NO_BUILD_RECORD;
const cacheEnv = { ...recordEnv, OBSCOMPILE_NO_BUILD_RECORD: '1' };
const noCacheEnv = { ...cacheEnv, OBSCOMPILE_NO_COMPILE_CACHE: '1' };
const noCacheRecordEnv = { ...recordEnv, OBSCOMPILE_NO_COMPILE_CACHE: '1' };

function once(args, cwd, peakFile, baseEnv = cacheEnv) {
  baseEnv ??= cacheEnv;
  const env = peakFile ? { ...baseEnv, NODE_OPTIONS: `--require ${peakScript}`, BENCH_PEAK_FILE: peakFile } : baseEnv;
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** A fleet of `count` hosts over the example, each with its own Prometheus port, and a central store. */
function fleetOf(count, name = `fleet-${count}`) {
  const dir = path.join(work, name);
  mkdirSync(dir);
  cpSync(path.join(root, 'examples/sglang-dev/observability.config.yaml'), path.join(dir, 'observability.config.yaml'));
  const hosts = Array.from({ length: count }, (_, i) => `  - { name: gpu-${i}, config: { prometheus: { port: ${20000 + i} } } }`).join('\n');
  writeFileSync(path.join(dir, 'observability.fleet.yaml'), `version: 1\nbase: observability.config.yaml\ncentral: { address: central.lab }\nhosts:\n${hosts}\n`);
  return dir;
}

/**
 * `build --watch` on the example: `samples` edits of one value, each timed from the write of the config to the
 * moment prometheus.yml holds the new value (polled every millisecond), one edit at a time.
 */
async function watchLatency(dir, samples) {
  const config = path.join(dir, 'observability.config.yaml');
  const output = path.join(dir, 'out', 'prometheus.yml');
  const child = spawn(process.execPath, [bin, 'build', '--watch'], { cwd: dir, env: cacheEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
  try {
    while (!err.includes('watching')) await sleep(5);
    const out = [];
    for (let i = 0; i < samples; i++) {
      await sleep(200);
      const days = 20 + (i % 2);
      const start = performance.now();
      writeFileSync(config, readFileSync(config, 'utf8').replace(/retention: \d+d/, `retention: ${days}d`));
      while (!readFileSync(output, 'utf8').includes(`${days}d`)) await sleep(1);
      out.push(performance.now() - start);
    }
    return out;
  } finally {
    child.kill('SIGINT');
    await new Promise((done) => child.on('exit', done));
  }
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const median = (xs) => quantile(xs, 0.5);
/** The middle half of the ratios: how far this machine's noise moves them. */
const spread = (xs) => `${quantile(xs, 0.25).toFixed(2)}–${quantile(xs, 0.75).toFixed(2)}`;

try {
  const dirs = { example: exampleDir(), large: largeDir(), huge: largeDir(10_000, 'huge') };
  const fleets = Object.fromEntries([10, 100, 1000].map((n) => [n, fleetOf(n)]));
  // Folders of their own for the builds timed from their records: the other cases edit, empty or lock theirs.
  const recorded = { example: exampleDir('example-record'), ...Object.fromEntries([10, 100, 1000].map((n) => [`fleet${n}`, fleetOf(n, `fleet-${n}-record`)])) };
  const limit = ['--max-config-bytes', String(64 * 1024 * 1024)];
  for (const dir of Object.values(dirs)) once([bin, 'build', ...limit], dir);
  for (const dir of Object.values(fleets)) once([bin, 'build', '--fleet', 'observability.fleet.yaml'], dir);
  once([bin, 'build'], recorded.example, undefined, recordEnv);
  for (const n of [10, 100, 1000]) once([bin, 'build', '--fleet', 'observability.fleet.yaml'], recorded[`fleet${n}`], undefined, recordEnv);
  const cases = [{ name: 'node -e 0', args: ['-e', '0'], dir: work }];
  const example = dirs.example;
  const exampleConfig = path.join(example, 'observability.config.yaml');
  // Builds that write: one value of the config changed before each run (prometheus.yml changes), and into an
  // empty output folder. The edit and the removal happen before the clock starts. Timed as users run them, with
  // build records on: the build looks for its record, finds it out of date, compiles and leaves a new one.
  const toggleIn = (config) => () => writeFileSync(config, readFileSync(config, 'utf8').replace(/retention: (15|16)d/, (_, d) => `retention: ${d === '15' ? 16 : 15}d`));
  const toggle = toggleIn(exampleConfig);
  const asUsers = { env: recordEnv, coldEnv: noCacheRecordEnv };
  cases.push({ name: 'build (example, one value changed)', args: [bin, 'build'], dir: example, label: 'example', before: toggle, target: 1.3, ...asUsers });
  cases.push({ name: 'build (example, empty folder)', args: [bin, 'build'], dir: example, label: 'example', before: () => rmSync(path.join(example, 'out'), { recursive: true, force: true }), target: 1.4, ...asUsers });
  for (const [n, dir] of Object.entries(fleets)) {
    const label = `fleet${n}`;
    const fleet = ['--fleet', 'observability.fleet.yaml'];
    cases.push({ name: `build --fleet (${n} hosts, up to date, from its record)`, args: [bin, 'build', ...fleet], dir: recorded[label], label: `${label}-record`, env: recordEnv, coldEnv: noCacheRecordEnv, target: n === '1000' ? 8 : undefined });
    cases.push({ name: `build --fleet (${n} hosts, up to date, compiled)`, args: [bin, 'build', ...fleet], dir, label, target: n === '1000' ? 8 : undefined });
    // The base edited (every host's prometheus.yml changes), as users run it: the record misses, and the files the
    // last build wrote alike are known by their status, not read.
    cases.push({ name: `build --fleet (${n} hosts, one value of the base changed)`, args: [bin, 'build', ...fleet], dir, label, before: toggleIn(path.join(dir, 'observability.config.yaml')), ...asUsers });
    cases.push({ name: `build --fleet (${n} hosts, empty folder)`, args: [bin, 'build', ...fleet], dir, label, before: () => rmSync(path.join(dir, 'fleet'), { recursive: true, force: true }), target: n === '1000' ? 25 : undefined, ...asUsers });
    if (n === '100') for (const cmd of ['validate', 'check']) cases.push({ name: `${cmd} --fleet (100 hosts)`, args: [bin, cmd, ...fleet], dir, label });
  }
  for (const [label, dir] of Object.entries(dirs)) {
    // check as users run it: it never uses a record, but takes the texts kept beside it (src/emit/kept-texts.ts).
    for (const cmd of ['validate', 'build', 'check']) cases.push({ name: `${cmd} (${label === 'huge' ? '10,000 targets' : label === 'large' ? '1,000 targets' : label})`, args: [bin, cmd, ...(label === 'example' ? [] : limit)], dir, label, ...(cmd === 'check' ? asUsers : {}) });
  }
  cases.push({ name: 'build (example, nothing changed, from its record)', args: [bin, 'build'], dir: recorded.example, label: 'example-record', env: recordEnv, coldEnv: noCacheRecordEnv, target: 1.3, coldTarget: 1.6 });
  // Nothing else in the folder of 10,000 targets writes or locks: its record stays current between the other cases.
  cases.push({ name: 'build (10,000 targets, nothing changed, from its record)', args: [bin, 'build', ...limit], dir: dirs.huge, label: 'huge', env: recordEnv, coldEnv: noCacheRecordEnv, fromRecord: true });
  once([bin, 'build', ...limit], dirs.huge, undefined, recordEnv);
  const times = new Map(cases.map((c) => [c.name, { cached: [], cold: [], ratios: [], coldRatios: [] }]));
  for (const c of cases) {
    c.before?.();
    once(c.args, c.dir, undefined, c.env); // warm the file cache and write the code cache
  }
  const floorArgs = cases[0].args;
  // A pause before each pair: after a large run this machine stays slower for a moment (memory being reclaimed),
  // which would otherwise land on whichever process comes next.
  const settle = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
  // Rounds alternate the commands of one size at a time (the example's, then the fleet's, ...): a large run between
  // two small ones would measure what it leaves behind (evicted file cache, memory being reclaimed), not them.
  const groups = [[cases[0]], ...['example', 'example-record', 'fleet10', 'fleet10-record', 'fleet100', 'fleet100-record', 'fleet1000', 'fleet1000-record', 'large', 'huge'].map((label) => cases.filter((c) => c.label === label))];
  for (const group of groups) {
    // A 1,000-host fleet takes seconds a run: fewer samples, and no run without the code cache.
    const slow = group[0]?.label === 'fleet1000';
    for (let i = 0; i < (slow ? Math.min(runs, 3) : runs); i++) {
      for (const c of group) {
        const t = times.get(c.name);
        // Each sample right after a `node -e 0` of its own: the ratio of the pair cancels the machine's drift.
        settle();
        const floorMs = once(floorArgs, work);
        c.before?.();
        t.cached.push(once(c.args, c.dir, undefined, c.env));
        t.ratios.push(t.cached.at(-1) / floorMs);
        if (c.label && !slow) {
          settle();
          const coldFloor = once(floorArgs, work);
          c.before?.();
          t.cold.push(once(c.args, c.dir, undefined, c.coldEnv ?? noCacheEnv));
          t.coldRatios.push(t.cold.at(-1) / coldFloor);
        }
      }
    }
  }
  const floor = median(times.get('node -e 0').cached);
  const rows = cases.map((c) => {
    const peakFile = path.join(work, `peak-${cases.indexOf(c)}`);
    c.before?.();
    once(c.args, c.dir, peakFile, c.env);
    const kib = Math.max(...readFileSync(peakFile, 'utf8').trim().split('\n').map(Number));
    const t = times.get(c.name);
    const med = median(t.cached);
    const cold = t.coldRatios.length ? median(t.coldRatios) : undefined;
    // Targets of the performance issues: the example at the start-up floor (warm ≤ 1.3x, cold ≤ 1.6x; a build that
    // writes one file ≤ 1.3x, into an empty folder ≤ 1.4x), 1,000 targets built in ≤ 3x and 10,000 in ≤ 8x, a
    // 1,000-host fleet ≤ 8x up to date and ≤ 25x into an empty folder.
    const target = c.target ?? (c.label === 'example' ? 1.3 : c.name.startsWith('build') && !c.fromRecord ? { large: 3, huge: 8 }[c.label] : undefined);
    const coldTarget = c.coldTarget ?? (c.label === 'example' && !c.before ? 1.6 : undefined);
    return { ...c, med, ratio: median(t.ratios), spread: spread(t.ratios), cold, coldSpread: t.coldRatios.length ? spread(t.coldRatios) : '', mib: kib / 1024, target, coldTarget };
  });
  console.log(`obscompile start-up benchmark: ${runs} alternating runs per command, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
  // Every process inherits this environment, the floor included; a CA bundle named here is parsed at every start.
  if (process.env.NODE_EXTRA_CA_CERTS) console.log('NODE_EXTRA_CA_CERTS is set: every node process here, `node -e 0` included, parses that CA bundle at start-up (part of the floor; unset it to compare without)');
  console.log('| command | median ms | x node -e 0 (middle half) | target | x node -e 0, no code cache (middle half) | target | peak MiB |');
  console.log('|---|---|---|---|---|---|---|');
  const verdict = (ratio, target) => (target === undefined ? '' : `${ratio <= target ? 'met' : 'MISSED'} (≤ ${target}x)`);
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.med.toFixed(1)} | ${r.ratio.toFixed(2)} (${r.spread}) | ${verdict(r.ratio, r.target)} | ${r.cold === undefined ? '' : `${r.cold.toFixed(2)} (${r.coldSpread})`} | ${r.cold === undefined ? '' : verdict(r.cold, r.coldTarget)} | ${r.mib.toFixed(1)} |`);
  }
  const latencies = await watchLatency(example, runs);
  console.log(`build --watch, from a saved edit to the rewritten prometheus.yml: median ${median(latencies).toFixed(1)} ms (middle half ${quantile(latencies, 0.25).toFixed(1)}–${quantile(latencies, 0.75).toFixed(1)}; ${median(latencies) <= 50 ? 'met' : 'MISSED'}, target ≤ 50 ms)`);
  // Peak memory targets of the performance issue: 1,000 targets ≤ 70 MiB, 10,000 ≤ 150 MiB, a 1,000-host fleet ≤ 200 MiB.
  for (const [label, what, limit] of [['large', 'build of 1,000 targets', 70], ['huge', 'build of 10,000 targets', 150], ['fleet1000', 'build of a 1,000-host fleet', 200]]) {
    const peak = Math.max(...rows.filter((r) => r.label === label && r.name.startsWith('build')).map((r) => r.mib));
    console.log(`peak memory, ${what}: ${peak.toFixed(1)} MiB (${peak <= limit ? 'met' : 'MISSED'}, target ≤ ${limit} MiB)`);
  }
  const perTarget = (label) => rows.find((r) => r.label === label && r.name.startsWith('build'));
  const [small, big] = [perTarget('large'), perTarget('huge')];
  console.log(`growth from 1,000 to 10,000 targets (build): time x${((big.med - floor) / (small.med - floor)).toFixed(1)}, memory x${(big.mib / small.mib).toFixed(1)} (linear: about x10 or less)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
