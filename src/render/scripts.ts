/** Shell artifacts from Handlebars templates: every config value goes through the `sh` quoting helper. */
import { renderTemplate } from './templates.js';
import { finish, headerText } from './text.js';
import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';

function script(name: 'init-run.sh' | 'setup-storage.sh' | 'launch-model.sh', model: Model): Artifact {
  // storage.keepRuns counts the starting run: init-run.sh keeps that many less one of the runs before it.
  const keptOlderRuns = (model.config.storage.keepRuns ?? 1) - 1;
  const content = renderTemplate(name, { ...model, header: headerText(model), keptOlderRuns });
  return { name, path: name, content: finish(content), executable: true };
}

/** The container entrypoint (seed 000, "Container Lifecycle"). */
export const renderInitRun = (model: Model): Artifact => script('init-run.sh', model);

/** The host-side storage tree (seed 000, "Storage Layout"). */
export const renderSetupStorage = (model: Model): Artifact => script('setup-storage.sh', model);

/** The model-server launcher (seed 000, "Launching SGLang"). */
export const renderLaunchModel = (model: Model): Artifact => script('launch-model.sh', model);
