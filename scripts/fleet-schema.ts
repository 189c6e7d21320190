/**
 * The fleet schema's override definitions, derived from the config schema so an editor completes and checks the
 * keys under a fleet's `common:` and each host's `config:` (schema/fleet.schema.json owns everything else).
 * An override is the config with every key optional and every mapping key removable with `null`; list items stay
 * whole, since a list replaces the base's list.
 */
type Schema = Record<string, unknown>;

const REMOVES = 'Removes the key from the layers below: the default applies.';

/** A property that may also be `null` (the merge rules' way to remove it). */
function nullable(node: Schema): Schema {
  // A `$ref` beside its own `type` still requires what it refers to (a string): only a choice around it lets null in.
  if ((typeof node.type === 'string' || Array.isArray(node.type)) && node.$ref === undefined) {
    const types = [node.type].flat() as string[];
    if (types.includes('null')) return node;
    const out: Schema = { ...node, type: [...types, 'null'] };
    if (Array.isArray(node.enum)) out.enum = [...node.enum, null];
    return out;
  }
  // `$ref` and `oneOf` properties: the choice goes around them. The annotations stay on the branch too, since an
  // editor describes a value by the branch it matched.
  const { title, description, default: dflt } = node;
  return { ...(title ? { title } : {}), ...(description ? { description } : {}), ...(dflt !== undefined ? { default: dflt } : {}), anyOf: [node, { type: 'null', description: REMOVES }] };
}

/**
 * A node without its conditions on sibling keys (`if`/`then`/`else` in `allOf`: the engine's flags, offered for the
 * engine chosen, scripts/engine-schema.ts): in a layer the condition's key may be set in another layer, so every
 * branch's keys are allowed (what they say of each other is checked on the merged config, by validate).
 */
function unconditional(node: Schema): Schema {
  const all = node.allOf as Schema[] | undefined;
  if (!all?.some((a) => a.if)) return node;
  const properties = { ...(node.properties as Record<string, Schema> | undefined) };
  for (const branch of all.flatMap((a) => [a.then, a.else]) as (Schema | undefined)[]) {
    for (const [k, v] of Object.entries((branch?.properties ?? {}) as Record<string, Schema | boolean>)) if (v !== false && !(k in properties)) properties[k] = v as Schema;
  }
  const rest = all.filter((a) => !a.if);
  const { allOf: _allOf, ...out } = node;
  return { ...out, properties, ...(rest.length ? { allOf: rest } : {}) };
}

/** A config schema node as an override: no `required` on mappings, each key nullable; arrays untouched. */
function overridable(given: Schema): Schema {
  const node = unconditional(given);
  if (!node.properties && !(node.additionalProperties && typeof node.additionalProperties === 'object')) return node;
  const { required: _required, ...out } = node;
  if (node.properties) {
    out.properties = Object.fromEntries(Object.entries(node.properties as Record<string, Schema>).map(([k, v]) => [k, nullable(overridable(v))]));
  }
  if (node.additionalProperties && typeof node.additionalProperties === 'object') out.additionalProperties = nullable(node.additionalProperties as Schema);
  return out;
}

/** Keys of the config root that mean nothing in an override. */
const NOT_OVERRIDABLE = ['$schema', 'version'];

/** The fleet schema with `definitions` rebuilt: the config's own definitions (for their `$ref`s) and `overrides`. */
export function fleetSchemaWithOverrides(fleet: Schema, config: Schema): Schema {
  const root = overridable(config);
  const properties = Object.fromEntries(Object.entries(root.properties as Record<string, Schema>).filter(([k]) => !NOT_OVERRIDABLE.includes(k)));
  const overrides: Schema = {
    title: 'Config overrides',
    description: 'Keys of observability.config.yaml, every one optional: mappings merge into the layers below, lists and scalars replace, `null` removes.',
    type: 'object',
    additionalProperties: false,
    properties,
  };
  return { ...fleet, definitions: { ...(config.definitions as Schema), overrides } };
}
