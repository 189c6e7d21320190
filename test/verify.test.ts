/**
 * `obscompile verify`'s comparison of one job, without a Prometheus: a catalogued series that is missing is drift,
 * unless the catalog says it may be (a condition, or a series that appears only after some event).
 */
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compile } from '../src/compile.js';
import { compareJob, type Observed } from '../src/verify/verify.js';
import type { CatalogSection } from '../src/model/catalog.js';
import { ROOT } from './helpers.js';

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
  const down: Observed = { labels: new Map(['up', 'scrape_duration_seconds', 'scrape_samples_scraped', 'scrape_series_added'].map((n) => [n, new Set(['__name__', 'job', 'instance'])])), types: new Map() };
  const found = compareJob(section, down, 'http://127.0.0.1:9090');
  assert.is(found.length, 1, found.map((d) => d.message).join('\n'));
  assert.is(found[0]!.severity, 'warning');
  assert.match(found[0]!.message, /^job `sglang` has no series of its own here: its targets are down/);
  assert.match(compareJob(section, { labels: new Map(), types: new Map() }, 'http://127.0.0.1:9090')[0]!.message, /it is not scraped, or its targets are down/);
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
  // An extra target exposing names the config does not document is no drift: the config lists what it reads.
  observed.labels.set('app_undocumented_total', new Set(['__name__', 'job', 'instance']));
  assert.equal(compareJob(section, observed, 'http://127.0.0.1:9090', Object.keys(job.labels)), []);
});

test.run();
