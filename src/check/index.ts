/** Stage 4: semantic checks, a list of named rules run over the validated config. */
import { durationsAccepted, retentionSizeAccepted, shmSizeAccepted } from './durations.js';
import { schemaInWorkspace } from './editor.js';
import { bucketFlagValues, extraArgsAddOnly, extraMetricLabelNames, sglangFlagsKnown, vllmConfigFileRead } from './flags.js';
import { engineFlagsMatch, namesMatchEngine } from './engine.js';
import { environmentUnique, reservedNames } from './names.js';
import { modelPortAgrees, uniquePorts } from './ports.js';
import { forwardNotSelf, remoteWriteNotSelf, remoteWriteValid } from './remote-write.js';
import { composePathsNameable, storageApart, storageDistinct } from './storage.js';
import { imagesPinned, versionsCatalogued, versionsSupported } from './versions.js';
import { baseImageMatches } from './base-image.js';
import { gpusForDcgm, modelNamesKept, profilingNeedsSysAdmin, scrapedServerExportsMetrics } from './telemetry.js';
import type { Rule } from './rule.js';
import { dirname } from 'node:path';
import { place } from '../parse/position.js';
import type { ConfigPath, Diagnostic, ParsedSource, ValidConfig } from '../types.js';
import { valueAt } from '../config/config-path.js';
import { alertThresholdsUsable, rulesSeeSamples } from './alerting.js';
import { alertmanagerFed, alertmanagerReceivers, criticalAlertsArrive, watchdogBeats } from './alertmanager.js';
import { externalUrlsParse } from './external-url.js';
import { settingsUsed } from './unused.js';
import { grafanaUsable } from './grafana.js';
import { cachesReachServer } from './caches.js';
import { memoryBelowAlert, serverFitsGpus } from './gpus.js';
import { credentialsInUrls, environmentLiteral, secretsInContainer } from './secrets.js';
import { textIsUnicode } from './text.js';

/** Every rule, in the order their findings are reported. */
export const RULES: readonly Rule[] = [
  textIsUnicode,
  uniquePorts,
  modelPortAgrees,
  engineFlagsMatch,
  namesMatchEngine,
  extraArgsAddOnly,
  sglangFlagsKnown,
  extraMetricLabelNames,
  bucketFlagValues,
  vllmConfigFileRead,
  profilingNeedsSysAdmin,
  scrapedServerExportsMetrics,
  modelNamesKept,
  durationsAccepted,
  retentionSizeAccepted,
  shmSizeAccepted,
  storageDistinct,
  storageApart,
  composePathsNameable,
  reservedNames,
  environmentUnique,
  environmentLiteral,
  credentialsInUrls,
  cachesReachServer,
  schemaInWorkspace,
  imagesPinned,
  versionsSupported,
  versionsCatalogued,
  baseImageMatches,
  alertThresholdsUsable,
  rulesSeeSamples,
  alertmanagerReceivers,
  alertmanagerFed,
  watchdogBeats,
  criticalAlertsArrive,
  externalUrlsParse,
  remoteWriteValid,
  remoteWriteNotSelf,
  secretsInContainer,
  forwardNotSelf,
  gpusForDcgm,
  serverFitsGpus,
  memoryBelowAlert,
  settingsUsed,
  grafanaUsable,
];

/** Runs every rule; findings are sorted by position. `out`: the output folder `--out` gives, relative to the config's folder. */
export function check(config: ValidConfig, source: ParsedSource, out?: string): Promise<Diagnostic[]> {
  const context = { configDir: dirname(source.absolutePath), written: (path: ConfigPath) => valueAt(source.data, path) !== undefined, ...(out !== undefined ? { out } : {}) };
  return place(source, RULES.flatMap((rule) => rule.check(config, context)));
}
