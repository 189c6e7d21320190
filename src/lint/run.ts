/**
 * What `obscompile lint` runs: the config analysed (its diagnostics stop the lint), the files read, and, with
 * `--versions`, the config at those releases, checked by the schema's own checks like any config.
 */
import { basename, join, resolve } from 'node:path';
import { analyze } from '../analyze.js';
import { readFile, readdir, stat } from '../fs.js';
import { conformsConfig } from '../generated/config-checks.js';
import { ERRNO_WORDS, fileDiagnostic, usageDiagnostic } from '../diagnostics/make.js';
import { lint, type LintFile } from './lint.js';
import { hasErrors, type Diagnostic, type ValidConfig } from '../types.js';
import type { Central } from '../config/fleet-settings.js';
import { ENGINE_TITLE, engineOf } from '../config/engine.js';
import { runsComponent, type VersionKey } from '../config/components.js';
import { utf8Text } from '../discover/encoding.js';
import { versionsCatalogued, versionsSupported } from '../check/versions.js';
import { schemaAt, schemaDocument } from '../validate/validate.js';

export interface LintOptions {
  cwd: string;
  config?: string;
  /** A fleet file: the queries read the central store, what every host sends it. */
  fleet?: string;
  maxConfigBytes?: number;
  files: readonly string[];
  /** `component=release,…` for upgrade impact. */
  versions?: string;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  /** The queries found in the files and checked (none when the files could not be read, or nothing was linted). */
  queries?: number;
  /** How many files were linted, and the files of named folders left out as no rule file or dashboard. */
  linted?: number;
  skipped?: string[];
  /** Every file's text, for code frames. */
  texts: Map<string, string>;
}

/** The config at other releases, or a usage diagnostic naming what cannot be. */
function upgrade(config: ValidConfig, spec: string): ValidConfig | Diagnostic {
  const versions: Record<string, string> = { ...config.versions };
  const given = new Set<string>();
  for (const pair of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, release] = pair.split('=').map((s) => s.trim());
    if (!name || !release) return usageDiagnostic(`--versions ${pair}: not COMPONENT=RELEASE`, 'write them as `--versions sglang=0.6.0,prometheus=3.15.0`');
    if (!(name in versions)) return usageDiagnostic(`--versions ${pair}: no component \`${name}\``, `the components: ${Object.keys(versions).join(', ')}`);
    if (given.has(name)) return usageDiagnostic(`--versions ${spec}: \`${name}\` is given twice`, `keep one release of ${name}; lint one release at a time`);
    given.add(name);
    versions[name] = release;
  }
  const upgraded = { ...config, versions } as unknown as ValidConfig;
  if (!conformsConfig(upgraded)) {
    const wrong = [...given].find((name) => !conformsConfig({ ...config, versions: { ...config.versions, [name]: versions[name] } }))!;
    return usageDiagnostic(`--versions ${spec}: \`${wrong}=${versions[wrong]}\` is a release the schema does not accept`, releasesOf(wrong, config.versions[wrong as keyof ValidConfig['versions']]));
  }
  // What validate refuses of a release (older than obscompile generates for), lint refuses too.
  const refused = versionsSupported.check(upgraded, { configDir: '.', written: () => true }).find((f) => f.severity !== 'warning');
  if (refused) return usageDiagnostic(`--versions ${spec}: ${refused.message}`, refused.hint ?? '');
  return upgraded;
}

/** Why the config does not run component `name` (another engine, or turned off), or undefined when it runs it. */
function unusedComponent(config: ValidConfig, name: string): string | undefined {
  const engine = engineOf(config);
  if ((name === 'sglang' || name === 'vllm') && name !== engine) return `the config runs ${ENGINE_TITLE[engine]}, not ${ENGINE_TITLE[name]}`;
  if (!(name in config.versions) || runsComponent(config, name as VersionKey)) return undefined;
  return `\`${name === engine ? 'modelServer' : name}\` is turned off in the config`;
}

/** What the schema takes for `versions.NAME`: its releases when it lists them, else the form of one. */
function releasesOf(name: string, pinned: string): string {
  const listed = (schemaAt(schemaDocument(), ['versions', name]) as { enum?: string[] } | undefined)?.enum;
  return listed ? `${name} takes one of: ${listed.join(', ')}` : `${name} takes a release number, such as ${pinned} (the one configured)`;
}

export async function runLint(opts: LintOptions): Promise<LintResult> {
  const texts = new Map<string, string>();
  if (opts.files.length === 0) return { diagnostics: [usageDiagnostic('no file to lint', 'name rule files and dashboards: `obscompile lint rules.yml dashboard.json`')], texts };
  const analysed = await configs(opts, texts);
  if ('diagnostics' in analysed) return { diagnostics: analysed.diagnostics, texts };
  let upgraded: ValidConfig[] | undefined;
  if (opts.versions !== undefined) {
    // A component no config runs (the other engine, one turned off): its release changes nothing lint checks.
    const configs = analysed.configs;
    for (const name of opts.versions.split(',').map((p) => p.split('=')[0]!.trim())) {
      if (!(name in configs[0]!.versions) || !configs.every((c) => unusedComponent(c, name))) continue;
      const runs = Object.keys(configs[0]!.versions).filter((n) => configs.some((c) => !unusedComponent(c, n)));
      return { diagnostics: [usageDiagnostic(`--versions ${opts.versions}: ${unusedComponent(configs[0]!, name)}, so a release of \`${name}\` changes nothing lint checks`, `name a component the config runs: ${runs.join(', ')}`)], texts };
    }
    upgraded = [];
    for (const config of analysed.configs) {
      const u = upgrade(config, opts.versions);
      if ('code' in u) return { diagnostics: [u], texts };
      upgraded.push(u);
    }
  }
  const files: LintFile[] = [];
  // A release later than the catalog's: lint can only answer for the release the catalog describes, and says so.
  const diagnostics: Diagnostic[] = upgraded ? newerThanCatalog(analysed.configs[0]!, upgraded[0]!, opts.versions!) : [];
  for (const { path, found } of await withFolders(opts.cwd, opts.files, diagnostics)) {
    try {
      const read = utf8Text(await readFile(resolve(opts.cwd, path)), path);
      if ('diagnostic' in read) {
        diagnostics.push(read.diagnostic);
        continue;
      }
      files.push({ path, text: read.text, ...(found ? { found } : {}) });
      texts.set(path, read.text);
    } catch (error) {
      // Named as given (a folder fails at read(), whose error names no path); lint changes nothing, so the hint is about the path alone.
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (found && code === 'EISDIR') continue;
      const what = ERRNO_WORDS[code];
      diagnostics.push(fileDiagnostic(path, { code: 'OBS_IO', message: `cannot read ${path}${what ? `: it ${what}` : ''} (${code})`, hint: 'check the path: lint reads Prometheus rule files (YAML) and Grafana dashboards (JSON)' }));
    }
  }
  const linted = lint(files, analysed.configs, upgraded, analysed.central);
  // Folders alone, and nothing in them lint reads: not a clean run of nothing.
  if (files.length && files.every((f) => f.found) && linted.linted === 0) {
    diagnostics.push(usageDiagnostic(`no Prometheus rule file or Grafana dashboard in ${opts.files.join(', ')} (${linted.skipped.length === 1 ? 'its one YAML or JSON file is' : `its ${linted.skipped.length} YAML and JSON files are`} neither)`, 'name the rule files and dashboards, or the folder that holds them'));
  }
  return { diagnostics: [...diagnostics, ...linted.diagnostics], texts, queries: linted.queries, linted: linted.linted, skipped: linted.skipped };
}

/** What a folder may hold that lint reads: rule files and dashboards are YAML and JSON. */
const LINTABLE = /\.(?:ya?ml|json)$/;

/** Folders a named folder's walk does not enter: version control and installed packages. */
const SKIPPED = new Set(['.git', '.hg', '.svn', 'node_modules']);

/**
 * The files to read: each named file, and for a named folder the YAML and JSON files in it and its subfolders (not
 * hidden files, not .git or node_modules), in name order. A folder with none is said as such.
 */
async function withFolders(cwd: string, paths: readonly string[], diagnostics: Diagnostic[]): Promise<{ path: string; found?: true }[]> {
  const out: { path: string; found?: true }[] = [];
  for (const path of paths) {
    const isFolder = await stat(resolve(cwd, path)).then((s) => s.isDirectory(), () => false);
    if (!isFolder) {
      out.push({ path });
      continue;
    }
    const entries = (await readdir(resolve(cwd, path), { recursive: true })) as string[];
    // Hidden folders are looked into (obscompile's own output is .devcontainer/observability), but not Git's or npm's;
    // hidden files are left (obscompile's manifest and journal).
    const inside = entries.filter((e) => LINTABLE.test(e) && !basename(e).startsWith('.') && !e.split(/[\\/]/).some((part) => SKIPPED.has(part))).sort();
    if (!inside.length) diagnostics.push(fileDiagnostic(path, { code: 'OBS_IO', message: `${path} holds no YAML or JSON file to lint`, hint: 'name the rule files and dashboards, or the folder that holds them' }));
    for (const e of inside) out.push({ path: join(path, e), found: true });
  }
  return out;
}

/** The config the queries are checked against, or a fleet's hosts; their diagnostics when any is an error. */
async function configs(opts: LintOptions, texts: Map<string, string>): Promise<{ configs: ValidConfig[]; central?: Central } | { diagnostics: Diagnostic[] }> {
  const size = opts.maxConfigBytes ? { maxConfigBytes: opts.maxConfigBytes } : {};
  if (opts.fleet) {
    const { analyzeFleet } = await import('../layer/fleet.js');
    const fleet = await analyzeFleet({ cwd: opts.cwd, fleet: opts.fleet, ...size });
    for (const [path, text] of fleet.texts) texts.set(path, text);
    const hosts = fleet.hosts.flatMap((h) => (h.config ? [h.config] : []));
    return hasErrors(fleet.diagnostics) || hosts.length < fleet.hosts.length || !fleet.hosts.length ? { diagnostics: fleet.diagnostics } : { configs: hosts, ...(fleet.settings?.central ? { central: fleet.settings.central } : {}) };
  }
  const analysis = await analyze({ cwd: opts.cwd, ...(opts.config ? { config: opts.config } : {}), ...size });
  if (analysis.source) texts.set(analysis.source.path, analysis.source.text);
  return analysis.config ? { configs: [analysis.config] } : { diagnostics: analysis.diagnostics };
}

/** A warning per release given to --versions that is later than the one the catalog describes (and than the config's). */
function newerThanCatalog(config: ValidConfig, upgraded: ValidConfig, spec: string): Diagnostic[] {
  const before = new Set(versionsCatalogued.check(config, { configDir: '.', written: () => true }).map((f) => f.at.join('.')));
  return versionsCatalogued
    .check(upgraded, { configDir: '.', written: () => true })
    .filter((f) => !before.has(f.at.join('.')))
    .map((f) => ({ ...usageDiagnostic(`--versions ${spec}: ${f.message}`, 'lint cannot tell what a later release renamed or dropped: run `obscompile verify` against the upgraded stack'), severity: 'warning' as const, code: 'OBS_VERSION_NEWER' as const }));
}
