/** The settings of a fleet file (schema/fleet.schema.json), as the layering, the rules and the central bundle read them. */
import type { ValidConfig } from '../types.js';

/** A fleet file once its shape is checked and the schema's defaults are in. */
export interface FleetSettings {
  base: string;
  output: { dir: string };
  central?: Central;
  common?: Record<string, unknown>;
  hosts: { name: string; address?: string; config?: Record<string, unknown> }[];
}

/** The external label every host's Prometheus carries, with the host's name (beside `container_run`). */
export const HOST_LABEL = 'host';

/** The central Jaeger: OTLP in, badger storage, its UI. */
export interface CentralJaeger {
  enabled: boolean;
  otlpGrpcPort: number;
  otlpHttpPort: number;
  uiPort: number;
  /** badger `ttl.spans`, a Go duration. */
  retention: string;
}

/** The central Alertmanager: every host's alerts, routed as the hosts' shared `alertmanager` settings say. */
export interface CentralAlertmanager {
  enabled: boolean;
  port: number;
}

/** The central Grafana: the hosts' dashboards over the central Prometheus. */
export interface CentralGrafana {
  enabled: boolean;
  port: number;
  /** Relative to the fleet file, or absolute. */
  adminPasswordFile?: string;
  anonymous: boolean;
}

/** The central store's settings. */
export interface Central {
  address: string;
  port: number;
  retention: string;
  /** `storage.tsdb.retention.size`, bytes with a unit (RETENTION_SIZE_PATTERN); unset, no cap. */
  retentionSize?: string;
  storage: string;
  jaeger: CentralJaeger;
  alertmanager: CentralAlertmanager;
  grafana: CentralGrafana;
}

/** The central Alertmanager as the hosts' Prometheus reach it (host:port). */
export const centralAlerts = (c: Central): string => `${c.address}:${c.alertmanager.port}`;

/** Whether a host sends its alerts to the central Alertmanager (src/layer/fleet.ts names it in `alerting.alertmanagers`). */
export const alertsToCentral = (c: Central, config: ValidConfig): boolean => config.alerting.alertmanagers.includes(centralAlerts(c));

/** The central Jaeger's OTLP gRPC endpoint as the hosts reach it. */
export const centralTraces = (c: Central): string => `${c.address}:${c.jaeger.otlpGrpcPort}`;
