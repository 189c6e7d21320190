/** jaeger.yaml: the Jaeger 2 configuration (`jaeger --config`), built as data and serialised once. */
import { blockYaml, finish, headerText } from './text.js';
import type { Model } from '../model/model.js';
import type { Artifact } from '../types.js';

/** The config init-run.sh passes to `jaeger --config`; produced only for Jaeger 2. */
export function renderJaegerConfig(model: Model): Artifact {
  const content = `# ${headerText(model)}\n# For Jaeger ${model.config.versions.jaeger}. \${env:JAEGER_DATA_DIR} is the run's folder, exported by init-run.sh.\n${blockYaml(model.jaegerConfig!)}`;
  return { name: 'jaeger.yaml', path: 'jaeger.yaml', content: finish(content), executable: false };
}
