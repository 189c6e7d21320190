/**
 * Where people open a daemon the dev container publishes (Prometheus, Alertmanager): the URL its links name, in
 * alerts and notifications. Given (`externalUrl`), or the published port on `network.hostName`, on the one address
 * the ports are published on, or on loopback.
 */

/**
 * The external URL of a daemon published on `port`, unless `given`: on `network.hostName` when set, else on the one
 * address the ports are published on, else on localhost.
 */
export function externalUrl(given: string | undefined, network: { publishAddress: string; hostName?: string | undefined }, port: number): string {
  if (given !== undefined) return given;
  if (network.hostName !== undefined) return urlAt(network.hostName, port);
  const publishAddress = network.publishAddress;
  // Loopback, or every address: the machine that runs the container reaches it as localhost (and a tunnel of the port).
  const local = publishAddress === '0.0.0.0' || publishAddress.startsWith('127.') || publishAddress === '::' || publishAddress === '::1';
  return urlAt(local ? 'localhost' : publishAddress.includes(':') ? `[${publishAddress}]` : publishAddress, port);
}

/** A daemon's URL on `host` (a name, an IPv4 address or a bracketed IPv6 one) at `port`. */
export const urlAt = (host: string, port: number): string => `http://${host}:${port}/`;

/**
 * The flags that set `url` as the external URL (`flags`: the daemon's names for them). A URL with a path would move
 * every route under it (the route prefix defaults to the URL's path): the routes stay at the root, where the stack's
 * own scrapes, data sources and checks reach them, behind a proxy that strips the path.
 */
export function externalUrlFlags(url: string, flags: { externalUrl: string; routePrefix: string }): string[] {
  const path = /^[a-z]+:\/\/[^/]*(\/.*)?$/i.exec(url)?.[1] ?? '';
  return [`${flags.externalUrl}=${url}`, ...(path.replace(/\/+$/, '') === '' ? [] : [`${flags.routePrefix}=/`])];
}
