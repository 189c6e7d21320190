/** Where the stack sends data: remote-write URLs Prometheus can use, and no loop back into the sender. */
import { type Rule } from './rule.js';
import type { ValidConfig } from '../types.js';
/** A URL as Prometheus reads it (Go's net/url): scheme, host, optional port, and whether it carries a user:password. */
export interface ParsedUrl {
    host: string;
    port: number;
    userinfo: boolean;
}
/** The parts of an http(s) URL, or what is wrong with it. */
export declare function parseUrl(url: string): ParsedUrl | string;
/** True when `host` names the machine itself (loopback, any address, or the dev container's own service name). */
export declare function isSelf(host: string, config: ValidConfig): boolean;
/** Remote-write entries are URLs Prometheus parses, with at most one way to authenticate, unique names, and no password inside. */
export declare const remoteWriteValid: Rule;
/** A remote-write URL naming this Prometheus would loop every sample back into it, and nothing would reach the central store. */
export declare const remoteWriteNotSelf: Rule;
/** Jaeger's forwarding endpoint is a usable host:port, and not Jaeger's own OTLP receiver. */
export declare const forwardNotSelf: Rule;
