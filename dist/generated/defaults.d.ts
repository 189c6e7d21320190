export namespace defaults {
    namespace properties {
        export namespace project {
            let _default: {};
            export { _default as default };
            export namespace inside {
                export namespace properties_1 {
                    namespace name {
                        let _default_1: string;
                        export { _default_1 as default };
                    }
                    namespace description {
                        let _default_2: string;
                        export { _default_2 as default };
                    }
                }
                export { properties_1 as properties };
            }
        }
        export namespace versions {
            let _default_3: {};
            export { _default_3 as default };
            export namespace inside_1 {
                export namespace properties_2 {
                    namespace sglang {
                        let _default_4: string;
                        export { _default_4 as default };
                    }
                    namespace prometheus {
                        let _default_5: string;
                        export { _default_5 as default };
                    }
                    namespace jaeger {
                        let _default_6: string;
                        export { _default_6 as default };
                    }
                    namespace nodeExporter {
                        let _default_7: string;
                        export { _default_7 as default };
                    }
                    namespace dcgmExporter {
                        let _default_8: string;
                        export { _default_8 as default };
                    }
                    namespace cadvisor {
                        let _default_9: string;
                        export { _default_9 as default };
                    }
                    namespace alertmanager {
                        let _default_10: string;
                        export { _default_10 as default };
                    }
                    namespace grafana {
                        let _default_11: string;
                        export { _default_11 as default };
                    }
                    namespace vllm {
                        let _default_12: string;
                        export { _default_12 as default };
                    }
                }
                export { properties_2 as properties };
            }
            export { inside_1 as inside };
        }
        export namespace output {
            let _default_13: {};
            export { _default_13 as default };
            export namespace inside_2 {
                export namespace properties_3 {
                    namespace dir {
                        let _default_14: string;
                        export { _default_14 as default };
                    }
                }
                export { properties_3 as properties };
            }
            export { inside_2 as inside };
        }
        export namespace network {
            let _default_15: {};
            export { _default_15 as default };
            export namespace inside_3 {
                export namespace properties_4 {
                    namespace bindAddress {
                        let _default_16: string;
                        export { _default_16 as default };
                    }
                    namespace publishAddress {
                        let _default_17: string;
                        export { _default_17 as default };
                    }
                }
                export { properties_4 as properties };
            }
            export { inside_3 as inside };
        }
        export namespace container {
            let _default_18: {};
            export { _default_18 as default };
            export namespace inside_4 {
                export namespace properties_5 {
                    namespace service {
                        let _default_19: string;
                        export { _default_19 as default };
                    }
                    namespace bundleDaemons {
                        let _default_20: boolean;
                        export { _default_20 as default };
                    }
                    namespace command {
                        let _default_21: string[];
                        export { _default_21 as default };
                    }
                    namespace capabilities {
                        let _default_22: string[];
                        export { _default_22 as default };
                    }
                    namespace gpus {
                        let _default_23: string;
                        export { _default_23 as default };
                    }
                    namespace shmSize {
                        let _default_24: string;
                        export { _default_24 as default };
                    }
                    namespace ipc {
                        let _default_25: string;
                        export { _default_25 as default };
                    }
                    namespace environment {
                        let _default_26: {};
                        export { _default_26 as default };
                    }
                }
                export { properties_5 as properties };
            }
            export { inside_4 as inside };
        }
        export namespace storage {
            let _default_27: {};
            export { _default_27 as default };
            export namespace inside_5 {
                export namespace properties_6 {
                    namespace hostRoot {
                        let _default_28: string;
                        export { _default_28 as default };
                    }
                    namespace telemetryRoot {
                        let _default_29: string;
                        export { _default_29 as default };
                    }
                    namespace durable {
                        let _default_30: {
                            dir: string;
                            containerPath: string;
                            comment: string;
                        }[];
                        export { _default_30 as default };
                    }
                    namespace profiles {
                        let _default_31: ({
                            dir: string;
                            env: string;
                        } | {
                            dir: string;
                            env?: undefined;
                        })[];
                        export { _default_31 as default };
                    }
                }
                export { properties_6 as properties };
            }
            export { inside_5 as inside };
        }
        export namespace prometheus_1 {
            let _default_32: {};
            export { _default_32 as default };
            export namespace inside_6 {
                export namespace properties_7 {
                    namespace enabled {
                        let _default_33: boolean;
                        export { _default_33 as default };
                    }
                    namespace port {
                        let _default_34: number;
                        export { _default_34 as default };
                    }
                    namespace scrapeInterval {
                        let _default_35: string;
                        export { _default_35 as default };
                    }
                    namespace scrapeTimeout {
                        let _default_36: string;
                        export { _default_36 as default };
                    }
                    namespace evaluationInterval {
                        let _default_37: string;
                        export { _default_37 as default };
                    }
                    namespace retention {
                        let _default_38: string;
                        export { _default_38 as default };
                    }
                    namespace scrapeSelf {
                        let _default_39: boolean;
                        export { _default_39 as default };
                    }
                    namespace externalLabels {
                        let _default_40: {};
                        export { _default_40 as default };
                    }
                    namespace remoteWrite {
                        let _default_41: never[];
                        export { _default_41 as default };
                    }
                    namespace extraTargets {
                        let _default_42: never[];
                        export { _default_42 as default };
                        export namespace inside_7 {
                            namespace items {
                                export namespace properties_8 {
                                    namespace metricsPath {
                                        let _default_43: string;
                                        export { _default_43 as default };
                                    }
                                    namespace labels {
                                        let _default_44: {};
                                        export { _default_44 as default };
                                    }
                                    namespace metrics {
                                        let _default_45: never[];
                                        export { _default_45 as default };
                                        export namespace inside_8 {
                                            export namespace items_1 {
                                                export namespace properties_9 {
                                                    export namespace labels_1 {
                                                        let _default_46: never[];
                                                        export { _default_46 as default };
                                                    }
                                                    export { labels_1 as labels };
                                                }
                                                export { properties_9 as properties };
                                            }
                                            export { items_1 as items };
                                        }
                                        export { inside_8 as inside };
                                    }
                                }
                                export { properties_8 as properties };
                            }
                        }
                        export { inside_7 as inside };
                    }
                }
                export { properties_7 as properties };
            }
            export { inside_6 as inside };
        }
        export { prometheus_1 as prometheus };
        export namespace jaeger_1 {
            let _default_47: {};
            export { _default_47 as default };
            export namespace inside_9 {
                export namespace properties_10 {
                    export namespace enabled_1 {
                        let _default_48: boolean;
                        export { _default_48 as default };
                    }
                    export { enabled_1 as enabled };
                    export namespace uiPort {
                        let _default_49: number;
                        export { _default_49 as default };
                    }
                    export namespace otlpGrpcPort {
                        let _default_50: number;
                        export { _default_50 as default };
                    }
                    export namespace otlpHttpPort {
                        let _default_51: number;
                        export { _default_51 as default };
                    }
                    export namespace metricsPort {
                        let _default_52: number;
                        export { _default_52 as default };
                    }
                    export namespace forwardOtlp {
                        export namespace inside_10 {
                            export namespace properties_11 {
                                namespace insecure {
                                    let _default_53: boolean;
                                    export { _default_53 as default };
                                }
                            }
                            export { properties_11 as properties };
                        }
                        export { inside_10 as inside };
                    }
                }
                export { properties_10 as properties };
            }
            export { inside_9 as inside };
        }
        export { jaeger_1 as jaeger };
        export namespace exporters {
            let _default_54: {};
            export { _default_54 as default };
            export namespace inside_11 {
                export namespace properties_12 {
                    export namespace nodeExporter_1 {
                        let _default_55: {};
                        export { _default_55 as default };
                        export namespace inside_12 {
                            export namespace properties_13 {
                                export namespace enabled_2 {
                                    let _default_56: boolean;
                                    export { _default_56 as default };
                                }
                                export { enabled_2 as enabled };
                                export namespace port_1 {
                                    let _default_57: number;
                                    export { _default_57 as default };
                                }
                                export { port_1 as port };
                            }
                            export { properties_13 as properties };
                        }
                        export { inside_12 as inside };
                    }
                    export { nodeExporter_1 as nodeExporter };
                    export namespace dcgmExporter_1 {
                        let _default_58: {};
                        export { _default_58 as default };
                        export namespace inside_13 {
                            export namespace properties_14 {
                                export namespace enabled_3 {
                                    let _default_59: boolean;
                                    export { _default_59 as default };
                                }
                                export { enabled_3 as enabled };
                                export namespace port_2 {
                                    let _default_60: number;
                                    export { _default_60 as default };
                                }
                                export { port_2 as port };
                                export namespace profiling {
                                    let _default_61: boolean;
                                    export { _default_61 as default };
                                }
                            }
                            export { properties_14 as properties };
                        }
                        export { inside_13 as inside };
                    }
                    export { dcgmExporter_1 as dcgmExporter };
                    export namespace cadvisor_1 {
                        let _default_62: {};
                        export { _default_62 as default };
                        export namespace inside_14 {
                            export namespace properties_15 {
                                export namespace enabled_4 {
                                    let _default_63: boolean;
                                    export { _default_63 as default };
                                }
                                export { enabled_4 as enabled };
                                export namespace port_3 {
                                    let _default_64: number;
                                    export { _default_64 as default };
                                }
                                export { port_3 as port };
                                export namespace dockerSocket {
                                    let _default_65: string;
                                    export { _default_65 as default };
                                }
                                export namespace scrapeInterval_1 {
                                    let _default_66: string;
                                    export { _default_66 as default };
                                }
                                export { scrapeInterval_1 as scrapeInterval };
                                export namespace healthcheck {
                                    let _default_67: {};
                                    export { _default_67 as default };
                                    export namespace inside_15 {
                                        export namespace properties_16 {
                                            namespace interval {
                                                let _default_68: string;
                                                export { _default_68 as default };
                                            }
                                            namespace timeout {
                                                let _default_69: string;
                                                export { _default_69 as default };
                                            }
                                            namespace retries {
                                                let _default_70: number;
                                                export { _default_70 as default };
                                            }
                                        }
                                        export { properties_16 as properties };
                                    }
                                    export { inside_15 as inside };
                                }
                                export namespace dropMetrics {
                                    let _default_71: string[];
                                    export { _default_71 as default };
                                }
                            }
                            export { properties_15 as properties };
                        }
                        export { inside_14 as inside };
                    }
                    export { cadvisor_1 as cadvisor };
                }
                export { properties_12 as properties };
            }
            export { inside_11 as inside };
        }
        export namespace modelServer {
            let _default_72: {};
            export { _default_72 as default };
            export namespace inside_16 {
                export namespace properties_17 {
                    export namespace enabled_5 {
                        let _default_73: boolean;
                        export { _default_73 as default };
                    }
                    export { enabled_5 as enabled };
                    export namespace kind {
                        let _default_74: string;
                        export { _default_74 as default };
                    }
                    export namespace python {
                        let _default_75: string;
                        export { _default_75 as default };
                    }
                    export namespace modelPath {
                        let _default_76: string;
                        export { _default_76 as default };
                    }
                    export namespace host {
                        let _default_77: string;
                        export { _default_77 as default };
                    }
                    export namespace port_4 {
                        let _default_78: number;
                        export { _default_78 as default };
                    }
                    export { port_4 as port };
                    export namespace extraPorts {
                        let _default_79: number[];
                        export { _default_79 as default };
                    }
                    export namespace scrape {
                        let _default_80: boolean;
                        export { _default_80 as default };
                    }
                    export namespace flags {
                        let _default_81: {};
                        export { _default_81 as default };
                        export namespace inside_17 {
                            export namespace properties_18 {
                                namespace enableMetrics {
                                    let _default_82: boolean;
                                    export { _default_82 as default };
                                }
                                namespace disableCudaGraph {
                                    let _default_83: boolean;
                                    export { _default_83 as default };
                                }
                                namespace trustRemoteCode {
                                    let _default_84: boolean;
                                    export { _default_84 as default };
                                }
                                namespace enableTrace {
                                    let _default_85: boolean;
                                    export { _default_85 as default };
                                }
                            }
                            export { properties_18 as properties };
                        }
                        export { inside_17 as inside };
                    }
                    export namespace vllm_1 {
                        let _default_86: {};
                        export { _default_86 as default };
                        export namespace inside_18 {
                            export namespace properties_19 {
                                export namespace trustRemoteCode_1 {
                                    let _default_87: boolean;
                                    export { _default_87 as default };
                                }
                                export { trustRemoteCode_1 as trustRemoteCode };
                                export namespace enableTrace_1 {
                                    let _default_88: boolean;
                                    export { _default_88 as default };
                                }
                                export { enableTrace_1 as enableTrace };
                            }
                            export { properties_19 as properties };
                        }
                        export { inside_18 as inside };
                    }
                    export { vllm_1 as vllm };
                    export namespace extraArgs {
                        let _default_89: never[];
                        export { _default_89 as default };
                    }
                }
                export { properties_17 as properties };
            }
            export { inside_16 as inside };
        }
        export namespace devcontainer {
            let _default_90: {};
            export { _default_90 as default };
            export namespace inside_19 {
                export namespace properties_20 {
                    export namespace name_1 {
                        let _default_91: string;
                        export { _default_91 as default };
                    }
                    export { name_1 as name };
                    export namespace workspaceFolder {
                        let _default_92: string;
                        export { _default_92 as default };
                    }
                    export namespace workspaceRoot {
                        let _default_93: string;
                        export { _default_93 as default };
                    }
                    export namespace extensions {
                        let _default_94: string[];
                        export { _default_94 as default };
                    }
                    export namespace initializeStorage {
                        let _default_95: boolean;
                        export { _default_95 as default };
                    }
                }
                export { properties_20 as properties };
            }
            export { inside_19 as inside };
        }
        export namespace alerting {
            let _default_96: {};
            export { _default_96 as default };
            export namespace inside_20 {
                export namespace properties_21 {
                    export namespace enabled_6 {
                        let _default_97: boolean;
                        export { _default_97 as default };
                    }
                    export { enabled_6 as enabled };
                    export namespace alertmanagers {
                        let _default_98: never[];
                        export { _default_98 as default };
                    }
                    export namespace packs {
                        let _default_99: {};
                        export { _default_99 as default };
                        export namespace inside_21 {
                            export namespace properties_22 {
                                namespace gpu {
                                    let _default_100: boolean;
                                    export { _default_100 as default };
                                }
                                namespace serving {
                                    let _default_101: boolean;
                                    export { _default_101 as default };
                                }
                                namespace stack {
                                    let _default_102: boolean;
                                    export { _default_102 as default };
                                }
                            }
                            export { properties_22 as properties };
                        }
                        export { inside_21 as inside };
                    }
                    export namespace disable {
                        let _default_103: never[];
                        export { _default_103 as default };
                    }
                    export namespace _for {
                        let _default_104: {};
                        export { _default_104 as default };
                    }
                    export { _for as for };
                    export namespace thresholds {
                        let _default_105: {};
                        export { _default_105 as default };
                        export namespace inside_22 {
                            export namespace properties_23 {
                                namespace gpuMemoryUsedRatio {
                                    let _default_106: number;
                                    export { _default_106 as default };
                                }
                                namespace gpuThrottleRatio {
                                    let _default_107: number;
                                    export { _default_107 as default };
                                }
                                namespace latencyQuantile {
                                    let _default_108: number;
                                    export { _default_108 as default };
                                }
                                namespace interTokenLatencySeconds {
                                    let _default_109: number;
                                    export { _default_109 as default };
                                }
                                namespace queueRequests {
                                    let _default_110: number;
                                    export { _default_110 as default };
                                }
                                namespace kvCacheUsageRatio {
                                    let _default_111: number;
                                    export { _default_111 as default };
                                }
                                namespace abortedRequests {
                                    let _default_112: number;
                                    export { _default_112 as default };
                                }
                                namespace retractedRequests {
                                    let _default_113: number;
                                    export { _default_113 as default };
                                }
                                namespace preemptedRequests {
                                    let _default_114: number;
                                    export { _default_114 as default };
                                }
                            }
                            export { properties_23 as properties };
                        }
                        export { inside_22 as inside };
                    }
                }
                export { properties_21 as properties };
            }
            export { inside_20 as inside };
        }
        export namespace alertmanager_1 {
            let _default_115: {};
            export { _default_115 as default };
            export namespace inside_23 {
                export namespace properties_24 {
                    export namespace enabled_7 {
                        let _default_116: boolean;
                        export { _default_116 as default };
                    }
                    export { enabled_7 as enabled };
                    export namespace port_5 {
                        let _default_117: number;
                        export { _default_117 as default };
                    }
                    export { port_5 as port };
                    export namespace receivers {
                        let _default_118: never[];
                        export { _default_118 as default };
                        export namespace inside_24 {
                            export namespace items_2 {
                                export namespace properties_25 {
                                    namespace email {
                                        export namespace inside_25 {
                                            export namespace properties_26 {
                                                namespace requireTls {
                                                    let _default_119: boolean;
                                                    export { _default_119 as default };
                                                }
                                            }
                                            export { properties_26 as properties };
                                        }
                                        export { inside_25 as inside };
                                    }
                                }
                                export { properties_25 as properties };
                            }
                            export { items_2 as items };
                        }
                        export { inside_24 as inside };
                    }
                    export namespace route {
                        let _default_120: {};
                        export { _default_120 as default };
                        export namespace inside_26 {
                            export namespace properties_27 {
                                namespace groupWait {
                                    let _default_121: string;
                                    export { _default_121 as default };
                                }
                                namespace groupInterval {
                                    let _default_122: string;
                                    export { _default_122 as default };
                                }
                                namespace repeatInterval {
                                    let _default_123: string;
                                    export { _default_123 as default };
                                }
                            }
                            export { properties_27 as properties };
                        }
                        export { inside_26 as inside };
                    }
                    export namespace watchdog {
                        let _default_124: {};
                        export { _default_124 as default };
                        export namespace inside_27 {
                            export namespace properties_28 {
                                export namespace repeatInterval_1 {
                                    let _default_125: string;
                                    export { _default_125 as default };
                                }
                                export { repeatInterval_1 as repeatInterval };
                            }
                            export { properties_28 as properties };
                        }
                        export { inside_27 as inside };
                    }
                }
                export { properties_24 as properties };
            }
            export { inside_23 as inside };
        }
        export { alertmanager_1 as alertmanager };
        export namespace grafana_1 {
            let _default_126: {};
            export { _default_126 as default };
            export namespace inside_28 {
                export namespace properties_29 {
                    export namespace dashboards {
                        let _default_127: boolean;
                        export { _default_127 as default };
                    }
                    export namespace enabled_8 {
                        let _default_128: boolean;
                        export { _default_128 as default };
                    }
                    export { enabled_8 as enabled };
                    export namespace port_6 {
                        let _default_129: number;
                        export { _default_129 as default };
                    }
                    export { port_6 as port };
                    export namespace anonymous {
                        let _default_130: boolean;
                        export { _default_130 as default };
                    }
                }
                export { properties_29 as properties };
            }
            export { inside_28 as inside };
        }
        export { grafana_1 as grafana };
    }
}
