export function conformsConfig(d: any): boolean;
