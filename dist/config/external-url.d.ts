/**
 * Where people open a daemon the dev container publishes (Prometheus, Alertmanager): the URL its links name, in
 * alerts and notifications. Given (`externalUrl`), or the published port on loopback, or on the one address the
 * ports are published on.
 */
/** The external URL of a daemon published on `port` of `publishAddress`, unless `given`. */
export declare function externalUrl(given: string | undefined, publishAddress: string, port: number): string;
/**
 * The flags that set `url` as the external URL (`flags`: the daemon's names for them). A URL with a path would move
 * every route under it (the route prefix defaults to the URL's path): the routes stay at the root, where the stack's
 * own scrapes, data sources and checks reach them, behind a proxy that strips the path.
 */
export declare function externalUrlFlags(url: string, flags: {
    externalUrl: string;
    routePrefix: string;
}): string[];
