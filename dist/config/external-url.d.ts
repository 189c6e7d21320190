/**
 * Where people open a daemon the dev container publishes (Prometheus, Alertmanager): the URL its links name, in
 * alerts and notifications. Given (`externalUrl`), or the published port on `network.hostName`, on the one address
 * the ports are published on, or on loopback.
 */
/**
 * The external URL of a daemon published on `port`, unless `given`: on `network.hostName` when set, else on the one
 * address the ports are published on, else on localhost.
 */
export declare function externalUrl(given: string | undefined, network: {
    publishAddress: string;
    hostName?: string | undefined;
}, port: number): string;
/** A daemon's URL on `host` (a name, an IPv4 address or a bracketed IPv6 one) at `port`. */
export declare const urlAt: (host: string, port: number) => string;
/**
 * The flags that set `url` as the external URL (`flags`: the daemon's names for them). A URL with a path would move
 * every route under it (the route prefix defaults to the URL's path): the routes stay at the root, where the stack's
 * own scrapes, data sources and checks reach them, behind a proxy that strips the path.
 */
export declare function externalUrlFlags(url: string, flags: {
    externalUrl: string;
    routePrefix: string;
}): string[];
