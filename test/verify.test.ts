/**
 * `obscompile verify`'s comparison of one job, without a Prometheus: a catalogued series that is missing is drift,
 * unless the catalog says it may be (a condition, or a series that appears only after some event).
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compile } from '../src/compile.js';
import { compareJob, type Observed } from '../src/verify/verify.js';
import type { CatalogSection } from '../src/model/catalog.js';
import { ROOT, cli } from './helpers.js';

async function sglangSection(): Promise<CatalogSection> {
  const c = await compile({ cwd: path.join(ROOT, 'examples/sglang-dev') });
  return c.model!.catalog.find((s) => s.job === 'sglang')!;
}

/** What a Prometheus holding every row of `section` but `missing` would answer. */
function observedWithout(section: CatalogSection, missing: readonly string[]): Observed {
  const labels = new Map<string, Set<string>>();
  const types = new Map<string, string>();
  for (const row of section.metrics.filter((r) => !missing.includes(r.name))) {
    const parts = row.type === 'histogram' ? ['_bucket', '_sum', '_count'].map((p) => `${row.name}${p}`) : [row.name];
    for (const n of parts) labels.set(n, new Set(['__name__', 'job', 'instance', ...row.labels, ...(n.endsWith('_bucket') ? ['le'] : [])]));
    types.set(row.name, row.type);
  }
  return { labels, types };
}

test('a series that appears only after an event, or only in some cases, may be missing; any other is drift', async () => {
  const section = await sglangSection();
  const later = section.metrics.find((r) => r.name === 'sglang:num_aborted_requests_total')!;
  const conditional = section.metrics.find((r) => r.status === 'conditional')!;
  assert.ok(later.later && later.note?.startsWith('appears'), 'aborted requests appear after the first abort');
  const missing = [later.name, conditional.name, 'sglang:num_running_reqs'];
  const found = compareJob(section, observedWithout(section, missing), 'http://127.0.0.1:9090');
  const byName = (d: { message: string }) => missing.find((n) => d.message.startsWith(`\`${n}\``));
  assert.equal(Object.fromEntries(found.map((d) => [byName(d), d.severity])), { [later.name]: 'warning', [conditional.name]: 'warning', 'sglang:num_running_reqs': 'error' });
  assert.is(found.length, 3);
  assert.match(found.find((d) => d.message.includes(later.name))!.message, /the catalog allows that: appears after the first abort/);
  assert.equal(compareJob(section, observedWithout(section, []), 'http://127.0.0.1:9090'), [], 'nothing missing, nothing found');
});

test('a job whose targets are down is one warning, not one error per catalogued name', async () => {
  const section = await sglangSection();
  // What Prometheus stores for a target it cannot scrape: `up` at 0 and its own scrape series, nothing of the source.
  // With the alerts on it: TargetDown's ALERTS and ALERTS_FOR_STATE carry the job's label too.
  const down: Observed = { labels: new Map(['up', 'scrape_duration_seconds', 'scrape_samples_scraped', 'scrape_series_added', 'ALERTS', 'ALERTS_FOR_STATE'].map((n) => [n, new Set(['__name__', 'job', 'instance'])])), types: new Map() };
  const found = compareJob(section, down, 'http://127.0.0.1:9090');
  assert.is(found.length, 1, found.map((d) => d.message).join('\n'));
  assert.is(found[0]!.severity, 'warning');
  assert.match(found[0]!.message, /^job `sglang` has no series of its own here: its targets are down/);
  // Not even `up`: the Prometheus does not run the generated prometheus.yml, an error.
  const absent = compareJob(section, { labels: new Map(), types: new Map() }, 'http://127.0.0.1:9090');
  assert.equal(absent.map((d) => d.severity), ['error']);
  assert.match(absent[0]!.message, /^job `sglang` is not scraped by this Prometheus: it has stored no series of it, not even `up`/);
});

test("names stored with `_` for the catalog's `:` are one finding that shows the rewrite, not one per name", async () => {
  const section = await sglangSection();
  const full = observedWithout(section, []);
  const rewritten: Observed = { labels: new Map([...full.labels].map(([n, l]) => [n.replace(/:/g, '_'), l])), types: full.types };
  const found = compareJob(section, rewritten, 'http://127.0.0.1:9090');
  const colons = section.metrics.filter((r) => r.name.includes(':') && r.status !== 'off').length;
  assert.equal(found.map((d) => d.severity), ['error'], found.map((d) => d.message).join('\n'));
  assert.match(found[0]!.message, new RegExp(`^job \`sglang\` stores ${colons} of the catalog's names with \`_\` for \`:\`: \`sglang_`));
  // The rewritten names are still compared: a label the catalog does not list, a type that differs.
  rewritten.labels.get('sglang_token_usage')!.add('bogus');
  const changed: Observed = { labels: rewritten.labels, types: new Map([...full.types, ['sglang:num_running_reqs', 'counter']]) };
  const more = compareJob(section, changed, 'http://127.0.0.1:9090').map((d) => d.message);
  assert.ok(more.some((m) => m === '`sglang:token_usage` (sglang) carries `bogus`, which the catalog does not list'), more.join('\n'));
  assert.ok(more.some((m) => m === '`sglang:num_running_reqs` (sglang) is a counter here, a gauge in the catalog'), more.join('\n'));
});

test("an extra target's documented metrics are compared, with the labels its job sets", async () => {
  const c = await compile({ cwd: path.join(ROOT, 'examples/cpu-only') });
  const section = c.model!.catalog.find((s) => !s.upstream)!;
  assert.ok(section, 'the example documents an extra target');
  assert.ok(Object.keys(c.model!.scrapeJobs.find((j) => j.job === section.job)!.labels).length, 'whose job sets labels');
  const job = c.model!.scrapeJobs.find((j) => j.job === section.job)!;
  const observed = observedWithout(section, []);
  for (const set of observed.labels.values()) for (const l of Object.keys(job.labels)) set.add(l);
  assert.equal(compareJob(section, observed, 'http://127.0.0.1:9090', Object.keys(job.labels)), [], 'all there, with the job labels');
  const missing = section.metrics[0]!.name;
  const found = compareJob(section, observedWithout(section, [missing]), 'http://127.0.0.1:9090', Object.keys(job.labels));
  assert.is(found.length, 1);
  assert.match(found[0]!.message, new RegExp(`^\`${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\` \\(${section.job}\\) is documented in the config but not stored$`));
  assert.match(found[0]!.hint!, /prometheus\.extraTargets/);
  // A label the config documents that no series carries is drift too.
  const labelled = section.metrics.find((r) => r.labels.length)!;
  assert.ok(labelled, 'the example documents a label');
  const without = observedWithout(section, []);
  for (const set of without.labels.values()) for (const l of Object.keys(job.labels)) set.add(l);
  for (const [name, set] of without.labels) if (name.startsWith(labelled.name)) set.delete(labelled.labels[0]!);
  const unlabelled = compareJob(section, without, 'http://127.0.0.1:9090', Object.keys(job.labels));
  assert.equal(unlabelled.map((d) => d.message), [`\`${labelled.name}\` (${section.job}) carries no \`${labelled.labels[0]}\`, which the config documents`]);
  // An extra target exposing names the config does not document is no drift: the config lists what it reads.
  observed.labels.set('app_undocumented_total', new Set(['__name__', 'job', 'instance']));
  assert.equal(compareJob(section, observed, 'http://127.0.0.1:9090', Object.keys(job.labels)), []);
});

test('the summary says which jobs matched and which could not be compared; a job the Prometheus never scraped fails', async () => {
  const example = path.join(ROOT, 'examples/cpu-only');
  const c = await compile({ cwd: example });
  const app = c.model!.catalog.find((sec) => !sec.upstream)!;
  const jobs = c.model!.scrapeJobs.map((j) => j.job);
  // A Prometheus API on 127.0.0.1 whose app job has every documented series, the other jobs' targets down, and
  // (second run) one job it never scraped.
  let unscraped: string | undefined;
  let appUp = '1';
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    const job = /job="([^"]+)"/.exec(url.searchParams.get('match[]') ?? url.searchParams.get('match_target') ?? '')?.[1];
    let data: unknown = [];
    if (url.pathname === '/api/v1/status/buildinfo') data = { version: c.model!.config.versions.prometheus };
    else if (url.pathname === '/api/v1/query') data = { resultType: 'vector', result: /job="([^"]+)"/.exec(url.searchParams.get('query') ?? '')?.[1] === app.job ? [{ metric: {}, value: [0, appUp] }] : [] };
    else if (url.pathname === '/api/v1/series' && job && job !== unscraped) {
      const labels = { job, instance: 'x', ...c.model!.scrapeJobs.find((j) => j.job === job)!.labels };
      data = job === app.job ? app.metrics.map((r) => ({ __name__: r.name, ...labels, ...Object.fromEntries(r.labels.map((l) => [l, 'x'])) })) : [{ __name__: 'up', ...labels }];
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ status: 'success', data }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    const r = await cli(['verify', '--prometheus', url], example);
    assert.is(r.code, 0, r.stderr);
    const down = jobs.filter((j) => j !== app.job);
    assert.match(r.stdout, new RegExp(`^${url}: ${app.job} match the catalog; not compared, their targets being down: ${down.join(', ')}\n$`));
    // Its target down now: its series are still in the window, and verify says what it compared them as.
    appUp = '0';
    const stale = await cli(['verify', '--prometheus', url], example);
    assert.match(stale.stderr, new RegExp(`warning \\[OBS_VERIFY_DRIFT\\] job \`${app.job}\`: 1 of 1 target is down now \\(\`up\` is 0\\), so its series are compared as they were stored before`));
    assert.match(stale.stdout, new RegExp(`: ${app.job} match the catalog \\(as stored; targets down now: ${app.job}\\);`));
    appUp = '1';
    unscraped = down[0]!;
    const missing = await cli(['verify', '--prometheus', url, '--format', 'json'], example);
    assert.is(missing.code, 1);
    const out = JSON.parse(missing.stdout) as { diagnostics: { severity: string; message: string }[]; result: { compared: string[] } };
    assert.equal(out.result.compared, [app.job]);
    assert.ok(out.diagnostics.some((d) => d.severity === 'error' && d.message.startsWith(`job \`${unscraped}\` is not scraped by this Prometheus`)));
  } finally {
    server.close();
  }
});

test.run();
