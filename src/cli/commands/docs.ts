/** `obscompile docs`: print the README tables, or inject them between markers (`--check` for CI). */
import { accessSync, constants } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { compile } from '../../compile.js';
import { inject, tables } from '../../render/docs.js';
import { ERRNO_WORDS, fileDiagnostic, usageDiagnostic } from '../../diagnostics/make.js';
import { encodingDiagnostic } from '../../discover/encoding.js';
import { namedTarget, writeNamed } from '../../emit/named-file.js';
import { EXIT, type Io } from '../io.js';
import { exitFor, report, type CommonOptions } from './report.js';

interface DocsOptions extends CommonOptions {
  table: 'components' | 'metrics' | 'all';
  inject?: string;
  check: boolean;
}

export async function docsCommand(opts: DocsOptions, io: Io): Promise<number> {
  const compilation = await compile({ cwd: io.cwd, config: opts.config, maxConfigBytes: opts.maxConfigBytes });
  if (!compilation.model) {
    report(io, compilation.diagnostics, opts.format, compilation);
    return exitFor(compilation.diagnostics);
  }
  const all = tables(compilation.model);
  if (opts.check && !opts.inject) {
    // Without a README there is nothing to compare: succeeding would be a false green in CI.
    report(io, [usageDiagnostic('`docs --check` needs `--inject README.md`: it compares the tables in that file', 'run `obscompile docs --inject README.md --check`')], opts.format);
    return EXIT.usage;
  }
  if (opts.inject && opts.table !== 'all') {
    // --inject keeps every table between markers current: a narrower --table would be ignored.
    report(io, [usageDiagnostic(`\`--table ${opts.table}\` chooses the table docs prints; \`--inject\` updates every table the README marks`, 'drop --table, or mark only the tables you want in the README')], opts.format);
    return EXIT.usage;
  }
  if (!opts.inject) {
    // Every table under a heading of its name (as `--table NAME` prints it alone, without one).
    const chosen = opts.table === 'all' ? (Object.entries(all) as [string, string][]).map(([name, table]) => `## ${name}\n\n${table}`) : [all[opts.table]];
    io.result?.({ tables: opts.table === 'all' ? all : { [opts.table]: all[opts.table] } });
    io.out(chosen.join('\n\n'));
    return EXIT.ok;
  }
  // A symlinked README is updated where it points, keeping the link, its permission bits and (as root) its owner.
  const target = await namedTarget(resolve(io.cwd, opts.inject), true).catch((error: Error) => ({ kind: 'refused' as const, what: error.message }));
  if (target.kind !== 'file') {
    const why = target.kind === 'refused' ? target.what : target.kind === 'new' ? 'missing' : target.what;
    report(io, [fileDiagnostic(opts.inject, { code: 'OBS_IO', message: `cannot inject tables into ${opts.inject}: it is ${why === 'missing' ? 'not there' : why}`, hint: 'give --inject a README that exists and has the marker comments' })], opts.format);
    return EXIT.usage;
  }
  let bytes: Buffer;
  try {
    bytes = await target.bytes();
  } catch (error) {
    report(io, [fileDiagnostic(opts.inject, { code: 'OBS_IO', message: `cannot read ${opts.inject}: ${(error as Error).message}`, hint: 'check the path given to --inject' })], opts.format);
    return EXIT.usage;
  }
  // Decoded as UTF-8 and written back, any other encoding's characters would be lost.
  const notText = encodingDiagnostic(bytes, opts.inject);
  if (notText) {
    report(io, [notText], opts.format);
    return exitFor([notText]);
  }
  // A byte-order mark (Windows editors write one) is kept as it was, but markers on the first line still count.
  const decoded = bytes.toString('utf8');
  const bom = decoded.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = decoded.slice(bom.length);
  const injected = inject(text, opts.inject, all);
  if (!injected.value) {
    // With the README's own lines under each finding, as a config's are.
    report(io, injected.diagnostics, opts.format, undefined, new Map([[opts.inject, text]]));
    return exitFor(injected.diagnostics);
  }
  if (injected.value === text) {
    io.result?.({ file: opts.inject, state: 'up to date' });
    io.out(`${opts.inject}: up to date`);
    return EXIT.ok;
  }
  if (opts.check) {
    const diff = createTwoFilesPatch(`a/${opts.inject}`, `b/${opts.inject}`, text, injected.value);
    io.result?.({ file: opts.inject, state: 'stale', diff });
    io.out(`${opts.inject}: tables are stale; run \`obscompile docs --inject ${opts.inject}\``);
    io.out(diff);
    return EXIT.invalid;
  }
  // A README the caller may not write is not replaced behind that (a rename would, whatever its mode or owner say).
  if (!writable(target.path)) {
    report(io, [fileDiagnostic(opts.inject, { code: 'OBS_IO', message: `${opts.inject} is read-only to you (mode ${(target.owner.mode & 0o777).toString(8).padStart(4, '0')}): docs --inject does not replace a file you may not write`, hint: `make it writable (\`chmod u+w ${opts.inject}\`, as its owner) and run again; \`docs --inject ${opts.inject} --check\` only reads it` })], opts.format);
    return EXIT.usage;
  }
  try {
    await writeNamed(target, bom + injected.value);
  } catch (error) {
    // The new text is written beside the README and renamed over it: it is the folder that must be writable.
    const e = error as NodeJS.ErrnoException;
    // The folder the file stands in (a linked README's is its target's).
    const folder = relative(io.cwd, dirname(target.path)) || '.';
    const words = ERRNO_WORDS[e.code ?? ''];
    report(io, [fileDiagnostic(opts.inject, { code: 'OBS_IO', message: `cannot write ${opts.inject}: ${e.code === 'EACCES' || e.code === 'EPERM' ? `its folder ${folder} is not writable (${e.code}); the new text is written beside the file and renamed over it` : words ? `it ${words} (${e.code})` : e.message}`, hint: `make ${folder} writable, or print the tables with \`obscompile docs\` and paste them; ${opts.inject} is unchanged` })], opts.format);
    return EXIT.usage;
  }
  io.result?.({ file: opts.inject, state: 'updated' });
  io.out(`${opts.inject}: tables updated`);
  return EXIT.ok;
}

/** Whether this process may write `file` (its owner, group and mode, as the kernel decides; root may). */
function writable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
