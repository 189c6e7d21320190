//obscompile-build:b6f4c66744eebf63
(function (exports, require, module, __filename, __dirname) {"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:OBSCOMPILE_PACKAGE>
var define_OBSCOMPILE_PACKAGE_default;
var init_define_OBSCOMPILE_PACKAGE = __esm({
  "<define:OBSCOMPILE_PACKAGE>"() {
    define_OBSCOMPILE_PACKAGE_default = { root: "../..", version: "0.1.0" };
  }
});

// src/cli/cache-home.ts
function cacheHome(env = process.env) {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && (0, import_node_path.isAbsolute)(xdg)) return xdg;
  try {
    const home = env.HOME || process.getBuiltinModule("node:os").homedir();
    return home && (0, import_node_path.isAbsolute)(home) ? (0, import_node_path.join)(home, ".cache") : void 0;
  } catch {
    return void 0;
  }
}
var import_node_path;
var init_cache_home = __esm({
  "src/cli/cache-home.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_path = require("node:path");
  }
});

// src/cli/io.ts
function lineWriter(write2, stream) {
  let mode = "direct";
  return (text2) => {
    const bytes = Buffer.from(text2.endsWith("\n") ? text2 : `${text2}
`);
    let done = 0;
    while (mode === "direct" && done < bytes.length) {
      try {
        done += write2(bytes, done);
      } catch (error) {
        const code = error.code;
        if (code === "EAGAIN") mode = "stream";
        else if (code === "EPIPE") mode = "closed";
        else throw error;
      }
    }
    if (mode === "stream" && done < bytes.length) {
      streamed = true;
      stream().write(bytes.subarray(done));
    }
  };
}
var import_node_fs, streamed, outputStreamed, processIo, EXIT;
var init_io = __esm({
  "src/cli/io.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_fs = require("node:fs");
    init_cache_home();
    streamed = false;
    outputStreamed = () => streamed;
    processIo = () => ({
      cwd: process.cwd(),
      ...process.env.OBSCOMPILE_NO_BUILD_RECORD ? {} : { cacheDir: cacheHome() },
      out: lineWriter((bytes, offset) => (0, import_node_fs.writeSync)(1, bytes, offset), () => process.stdout),
      err: lineWriter((bytes, offset) => (0, import_node_fs.writeSync)(2, bytes, offset), () => process.stderr)
    });
    EXIT = { ok: 0, invalid: 1, usage: 2 };
  }
});

// src/check/rule.ts
function at(path, input, target = "value") {
  return { ...input, at: path, target };
}
var init_rule = __esm({
  "src/check/rule.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
  }
});

// src/config/duration.ts
function durationMs(text2) {
  const match = /^(\d+)(ms|s|m|h|d|w|y)$/.exec(text2);
  if (!match) throw new Error(`not a duration: ${text2}`);
  return Number(match[1]) * UNIT_MS[match[2]];
}
function durationUnit(text2) {
  return /(ms|s|m|h|d|w|y)$/.exec(text2)[1];
}
var UNIT_MS, MAX_DURATION_MS;
var init_duration = __esm({
  "src/config/duration.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 6048e5, y: 31536e6 };
    MAX_DURATION_MS = Number(2n ** 63n / 1000000n);
  }
});

// src/config/config-path.ts
function valueAt(data, path) {
  let node = data;
  for (const seg of path) node = node !== null && typeof node === "object" ? node[seg] : void 0;
  return node;
}
function fromPointer(pointer) {
  if (!pointer) return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function displayPath(path) {
  let out2 = "";
  for (const seg of path) out2 += typeof seg === "number" ? `[${seg}]` : out2 ? `.${seg}` : seg;
  return out2 || "(top level)";
}
function fromDisplay(text2) {
  const out2 = [];
  for (const m of text2.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out2.push(m[2] !== void 0 ? Number(m[2]) : m[1]);
  return out2;
}
var init_config_path = __esm({
  "src/config/config-path.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
  }
});

// src/check/durations.ts
function invalid(path, message, hint) {
  return at(path, { code: "OBS_DURATION_INVALID", message, hint });
}
function prometheusDurations(config3) {
  const p = config3.prometheus;
  const list = [
    [["prometheus", "scrapeInterval"], p.scrapeInterval],
    [["prometheus", "scrapeTimeout"], p.scrapeTimeout],
    [["prometheus", "evaluationInterval"], p.evaluationInterval],
    [["prometheus", "retention"], p.retention]
  ];
  if (config3.exporters.cadvisor.enabled) list.push([["exporters", "cadvisor", "scrapeInterval"], config3.exporters.cadvisor.scrapeInterval]);
  p.extraTargets.forEach((t2, i) => {
    if (t2.scrapeInterval !== void 0) list.push([["prometheus", "extraTargets", i, "scrapeInterval"], t2.scrapeInterval]);
  });
  p.remoteWrite.forEach((r, i) => {
    if (r.queue?.batchSendDeadline !== void 0) list.push([["prometheus", "remoteWrite", i, "queue", "batchSendDeadline"], r.queue.batchSendDeadline]);
  });
  return list;
}
function alertmanagerDurations(config3) {
  const am = config3.alertmanager;
  const list = [
    [["alertmanager", "route", "groupWait"], am.route.groupWait, true],
    [["alertmanager", "route", "groupInterval"], am.route.groupInterval, false],
    [["alertmanager", "route", "repeatInterval"], am.route.repeatInterval, false],
    [["alertmanager", "watchdog", "repeatInterval"], am.watchdog.repeatInterval, false]
  ];
  const out2 = [];
  for (const [path, value, zeroAllowed] of list) {
    const ms = durationMs(value);
    if (ms === 0 && !zeroAllowed) out2.push(invalid(path, `\`${displayPath(path)}\` is ${value}; Alertmanager refuses a zero interval`, "use a positive duration such as `5m`"));
    else if (ms > MAX_DURATION_MS) out2.push(invalid(path, `\`${displayPath(path)}\` is ${value}, longer than Alertmanager can represent (about 292y)`, "use a shorter duration"));
  }
  return out2;
}
function healthcheckDurations(config3) {
  const c = config3.exporters.cadvisor;
  if (!c.enabled) return [];
  const out2 = [];
  for (const key of ["interval", "timeout"]) {
    const value = c.healthcheck[key];
    const path = ["exporters", "cadvisor", "healthcheck", key];
    if (["d", "w", "y"].includes(durationUnit(value))) {
      out2.push(invalid(path, `health-check ${key} ${value} uses a unit Compose does not accept`, "use ms, s, m or h (for example `24h` instead of `1d`)"));
    } else if (durationMs(value) === 0) {
      out2.push(invalid(path, `health-check ${key} is ${value}; it must be longer than zero`, "use a positive duration such as `30s`"));
    }
  }
  return out2;
}
var durationsAccepted;
var init_durations = __esm({
  "src/check/durations.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_rule();
    init_duration();
    init_config_path();
    durationsAccepted = {
      code: "OBS_DURATION_INVALID",
      title: "Durations are ones Prometheus, Alertmanager and Compose accept",
      check(config3) {
        const out2 = [];
        if (config3.prometheus.enabled) {
          for (const [path, value] of prometheusDurations(config3)) {
            const ms = durationMs(value);
            if (ms === 0) out2.push(invalid(path, `\`${displayPath(path)}\` is ${value}; it must be longer than zero`, "use a positive duration such as `15s`"));
            else if (ms > MAX_DURATION_MS) out2.push(invalid(path, `\`${displayPath(path)}\` is ${value}, longer than Prometheus can represent (about 292y)`, "use a shorter duration"));
          }
          const { scrapeInterval, scrapeTimeout } = config3.prometheus;
          if (durationMs(scrapeTimeout) > durationMs(scrapeInterval)) {
            out2.push(invalid(["prometheus", "scrapeTimeout"], `scrape timeout ${scrapeTimeout} is longer than the scrape interval ${scrapeInterval}; Prometheus refuses such a config`, `set \`scrapeTimeout\` to at most ${scrapeInterval}`));
          }
        }
        out2.push(...healthcheckDurations(config3), ...alertmanagerDurations(config3));
        return out2;
      }
    };
  }
});

// src/paths.ts
function ownPackage() {
  if (found) return found;
  if (typeof define_OBSCOMPILE_PACKAGE_default !== "undefined") {
    return found = { root: (0, import_node_path2.join)(__dirname, define_OBSCOMPILE_PACKAGE_default.root), manifest: { name: "obscompile", version: define_OBSCOMPILE_PACKAGE_default.version } };
  }
  let dir = __dirname;
  for (; ; ) {
    const file = (0, import_node_path2.join)(dir, "package.json");
    const manifest = (0, import_node_fs2.existsSync)(file) ? JSON.parse((0, import_node_fs2.readFileSync)(file, "utf8")) : void 0;
    if (manifest?.name === "obscompile") return found = { root: dir, manifest };
    const parent = (0, import_node_path2.dirname)(dir);
    if (parent === dir) throw new Error("obscompile: cannot find its own package.json");
    dir = parent;
  }
}
function isInside(dir, child2) {
  const rel = (0, import_node_path2.relative)(dir, child2);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${import_node_path2.sep}`) && !(0, import_node_path2.isAbsolute)(rel);
}
var import_node_fs2, import_node_path2, found, codeDir, packageRoot, packageVersion, shipped, schemaFile, fleetSchemaFile, SCHEMA_COPY, posixRelative;
var init_paths = __esm({
  "src/paths.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_fs2 = require("node:fs");
    import_node_path2 = require("node:path");
    codeDir = () => __dirname;
    packageRoot = () => ownPackage().root;
    packageVersion = () => ownPackage().manifest.version;
    shipped = (...parts) => (0, import_node_path2.join)(packageRoot(), ...parts);
    schemaFile = () => shipped("schema", "observability.schema.json");
    fleetSchemaFile = () => shipped("schema", "fleet.schema.json");
    SCHEMA_COPY = "observability.schema.json";
    posixRelative = (from, to) => (0, import_node_path2.relative)(from, to).split(import_node_path2.sep).join("/") || ".";
  }
});

// src/check/editor.ts
var import_node_path3, IS_URL, schemaInWorkspace;
var init_editor = __esm({
  "src/check/editor.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_path3 = require("node:path");
    init_rule();
    init_paths();
    IS_URL = /^[a-z][a-z0-9+.-]*:\/\//i;
    schemaInWorkspace = {
      code: "OBS_SCHEMA_OUTSIDE_WORKSPACE",
      title: "The schema associated in devcontainer.json lies inside the mounted workspace",
      check(config3) {
        const { workspaceRoot } = config3.devcontainer;
        const schemaPath = config3.devcontainer.schemaPath ?? `${config3.output.dir}/${SCHEMA_COPY}`;
        if (IS_URL.test(schemaPath)) return [];
        const rel = import_node_path3.posix.relative(import_node_path3.posix.resolve("/config", workspaceRoot), import_node_path3.posix.resolve("/config", schemaPath));
        if (rel !== "" && !rel.startsWith("../") && rel !== "..") return [];
        return [
          at(["devcontainer", "schemaPath"], {
            severity: "warning",
            code: "OBS_SCHEMA_OUTSIDE_WORKSPACE",
            message: `schema \`${schemaPath}\` is outside the workspace root \`${workspaceRoot}\`, so the editor inside the dev container cannot read it`,
            hint: config3.devcontainer.schemaPath == null ? "put `output.dir` under `devcontainer.workspaceRoot`, or widen `workspaceRoot`" : "point `devcontainer.schemaPath` at a schema under `devcontainer.workspaceRoot` (paths are relative to this config), widen `workspaceRoot`, or use a URL"
          })
        ];
      }
    };
  }
});

// src/config/ports.ts
function portUses(config3) {
  const uses = [];
  const add = (component, label, port, path, published = true, inDevContainer = true) => uses.push({ port, component, label, path, published, inDevContainer });
  const { prometheus: p, jaeger: j, exporters: e, modelServer: m } = config3;
  if (p.enabled) add("prometheus", "Prometheus", p.port, ["prometheus", "port"]);
  if (j.enabled) {
    add("jaeger", "Jaeger UI", j.uiPort, ["jaeger", "uiPort"]);
    add("jaeger", "Jaeger OTLP gRPC", j.otlpGrpcPort, ["jaeger", "otlpGrpcPort"]);
    add("jaeger", "Jaeger OTLP HTTP", j.otlpHttpPort, ["jaeger", "otlpHttpPort"]);
    add("jaeger", "Jaeger admin/metrics", j.metricsPort, ["jaeger", "metricsPort"], false);
  }
  if (e.nodeExporter.enabled) add("nodeExporter", "node_exporter", e.nodeExporter.port, ["exporters", "nodeExporter", "port"]);
  if (e.dcgmExporter.enabled) add("dcgmExporter", "dcgm-exporter", e.dcgmExporter.port, ["exporters", "dcgmExporter", "port"]);
  if (m.enabled) {
    add("modelServer", "SGLang server", m.port, ["modelServer", "port"]);
    m.extraPorts.forEach((port, i) => add("modelServer", "SGLang server", port, ["modelServer", "extraPorts", i]));
  }
  if (config3.alertmanager.enabled) add("alertmanager", "Alertmanager", config3.alertmanager.port, ["alertmanager", "port"]);
  if (config3.grafana.enabled) add("grafana", "Grafana", config3.grafana.port, ["grafana", "port"], true, false);
  const c = e.cadvisor;
  if (c.enabled && c.hostPort != null) add("cadvisor", "cAdvisor", c.hostPort, ["exporters", "cadvisor", "hostPort"], true, false);
  return uses;
}
function pythonInt(word) {
  const m = /^\s*([+-]?)(\d+(?:_\d+)*)\s*$/.exec(word);
  return m ? Number(`${m[1]}${m[2].replace(/_/g, "")}`) : void 0;
}
function portFromArgs(args) {
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = splitFlag(args[i]);
    if (flag.length < 4 || !"--port".startsWith(flag)) continue;
    const raw = inline ?? args[i + 1];
    if (raw !== void 0) return { port: pythonInt(raw), raw, index: i };
  }
  return void 0;
}
function splitFlag(arg) {
  const eq = arg.indexOf("=");
  return eq === -1 ? [arg, void 0] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
var init_ports = __esm({
  "src/config/ports.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
  }
});

// src/config/engine.ts
var engineOf, engineVersion, FLAGS_KEY, ENGINE_TITLE, forEngine;
var init_engine = __esm({
  "src/config/engine.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    engineOf = (config3) => config3.modelServer.engine ?? "sglang";
    engineVersion = (config3) => engineOf(config3) === "vllm" ? config3.versions.vllm : config3.versions.sglang;
    FLAGS_KEY = { sglang: "flags", vllm: "vllm" };
    ENGINE_TITLE = { sglang: "SGLang", vllm: "vLLM" };
    forEngine = (engine) => (x) => x.engine === void 0 || x.engine === engine;
  }
});

// src/upstream/version.ts
function versionParts(version) {
  const match = /^v?(\d+(?:\.\d+)*)/.exec(version);
  return match ? match[1].split(".").map(Number) : [];
}
function versionAtLeast(version, floor) {
  const a = versionParts(version);
  const b = versionParts(floor);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}
var major;
var init_version = __esm({
  "src/upstream/version.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    major = (version) => versionParts(version)[0] ?? 0;
  }
});

// src/upstream/sglang.ts
function sglangImage(version) {
  const plain2 = versionAtLeast(version, "0.5.4") && !versionAtLeast(version, "0.5.11");
  return `${SGLANG_IMAGE}:v${version}${plain2 ? "" : "-cu129"}`;
}
function serverCommand(version, python) {
  return versionAtLeast(version, SERVE_SINCE) ? { program: "sglang", args: ["serve"] } : { program: python, args: ["-m", "sglang.launch_server"] };
}
function disableCudaGraphFlags(version) {
  return versionAtLeast(version, CUDA_GRAPH_BACKEND_SINCE) ? ["--cuda-graph-backend-decode", "disabled", "--cuda-graph-backend-prefill", "disabled"] : ["--disable-cuda-graph"];
}
var SGLANG_IMAGE, SGLANG_FIRST_CU129, SERVE_SINCE, CUDA_GRAPH_BACKEND_SINCE, TRACE_FLAG, traceFlags;
var init_sglang = __esm({
  "src/upstream/sglang.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_version();
    SGLANG_IMAGE = "lmsysorg/sglang";
    SGLANG_FIRST_CU129 = "0.5.2";
    SERVE_SINCE = "0.5.5";
    CUDA_GRAPH_BACKEND_SINCE = "0.5.14";
    TRACE_FLAG = "--enable-trace";
    traceFlags = (grpcPort) => [TRACE_FLAG, "--otlp-traces-endpoint", `localhost:${grpcPort}`];
  }
});

// src/upstream/vllm.ts
function vllmFlagName(flag) {
  if (!flag.startsWith("--")) return flag;
  const dot = flag.indexOf(".");
  const name2 = dot === -1 ? flag : flag.slice(0, dot);
  const dashed = name2.replace(/_/g, "-");
  const positive = dashed.startsWith("--no-") ? `--${dashed.slice(5)}` : dashed;
  return dot === -1 ? positive : positive + flag.slice(dot);
}
var VLLM_IMAGE, VLLM_FIRST_CU129, vllmImage, VLLM_PROGRAM, VLLM_SUBCOMMAND, VLLM_FLAGS, VLLM_ALIASES, VLLM_MODEL_FLAG, vllmTraceFlags;
var init_vllm = __esm({
  "src/upstream/vllm.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    VLLM_IMAGE = "vllm/vllm-openai";
    VLLM_FIRST_CU129 = "0.20.0";
    vllmImage = (version) => `${VLLM_IMAGE}:v${version}-cu129`;
    VLLM_PROGRAM = "vllm";
    VLLM_SUBCOMMAND = "serve";
    VLLM_FLAGS = {
      host: "--host",
      port: "--port",
      servedModelName: "--served-model-name",
      maxModelLen: "--max-model-len",
      tensorParallelSize: "--tensor-parallel-size",
      pipelineParallelSize: "--pipeline-parallel-size",
      gpuMemoryUtilization: "--gpu-memory-utilization",
      maxNumSeqs: "--max-num-seqs",
      enablePrefixCaching: "--enable-prefix-caching",
      noPrefixCaching: "--no-enable-prefix-caching",
      dtype: "--dtype",
      trustRemoteCode: "--trust-remote-code",
      otlpTracesEndpoint: "--otlp-traces-endpoint"
    };
    VLLM_ALIASES = { "-tp": "--tensor-parallel-size", "-pp": "--pipeline-parallel-size" };
    VLLM_MODEL_FLAG = "--model";
    vllmTraceFlags = (grpcPort) => [VLLM_FLAGS.otlpTracesEndpoint, `grpc://localhost:${grpcPort}`];
  }
});

// src/model/launch-args.ts
function flagWriter(args) {
  return {
    num: (flag, value) => value !== void 0 && args.push(flag, String(value)),
    bool: (flag, on) => on && args.push(flag),
    str: (flag, value) => value !== void 0 && args.push(flag, value)
  };
}
function launchCommand(config3) {
  return engineOf(config3) === "vllm" ? vllmCommand(config3) : sglangCommand(config3);
}
function sglangCommand(config3) {
  const m = config3.modelServer;
  const f = m.flags;
  const version = config3.versions.sglang;
  const { program, args: head } = serverCommand(version, m.python);
  const args = [...head, "--model-path", m.modelPath];
  const { num, bool, str } = flagWriter(args);
  num("--context-length", f.contextLength);
  num("--max-running-requests", f.maxRunningRequests);
  num("--max-total-tokens", f.maxTotalTokens);
  args.push("--host", m.host);
  if (!portFromArgs(m.extraArgs)) args.push("--port", String(m.port));
  bool("--enable-metrics", f.enableMetrics);
  num("--tensor-parallel-size", f.tensorParallelSize);
  if (f.disableCudaGraph) args.push(...disableCudaGraphFlags(version));
  num("--mem-fraction-static", f.memFractionStatic);
  str("--dtype", f.dtype);
  bool("--trust-remote-code", f.trustRemoteCode);
  if (f.enableTrace && config3.jaeger.enabled) args.push(...traceFlags(config3.jaeger.otlpGrpcPort));
  return { server: ENGINE_TITLE.sglang, program, args: [...args, ...m.extraArgs] };
}
function vllmCommand(config3) {
  const m = config3.modelServer;
  const f = m.vllm;
  const args = [VLLM_SUBCOMMAND, m.modelPath, VLLM_FLAGS.host, m.host];
  const { num, bool, str } = flagWriter(args);
  if (!portFromArgs(m.extraArgs)) args.push(VLLM_FLAGS.port, String(m.port));
  str(VLLM_FLAGS.servedModelName, f.servedModelName);
  num(VLLM_FLAGS.maxModelLen, f.maxModelLen);
  num(VLLM_FLAGS.tensorParallelSize, f.tensorParallelSize);
  num(VLLM_FLAGS.pipelineParallelSize, f.pipelineParallelSize);
  num(VLLM_FLAGS.gpuMemoryUtilization, f.gpuMemoryUtilization);
  num(VLLM_FLAGS.maxNumSeqs, f.maxNumSeqs);
  if (f.enablePrefixCaching !== void 0) args.push(f.enablePrefixCaching ? VLLM_FLAGS.enablePrefixCaching : VLLM_FLAGS.noPrefixCaching);
  str(VLLM_FLAGS.dtype, f.dtype);
  bool(VLLM_FLAGS.trustRemoteCode, f.trustRemoteCode);
  if (f.enableTrace && config3.jaeger.enabled) args.push(...vllmTraceFlags(config3.jaeger.otlpGrpcPort));
  return { server: ENGINE_TITLE.vllm, program: VLLM_PROGRAM, args: [...args, ...m.extraArgs] };
}
var init_launch_args = __esm({
  "src/model/launch-args.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_ports();
    init_engine();
    init_sglang();
    init_vllm();
  }
});

// src/check/flags.ts
function flagOf(arg, known, s) {
  const given = splitFlag(arg)[0];
  const flag = s.aliases[given] ?? s.normal(given);
  if (known.includes(flag) || flag.length < 4) return flag;
  const expanded = known.filter((k) => k.startsWith(flag));
  return expanded.length === 1 ? expanded[0] : flag;
}
var SPELLING, isFlag, extraArgsAddOnly;
var init_flags = __esm({
  "src/check/flags.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_rule();
    init_launch_args();
    init_ports();
    init_engine();
    init_vllm();
    SPELLING = {
      // sglang server_args.py @ v0.5.18: plain argparse, two aliases.
      sglang: { aliases: { "--model": "--model-path", "--tp-size": "--tensor-parallel-size" }, normal: (f) => f, implicit: [] },
      vllm: { aliases: VLLM_ALIASES, normal: vllmFlagName, implicit: [VLLM_MODEL_FLAG] }
    };
    isFlag = (arg, s) => arg.startsWith("--") || splitFlag(arg)[0] in s.aliases;
    extraArgsAddOnly = {
      code: "OBS_FLAG_OVERRIDE",
      title: "Pass-through arguments only add flags the generated command does not already set",
      check(config3) {
        const m = config3.modelServer;
        if (!m.enabled || m.extraArgs.length === 0) return [];
        const engine = engineOf(config3);
        const s = SPELLING[engine];
        const args = launchCommand({ ...config3, modelServer: { ...m, extraArgs: [] } }).args;
        const written = [...args.filter((a) => isFlag(a, s)).map((a) => flagOf(a, [], s)), ...s.implicit];
        const known = [.../* @__PURE__ */ new Set([...written, "--port"])];
        const generated = new Set(written.filter((f) => f !== "--port"));
        const out2 = [];
        let ports = 0;
        m.extraArgs.forEach((arg, i) => {
          if (!isFlag(arg, s)) return;
          const flag = flagOf(arg, known, s);
          if (flag === "--port" && ++ports < 2) return;
          if (!generated.has(flag) && flag !== "--port") return;
          const given = splitFlag(arg)[0];
          const how = s.aliases[given] ? "an alias of" : s.normal(given) !== flag ? "argparse reads it as" : given.startsWith("--no-") ? "the negative form of" : "the parser reads it as";
          const spelt = given === flag ? `\`${given}\`` : `\`${given}\` (${how} \`${flag}\`)`;
          const what = s.implicit.includes(flag) ? "is already given by the generated command (`modelPath`)" : `is already set by the generated command${flag === "--port" ? " (or earlier in extraArgs)" : ""}`;
          out2.push(at(["modelServer", "extraArgs", i], {
            code: "OBS_FLAG_OVERRIDE",
            message: `${spelt} ${what}; a second value would silently win over the checked one`,
            hint: `set it through its own key in \`modelServer\` (or \`modelServer.${FLAGS_KEY[engine]}\`), and keep extraArgs for flags obscompile does not write`
          }));
        });
        return out2;
      }
    };
  }
});

// src/check/engine.ts
var ENGINES, engineFlagsMatch;
var init_engine2 = __esm({
  "src/check/engine.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_rule();
    init_engine();
    ENGINES = Object.keys(FLAGS_KEY);
    engineFlagsMatch = {
      code: "OBS_ENGINE_FLAGS",
      title: "Typed server flags are written only under the chosen engine's key",
      check(config3, { written }) {
        const engine = engineOf(config3);
        const out2 = [];
        for (const other of ENGINES) {
          const key = FLAGS_KEY[other];
          if (other === engine || !written(["modelServer", key])) continue;
          out2.push(at(["modelServer", key], {
            code: "OBS_ENGINE_FLAGS",
            message: `\`modelServer.${key}\` holds ${ENGINE_TITLE[other]} flags, but the engine is ${ENGINE_TITLE[engine]}${written(["modelServer", "engine"]) ? "" : " (the default)"}: they would not be passed to the server`,
            hint: `write ${ENGINE_TITLE[engine]}'s flags under \`modelServer.${FLAGS_KEY[engine]}\`, or set \`modelServer.engine: ${other}\``
          }, "key"));
        }
        return out2;
      }
    };
  }
});

// src/config/names.ts
var RUN_LABEL, BUILTIN_JOBS, RESERVED_ENVIRONMENT, DISCARD_RECEIVER, RESERVED_SERVICES;
var init_names = __esm({
  "src/config/names.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    RUN_LABEL = "container_run";
    BUILTIN_JOBS = ["prometheus", "alertmanager", "node_exporter", "dcgm_exporter", "jaeger", "sglang", "vllm", "cadvisor"];
    RESERVED_ENVIRONMENT = [
      "OBS_TELEMETRY_ROOT",
      "OBS_CONFIG_DIR",
      "OBS_STORAGE_ROOT",
      "CONTAINER_RUN_ID",
      "CONTAINER_RUN_STARTED_AT",
      "CONTAINER_LOG_FILE",
      "PROMETHEUS_DATA_DIR",
      "JAEGER_DATA_DIR",
      "ALERTMANAGER_DATA_DIR"
    ];
    DISCARD_RECEIVER = "obscompile-discard";
    RESERVED_SERVICES = ["cadvisor", "grafana"];
  }
});

// src/check/names.ts
var reservedNames, environmentUnique;
var init_names2 = __esm({
  "src/check/names.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_rule();
    init_names();
    reservedNames = {
      code: "OBS_RESERVED_NAME",
      title: "The run label, built-in job names and generated service names are not redefined",
      check(config3) {
        const out2 = [];
        if (RUN_LABEL in config3.prometheus.externalLabels) {
          out2.push(at(["prometheus", "externalLabels", RUN_LABEL], {
            code: "OBS_RESERVED_NAME",
            message: `external label \`${RUN_LABEL}\` is set by init-run.sh to the run id and cannot be configured`,
            hint: `remove \`${RUN_LABEL}\` from \`prometheus.externalLabels\``
          }, "key"));
        }
        if (RESERVED_SERVICES.includes(config3.container.service)) {
          out2.push(at(["container", "service"], {
            code: "OBS_RESERVED_NAME",
            message: `service name \`${config3.container.service}\` is the compose service obscompile generates for cAdvisor`,
            hint: `pick another name for the dev container; reserved: ${RESERVED_SERVICES.join(", ")}`
          }));
        }
        const seen = new Set(BUILTIN_JOBS);
        config3.prometheus.extraTargets.forEach((t2, i) => {
          if (seen.has(t2.job)) {
            out2.push(at(["prometheus", "extraTargets", i, "job"], {
              code: "OBS_RESERVED_NAME",
              message: `scrape job \`${t2.job}\` already exists`,
              hint: `job names must be unique; built-in jobs are ${BUILTIN_JOBS.join(", ")}`
            }));
          }
          seen.add(t2.job);
        });
        return out2;
      }
    };
    environmentUnique = {
      code: "OBS_RESERVED_NAME",
      title: "The container's environment variables are set once each, and never the ones the generated scripts own",
      check(config3) {
        const out2 = [];
        const reserved = new Set(RESERVED_ENVIRONMENT);
        const refuse = (path, message, hint, target = "value") => out2.push(at(path, { code: "OBS_RESERVED_NAME", message, hint }, target));
        const ownHint = `remove it; init-run.sh sets ${RESERVED_ENVIRONMENT.slice(0, 2).join(" and ")} from \`storage.telemetryRoot\` and the run variables itself`;
        for (const key of Object.keys(config3.container.environment)) {
          if (reserved.has(key)) refuse(["container", "environment", key], `environment variable \`${key}\` belongs to the generated scripts`, ownHint, "key");
        }
        const byProfile = /* @__PURE__ */ new Map();
        config3.storage.profiles.forEach((p, i) => {
          if (!p.env) return;
          const where2 = ["storage", "profiles", i, "env"];
          const earlier = byProfile.get(p.env);
          if (reserved.has(p.env)) refuse(where2, `environment variable \`${p.env}\` belongs to the generated scripts`, ownHint);
          else if (earlier !== void 0) refuse(where2, `environment variable \`${p.env}\` is already set by storage.profiles[${earlier}]; only one folder would reach the container`, "give each profile cache its own variable, or drop `env` from one");
          else if (p.env in config3.container.environment) refuse(where2, `environment variable \`${p.env}\` is also set in \`container.environment\`, whose value would silently win`, "keep one of the two");
          if (earlier === void 0) byProfile.set(p.env, i);
        });
        return out2;
      }
    };
  }
});

// src/check/ports.ts
var uniquePorts, modelPortAgrees;
var init_ports2 = __esm({
  "src/check/ports.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_rule();
    init_ports();
    init_config_path();
    uniquePorts = {
      code: "OBS_PORT_COLLISION",
      title: "Every component listens on a port of its own",
      check(config3) {
        const first = /* @__PURE__ */ new Map();
        const out2 = [];
        for (const use of portUses(config3)) {
          const earlier = first.get(use.port);
          if (!earlier) {
            first.set(use.port, use);
            continue;
          }
          out2.push(
            at(use.path, {
              code: "OBS_PORT_COLLISION",
              message: `port ${use.port} is used by both ${earlier.label} (\`${displayPath(earlier.path)}\`) and ${use.label} (\`${displayPath(use.path)}\`)`,
              hint: `give ${use.label} a free port, or disable one of the two`
            })
          );
        }
        return out2;
      }
    };
    modelPortAgrees = {
      code: "OBS_MODEL_PORT_MISMATCH",
      title: "The model server's --port flag agrees with modelServer.port",
      check(config3) {
        const m = config3.modelServer;
        if (!m.enabled) return [];
        const out2 = [];
        const mismatch = (given, path) => at(path, {
          code: "OBS_MODEL_PORT_MISMATCH",
          message: `the model server would listen on --port ${given}, but \`modelServer.port\` is ${m.port}`,
          hint: `remove the explicit --port and let obscompile pass \`modelServer.port\`, or set \`modelServer.port: ${given}\``
        });
        if (m.flags.port !== void 0 && m.flags.port !== m.port) out2.push(mismatch(m.flags.port, ["modelServer", "flags", "port"]));
        const fromArgs = portFromArgs(m.extraArgs);
        if (fromArgs && fromArgs.port === void 0) {
          out2.push(at(["modelServer", "extraArgs", fromArgs.index], {
            code: "OBS_MODEL_PORT_MISMATCH",
            message: `\`${fromArgs.raw}\` after \`--port\` is not a port number; the server would refuse to start`,
            hint: `remove the explicit --port and let obscompile pass \`modelServer.port\` (${m.port})`
          }));
        } else if (fromArgs && fromArgs.port !== m.port) out2.push(mismatch(fromArgs.port, ["modelServer", "extraArgs", fromArgs.index]));
        return out2;
      }
    };
  }
});

// src/check/remote-write.ts
function parseUrl(url) {
  const m = /^(https?):\/\/(?:([^@/?#]*)@)?(\[[^\]]*\]|[^/?#:]*)(?::([^/?#]*))?(?:[/?#].*)?$/.exec(url);
  if (!m) return "it is not an http:// or https:// URL";
  const [, scheme, userinfo, host2 = "", port] = m;
  if (!HOST.test(host2)) return `its host \`${host2}\` is not a host name or an IP address`;
  if (port !== void 0 && !(/^[0-9]{1,5}$/.test(port) && Number(port) >= 1 && Number(port) <= 65535)) return `its port \`${port}\` is not a number from 1 to 65535`;
  if (/\s/.test(url) || /%(?![0-9A-Fa-f]{2})/.test(url)) return "it has a space or a bad %-escape";
  return { host: host2.toLowerCase(), port: port ? Number(port) : scheme === "https" ? 443 : 80, userinfo: userinfo !== void 0 };
}
function isSelf(host2, config3) {
  const h = host2.replace(/\.$/, "").toLowerCase();
  return h === "localhost" || /^127(?:\.\d{1,3}){3}$/.test(h) || h === "0.0.0.0" || h === "[::1]" || h === "[::]" || h === "::1" || h === "::" || h === config3.container.service.toLowerCase();
}
var HOST, remoteWriteValid, remoteWriteNotSelf, forwardNotSelf;
var init_remote_write = __esm({
  "src/check/remote-write.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_rule();
    HOST = /^(?:[A-Za-z0-9_~-]+(?:\.[A-Za-z0-9_~-]+)*\.?|\[[0-9A-Fa-f:.]+\])$/;
    remoteWriteValid = {
      code: "OBS_REMOTE_WRITE_INVALID",
      title: "Remote-write entries are URLs Prometheus accepts, with one kind of credentials, read from files, and unique names",
      check(config3) {
        const out2 = [];
        const names = /* @__PURE__ */ new Map();
        config3.prometheus.remoteWrite.forEach((r, i) => {
          const url = parseUrl(r.url);
          if (typeof url === "string") {
            out2.push(at(["prometheus", "remoteWrite", i, "url"], { code: "OBS_REMOTE_WRITE_INVALID", message: `remote-write URL \`${r.url}\` cannot be used: ${url}`, hint: "write it as https://HOST[:PORT]/PATH, such as https://metrics.example.com/api/v1/write" }));
          } else if (url.userinfo) {
            out2.push(at(["prometheus", "remoteWrite", i, "url"], { code: "OBS_LITERAL_SECRET", message: "the remote-write URL carries credentials (`user:password@`), which would be written into prometheus.yml", hint: "remove them from the URL; use `basicAuth` with a `passwordFile`, or `bearerTokenFile`" }));
          }
          if (r.basicAuth && r.bearerTokenFile) {
            out2.push(at(["prometheus", "remoteWrite", i, "bearerTokenFile"], { code: "OBS_REMOTE_WRITE_INVALID", message: "remote write can authenticate one way only: both `basicAuth` and `bearerTokenFile` are set", hint: 'keep one of the two (Prometheus refuses both: "at most one of basic_auth, oauth2 & authorization")' }, "key"));
          }
          if (r.name !== void 0) {
            const earlier = names.get(r.name);
            if (earlier !== void 0) out2.push(at(["prometheus", "remoteWrite", i, "name"], { code: "OBS_REMOTE_WRITE_INVALID", message: `remote-write name \`${r.name}\` is already used by remoteWrite[${earlier}]`, hint: "give every remote-write queue its own name (Prometheus refuses duplicates)" }));
            else names.set(r.name, i);
          }
        });
        return out2;
      }
    };
    remoteWriteNotSelf = {
      code: "OBS_REMOTE_WRITE_SELF",
      title: "Remote write never points at the Prometheus that sends it",
      check(config3) {
        const p = config3.prometheus;
        const out2 = [];
        p.remoteWrite.forEach((r, i) => {
          const url = parseUrl(r.url);
          if (typeof url === "string" || url.port !== p.port || !isSelf(url.host, config3)) return;
          out2.push(at(["prometheus", "remoteWrite", i, "url"], {
            code: "OBS_REMOTE_WRITE_SELF",
            message: `remote write to \`${r.url}\` is this Prometheus itself (port ${p.port} of the dev container)`,
            hint: "point it at the central store, as its hosts reach it (its address and port)"
          }));
        });
        return out2;
      }
    };
    forwardNotSelf = {
      code: "OBS_REMOTE_WRITE_SELF",
      title: "Jaeger forwards traces to a port that exists, and never to its own OTLP receiver",
      check(config3) {
        const f = config3.jaeger.forwardOtlp;
        if (!config3.jaeger.enabled || !f) return [];
        const colon = f.endpoint.lastIndexOf(":");
        const host2 = f.endpoint.slice(0, colon);
        const port = Number(f.endpoint.slice(colon + 1));
        const where2 = ["jaeger", "forwardOtlp", "endpoint"];
        if (!(port >= 1 && port <= 65535)) return [at(where2, { code: "OBS_REMOTE_WRITE_INVALID", message: `forwarding endpoint \`${f.endpoint}\` has port ${port}, outside 1 to 65535`, hint: "use the central receiver's OTLP gRPC port, usually 4317" })];
        if (isSelf(host2, config3) && (port === config3.jaeger.otlpGrpcPort || port === config3.jaeger.otlpHttpPort)) {
          return [at(where2, { code: "OBS_REMOTE_WRITE_SELF", message: `forwarding endpoint \`${f.endpoint}\` is this Jaeger's own OTLP receiver: every trace would loop back into it`, hint: "point it at the central OTLP receiver, as this host reaches it" })];
        }
        return [];
      }
    };
  }
});

// src/model/layout.ts
var CONTAINER_OUT_DIR;
var init_layout = __esm({
  "src/model/layout.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    CONTAINER_OUT_DIR = "/opt/observability";
  }
});

// src/check/storage.ts
function mounts(config3) {
  return [
    { at: ["output", "dir"], label: "the generated scripts", path: CONTAINER_OUT_DIR },
    { at: ["devcontainer", "workspaceFolder"], label: "the workspace folder", path: config3.devcontainer.workspaceFolder },
    { at: ["storage", "telemetryRoot"], label: "the telemetry root", path: config3.storage.telemetryRoot },
    ...config3.storage.durable.map((d, i) => ({ at: ["storage", "durable", i, "containerPath"], label: `storage.durable[${i}]`, path: d.containerPath }))
  ];
}
var import_node_path4, RESERVED_STORAGE_ENTRIES, SYSTEM_PATHS, norm, within, mountPoint, overlaps, storageDistinct, storageApart;
var init_storage = __esm({
  "src/check/storage.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_path4 = require("node:path");
    init_paths();
    init_rule();
    init_layout();
    RESERVED_STORAGE_ENTRIES = ["logs", "prometheus", "jaeger", "profiles", "container_run_meta.env"];
    SYSTEM_PATHS = ["/", "/proc", "/sys", "/dev"];
    norm = (p) => p.replace(/\/+$/, "").replace(/\/{2,}/g, "/").replace(/^\.\//, "");
    within = (inner, outer) => inner === outer || inner.startsWith(`${outer}/`);
    mountPoint = (p) => import_node_path4.posix.normalize(p).replace(/(.)\/+$/, "$1");
    overlaps = (a, b) => a === "/" || b === "/" || within(a, b) || within(b, a);
    storageDistinct = {
      code: "OBS_STORAGE_COLLISION",
      title: "Storage folders and container mount points do not overlap, and every mount point is one Docker accepts",
      check(config3) {
        const out2 = [];
        const clash = (where2, message, hint) => out2.push(at(where2, { code: "OBS_STORAGE_COLLISION", message, hint }));
        const { durable, profiles } = config3.storage;
        durable.forEach((d, i) => {
          const dir = norm(d.dir);
          const top = dir.split("/")[0];
          if (RESERVED_STORAGE_ENTRIES.includes(top)) {
            clash(["storage", "durable", i, "dir"], `durable folder \`${d.dir}\` lands in \`${top}\`, which the generated scripts own`, `pick another folder name; reserved: ${RESERVED_STORAGE_ENTRIES.join(", ")}`);
          }
          const earlier = durable.slice(0, i).findIndex((e) => within(dir, norm(e.dir)) || within(norm(e.dir), dir));
          if (earlier !== -1) clash(["storage", "durable", i, "dir"], `durable folder \`${d.dir}\` overlaps \`${durable[earlier].dir}\` (storage.durable[${earlier}])`, "give each durable mount its own folder");
        });
        profiles.forEach((p, i) => {
          const earlier = profiles.slice(0, i).findIndex((e) => within(norm(p.dir), norm(e.dir)) || within(norm(e.dir), norm(p.dir)));
          if (earlier !== -1) clash(["storage", "profiles", i, "dir"], `profile folder \`${p.dir}\` overlaps \`${profiles[earlier].dir}\` (storage.profiles[${earlier}])`, "list each profile cache once");
        });
        const all = mounts(config3);
        all.forEach((m, i) => {
          if (m.path.split("/").includes("..")) {
            clash(m.at, `mount point \`${m.path}\` climbs out with \`..\``, "write the absolute path it means, without `..`");
            return;
          }
          const point = mountPoint(m.path);
          const system = SYSTEM_PATHS.find((s) => s === "/" ? point === "/" : within(point, s));
          if (system) {
            clash(m.at, `mount point \`${m.path}\` is ${system === "/" ? "the container's root" : `inside ${system}, which the kernel provides`}; Docker refuses to mount over it`, "mount it at a folder of its own, such as /data/NAME");
            return;
          }
          const earlier = all.slice(0, i).find((e) => !e.path.split("/").includes("..") && overlaps(mountPoint(e.path), point));
          if (earlier) clash(m.at, `mount point \`${m.path}\` overlaps ${earlier.label} (\`${earlier.path}\`)`, "give every mount its own folder; one cannot sit inside another");
        });
        return out2;
      }
    };
    storageApart = {
      code: "OBS_STORAGE_ROOT_UNSAFE",
      title: "The storage root is a folder of its own, holding neither the config, the output folder nor the workspace",
      check(config3, { configDir }) {
        const root = (0, import_node_path4.resolve)(configDir, config3.storage.hostRoot);
        const held = [
          ["the config file", configDir],
          ["the output folder (`output.dir`)", (0, import_node_path4.resolve)(configDir, config3.output.dir)],
          ["the workspace (`devcontainer.workspaceRoot`)", (0, import_node_path4.resolve)(configDir, config3.devcontainer.workspaceRoot)]
        ];
        const found2 = held.filter(([, dir]) => dir === root || isInside(root, dir)).map(([what]) => what);
        if (found2.length === 0) return [];
        return [
          at(["storage", "hostRoot"], {
            code: "OBS_STORAGE_ROOT_UNSAFE",
            message: `storage root \`${config3.storage.hostRoot}\` holds ${found2.length > 1 ? `${found2.slice(0, -1).join(", ")} and ${found2.at(-1)}` : found2[0]}; setup-storage.sh would hide it from git and mix run data into it`,
            hint: "give the storage a folder of its own, such as `.devcontainer/storage`"
          })
        ];
      }
    };
  }
});

// src/upstream/cadvisor.ts
var CADVISOR_IMAGE, CADVISOR_LEGACY_IMAGE, CADVISOR_FIRST_GHCR, CADVISOR_MOUNTS, CADVISOR_DEVICES, CADVISOR_CAPABILITIES, cadvisorLabelFlags, CADVISOR_DEFAULT_DOCKER_SOCKET, CADVISOR_CONTAINERD_SOCKET, CADVISOR_HEALTH_PATH, CADVISOR_DEFAULT_DISABLED_KINDS;
var init_cadvisor = __esm({
  "src/upstream/cadvisor.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    CADVISOR_IMAGE = "ghcr.io/google/cadvisor";
    CADVISOR_LEGACY_IMAGE = "gcr.io/cadvisor/cadvisor";
    CADVISOR_FIRST_GHCR = "0.54.0";
    CADVISOR_MOUNTS = ["/:/rootfs:ro", "/var/run:/var/run:ro", "/sys:/sys:ro", "/var/lib/docker/:/var/lib/docker:ro", "/dev/disk/:/dev/disk:ro"];
    CADVISOR_DEVICES = ["/dev/kmsg"];
    CADVISOR_CAPABILITIES = ["SYSLOG"];
    cadvisorLabelFlags = (keys) => ["--store_container_labels=false", `--whitelisted_container_labels=${keys.join(",")}`];
    CADVISOR_DEFAULT_DOCKER_SOCKET = "/var/run/docker.sock";
    CADVISOR_CONTAINERD_SOCKET = "/var/run/containerd/containerd.sock";
    CADVISOR_HEALTH_PATH = "/healthz";
    CADVISOR_DEFAULT_DISABLED_KINDS = ["memory_numa", "tcp", "udp", "advtcp", "sched", "process", "hugetlb", "referenced_memory", "cpu_topology", "resctrl", "cpuset"];
  }
});

// src/check/versions.ts
function imageTag(image) {
  const name2 = image.split("@")[0];
  const colon = name2.lastIndexOf(":");
  return colon > name2.lastIndexOf("/") ? name2.slice(colon + 1) : void 0;
}
var CU129, imagesPinned, OLDEST, versionsSupported;
var init_versions = __esm({
  "src/check/versions.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_rule();
    init_cadvisor();
    init_sglang();
    init_engine();
    init_vllm();
    init_version();
    CU129 = {
      sglang: { first: SGLANG_FIRST_CU129, published: `${SGLANG_IMAGE} publishes one` },
      vllm: { first: VLLM_FIRST_CU129, published: `${VLLM_IMAGE} publishes one (-cu129)` }
    };
    imagesPinned = {
      code: "OBS_IMAGE_UNPINNED",
      title: "Every image is pinned by a tag other than latest, or by a digest",
      check(config3) {
        const images2 = [
          [["container", "image"], config3.container.image],
          [["exporters", "cadvisor", "image"], config3.exporters.cadvisor.image]
        ];
        const out2 = [];
        for (const [path, image] of images2) {
          if (image == null || image.includes("@sha256:")) continue;
          const tag = imageTag(image);
          if (tag !== void 0 && tag !== "latest") continue;
          out2.push(at(path, {
            code: "OBS_IMAGE_UNPINNED",
            message: `image \`${image}\` is not pinned: ${tag === "latest" ? "`latest`" : "an untagged image"} changes under you on the next pull`,
            hint: "name a release tag (or a @sha256 digest), or remove the key to use the image of `versions`"
          }));
        }
        return out2;
      }
    };
    OLDEST = { prometheus: ["2.0.0", "Prometheus 2"], nodeExporter: ["1.0.0", "node_exporter 1"], jaeger: ["1.0.0", "Jaeger 1"] };
    versionsSupported = {
      code: "OBS_VERSION_DEPRECATED",
      title: "Configured versions are supported upstream and published where the config points",
      check(config3) {
        const out2 = [];
        for (const [key, [oldest, name2]] of Object.entries(OLDEST)) {
          const version2 = config3.versions[key];
          if (versionAtLeast(version2, oldest)) continue;
          out2.push(at(["versions", key], {
            code: "OBS_VERSION_DEPRECATED",
            message: `${key} ${version2} is older than ${name2}, the oldest release obscompile generates for`,
            hint: `use ${oldest} or later (remove \`versions.${key}\` for the default)`
          }));
        }
        if (config3.jaeger.enabled && major(config3.versions.jaeger) < 2) {
          out2.push(at(["versions", "jaeger"], {
            severity: "warning",
            code: "OBS_VERSION_DEPRECATED",
            message: `Jaeger ${config3.versions.jaeger} is Jaeger 1, which reached end of life on 2025-12-31 and gets no fixes`,
            hint: "move to Jaeger 2 (remove `versions.jaeger` for the default); obscompile then generates jaeger.yaml for `jaeger --config`"
          }));
        }
        if (config3.jaeger.enabled && major(config3.versions.jaeger) < 2 && config3.jaeger.forwardOtlp) {
          out2.push(at(["jaeger", "forwardOtlp"], {
            code: "OBS_VERSION_DEPRECATED",
            message: "forwarding traces to a central OTLP endpoint needs Jaeger 2; Jaeger 1 all-in-one has no OTLP exporter",
            hint: "move to Jaeger 2 (remove `versions.jaeger`), or remove `jaeger.forwardOtlp`"
          }));
        }
        const engine = engineOf(config3);
        const { first, published } = CU129[engine];
        const version = engineVersion(config3);
        if (config3.container.image == null && !versionAtLeast(version, first)) {
          out2.push(at(["versions", engine], {
            code: "OBS_VERSION_DEPRECATED",
            message: `${ENGINE_TITLE[engine]} ${version} has no CUDA 12.9 release image; ${published} from ${first} on`,
            hint: `use ${ENGINE_TITLE[engine]} ${first} or later, or name the image you run in \`container.image\``
          }));
        }
        const image = config3.exporters.cadvisor.image;
        if (config3.exporters.cadvisor.enabled && image?.startsWith(`${CADVISOR_IMAGE}:`) && !versionAtLeast(imageTag(image) ?? "", CADVISOR_FIRST_GHCR)) {
          out2.push(at(["exporters", "cadvisor", "image"], {
            code: "OBS_VERSION_DEPRECATED",
            message: `${CADVISOR_IMAGE} has no releases before ${CADVISOR_FIRST_GHCR}`,
            hint: `use ${CADVISOR_IMAGE}:${CADVISOR_FIRST_GHCR} or later (releases before it were published as gcr.io/cadvisor/cadvisor)`
          }));
        }
        return out2;
      }
    };
  }
});

// src/check/telemetry.ts
var profilingNeedsSysAdmin, scrapedServerExportsMetrics, gpusForDcgm;
var init_telemetry = __esm({
  "src/check/telemetry.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_engine();
    init_rule();
    profilingNeedsSysAdmin = {
      code: "OBS_PROFILING_NEEDS_SYS_ADMIN",
      title: "DCGM profiling is only requested when the container has SYS_ADMIN",
      check(config3) {
        const dcgm = config3.exporters.dcgmExporter;
        if (!dcgm.enabled || !dcgm.profiling || config3.container.capabilities.includes("SYS_ADMIN")) return [];
        return [
          at(["exporters", "dcgmExporter", "profiling"], {
            code: "OBS_PROFILING_NEEDS_SYS_ADMIN",
            message: "DCGM profiling metrics (DCGM_FI_PROF_*) need the SYS_ADMIN capability, which the container does not have",
            hint: "add `SYS_ADMIN` to `container.capabilities`, or set `exporters.dcgmExporter.profiling: false`"
          })
        ];
      }
    };
    scrapedServerExportsMetrics = {
      code: "OBS_METRICS_NOT_ENABLED",
      title: "A scraped SGLang server runs with --enable-metrics",
      check(config3) {
        const m = config3.modelServer;
        if (!m.enabled || !m.scrape || !config3.prometheus.enabled || engineOf(config3) !== "sglang") return [];
        if (m.flags.enableMetrics || m.extraArgs.includes("--enable-metrics")) return [];
        return [
          at(["modelServer", "flags", "enableMetrics"], {
            code: "OBS_METRICS_NOT_ENABLED",
            message: "Prometheus scrapes the model server, but it is launched without --enable-metrics, so /metrics will not exist",
            hint: "set `modelServer.flags.enableMetrics: true`, or `modelServer.scrape: false` to drop the scrape job"
          })
        ];
      }
    };
    gpusForDcgm = {
      code: "OBS_GPU_NEEDED",
      title: "dcgm-exporter runs only in a container that reserves GPUs",
      check(config3) {
        if (!config3.exporters.dcgmExporter.enabled || config3.container.gpus !== "none") return [];
        return [
          at(["container", "gpus"], {
            code: "OBS_GPU_NEEDED",
            message: "the container reserves no GPUs (`gpus: none`), but dcgm-exporter is enabled and would find no GPU to watch",
            hint: "reserve GPUs (`gpus: all` or a count), or set `exporters.dcgmExporter.enabled: false` on a CPU-only box"
          })
        ];
      }
    };
  }
});

// src/diagnostics/make.ts
var make_exports = {};
__export(make_exports, {
  COMMAND_LINE: () => COMMAND_LINE,
  ERRNO_WORDS: () => ERRNO_WORDS,
  countLines: () => countLines,
  diagnosticAt: () => diagnosticAt,
  fileDiagnostic: () => fileDiagnostic,
  ioErrorDiagnostic: () => ioErrorDiagnostic,
  placeDiagnostic: () => placeDiagnostic,
  placeless: () => placeless,
  usageDiagnostic: () => usageDiagnostic
});
function countLines(text2) {
  const starts = [0];
  for (let i = text2.indexOf("\n"); i !== -1; i = text2.indexOf("\n", i + 1)) starts.push(i + 1);
  return {
    linePos(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, col: offset - starts[lo] + 1 };
    }
  };
}
function diagnosticAt(file, lines, range, input) {
  const pos = lines.linePos(range[0]);
  const d = {
    severity: input.severity ?? "error",
    code: input.code,
    message: input.message,
    file,
    range: [range[0], range[1]],
    line: pos.line,
    column: pos.col
  };
  if (input.hint) d.hint = input.hint;
  return d;
}
function usageDiagnostic(message, hint) {
  return fileDiagnostic(COMMAND_LINE, { code: "OBS_USAGE", message, hint });
}
function placeDiagnostic(where2, input) {
  return { ...fileDiagnostic(where2, input), line: 0, column: 0 };
}
function fileDiagnostic(file, input) {
  const d = {
    severity: input.severity ?? "error",
    code: input.code,
    message: input.message,
    file,
    range: [0, 0],
    line: 1,
    column: 1
  };
  if (input.hint) d.hint = input.hint;
  return d;
}
function ioErrorDiagnostic(error, cwd) {
  const target = error.dest ?? error.path ?? ".";
  const shown = target.startsWith(`${cwd}/`) ? target.slice(cwd.length + 1) : target;
  const what = ERRNO_WORDS[error.code ?? ""];
  return fileDiagnostic(shown, {
    code: "OBS_IO",
    message: `cannot ${error.syscall === "rename" ? "replace" : error.syscall ?? "use"} ${shown}${what ? `: it ${what}` : ""} (${error.code})`,
    hint: "nothing was changed; check the path, its permissions and free space"
  });
}
var COMMAND_LINE, placeless, ERRNO_WORDS;
var init_make = __esm({
  "src/diagnostics/make.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    COMMAND_LINE = "(command line)";
    placeless = (d) => d.file === COMMAND_LINE || d.line === 0;
    ERRNO_WORDS = { EISDIR: "is a folder", ENOTDIR: "has a file where a folder should be", EACCES: "is not accessible", EPERM: "is not permitted", ENOSPC: "has no space left", EROFS: "is on a read-only file system", ENOENT: "does not exist", EEXIST: "already exists" };
  }
});

// src/parse/position.ts
async function place(source, findings2) {
  if (findings2.length === 0) return [];
  const positioned = await source.positioned();
  return findings2.map(({ at: at2, target, ...input }) => {
    const o = positioned.origin?.(at2, target);
    return o ? diagnosticAt(o.file, o.lines, o.range, input) : diagnosticAt(source.path, positioned.lines, positioned.locate(at2, target), input);
  }).sort((a, b) => a.file === b.file ? a.range[0] - b.range[0] : a.file < b.file ? -1 : 1);
}
var init_position = __esm({
  "src/parse/position.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_make();
  }
});

// src/alerts/rule.ts
var risingCounter, steady, flatCounter, ruleKey;
var init_rule2 = __esm({
  "src/alerts/rule.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    risingCounter = (step, samples, quiet = 5, start = 0) => `${start}+0x${quiet} ${start}+${step}x${samples - quiet - 1}`;
    steady = (value, samples) => `${value}+0x${samples - 1}`;
    flatCounter = (samples, value = 0) => steady(value, samples);
    ruleKey = (rule) => {
      const name2 = "alert" in rule ? rule.alert : rule.record;
      return rule.engine && rule.engine !== "sglang" ? `${name2}@${rule.engine}` : name2;
    };
  }
});

// src/alerts/gpu.ts
function throttling(alert, metric, cause, summary, lowered) {
  const perMinute = (share) => share * 60 * NS;
  return {
    ...gpu,
    alert,
    fires: `A GPU spends more than alerting.thresholds.gpuThrottleRatio of its time held back ${cause}.`,
    severity: "warning",
    threshold: "gpuThrottleRatio",
    expr: (t2) => `rate(${metric}[5m]) / ${NS} > ${t2.gpuThrottleRatio}`,
    for: "10m",
    summary: `GPU {{ $labels.gpu }} of {{ $labels.container }} is ${summary}`,
    description: `GPU {{ $labels.gpu }} ({{ $labels.modelName }}) spent more than the configured share of the last 5 minutes with its clocks ${lowered}.`,
    test: (t2, n) => ({ settle: 12, fire: [{ metric, values: risingCounter(perMinute(Math.min(1, t2.gpuThrottleRatio * 2)), n) }], calm: [{ metric, values: risingCounter(perMinute(t2.gpuThrottleRatio / 2), n) }] })
  };
}
var gpu, NS, GPU_RULES;
var init_gpu = __esm({
  "src/alerts/gpu.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_rule2();
    gpu = { pack: "gpu", source: "dcgmExporter" };
    NS = 1e9;
    GPU_RULES = [
      {
        ...gpu,
        alert: "GpuXidErrors",
        fires: "A GPU reported an XID error (dcgm-exporter).",
        severity: "critical",
        expr: () => "increase(DCGM_EXP_XID_ERRORS_TOTAL[15m]) > 0",
        for: "0m",
        summary: "GPU {{ $labels.gpu }} of {{ $labels.container }} reported XID error {{ $labels.xid }}",
        description: "The driver reported an XID error on GPU {{ $labels.gpu }} ({{ $labels.modelName }}, {{ $labels.UUID }}); look the code up in NVIDIA's XID catalogue: many need a GPU reset or a node drain.",
        test: (_, n) => ({ settle: 8, fire: [{ metric: "DCGM_EXP_XID_ERRORS_TOTAL", labels: { xid: "79" }, values: risingCounter(1, n) }], calm: [{ metric: "DCGM_EXP_XID_ERRORS_TOTAL", labels: { xid: "79" }, values: flatCounter(n, 2) }] })
      },
      throttling("GpuThermalThrottling", "DCGM_FI_DEV_THERMAL_VIOLATION", "by temperature", "held back by its temperature", "lowered for temperature: check cooling and airflow"),
      throttling("GpuPowerThrottling", "DCGM_FI_DEV_POWER_VIOLATION", "by its power limit", "held back by its power limit", "lowered by the power limit"),
      {
        ...gpu,
        alert: "GpuEccUncorrectableErrors",
        fires: "A GPU had uncorrectable (double-bit) memory errors.",
        severity: "critical",
        expr: () => "increase(DCGM_FI_DEV_ECC_DBE_VOL_TOTAL[15m]) > 0",
        for: "0m",
        summary: "GPU {{ $labels.gpu }} of {{ $labels.container }} had uncorrectable memory errors",
        description: "Double-bit ECC errors on GPU {{ $labels.gpu }} ({{ $labels.UUID }}): the data of a running job may be wrong.",
        test: (_, n) => ({ settle: 8, fire: [{ metric: "DCGM_FI_DEV_ECC_DBE_VOL_TOTAL", values: risingCounter(1, n) }], calm: [{ metric: "DCGM_FI_DEV_ECC_DBE_VOL_TOTAL", values: flatCounter(n, 4) }] })
      },
      {
        ...gpu,
        alert: "GpuRowRemapFailed",
        fires: "A GPU could not remap a failing memory row: it needs service.",
        severity: "critical",
        expr: () => "DCGM_FI_DEV_ROW_REMAP_FAILURE > 0",
        for: "0m",
        summary: "GPU {{ $labels.gpu }} of {{ $labels.container }} could not remap a failing memory row",
        description: "GPU {{ $labels.gpu }} ({{ $labels.UUID }}) reports a row-remapping failure: its memory can no longer hide a bad row; the GPU needs service.",
        test: (_, n) => ({ settle: 1, fire: [{ metric: "DCGM_FI_DEV_ROW_REMAP_FAILURE", values: steady(1, n) }], calm: [{ metric: "DCGM_FI_DEV_ROW_REMAP_FAILURE", values: steady(0, n) }] })
      },
      {
        ...gpu,
        alert: "GpuRowsRemappedUncorrectable",
        fires: "A GPU remapped memory rows after uncorrectable errors: reset it to use the spare rows.",
        severity: "warning",
        expr: () => "increase(DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS[1h]) > 0",
        for: "0m",
        summary: "GPU {{ $labels.gpu }} of {{ $labels.container }} remapped memory rows after uncorrectable errors",
        description: "GPU {{ $labels.gpu }} ({{ $labels.UUID }}) remapped rows after uncorrectable errors; a reset applies the remapping.",
        test: (_, n) => ({ settle: 8, fire: [{ metric: "DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS", values: risingCounter(1, n) }], calm: [{ metric: "DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS", values: flatCounter(n, 1) }] })
      },
      {
        ...gpu,
        alert: "GpuMemoryNearlyFull",
        fires: "A GPU's framebuffer is fuller than alerting.thresholds.gpuMemoryUsedRatio.",
        severity: "warning",
        threshold: "gpuMemoryUsedRatio",
        expr: (t2) => `DCGM_FI_DEV_FB_USED / (DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE) > ${t2.gpuMemoryUsedRatio}`,
        for: "15m",
        summary: "GPU {{ $labels.gpu }} of {{ $labels.container }} has almost no free memory",
        description: "GPU {{ $labels.gpu }} ({{ $labels.modelName }}) has used more than the configured share of its memory for 15 minutes. SGLang reserves its static memory fraction at start, so the default threshold sits above it.",
        test: (t2, n) => {
          const total = 8e4;
          const memory = (ratio) => {
            const used = Math.round(total * ratio);
            return [{ metric: "DCGM_FI_DEV_FB_USED", values: steady(used, n) }, { metric: "DCGM_FI_DEV_FB_FREE", values: steady(total - used, n) }];
          };
          return { settle: 1, fire: memory((1 + t2.gpuMemoryUsedRatio) / 2), calm: memory(t2.gpuMemoryUsedRatio / 2) };
        }
      },
      {
        ...gpu,
        alert: "GpuMissing",
        fires: "A GPU that reported before no longer does.",
        severity: "critical",
        expr: () => "count by (container) (DCGM_FI_DEV_GPU_UTIL) < max_over_time(count by (container) (DCGM_FI_DEV_GPU_UTIL)[1h:1m])",
        for: "5m",
        summary: "A GPU of {{ $labels.container }} stopped reporting",
        description: "Fewer GPUs report for {{ $labels.container }} than did in the last hour: a GPU fell off the bus, or DCGM lost it.",
        by: ["container"],
        // The window looks back an hour: a GPU gone longer than that is no longer missed.
        maxFor: "45m",
        test: (_, n) => {
          const second = { metric: "DCGM_FI_DEV_GPU_UTIL", labels: { gpu: "1", UUID: "GPU-00000000-0000-0000-0000-000000000001", device: "nvidia1" } };
          const first = { metric: "DCGM_FI_DEV_GPU_UTIL", values: steady(50, n) };
          return { settle: 23, fire: [first, { ...second, values: `${steady(50, 16)} _x${n - 16}` }], calm: [first, { ...second, values: steady(50, n) }] };
        }
      },
      {
        ...gpu,
        alert: "DcgmExporterDown",
        fires: "Prometheus cannot scrape dcgm-exporter: no GPU series arrive.",
        severity: "critical",
        expr: () => 'up{job="dcgm_exporter"} == 0',
        for: "2m",
        summary: "dcgm-exporter of {{ $labels.container }} is not answering",
        description: "Prometheus cannot scrape dcgm-exporter: no GPU series are collected, and the GPU alerts are silenced until it is back.",
        test: (_, n) => ({ settle: 1, fire: [{ metric: "up", labels: { job: "dcgm_exporter" }, values: steady(0, n) }], calm: [{ metric: "up", labels: { job: "dcgm_exporter" }, values: steady(1, n) }] })
      }
    ];
  }
});

// src/alerts/ranks.ts
var RANK_LABELS, perReplica;
var init_ranks = __esm({
  "src/alerts/ranks.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    RANK_LABELS = ["tp_rank", "pp_rank", "moe_ep_rank"];
    perReplica = (expr) => `max without (${RANK_LABELS.join(", ")}) (${expr})`;
  }
});

// src/alerts/recording.ts
var gpu2, serving, vllm, RECORDING_RULES;
var init_recording = __esm({
  "src/alerts/recording.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_ranks();
    gpu2 = { source: "dcgmExporter" };
    serving = { source: "modelServer", engine: "sglang" };
    vllm = { source: "modelServer", engine: "vllm" };
    RECORDING_RULES = [
      { ...gpu2, record: "container:gpu_utilization:avg", expr: "avg by (container) (DCGM_FI_DEV_GPU_UTIL)", labels: ["container"] },
      { ...gpu2, record: "container:gpu_framebuffer_used:ratio", expr: "sum by (container) (DCGM_FI_DEV_FB_USED) / sum by (container) (DCGM_FI_DEV_FB_USED + DCGM_FI_DEV_FB_FREE)", labels: ["container"] },
      { ...gpu2, record: "container:gpu_power_watts:sum", expr: "sum by (container) (DCGM_FI_DEV_POWER_USAGE)", labels: ["container"] },
      { ...serving, record: "model_name:sglang_requests:rate5m", expr: "sum by (model_name) (rate(sglang:num_requests_total[5m]))", labels: ["model_name"] },
      { ...serving, record: "model_name:sglang_generation_tokens:rate5m", expr: "sum by (model_name) (rate(sglang:generation_tokens_total[5m]))", labels: ["model_name"] },
      { ...serving, record: "model_name:sglang_prompt_tokens:rate5m", expr: "sum by (model_name) (rate(sglang:prompt_tokens_total[5m]))", labels: ["model_name"] },
      { ...serving, record: "model_name:sglang_time_to_first_token_seconds_bucket:rate5m", expr: "sum by (le, model_name) (rate(sglang:time_to_first_token_seconds_bucket[5m]))", labels: ["le", "model_name"] },
      { ...serving, record: "model_name:sglang_inter_token_latency_seconds_bucket:rate5m", expr: "sum by (le, model_name) (rate(sglang:inter_token_latency_seconds_bucket[5m]))", labels: ["le", "model_name"] },
      { ...serving, record: "model_name:sglang_e2e_request_latency_seconds_bucket:rate5m", expr: "sum by (le, model_name) (rate(sglang:e2e_request_latency_seconds_bucket[5m]))", labels: ["le", "model_name"] },
      { ...serving, record: "model_name:sglang_num_queue_reqs:sum", expr: `sum by (model_name) (${perReplica("sglang:num_queue_reqs")})`, labels: ["model_name"] },
      { ...serving, record: "model_name:sglang_num_running_reqs:sum", expr: `sum by (model_name) (${perReplica("sglang:num_running_reqs")})`, labels: ["model_name"] },
      { ...serving, record: "model_name:sglang_token_usage:max", expr: "max by (model_name) (sglang:token_usage)", labels: ["model_name"] },
      // vLLM: one series per engine core (a data-parallel rank), so plain sums over model_name are right.
      { ...vllm, record: "model_name:vllm_requests:rate5m", expr: "sum by (model_name) (rate(vllm:request_success_total[5m]))", labels: ["model_name"] },
      { ...vllm, record: "model_name:vllm_generation_tokens:rate5m", expr: "sum by (model_name) (rate(vllm:generation_tokens_total[5m]))", labels: ["model_name"] },
      { ...vllm, record: "model_name:vllm_prompt_tokens:rate5m", expr: "sum by (model_name) (rate(vllm:prompt_tokens_total[5m]))", labels: ["model_name"] },
      { ...vllm, record: "model_name:vllm_time_to_first_token_seconds_bucket:rate5m", expr: "sum by (le, model_name) (rate(vllm:time_to_first_token_seconds_bucket[5m]))", labels: ["le", "model_name"] },
      { ...vllm, record: "model_name:vllm_inter_token_latency_seconds_bucket:rate5m", expr: "sum by (le, model_name) (rate(vllm:inter_token_latency_seconds_bucket[5m]))", labels: ["le", "model_name"] },
      { ...vllm, record: "model_name:vllm_e2e_request_latency_seconds_bucket:rate5m", expr: "sum by (le, model_name) (rate(vllm:e2e_request_latency_seconds_bucket[5m]))", labels: ["le", "model_name"] },
      { ...vllm, record: "model_name:vllm_num_requests_waiting:sum", expr: "sum by (model_name) (vllm:num_requests_waiting)", labels: ["model_name"] },
      { ...vllm, record: "model_name:vllm_num_requests_running:sum", expr: "sum by (model_name) (vllm:num_requests_running)", labels: ["model_name"] },
      { ...vllm, record: "model_name:vllm_kv_cache_usage_perc:max", expr: "max by (model_name) (vllm:kv_cache_usage_perc)", labels: ["model_name"] }
    ];
  }
});

// src/alerts/serving.ts
function histogramSeries(metric, buckets, threshold, above, n) {
  const bounds = [...buckets.map(String), "+Inf"];
  const firstAbove = buckets.findIndex((b) => b > threshold);
  const holding = above ? firstAbove === -1 ? bounds.length - 1 : firstAbove + 1 : buckets[0] <= threshold ? 0 : bounds.length;
  return bounds.map((le, i) => ({ metric: `${metric}_bucket`, labels: { le }, values: i >= holding ? risingCounter(10, n) : flatCounter(n) }));
}
function requestEvents(metric, threshold, n, labels) {
  const l = labels ? { labels } : {};
  return { settle: 17, fire: [{ metric, ...l, values: risingCounter(Math.max(1, threshold), n) }], calm: [{ metric, ...l, values: flatCounter(n, 3) }] };
}
function latency(engine, alert, metric, threshold, what, buckets) {
  return {
    ...serving2,
    engine,
    histogram: metric,
    alert,
    fires: `${what} at alerting.thresholds.latencyQuantile is over alerting.thresholds.${threshold}.`,
    severity: "warning",
    threshold,
    expr: (t2) => `histogram_quantile(${t2.latencyQuantile}, sum by (le, model_name) (rate(${metric}_bucket[5m]))) > ${t2[threshold]}`,
    for: "10m",
    summary: `${what} of {{ $labels.model_name }} is over its threshold`,
    description: `The configured quantile of ${what.toLowerCase()} over the last 5 minutes has been above the configured threshold for 10 minutes.`,
    by: ["model_name"],
    test: (t2, n) => ({ settle: 12, fire: histogramSeries(metric, buckets, t2[threshold], true, n), calm: histogramSeries(metric, buckets, t2[threshold], false, n) })
  };
}
function modelServerDown(engine) {
  return {
    pack: "serving",
    source: "modelServer",
    engine,
    alert: "ModelServerDown",
    fires: "Prometheus cannot scrape the model server's metrics endpoint.",
    severity: "critical",
    // The scrape job is named after the engine (src/model/model.ts jobOf).
    expr: () => `up{job="${engine}"} == 0 and max_over_time(up{job="${engine}"}[1h]) == 1`,
    for: "2m",
    summary: "The model server of {{ $labels.container }} stopped answering",
    description: `${ENGINE_TITLE[engine]} was up within the last hour and Prometheus cannot scrape it now: it crashed or was stopped. Its log is the run log under the telemetry root.`,
    // The window looks back an hour: a server down for longer than that no longer alerts.
    maxFor: "45m",
    test: (_, n) => ({ settle: 7, fire: [{ metric: "up", values: `${steady(1, 6)} ${steady(0, n - 6)}` }], calm: [{ metric: "up", values: steady(0, n) }] })
  };
}
function kvCachePressure(engine, gauge, pool, consequence) {
  return {
    pack: "serving",
    source: "modelServer",
    engine,
    alert: "KvCachePressure",
    fires: "The KV cache is fuller than alerting.thresholds.kvCacheUsageRatio.",
    severity: "warning",
    threshold: "kvCacheUsageRatio",
    expr: (t2) => `max by (model_name) (${gauge}) > ${t2.kvCacheUsageRatio}`,
    for: "10m",
    summary: "The KV cache of {{ $labels.model_name }} is nearly full",
    description: `The KV-cache ${pool} has been fuller than the configured share for 10 minutes: requests get ${consequence} and queue up.`,
    by: ["model_name"],
    test: (t2, n) => ({ settle: 1, fire: [{ metric: gauge, values: steady((1 + t2.kvCacheUsageRatio) / 2, n) }], calm: [{ metric: gauge, values: steady(t2.kvCacheUsageRatio / 2, n) }] })
  };
}
function queueGrowing(engine, queued, where2, test) {
  return {
    pack: "serving",
    source: "modelServer",
    engine,
    alert: "ModelServerQueueGrowing",
    fires: "More than alerting.thresholds.queueRequests requests wait in the model server's queue.",
    severity: "warning",
    threshold: "queueRequests",
    expr: (t2) => `sum by (model_name) (${queued}) > ${t2.queueRequests}`,
    for: "10m",
    summary: "Requests queue up in front of {{ $labels.model_name }}",
    description: `More requests than the configured threshold have waited ${where2} for 10 minutes: the server cannot keep up.`,
    by: ["model_name"],
    test
  };
}
function requestsAborted(engine, aborted, test) {
  return {
    pack: "serving",
    source: "modelServer",
    engine,
    alert: "RequestsAborted",
    fires: "More than alerting.thresholds.abortedRequests requests were aborted in the last 10 minutes.",
    severity: "warning",
    threshold: "abortedRequests",
    expr: (t2) => `sum by (model_name) (increase(${aborted}[10m])) > ${t2.abortedRequests}`,
    for: "0m",
    summary: "Requests to {{ $labels.model_name }} are being aborted",
    description: "More requests than the configured threshold were aborted in the last 10 minutes (client disconnects, timeouts, explicit aborts).",
    by: ["model_name"],
    test
  };
}
function sglangServingRules(buckets) {
  return [
    modelServerDown("sglang"),
    // Calm: both ranks of a tensor-parallel pair report the same queue, at the threshold (a plain sum would fire).
    queueGrowing("sglang", perReplica("sglang:num_queue_reqs"), "in the scheduler queue", (t2, n) => ({ settle: 1, fire: [{ metric: "sglang:num_queue_reqs", values: steady(t2.queueRequests + 1, n) }], calm: twoRanks("sglang:num_queue_reqs", steady(t2.queueRequests, n)) })),
    latency("sglang", "TimeToFirstTokenHigh", "sglang:time_to_first_token_seconds", "ttftSeconds", "Time to first token", buckets("sglang:time_to_first_token_seconds")),
    latency("sglang", "InterTokenLatencyHigh", "sglang:inter_token_latency_seconds", "interTokenLatencySeconds", "Time between tokens", buckets("sglang:inter_token_latency_seconds")),
    kvCachePressure("sglang", "sglang:token_usage", "token pool", "retracted"),
    requestsAborted("sglang", "sglang:num_aborted_requests_total", (t2, n) => requestEvents("sglang:num_aborted_requests_total", t2.abortedRequests, n)),
    {
      ...serving2,
      alert: "RequestsRetracted",
      fires: "More than alerting.thresholds.retractedRequests requests were retracted to free KV-cache memory in the last 10 minutes.",
      severity: "warning",
      threshold: "retractedRequests",
      expr: (t2) => `sum by (model_name) (${perReplica("increase(sglang:num_retracted_requests_total[10m])")}) > ${t2.retractedRequests}`,
      for: "0m",
      summary: "{{ $labels.model_name }} retracts requests to free KV-cache memory",
      description: "The scheduler retracted more requests than the configured threshold in the last 10 minutes: the KV cache is too small for the load.",
      by: ["model_name"],
      // Calm: every rank of a tensor-parallel pair counts the same retractions, 0.7 of the threshold each (a plain sum fires).
      test: (t2, n) => ({ ...requestEvents("sglang:num_retracted_requests_total", t2.retractedRequests, n), calm: twoRanks("sglang:num_retracted_requests_total", t2.retractedRequests > 0 ? risingCounter(0.07 * t2.retractedRequests, n) : flatCounter(n)) })
    }
  ];
}
var serving2, twoRanks;
var init_serving = __esm({
  "src/alerts/serving.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_ranks();
    init_rule2();
    init_engine();
    serving2 = { pack: "serving", source: "modelServer", engine: "sglang" };
    twoRanks = (metric, values) => ["0", "1"].map((rank) => ({ metric, labels: { tp_rank: rank, moe_ep_rank: rank }, values }));
  }
});

// src/alerts/serving-vllm.ts
function vllmServingRules(buckets) {
  return [
    modelServerDown("vllm"),
    // Firing: two data-parallel engines whose queues add up past the threshold, though neither is past it alone.
    queueGrowing("vllm", "vllm:num_requests_waiting", "to be scheduled", (t2, n) => ({ settle: 1, fire: twoEngines("vllm:num_requests_waiting", steady(Math.floor(t2.queueRequests / 2) + 1, n)), calm: [{ metric: "vllm:num_requests_waiting", values: steady(t2.queueRequests, n) }] })),
    latency("vllm", "TimeToFirstTokenHigh", "vllm:time_to_first_token_seconds", "ttftSeconds", "Time to first token", buckets("vllm:time_to_first_token_seconds")),
    latency("vllm", "InterTokenLatencyHigh", "vllm:inter_token_latency_seconds", "interTokenLatencySeconds", "Time between tokens", buckets("vllm:inter_token_latency_seconds")),
    kvCachePressure("vllm", "vllm:kv_cache_usage_perc", "block pool", "preempted"),
    // Calm: requests that finished normally, as many as would fire if they were aborts.
    requestsAborted("vllm", 'vllm:request_success_total{finished_reason="abort"}', (t2, n) => ({ ...requestEvents("vllm:request_success_total", t2.abortedRequests, n, { finished_reason: "abort" }), calm: [{ metric: "vllm:request_success_total", labels: { finished_reason: "stop" }, values: risingCounter(Math.max(1, t2.abortedRequests), n) }, { metric: "vllm:request_success_total", labels: { finished_reason: "abort" }, values: flatCounter(n, 3) }] })),
    {
      ...serving3,
      alert: "RequestsPreempted",
      fires: "More than alerting.thresholds.preemptedRequests requests were preempted to free KV-cache blocks in the last 10 minutes.",
      severity: "warning",
      threshold: "preemptedRequests",
      expr: (t2) => `sum by (model_name) (increase(vllm:num_preemptions_total[10m])) > ${t2.preemptedRequests}`,
      for: "0m",
      summary: "{{ $labels.model_name }} preempts requests to free KV-cache blocks",
      description: "vLLM preempted more requests than the configured threshold in the last 10 minutes: the KV cache is too small for the load, and preempted requests are computed again.",
      by: ["model_name"],
      test: (t2, n) => requestEvents("vllm:num_preemptions_total", t2.preemptedRequests, n)
    }
  ];
}
var serving3, twoEngines;
var init_serving_vllm = __esm({
  "src/alerts/serving-vllm.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_serving();
    init_rule2();
    serving3 = { pack: "serving", source: "modelServer", engine: "vllm" };
    twoEngines = (metric, values) => ["0", "1"].map((engine) => ({ metric, labels: { engine }, values }));
  }
});

// src/alerts/stack.ts
function prometheusFailure(alert, metric, what, fires, window = "1h") {
  return {
    ...prometheus,
    alert,
    fires,
    severity: "warning",
    expr: () => `increase(${metric}[${window}]) > 0`,
    for: "0m",
    summary: `Prometheus ${what}`,
    description: `${metric} rose in the last ${window}; Prometheus's own log says why.`,
    test: (_, n) => ({ settle: 8, fire: [{ metric, values: risingCounter(1, n) }], calm: [{ metric, values: flatCounter(n, 2) }] })
  };
}
var prometheus, STACK_RULES;
var init_stack = __esm({
  "src/alerts/stack.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_rule2();
    prometheus = { pack: "stack", source: "prometheus" };
    STACK_RULES = [
      {
        ...prometheus,
        alert: "Watchdog",
        fires: "Always fires (pack stack): route it to a dead man's switch, so silence means the alerting path is broken.",
        severity: "none",
        expr: () => "vector(1)",
        for: "0m",
        summary: "The alerting path works",
        description: "This alert always fires. Route it to a dead man's switch: when it stops arriving, Prometheus, its rules or Alertmanager are broken.",
        by: [],
        test: () => ({ settle: 1, fire: [] })
      },
      {
        ...prometheus,
        alert: "TargetDown",
        fires: "A scrape target other than the model server and dcgm-exporter (they have alerts of their own) does not answer.",
        severity: "warning",
        // The model server is started by hand on a dev box and dcgm-exporter is critical: ModelServerDown and
        // DcgmExporterDown cover them (a test checks these are job names of the generated prometheus.yml).
        expr: (_, engine) => `up{job!~"${engine}|dcgm_exporter"} == 0`,
        for: "5m",
        summary: "Prometheus cannot scrape {{ $labels.job }} at {{ $labels.instance }}",
        description: "The {{ $labels.job }} target does not answer scrapes: its daemon is not running or not reachable, and its series have stopped.",
        test: (_, n) => ({ settle: 1, fire: [{ metric: "up", labels: { job: "node_exporter", instance: "localhost:9100" }, values: steady(0, n) }], calm: [{ metric: "up", labels: { job: "node_exporter", instance: "localhost:9100" }, values: steady(1, n) }] })
      },
      prometheusFailure("PrometheusRuleEvaluationFailures", "prometheus_rule_evaluation_failures_total", "fails to evaluate rules of {{ $labels.rule_group }}", "Prometheus failed to evaluate a rule in the last 10 minutes.", "10m"),
      prometheusFailure("PrometheusWalCorruptions", "prometheus_tsdb_wal_corruptions_total", "found a corrupt write-ahead log", "Prometheus found a corrupted write-ahead log segment in the last hour."),
      prometheusFailure("PrometheusTsdbCompactionsFailing", "prometheus_tsdb_compactions_failed_total", "fails to compact its TSDB", "Prometheus's TSDB compactions fail."),
      prometheusFailure("PrometheusTsdbReloadsFailing", "prometheus_tsdb_reloads_failures_total", "fails to reload its TSDB blocks", "Prometheus fails to reload TSDB blocks from disk."),
      prometheusFailure("PrometheusWalWritesFailing", "prometheus_tsdb_wal_writes_failed_total", "fails to write its write-ahead log (a full or read-only disk?)", "Prometheus fails to write to its write-ahead log (disk full or broken): samples are being lost."),
      {
        ...prometheus,
        alert: "PrometheusConfigReloadFailed",
        fires: "Prometheus runs an older configuration because the last reload failed.",
        severity: "warning",
        expr: () => "prometheus_config_last_reload_successful == 0",
        for: "5m",
        summary: "Prometheus runs an older configuration: the last reload failed",
        description: "Prometheus rejected its configuration on the last reload and keeps the previous one; check prometheus.yml.",
        test: (_, n) => ({ settle: 1, fire: [{ metric: "prometheus_config_last_reload_successful", values: steady(0, n) }], calm: [{ metric: "prometheus_config_last_reload_successful", values: steady(1, n) }] })
      },
      prometheusFailure("PrometheusNotificationsFailing", "prometheus_notifications_errors_total", "cannot deliver alerts to {{ $labels.alertmanager }}", "Prometheus fails to send alerts to Alertmanager (only with an Alertmanager).", "10m"),
      prometheusFailure("PrometheusRemoteWriteFailing", "prometheus_remote_storage_samples_failed_total", "fails to send samples to {{ $labels.remote_name }}", "Prometheus fails to send samples to a remote-write endpoint (only with remote write).", "10m"),
      {
        pack: "stack",
        source: "alertmanager",
        alert: "AlertmanagerNotificationsFailing",
        fires: "Alertmanager fails to deliver notifications through an integration (a receiver unreachable or refusing).",
        severity: "warning",
        expr: () => "sum by (integration) (increase(alertmanager_notifications_failed_total[10m])) > 0",
        for: "0m",
        summary: "Alertmanager fails to deliver notifications by {{ $labels.integration }}",
        description: "Notifications through {{ $labels.integration }} failed in the last 10 minutes: the receiver is unreachable, refuses them or its credentials are wrong. Alertmanager's log says which.",
        by: ["integration"],
        test: (_, n) => ({ settle: 8, fire: [{ metric: "alertmanager_notifications_failed_total", labels: { integration: "webhook" }, values: risingCounter(1, n) }], calm: [{ metric: "alertmanager_notifications_failed_total", labels: { integration: "webhook" }, values: flatCounter(n) }] })
      },
      {
        pack: "stack",
        source: "jaeger",
        alert: "JaegerRefusingSpans",
        fires: "Jaeger's receivers refuse spans (Jaeger 2).",
        severity: "warning",
        expr: () => "sum by (receiver) (increase(otelcol_receiver_refused_spans_total[10m])) > 0",
        for: "0m",
        summary: "Jaeger refuses spans sent to its {{ $labels.receiver }} receiver",
        description: "Jaeger's OTLP receiver refused spans in the last 10 minutes: traces of the model server are being lost.",
        by: ["receiver"],
        test: (_, n) => ({ settle: 8, fire: [{ metric: "otelcol_receiver_refused_spans_total", values: risingCounter(5, n) }], calm: [{ metric: "otelcol_receiver_refused_spans_total", values: flatCounter(n) }] })
      },
      {
        pack: "stack",
        source: "jaeger",
        alert: "JaegerExportFailing",
        fires: "Jaeger fails to forward spans through its OTLP exporter (Jaeger 2, forwardOtlp).",
        severity: "warning",
        expr: () => "sum by (exporter) (increase(otelcol_exporter_send_failed_spans_total[10m])) > 0",
        for: "0m",
        summary: "Jaeger fails to pass spans on through {{ $labels.exporter }}",
        description: "Jaeger could not write spans to its store, or forward them to the central endpoint, in the last 10 minutes.",
        by: ["exporter"],
        test: (_, n) => ({ settle: 8, fire: [{ metric: "otelcol_exporter_send_failed_spans_total", values: risingCounter(5, n) }], calm: [{ metric: "otelcol_exporter_send_failed_spans_total", values: flatCounter(n) }] })
      },
      {
        pack: "stack",
        source: "cadvisor",
        alert: "ContainerOomKilled",
        fires: "The kernel killed a process of a container for lack of memory (cAdvisor).",
        severity: "warning",
        expr: () => 'increase(container_oom_events_total{container!=""}[15m]) > 0',
        for: "0m",
        summary: "A process of {{ $labels.container }} was killed for lack of memory",
        description: "The kernel's out-of-memory killer ended a process in {{ $labels.container }} in the last 15 minutes.",
        test: (_, n) => ({ settle: 8, fire: [{ metric: "container_oom_events_total", values: risingCounter(1, n) }], calm: [{ metric: "container_oom_events_total", values: flatCounter(n) }] })
      },
      {
        pack: "stack",
        source: "cadvisor",
        alert: "ContainerRestarted",
        fires: "A container started again (cAdvisor).",
        severity: "warning",
        expr: () => 'changes(container_start_time_seconds{container!=""}[15m]) > 0',
        for: "0m",
        summary: "{{ $labels.container }} restarted",
        description: "The start time of {{ $labels.container }} changed in the last 15 minutes: it exited and was started again.",
        // A container that keeps restarting (every minute from minute 6), or one that started once.
        test: (_, n) => ({ settle: 8, fire: [{ metric: "container_start_time_seconds", values: risingCounter(60, n, 5, 17e8) }], calm: [{ metric: "container_start_time_seconds", values: steady(17e8, n) }] })
      }
    ];
  }
});

// src/alerts/index.ts
function alertRules(buckets) {
  return [...STACK_RULES, ...GPU_RULES, ...sglangServingRules(buckets), ...vllmServingRules(buckets)];
}
var shapes, ruleShapes;
var init_alerts = __esm({
  "src/alerts/index.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_gpu();
    init_recording();
    init_serving();
    init_serving_vllm();
    init_stack();
    ruleShapes = () => shapes ??= alertRules(() => []);
  }
});

// src/generated/catalog.js
var catalog;
var init_catalog = __esm({
  "src/generated/catalog.js"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    catalog = [
      {
        "source": "prometheus",
        "title": "Prometheus",
        "selection": true,
        "upstream": {
          "project": "prometheus/prometheus",
          "url": "https://github.com/prometheus/prometheus",
          "version": "3.14.0",
          "facts": [
            "docs/configuration/configuration.md @ v3.14.0 (synthetic scrape series; external labels)",
            "tsdb/head.go, tsdb/db.go, scrape/metrics.go, web/web.go, cmd/prometheus/main.go @ v3.14.0",
            "prometheus/client_golang prometheus/collectors/version/version.go @ v1.24.1 (build_info labels)",
            "rules/group.go, notifier/metric.go, storage/remote/queue_manager.go, tsdb/wlog/wlog.go @ v3.14.0 and rules/manager.go, notifier/notifier.go @ v2.42.0 (failure counters and their labels)"
          ]
        },
        "metrics": [
          {
            "name": "up",
            "type": "gauge",
            "help": "1 when the last scrape of the target succeeded, else 0; one series per target.",
            "labels": [
              "job",
              "instance"
            ]
          },
          {
            "name": "scrape_duration_seconds",
            "type": "gauge",
            "help": "How long the last scrape of the target took.",
            "labels": [
              "job",
              "instance"
            ]
          },
          {
            "name": "scrape_samples_scraped",
            "type": "gauge",
            "help": "Samples the target exposed in the last scrape.",
            "labels": [
              "job",
              "instance"
            ]
          },
          {
            "name": "scrape_samples_post_metric_relabeling",
            "type": "gauge",
            "help": "Samples left after metric relabelling in the last scrape.",
            "labels": [
              "job",
              "instance"
            ]
          },
          {
            "name": "scrape_series_added",
            "type": "gauge",
            "help": "New series the last scrape created.",
            "labels": [
              "job",
              "instance"
            ]
          },
          {
            "name": "prometheus_build_info",
            "type": "gauge",
            "help": "Always 1; the labels describe the running build.",
            "labels": [
              "branch",
              "goarch",
              "goos",
              "goversion",
              "revision",
              "tags",
              "version"
            ]
          },
          {
            "name": "prometheus_tsdb_head_series",
            "type": "gauge",
            "help": "Series held in the in-memory head block.",
            "labels": []
          },
          {
            "name": "prometheus_tsdb_head_samples_appended_total",
            "type": "counter",
            "help": "Samples appended to the head block, by sample type.",
            "labels": [
              "type"
            ]
          },
          {
            "name": "prometheus_tsdb_storage_blocks_bytes",
            "type": "gauge",
            "help": "Bytes the persisted blocks of this run's TSDB take on disk.",
            "labels": []
          },
          {
            "name": "prometheus_tsdb_wal_corruptions_total",
            "type": "counter",
            "help": "WAL corruptions found.",
            "labels": []
          },
          {
            "name": "prometheus_target_interval_length_seconds",
            "type": "summary",
            "help": "Measured time between scrapes, by configured interval.",
            "labels": [
              "interval",
              "quantile"
            ]
          },
          {
            "name": "prometheus_http_requests_total",
            "type": "counter",
            "help": "HTTP requests served by the UI and API.",
            "labels": [
              "code",
              "handler"
            ]
          },
          {
            "name": "prometheus_config_last_reload_successful",
            "type": "gauge",
            "help": "1 when the last configuration (re)load succeeded.",
            "labels": []
          },
          {
            "name": "process_resident_memory_bytes",
            "type": "gauge",
            "help": "Resident memory of the Prometheus process.",
            "labels": []
          },
          {
            "name": "prometheus_rule_evaluation_failures_total",
            "type": "counter",
            "help": "Rule evaluations that failed, per rule group (file;group).",
            "labels": [
              "rule_group"
            ],
            "requires": "rules"
          },
          {
            "name": "prometheus_tsdb_compactions_failed_total",
            "type": "counter",
            "help": "TSDB compactions that failed.",
            "labels": []
          },
          {
            "name": "prometheus_tsdb_reloads_failures_total",
            "type": "counter",
            "help": "Times the TSDB failed to reload its blocks from disk.",
            "labels": []
          },
          {
            "name": "prometheus_tsdb_head_truncations_failed_total",
            "type": "counter",
            "help": "Head block truncations that failed.",
            "labels": []
          },
          {
            "name": "prometheus_tsdb_wal_writes_failed_total",
            "type": "counter",
            "help": "Writes to the write-ahead log that failed.",
            "labels": []
          },
          {
            "name": "prometheus_tsdb_wal_truncations_failed_total",
            "type": "counter",
            "help": "Write-ahead log truncations that failed.",
            "labels": []
          },
          {
            "name": "prometheus_tsdb_checkpoint_creations_failed_total",
            "type": "counter",
            "help": "Write-ahead log checkpoints that failed.",
            "labels": []
          },
          {
            "name": "prometheus_notifications_errors_total",
            "type": "counter",
            "help": "Failed sends to an Alertmanager (2.x: per send; 3.x: the alerts of the failed batch), per Alertmanager URL.",
            "labels": [
              "alertmanager"
            ],
            "requires": "alertmanager"
          },
          {
            "name": "prometheus_notifications_dropped_total",
            "type": "counter",
            "help": "Alerts dropped before reaching an Alertmanager (3.x: per Alertmanager URL; 2.x: no label).",
            "labels": [
              "alertmanager"
            ],
            "requires": "alertmanager"
          },
          {
            "name": "prometheus_notifications_alertmanagers_discovered",
            "type": "gauge",
            "help": "Alertmanagers Prometheus sends alerts to.",
            "labels": []
          },
          {
            "name": "prometheus_remote_storage_samples_failed_total",
            "type": "counter",
            "help": "Samples a remote-write queue failed to send for good, per queue.",
            "labels": [
              "remote_name",
              "url"
            ],
            "requires": "remoteWrite"
          }
        ]
      },
      {
        "source": "alertmanager",
        "title": "Alertmanager",
        "selection": true,
        "upstream": {
          "project": "prometheus/alertmanager",
          "url": "https://github.com/prometheus/alertmanager",
          "version": "0.34.0",
          "facts": [
            "notify/metrics.go, notify/util.go, dispatch/metric.go, api/metrics/metrics.go, config/coordinator.go, app/metrics.go @ v0.34.0",
            "notify/notify.go, provider/mem/mem.go, config/coordinator.go @ v0.25.0 (the same names; no `reason` on failed notifications before 0.26.0,"
          ]
        },
        "metrics": [
          {
            "name": "alertmanager_notifications_total",
            "type": "counter",
            "help": "Notifications attempted, per integration (webhook, email, slack, \u2026).",
            "labels": [
              "integration"
            ]
          },
          {
            "name": "alertmanager_notifications_failed_total",
            "type": "counter",
            "help": "Notifications that failed, per integration and (0.26.0 and later) reason: clientError, serverError, authError, rateLimited, contextDeadlineExceeded, \u2026",
            "labels": [
              "integration",
              "reason"
            ]
          },
          {
            "name": "alertmanager_alerts",
            "type": "gauge",
            "help": "Alerts held, by state: active, suppressed (silenced or inhibited), unprocessed.",
            "labels": [
              "state"
            ]
          },
          {
            "name": "alertmanager_alerts_received_total",
            "type": "counter",
            "help": "Alerts received from Prometheus, by status (firing, resolved).",
            "labels": [
              "status",
              "version"
            ]
          },
          {
            "name": "alertmanager_alerts_invalid_total",
            "type": "counter",
            "help": "Alerts received that were invalid and dropped.",
            "labels": [
              "version"
            ]
          },
          {
            "name": "alertmanager_config_last_reload_successful",
            "type": "gauge",
            "help": "1 when the last configuration (re)load succeeded.",
            "labels": []
          },
          {
            "name": "alertmanager_config_last_reload_success_timestamp_seconds",
            "type": "gauge",
            "help": "When the configuration was last loaded successfully.",
            "labels": []
          },
          {
            "name": "alertmanager_cluster_enabled",
            "type": "gauge",
            "help": "1 when HA gossip is on; obscompile turns it off (--cluster.listen-address=).",
            "labels": []
          }
        ]
      },
      {
        "source": "nodeExporter",
        "title": "node_exporter",
        "selection": true,
        "upstream": {
          "project": "prometheus/node_exporter",
          "url": "https://github.com/prometheus/node_exporter",
          "version": "1.12.1",
          "facts": [
            "collector/cpu_linux.go, loadavg.go, meminfo.go, filesystem_common.go, diskstats_common.go, netdev_common.go, pressure_linux.go, uname.go @ v1.12.1",
            "collector/filesystem_common.go @ v1.8.0 (device_error label added)",
            'collector/netdev_linux.go (netlink), filesystem_linux.go (/proc/1/mountinfo), pressure_linux.go (/proc/pressure) and README.md "Docker" @ v1.12.1 (what a containerised node_exporter sees)'
          ]
        },
        "notes": [
          "node_exporter runs in the dev container, not on the host, and gets no host mounts: CPU, memory, load, disk I/O and pressure come from files the kernel does not namespace and describe the whole host; network devices and file systems are the dev container's own (its network namespace; its mounts, which are the host disks that hold the run data and the workspace, at their container paths; the container's overlay root is excluded by default). A host root mounted into a dev container that runs arbitrary code would expose every host file, so obscompile does not mount it; run a node_exporter on the host for the rest."
        ],
        "metrics": [
          {
            "name": "node_cpu_seconds_total",
            "type": "counter",
            "help": "Seconds the CPUs spent in each mode.",
            "labels": [
              "cpu",
              "mode"
            ]
          },
          {
            "name": "node_load1",
            "type": "gauge",
            "help": "Load average over 1 minute.",
            "labels": []
          },
          {
            "name": "node_load5",
            "type": "gauge",
            "help": "Load average over 5 minutes.",
            "labels": []
          },
          {
            "name": "node_load15",
            "type": "gauge",
            "help": "Load average over 15 minutes.",
            "labels": []
          },
          {
            "name": "node_memory_MemTotal_bytes",
            "type": "gauge",
            "help": "Total usable memory.",
            "labels": []
          },
          {
            "name": "node_memory_MemAvailable_bytes",
            "type": "gauge",
            "help": "Memory available to new work without swapping.",
            "labels": []
          },
          {
            "name": "node_memory_Cached_bytes",
            "type": "gauge",
            "help": "Page-cache memory.",
            "labels": []
          },
          {
            "name": "node_filesystem_avail_bytes",
            "type": "gauge",
            "help": "Space available to unprivileged users on each file system mounted in the dev container: the host disks behind its bind mounts (the storage root, the workspace), at their container paths.",
            "labels": [
              "device",
              "device_error",
              "fstype",
              "mountpoint"
            ]
          },
          {
            "name": "node_filesystem_size_bytes",
            "type": "gauge",
            "help": "Filesystem size.",
            "labels": [
              "device",
              "device_error",
              "fstype",
              "mountpoint"
            ]
          },
          {
            "name": "node_filesystem_free_bytes",
            "type": "gauge",
            "help": "Free filesystem space, the root reserve included.",
            "labels": [
              "device",
              "device_error",
              "fstype",
              "mountpoint"
            ]
          },
          {
            "name": "node_disk_read_bytes_total",
            "type": "counter",
            "help": "Bytes read from each disk.",
            "labels": [
              "device"
            ]
          },
          {
            "name": "node_disk_written_bytes_total",
            "type": "counter",
            "help": "Bytes written to each disk.",
            "labels": [
              "device"
            ]
          },
          {
            "name": "node_network_receive_bytes_total",
            "type": "counter",
            "help": "Bytes received per network device of the dev container (its own network namespace: eth0, lo).",
            "labels": [
              "device"
            ]
          },
          {
            "name": "node_network_transmit_bytes_total",
            "type": "counter",
            "help": "Bytes sent per network device of the dev container (its own network namespace).",
            "labels": [
              "device"
            ]
          },
          {
            "name": "node_pressure_cpu_waiting_seconds_total",
            "type": "counter",
            "help": "Seconds tasks waited for a CPU.",
            "condition": "only on kernels with pressure stall information (PSI)",
            "labels": []
          },
          {
            "name": "node_pressure_memory_waiting_seconds_total",
            "type": "counter",
            "help": "Seconds tasks waited for memory.",
            "condition": "only on kernels with pressure stall information (PSI)",
            "labels": []
          },
          {
            "name": "node_pressure_io_waiting_seconds_total",
            "type": "counter",
            "help": "Seconds tasks waited for I/O.",
            "condition": "only on kernels with pressure stall information (PSI)",
            "labels": []
          },
          {
            "name": "node_pressure_memory_stalled_seconds_total",
            "type": "counter",
            "help": "Seconds in which every non-idle task waited for memory: the host thrashes.",
            "condition": "only on kernels with pressure stall information (PSI)",
            "labels": []
          },
          {
            "name": "node_pressure_io_stalled_seconds_total",
            "type": "counter",
            "help": "Seconds in which every non-idle task waited for I/O.",
            "condition": "only on kernels with pressure stall information (PSI)",
            "labels": []
          },
          {
            "name": "node_uname_info",
            "type": "gauge",
            "help": "Always 1; the labels describe the kernel.",
            "labels": [
              "domainname",
              "machine",
              "nodename",
              "release",
              "sysname",
              "version"
            ]
          },
          {
            "name": "node_exporter_build_info",
            "type": "gauge",
            "help": "Always 1; the labels describe the running build.",
            "labels": [
              "branch",
              "goarch",
              "goos",
              "goversion",
              "revision",
              "tags",
              "version"
            ]
          }
        ]
      },
      {
        "source": "dcgmExporter",
        "title": "dcgm-exporter",
        "upstream": {
          "project": "NVIDIA/dcgm-exporter",
          "url": "https://github.com/NVIDIA/dcgm-exporter",
          "version": "4.6.0-4.8.3",
          "facts": [
            "etc/default-counters.csv and etc/dcp-metrics-included.csv @ 4.5.3-4.8.2 (field names and types)",
            "internal/pkg/rendermetrics/render_metrics.go @ 4.5.3-4.8.2 and d5e5f510 (series labels; hostname spelt in lower case from 4.8.3)",
            "internal/pkg/collector/gpu_collector.go @ 4.5.3-4.8.2 (err_code and err_msg on XID errors)",
            "internal/pkg/counters/const.go @ 4.5.3-4.8.2 (DCGM_FI_PROF_* rows skipped when profiling is unavailable)",
            "etc/default-counters.csv, internal/pkg/collector/xid_total_collector.go and clock_events_total_collector.go @ 7ad58324 (4.8.3 types; cumulative XID and clock-event counters and their labels)"
          ]
        },
        "labelFields": [
          {
            "name": "DCGM_FI_DRIVER_VERSION",
            "help": "Installed NVIDIA driver version, added as a label to every GPU series."
          }
        ],
        "metrics": [
          {
            "name": "DCGM_FI_DEV_SM_CLOCK",
            "type": "gauge",
            "help": "SM clock frequency (MHz).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_MEM_CLOCK",
            "type": "gauge",
            "help": "Memory clock frequency (MHz).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_MEMORY_TEMP",
            "type": "gauge",
            "help": "Memory temperature (C).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_GPU_TEMP",
            "type": "gauge",
            "help": "GPU temperature (C).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_POWER_USAGE",
            "type": "gauge",
            "help": "Power draw (W).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_TOTAL_ENERGY_CONSUMPTION",
            "type": "counter",
            "help": "Energy used since the driver was last loaded (mJ).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_PCIE_REPLAY_COUNTER",
            "type": "counter",
            "help": "PCIe transfers that had to be retried.",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_GPU_UTIL",
            "type": "gauge",
            "help": "GPU utilisation (%).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_MEM_COPY_UTIL",
            "type": "gauge",
            "help": "Memory copy engine utilisation (%).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_ENC_UTIL",
            "type": "gauge",
            "help": "Video encoder utilisation (%).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_DEC_UTIL",
            "type": "gauge",
            "help": "Video decoder utilisation (%).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_XID_ERRORS",
            "type": "gauge",
            "help": "Code of the most recent XID error (a code, not a count: alert on DCGM_EXP_XID_ERRORS_TOTAL).",
            "labels": [
              "err_code",
              "err_msg"
            ]
          },
          {
            "name": "DCGM_EXP_XID_ERRORS_TOTAL",
            "type": "counter",
            "help": "XID errors seen since the exporter started, by XID code (XID 0 is not counted).",
            "labels": [
              "xid"
            ],
            "since": "4.8.3",
            "appears": "per XID code after its first error"
          },
          {
            "name": "DCGM_EXP_CLOCK_EVENTS_TOTAL",
            "type": "counter",
            "help": "Clock events (the clocks being held down) since the exporter started, by reason; a reason already active at start is not counted.",
            "labels": [
              "clock_event"
            ],
            "since": "4.8.3",
            "appears": "per reason after its first event"
          },
          {
            "name": "DCGM_FI_DEV_POWER_VIOLATION",
            "type": "counter",
            "help": "Time the clocks were held down by the power limit (ns).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_THERMAL_VIOLATION",
            "type": "counter",
            "help": "Time the clocks were held down by temperature (ns).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_SYNC_BOOST_VIOLATION",
            "type": "counter",
            "help": "Time the clocks were held down by sync boost (ns).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_BOARD_LIMIT_VIOLATION",
            "type": "counter",
            "help": "Time the clocks were held down by the board limit (ns).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_LOW_UTIL_VIOLATION",
            "type": "counter",
            "help": "Time the clocks were held down for low utilisation (ns).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_RELIABILITY_VIOLATION",
            "type": "counter",
            "help": "Time the clocks were held down for reliability (ns).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_ECC_SBE_VOL_TOTAL",
            "type": "counter",
            "help": "Single-bit (corrected) ECC errors since the driver was loaded.",
            "condition": "only on GPUs with ECC memory enabled",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_ECC_DBE_VOL_TOTAL",
            "type": "counter",
            "help": "Double-bit (uncorrected) ECC errors since the driver was loaded.",
            "condition": "only on GPUs with ECC memory enabled",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_ECC_SBE_AGG_TOTAL",
            "type": "counter",
            "help": "Single-bit (corrected) ECC errors over the GPU's lifetime.",
            "condition": "only on GPUs with ECC memory enabled",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_ECC_DBE_AGG_TOTAL",
            "type": "counter",
            "help": "Double-bit (uncorrected) ECC errors over the GPU's lifetime.",
            "condition": "only on GPUs with ECC memory enabled",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_FB_FREE",
            "type": "gauge",
            "help": "Free framebuffer memory (MiB).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_FB_USED",
            "type": "gauge",
            "help": "Used framebuffer memory (MiB).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_FB_RESERVED",
            "type": "gauge",
            "help": "Framebuffer memory reserved by the driver (MiB).",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_NVLINK_BANDWIDTH_TOTAL",
            "type": "gauge",
            "typeBefore": {
              "version": "4.8.3",
              "type": "counter"
            },
            "help": "NVLink throughput summed over every lane: the traffic between GPUs of a tensor-parallel run.",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_VGPU_LICENSE_STATUS",
            "type": "gauge",
            "help": "vGPU licence state: 1 licensed, 0 not.",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS",
            "type": "counter",
            "help": "Memory rows remapped after uncorrectable errors.",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_CORRECTABLE_REMAPPED_ROWS",
            "type": "counter",
            "help": "Memory rows remapped after correctable errors.",
            "labels": []
          },
          {
            "name": "DCGM_FI_DEV_ROW_REMAP_FAILURE",
            "type": "gauge",
            "help": "1 when a memory row could not be remapped.",
            "labels": []
          },
          {
            "name": "DCGM_FI_PROF_GR_ENGINE_ACTIVE",
            "type": "gauge",
            "help": "Share of time the graphics or compute engine was busy (0-1).",
            "requires": "profiling",
            "labels": []
          },
          {
            "name": "DCGM_FI_PROF_SM_ACTIVE",
            "type": "gauge",
            "help": "Share of cycles in which an SM had at least one warp resident (0-1).",
            "requires": "profiling",
            "labels": []
          },
          {
            "name": "DCGM_FI_PROF_SM_OCCUPANCY",
            "type": "gauge",
            "help": "Resident warps as a share of what the SMs can hold (0-1).",
            "requires": "profiling",
            "labels": []
          },
          {
            "name": "DCGM_FI_PROF_PIPE_TENSOR_ACTIVE",
            "type": "gauge",
            "help": "Share of cycles the tensor pipe was busy (0-1).",
            "requires": "profiling",
            "labels": []
          },
          {
            "name": "DCGM_FI_PROF_DRAM_ACTIVE",
            "type": "gauge",
            "help": "Share of cycles the device memory interface was busy (0-1).",
            "requires": "profiling",
            "labels": []
          },
          {
            "name": "DCGM_FI_PROF_PCIE_TX_BYTES",
            "type": "gauge",
            "help": "PCIe bytes sent per second, protocol headers included.",
            "requires": "profiling",
            "labels": []
          },
          {
            "name": "DCGM_FI_PROF_PCIE_RX_BYTES",
            "type": "gauge",
            "help": "PCIe bytes received per second, protocol headers included.",
            "requires": "profiling",
            "labels": []
          }
        ],
        "notes": [
          "The GPU labels: `gpu` is the GPU's index on the host, `UUID` its unique id, `pci_bus_id` its PCI address, `device` its device node (nvidia0), `modelName` its product name; `hostname` (Hostname before exporter 4.8.3) names the host the exporter runs on. obscompile's scrape job adds `container`, the dev container the exporter runs in, which sees exactly the GPUs reserved for it.",
          "Grace-Hopper chip-to-chip (C2C) and host-memory counters are not collected: the reference VM does not expose them (seed 000)."
        ]
      },
      {
        "source": "jaeger",
        "major": 2,
        "title": "Jaeger",
        "selection": true,
        "upstream": {
          "project": "jaegertracing/jaeger",
          "url": "https://github.com/jaegertracing/jaeger",
          "version": "2.20.0",
          "facts": [
            "go.mod @ v2.20.0 (OpenTelemetry collector v0.155.0, otelconf v0.24.0)",
            "open-telemetry/opentelemetry-collector receiver/receiverhelper, exporter/exporterhelper and service metadata.yaml @ v0.155.0 (names, instruments, units, labels)",
            "open-telemetry/opentelemetry-collector processor/batchprocessor metadata.yaml and metrics.go @ v0.155.0 (batch series and buckets)",
            "internal/metrics/otelmetrics/factory.go, internal/storage/v1/api/spanstore/spanstoremetrics/read_metrics.go, internal/storage/v1/badger/factory.go @ v2.20.0 (storage metric names and labels)",
            "open-telemetry/opentelemetry-go sdk/metric/reader.go @ v1.44.0 (default histogram buckets)"
          ]
        },
        "seriesLabels": [],
        "notes": [
          "The OTLP exporter that forwards to a central endpoint (`jaeger.forwardOtlp`) also labels its series with `server.address` and `server.port` (dotted OpenTelemetry names, which Prometheus 3 stores as written)."
        ],
        "metrics": [
          {
            "name": "otelcol_receiver_accepted_spans_total",
            "type": "counter",
            "help": "Spans a receiver accepted, per receiver and transport.",
            "labels": [
              "receiver",
              "transport"
            ],
            "appears": "per receiver and transport after its first span batch"
          },
          {
            "name": "otelcol_receiver_refused_spans_total",
            "type": "counter",
            "help": "Spans a receiver refused, per receiver and transport.",
            "labels": [
              "receiver",
              "transport"
            ],
            "appears": "per receiver and transport after its first span batch"
          },
          {
            "name": "otelcol_receiver_failed_spans_total",
            "type": "counter",
            "help": "Spans a receiver failed to hand on, per receiver and transport.",
            "labels": [
              "receiver",
              "transport"
            ],
            "appears": "per receiver and transport after its first span batch"
          },
          {
            "name": "otelcol_exporter_sent_spans_total",
            "type": "counter",
            "help": "Spans an exporter handed on: to the trace store, or to the central endpoint.",
            "labels": [
              "exporter"
            ],
            "appears": "per exporter after its first export"
          },
          {
            "name": "otelcol_exporter_send_failed_spans_total",
            "type": "counter",
            "help": "Spans an exporter failed to hand on.",
            "labels": [
              "exporter"
            ],
            "appears": "per exporter after its first failure"
          },
          {
            "name": "otelcol_exporter_queue_size",
            "type": "gauge",
            "help": "Batches waiting in the forwarding exporter's sending queue.",
            "labels": [
              "exporter",
              "data_type"
            ],
            "requires": "forwarding"
          },
          {
            "name": "otelcol_exporter_queue_capacity",
            "type": "gauge",
            "help": "Capacity of the forwarding exporter's sending queue (1000 batches by default).",
            "labels": [
              "exporter",
              "data_type"
            ],
            "requires": "forwarding"
          },
          {
            "name": "otelcol_exporter_enqueue_failed_spans_total",
            "type": "counter",
            "help": "Spans the forwarding exporter dropped because its queue was full.",
            "labels": [
              "exporter"
            ],
            "requires": "forwarding",
            "appears": "after the first span dropped"
          },
          {
            "name": "otelcol_process_uptime_seconds_total",
            "type": "counter",
            "help": "Time since the Jaeger process started.",
            "labels": []
          },
          {
            "name": "otelcol_process_cpu_seconds_total",
            "type": "counter",
            "help": "CPU time of the Jaeger process.",
            "labels": []
          },
          {
            "name": "otelcol_process_memory_rss_bytes",
            "type": "gauge",
            "help": "Resident memory of the Jaeger process.",
            "labels": []
          },
          {
            "name": "otelcol_process_runtime_heap_alloc_bytes",
            "type": "gauge",
            "help": "Bytes of Go heap objects allocated now.",
            "labels": []
          },
          {
            "name": "otelcol_process_runtime_total_sys_memory_bytes",
            "type": "gauge",
            "help": "Memory the Go runtime obtained from the system.",
            "labels": []
          },
          {
            "name": "otelcol_processor_batch_batch_send_size",
            "type": "histogram",
            "help": "Spans per batch the batch processor sent on.",
            "labels": [
              "processor"
            ],
            "buckets": [
              10,
              25,
              50,
              75,
              100,
              250,
              500,
              750,
              1e3,
              2e3,
              3e3,
              4e3,
              5e3,
              6e3,
              7e3,
              8e3,
              9e3,
              1e4,
              2e4,
              3e4,
              5e4,
              1e5
            ],
            "appears": "after the first batch"
          },
          {
            "name": "otelcol_processor_batch_timeout_trigger_send_total",
            "type": "counter",
            "help": "Batches the batch processor sent because its timeout passed.",
            "labels": [
              "processor"
            ],
            "appears": "after the first batch sent on timeout"
          },
          {
            "name": "otelcol_processor_batch_batch_size_trigger_send_total",
            "type": "counter",
            "help": "Batches the batch processor sent because they were full.",
            "labels": [
              "processor"
            ],
            "appears": "after the first full batch"
          },
          {
            "name": "jaeger_storage_requests_total",
            "type": "counter",
            "help": "Trace-store reads, by backend, operation and result (ok, err).",
            "labels": [
              "name",
              "role",
              "operation",
              "result"
            ],
            "appears": "per operation after its first read (the UI's service list reads get_services)"
          },
          {
            "name": "jaeger_storage_latency_seconds",
            "type": "histogram",
            "help": "Latency of trace-store reads, by backend, operation and result; the default buckets put almost every read in the first.",
            "labels": [
              "name",
              "role",
              "operation",
              "result"
            ],
            "buckets": [
              0,
              5,
              10,
              25,
              50,
              75,
              100,
              250,
              500,
              750,
              1e3,
              2500,
              5e3,
              7500,
              1e4
            ],
            "appears": "per operation after its first read"
          },
          {
            "name": "jaeger_storage_badger_value_log_bytes_available",
            "type": "gauge",
            "help": "Free space on the file system of badger's value log.",
            "labels": [
              "name",
              "role"
            ],
            "appears": "after badger's first maintenance run, 5 minutes after start"
          },
          {
            "name": "jaeger_storage_badger_key_log_bytes_available",
            "type": "gauge",
            "help": "Free space on the file system of badger's key log.",
            "labels": [
              "name",
              "role"
            ],
            "appears": "after badger's first maintenance run, 5 minutes after start"
          }
        ]
      },
      {
        "source": "jaeger",
        "major": 1,
        "title": "Jaeger all-in-one (v1)",
        "selection": true,
        "upstream": {
          "project": "jaegertracing/jaeger",
          "url": "https://github.com/jaegertracing/jaeger",
          "version": "1.76.0",
          "facts": [
            "cmd/jaeger/docs/migration/all-in-one-metrics.md @ v2.20.0 (v1 metrics and their labels)"
          ]
        },
        "metrics": [
          {
            "name": "jaeger_collector_spans_received_total",
            "type": "counter",
            "help": "Spans the collector received.",
            "labels": [
              "debug",
              "format",
              "svc",
              "transport"
            ]
          },
          {
            "name": "jaeger_collector_spans_rejected_total",
            "type": "counter",
            "help": "Spans the collector rejected.",
            "labels": [
              "debug",
              "format",
              "svc",
              "transport"
            ]
          },
          {
            "name": "jaeger_collector_spans_saved_by_svc_total",
            "type": "counter",
            "help": "Spans written to storage, by service and result.",
            "labels": [
              "debug",
              "result",
              "svc"
            ]
          },
          {
            "name": "jaeger_collector_traces_received_total",
            "type": "counter",
            "help": "Traces the collector received.",
            "labels": [
              "debug",
              "format",
              "sampler_type",
              "svc",
              "transport"
            ]
          },
          {
            "name": "jaeger_collector_spans_dropped_total",
            "type": "counter",
            "help": "Spans dropped because the queue was full.",
            "labels": [
              "host"
            ]
          },
          {
            "name": "jaeger_collector_queue_length",
            "type": "gauge",
            "help": "Spans waiting in the collector queue.",
            "labels": [
              "host"
            ]
          },
          {
            "name": "jaeger_query_requests_total",
            "type": "counter",
            "help": "Requests served by the query service.",
            "labels": [
              "operation",
              "result"
            ]
          },
          {
            "name": "process_resident_memory_bytes",
            "type": "gauge",
            "help": "Resident memory of the Jaeger process.",
            "labels": []
          }
        ]
      },
      {
        "source": "modelServer",
        "engine": "sglang",
        "title": "SGLang server",
        "upstream": {
          "project": "sgl-project/sglang",
          "url": "https://github.com/sgl-project/sglang",
          "version": "0.5.18",
          "facts": [
            "python/sglang/srt/observability/metrics_collector.py @ v0.5.18 (names, types, labels)",
            "python/sglang/srt/managers/tokenizer_manager.py @ v0.5.18 (tokenizer label set)",
            "python/sglang/srt/mem_cache/base_prefix_cache.py @ v0.5.18 (cache label set)",
            "python/sglang/srt/managers/scheduler_components/metrics_reporter.py, managers/scheduler.py, observability/utils.py @ v0.5.18 (when series are written; buckets)",
            "prometheus/client_python prometheus_client/multiprocess.py (gauges without a multiprocess mode carry `pid`)"
          ]
        },
        "labelSets": {
          "tokenizer": [
            "model_name",
            "engine_type"
          ],
          "cache": [
            "cache_type"
          ]
        },
        "seriesLabels": [
          "model_name",
          "engine_type",
          "tp_rank",
          "pp_rank",
          "moe_ep_rank"
        ],
        "metrics": [
          {
            "name": "sglang:num_running_reqs",
            "type": "gauge",
            "help": "Requests being decoded or prefilled now.",
            "labels": []
          },
          {
            "name": "sglang:num_queue_reqs",
            "type": "gauge",
            "help": "Requests waiting in the scheduler queue.",
            "labels": []
          },
          {
            "name": "sglang:num_grammar_queue_reqs",
            "type": "gauge",
            "help": "Requests waiting for their grammar to compile.",
            "labels": []
          },
          {
            "name": "sglang:gen_throughput",
            "type": "gauge",
            "help": "Generation throughput (tokens/s).",
            "labels": []
          },
          {
            "name": "sglang:cache_hit_rate",
            "type": "gauge",
            "help": "Prefix-cache hit rate of the last prefill batch; decode reports reset it to 0, so use prefill_effective_tokens_total for a rate over time.",
            "labels": []
          },
          {
            "name": "sglang:token_usage",
            "type": "gauge",
            "help": "Share of the KV-cache token pool in use (0-1).",
            "labels": []
          },
          {
            "name": "sglang:num_used_tokens",
            "type": "gauge",
            "help": "KV-cache tokens in use.",
            "labels": []
          },
          {
            "name": "sglang:kv_available_tokens",
            "type": "gauge",
            "help": "Free slots in the KV-cache pool.",
            "labels": []
          },
          {
            "name": "sglang:kv_evictable_tokens",
            "type": "gauge",
            "help": "KV-cache slots held by cached prefixes that can be evicted.",
            "labels": []
          },
          {
            "name": "sglang:kv_used_tokens",
            "type": "gauge",
            "help": "KV-cache slots locked by running requests.",
            "labels": []
          },
          {
            "name": "sglang:max_total_num_tokens",
            "type": "gauge",
            "help": "Capacity of the KV-cache pool in tokens.",
            "labels": []
          },
          {
            "name": "sglang:num_retracted_reqs",
            "type": "gauge",
            "help": "Requests retracted since the previous stats report, one series per scheduler process.",
            "labels": [
              "pid"
            ]
          },
          {
            "name": "sglang:num_retracted_input_tokens_total",
            "type": "counter",
            "help": "Prompt tokens of retracted requests.",
            "appears": "after the first retraction",
            "labels": []
          },
          {
            "name": "sglang:num_retracted_output_tokens_total",
            "type": "counter",
            "help": "Generated tokens of retracted requests.",
            "appears": "after the first retraction",
            "labels": []
          },
          {
            "name": "sglang:num_paused_reqs",
            "type": "gauge",
            "help": "Paused requests, one series per scheduler process; 0.5.18 never sets it, so it reads 0.",
            "labels": [
              "pid"
            ]
          },
          {
            "name": "sglang:prefill_effective_tokens_total",
            "type": "counter",
            "help": "Prefill tokens by where they came from: input is every token, device_hit, host_hit and storage_hit the cache hits; hits over input is the prefix-cache hit rate.",
            "labels": [
              "mode"
            ]
          },
          {
            "name": "sglang:full_token_usage",
            "type": "gauge",
            "help": "Share of the full-attention KV-cache pool in use (0-1).",
            "labels": []
          },
          {
            "name": "sglang:context_len",
            "type": "gauge",
            "help": "Context length of the served model (tokens).",
            "labels": []
          },
          {
            "name": "sglang:utilization",
            "type": "gauge",
            "help": "Meant as the load against the SLO capacity; 0.5.18 never sets that capacity, so it reads 0.",
            "labels": []
          },
          {
            "name": "sglang:fwd_occupancy",
            "type": "gauge",
            "help": "Share of time the GPU ran forward passes (%); NaN while idle.",
            "condition": "only with SGLANG_ENABLE_METRICS_DEVICE_TIMER=1 in the server's environment (NaN otherwise)",
            "labels": []
          },
          {
            "name": "sglang:forward_execution_seconds_total",
            "type": "counter",
            "help": "Time the GPU spent in forward passes, by kind of batch (decode, extend, ...).",
            "labels": [
              "category"
            ],
            "condition": "only with SGLANG_ENABLE_METRICS_DEVICE_TIMER=1 in the server's environment"
          },
          {
            "name": "sglang:num_retracted_requests_total",
            "type": "counter",
            "help": "Requests retracted to free KV-cache memory.",
            "appears": "after the first retraction",
            "labels": []
          },
          {
            "name": "sglang:new_token_ratio",
            "type": "gauge",
            "help": "The scheduler's estimate of the new-token ratio.",
            "labels": []
          },
          {
            "name": "sglang:is_cuda_graph",
            "type": "gauge",
            "help": "Meant to be 1 when the last batch ran as a CUDA graph; 0.5.18 never sets it, so it reads 0 (see cuda_graph_passes_total).",
            "labels": []
          },
          {
            "name": "sglang:cuda_graph_passes_total",
            "type": "counter",
            "help": "Forward passes, by whether a CUDA graph was used.",
            "labels": [
              "mode"
            ]
          },
          {
            "name": "sglang:queue_time_seconds",
            "type": "histogram",
            "help": "Time requests waited in the queue.",
            "buckets": [
              0,
              1e-3,
              5e-3,
              0.01,
              0.05,
              0.1,
              0.2,
              0.5,
              1,
              2,
              3,
              4,
              5,
              10,
              15,
              20,
              30,
              40,
              50,
              60,
              70,
              80,
              90,
              100,
              200,
              300,
              400,
              500,
              600,
              700,
              800,
              900,
              1e3,
              1200,
              1400,
              1600,
              1800,
              2e3,
              2500,
              3e3
            ],
            "labels": []
          },
          {
            "name": "sglang:per_stage_req_latency_seconds",
            "type": "histogram",
            "help": "Latency of each stage a request goes through.",
            "labels": [
              "stage"
            ],
            "buckets": [
              1e-3,
              0.0016200000000000001,
              0.0026244000000000007,
              4251528e-9,
              0.006887475360000002,
              0.011157710083200004,
              0.018075490334784006,
              0.029282294342350097,
              0.047437316834607154,
              0.07684845327206359,
              0.12449449430074302,
              0.20168108076720373,
              0.3267233508428701,
              0.5292918283654495,
              0.8574527619520282,
              1.389073474362286,
              2.2502990284669036,
              3.6454844261163837,
              5.905684770308542,
              9.567209327899839,
              15.49887911119774,
              25.10818416014034,
              40.67525833942735,
              65.89391850987231,
              106.74814798599316,
              172.93199973730896,
              280.1498395744405,
              453.84274011059364,
              735.2252389791618,
              1191.064887146242
            ]
          },
          {
            "name": "sglang:realtime_tokens_total",
            "type": "counter",
            "help": "Tokens processed, by prefill compute, prefill cache hit or decode.",
            "labels": [
              "mode"
            ]
          },
          {
            "name": "sglang:weight_memory_usage_gb",
            "type": "gauge",
            "help": "GPU memory taken by the model weights (GB).",
            "labels": []
          },
          {
            "name": "sglang:kv_cache_memory_usage_gb",
            "type": "gauge",
            "help": "GPU memory taken by the KV cache (GB).",
            "labels": []
          },
          {
            "name": "sglang:spec_accept_length",
            "type": "gauge",
            "help": "Average accepted draft length; 0 without speculative decoding.",
            "labels": []
          },
          {
            "name": "sglang:estimated_flops_per_gpu_total",
            "type": "counter",
            "help": "Estimated floating-point operations per GPU, for MFU.",
            "condition": "only with --enable-mfu-metrics",
            "labels": []
          },
          {
            "name": "sglang:startup_time_seconds",
            "type": "gauge",
            "help": "Duration of each start-up phase.",
            "labelSet": "tokenizer",
            "labels": [
              "phase"
            ]
          },
          {
            "name": "sglang:prompt_tokens_total",
            "type": "counter",
            "help": "Prompt tokens processed.",
            "labelSet": "tokenizer",
            "labels": [
              "is_streaming"
            ]
          },
          {
            "name": "sglang:generation_tokens_total",
            "type": "counter",
            "help": "Tokens generated.",
            "labelSet": "tokenizer",
            "labels": [
              "is_streaming"
            ]
          },
          {
            "name": "sglang:cached_tokens_total",
            "type": "counter",
            "help": "Prompt tokens served from a cache, by cache tier.",
            "labelSet": "tokenizer",
            "labels": [
              "cache_source"
            ],
            "appears": "per tier after the first request served partly from it"
          },
          {
            "name": "sglang:num_requests_total",
            "type": "counter",
            "help": "Requests finished.",
            "labelSet": "tokenizer",
            "labels": [
              "is_streaming"
            ]
          },
          {
            "name": "sglang:num_aborted_requests_total",
            "type": "counter",
            "help": "Requests aborted.",
            "labelSet": "tokenizer",
            "appears": "after the first abort",
            "labels": []
          },
          {
            "name": "sglang:num_so_requests_total",
            "type": "counter",
            "help": "Requests with structured output.",
            "labelSet": "tokenizer",
            "appears": "after the first structured-output request",
            "labels": []
          },
          {
            "name": "sglang:prompt_tokens_histogram",
            "type": "histogram",
            "help": "Prompt length per request (tokens).",
            "labelSet": "tokenizer",
            "buckets": [
              100,
              300,
              500,
              700,
              1e3,
              1500,
              2e3,
              3e3,
              4e3,
              5e3,
              6e3,
              7e3,
              8e3,
              9e3,
              1e4,
              12500,
              15e3,
              17500,
              2e4,
              22500,
              25e3,
              27500,
              3e4,
              35e3,
              4e4,
              6e4,
              8e4,
              1e5,
              2e5,
              3e5,
              4e5,
              6e5,
              8e5,
              1e6,
              11e5
            ],
            "labels": []
          },
          {
            "name": "sglang:uncached_prompt_tokens_histogram",
            "type": "histogram",
            "help": "Prompt tokens per request that missed every cache.",
            "labelSet": "tokenizer",
            "buckets": [
              100,
              300,
              500,
              700,
              1e3,
              1500,
              2e3,
              3e3,
              4e3,
              5e3,
              6e3,
              7e3,
              8e3,
              9e3,
              1e4,
              12500,
              15e3,
              17500,
              2e4,
              22500,
              25e3,
              27500,
              3e4,
              35e3,
              4e4,
              6e4,
              8e4,
              1e5,
              2e5,
              3e5,
              4e5,
              6e5,
              8e5,
              1e6,
              11e5
            ],
            "labels": []
          },
          {
            "name": "sglang:generation_tokens_histogram",
            "type": "histogram",
            "help": "Output length per request (tokens).",
            "labelSet": "tokenizer",
            "buckets": [
              100,
              300,
              500,
              700,
              1e3,
              1500,
              2e3,
              3e3,
              4e3,
              5e3,
              6e3,
              7e3,
              8e3,
              9e3,
              1e4,
              12500,
              15e3,
              17500,
              2e4,
              22500,
              25e3,
              27500,
              3e4,
              35e3,
              4e4,
              6e4,
              8e4,
              1e5,
              2e5,
              3e5,
              4e5,
              6e5,
              8e5,
              1e6,
              11e5
            ],
            "labels": []
          },
          {
            "name": "sglang:time_to_first_token_seconds",
            "type": "histogram",
            "help": "Time from request arrival to the first output token.",
            "labelSet": "tokenizer",
            "labels": [
              "is_streaming"
            ],
            "buckets": [
              0.1,
              0.2,
              0.4,
              0.6,
              0.8,
              1,
              2,
              4,
              6,
              8,
              10,
              20,
              40,
              60,
              80,
              100,
              200,
              400
            ]
          },
          {
            "name": "sglang:inter_token_latency_seconds",
            "type": "histogram",
            "help": "Time between consecutive output tokens.",
            "labelSet": "tokenizer",
            "buckets": [
              2e-3,
              4e-3,
              6e-3,
              8e-3,
              0.01,
              0.015,
              0.02,
              0.025,
              0.03,
              0.035,
              0.04,
              0.06,
              0.08,
              0.1,
              0.2,
              0.4,
              0.6,
              0.8,
              1,
              2,
              4,
              6,
              8
            ],
            "labels": []
          },
          {
            "name": "sglang:e2e_request_latency_seconds",
            "type": "histogram",
            "help": "Time from request arrival to the last output token.",
            "labelSet": "tokenizer",
            "labels": [
              "is_streaming"
            ],
            "buckets": [
              0.1,
              0.2,
              0.4,
              0.6,
              0.8,
              1,
              2,
              4,
              6,
              8,
              10,
              20,
              40,
              60,
              80,
              100,
              200,
              400,
              600,
              1200,
              1800,
              2400
            ]
          },
          {
            "name": "sglang:evicted_tokens_total",
            "type": "counter",
            "help": "KV-cache slots freed by eviction.",
            "labelSet": "cache",
            "appears": "after the first eviction",
            "labels": []
          },
          {
            "name": "sglang:eviction_duration_seconds",
            "type": "histogram",
            "help": "Duration of a KV-cache eviction pass.",
            "labelSet": "cache",
            "buckets": [
              1e-3,
              2e-3,
              3e-3,
              4e-3,
              5e-3,
              6e-3,
              7e-3,
              8e-3,
              9e-3,
              0.01,
              0.02,
              0.03,
              0.04,
              0.05,
              0.1,
              0.2,
              0.5,
              1,
              2,
              5,
              10,
              30,
              60
            ],
            "appears": "after the first eviction",
            "labels": []
          }
        ]
      },
      {
        "source": "modelServer",
        "engine": "vllm",
        "title": "vLLM server",
        "selection": true,
        "upstream": {
          "project": "vllm-project/vllm",
          "url": "https://github.com/vllm-project/vllm",
          "version": "0.32.0",
          "facts": [
            "vllm/v1/metrics/loggers.py @ 6adad087 (main, 2026-08-14; names, types, labels, buckets, when series are created)",
            "vllm/v1/spec_decode/metrics.py, vllm/v1/metrics/perf.py @ 6adad087 (speculative decoding and MFU counters)",
            "tests/entrypoints/serve/instrumentator/test_metrics.py @ 6adad087 (the series a server exposes after one request)",
            "docs.vllm.ai/en/v0.32.0/usage/metrics (the metric list of the pinned release, where it could be read)"
          ]
        },
        "notes": [
          "The rows were read in vLLM's source at commit 6adad087 (before v0.29.0): the v0.32.0 tag could not be read here, so the catalog lists what that source defines and v0.32.0's metric page confirms, and leaves out what came later (vllm:admission_rejections_total, listed first on the v0.32.0 page, and vllm:request_num_preemptions), the HTTP and process series of the same endpoint, and the connector-specific vllm:nixl_*, vllm:kv_offload_* series.",
          "Histograms of token counts (request_prompt_tokens, request_generation_tokens, request_max_num_generation_tokens, request_params_max_tokens, request_prefill_kv_computed_tokens) have 1-2-5 buckets up to the model's context length, so their boundaries depend on the model.",
          "Removed names are not listed: vllm:gpu_cache_usage_perc (now vllm:kv_cache_usage_perc), vllm:gpu_prefix_cache_queries and _hits (now vllm:prefix_cache_*), vllm:time_per_output_token_seconds (now vllm:inter_token_latency_seconds)."
        ],
        "seriesLabels": [
          "model_name",
          "engine"
        ],
        "metrics": [
          {
            "name": "vllm:num_requests_running",
            "type": "gauge",
            "help": "Requests in the running batch.",
            "labels": []
          },
          {
            "name": "vllm:num_requests_waiting",
            "type": "gauge",
            "help": "Requests waiting to be scheduled (deferred ones included).",
            "labels": []
          },
          {
            "name": "vllm:num_requests_waiting_by_reason",
            "type": "gauge",
            "help": "Waiting requests by why they wait: capacity or deferred.",
            "labels": [
              "reason"
            ]
          },
          {
            "name": "vllm:engine_sleep_state",
            "type": "gauge",
            "help": "1 for the engine's sleep state (awake, weights_offloaded, discard_all), 0 for the others.",
            "labels": [
              "sleep_state"
            ]
          },
          {
            "name": "vllm:kv_cache_usage_perc",
            "type": "gauge",
            "help": "Share of the KV-cache blocks in use (0-1).",
            "labels": []
          },
          {
            "name": "vllm:corrupted_requests_total",
            "type": "counter",
            "help": "Requests whose logits held NaNs.",
            "condition": "only with VLLM_COMPUTE_NANS_IN_LOGITS=1 in the server's environment",
            "labels": []
          },
          {
            "name": "vllm:prefix_cache_queries_total",
            "type": "counter",
            "help": "Prompt tokens looked up in the prefix cache (stays 0 without prefix caching).",
            "labels": []
          },
          {
            "name": "vllm:prefix_cache_hits_total",
            "type": "counter",
            "help": "Prompt tokens found in the prefix cache; hits over queries is the hit rate.",
            "labels": []
          },
          {
            "name": "vllm:external_prefix_cache_queries_total",
            "type": "counter",
            "help": "Tokens looked up in an external KV cache (stays 0 without a KV connector).",
            "labels": []
          },
          {
            "name": "vllm:external_prefix_cache_hits_total",
            "type": "counter",
            "help": "Tokens found in an external KV cache.",
            "labels": []
          },
          {
            "name": "vllm:mm_cache_queries_total",
            "type": "counter",
            "help": "Multimodal items looked up in the multimodal cache (stays 0 for text models).",
            "labels": []
          },
          {
            "name": "vllm:mm_cache_hits_total",
            "type": "counter",
            "help": "Multimodal items found in the multimodal cache.",
            "labels": []
          },
          {
            "name": "vllm:num_preemptions_total",
            "type": "counter",
            "help": "Requests preempted to free KV-cache blocks (recomputed later).",
            "labels": []
          },
          {
            "name": "vllm:prompt_tokens_total",
            "type": "counter",
            "help": "Prompt tokens processed.",
            "labels": []
          },
          {
            "name": "vllm:prompt_tokens_by_source_total",
            "type": "counter",
            "help": "Prompt tokens by where they came from: local_compute, local_cache_hit, external_kv_transfer.",
            "labels": [
              "source"
            ]
          },
          {
            "name": "vllm:prompt_tokens_cached_total",
            "type": "counter",
            "help": "Prompt tokens served from a cache, local or external.",
            "labels": []
          },
          {
            "name": "vllm:generation_tokens_total",
            "type": "counter",
            "help": "Tokens generated.",
            "labels": []
          },
          {
            "name": "vllm:request_success_total",
            "type": "counter",
            "help": "Requests finished, by reason: stop, length, abort, error, repetition.",
            "labels": [
              "finished_reason"
            ]
          },
          {
            "name": "vllm:request_prompt_tokens",
            "type": "histogram",
            "help": "Prompt length per finished request (tokens; 1-2-5 buckets up to the context length).",
            "labels": []
          },
          {
            "name": "vllm:request_generation_tokens",
            "type": "histogram",
            "help": "Tokens generated per finished request (1-2-5 buckets up to the context length).",
            "labels": []
          },
          {
            "name": "vllm:iteration_tokens_total",
            "type": "histogram",
            "help": "Tokens per engine step (a histogram despite its name).",
            "buckets": [
              1,
              8,
              16,
              32,
              64,
              128,
              256,
              512,
              1024,
              2048,
              4096,
              8192,
              16384
            ],
            "labels": []
          },
          {
            "name": "vllm:request_max_num_generation_tokens",
            "type": "histogram",
            "help": "Largest generation length requested per request (1-2-5 buckets up to the context length).",
            "labels": []
          },
          {
            "name": "vllm:request_params_n",
            "type": "histogram",
            "help": "The `n` parameter of requests.",
            "buckets": [
              1,
              2,
              5,
              10,
              20
            ],
            "labels": []
          },
          {
            "name": "vllm:request_params_max_tokens",
            "type": "histogram",
            "help": "The `max_tokens` parameter of requests that set it (1-2-5 buckets up to the context length).",
            "labels": []
          },
          {
            "name": "vllm:request_prefill_kv_computed_tokens",
            "type": "histogram",
            "help": "Prompt tokens computed in prefill per request, cache hits left out (1-2-5 buckets up to the context length).",
            "labels": []
          },
          {
            "name": "vllm:time_to_first_token_seconds",
            "type": "histogram",
            "help": "Time from request arrival to the first output token.",
            "buckets": [
              1e-3,
              5e-3,
              0.01,
              0.02,
              0.04,
              0.06,
              0.08,
              0.1,
              0.25,
              0.5,
              0.75,
              1,
              2.5,
              5,
              7.5,
              10,
              20,
              40,
              80,
              160,
              640,
              2560
            ],
            "labels": []
          },
          {
            "name": "vllm:inter_token_latency_seconds",
            "type": "histogram",
            "help": "Time between consecutive output tokens.",
            "buckets": [
              0.01,
              0.025,
              0.05,
              0.075,
              0.1,
              0.15,
              0.2,
              0.3,
              0.4,
              0.5,
              0.75,
              1,
              2.5,
              5,
              7.5,
              10,
              20,
              40,
              80
            ],
            "labels": []
          },
          {
            "name": "vllm:request_time_per_output_token_seconds",
            "type": "histogram",
            "help": "Mean time per output token of each finished request.",
            "buckets": [
              0.01,
              0.025,
              0.05,
              0.075,
              0.1,
              0.15,
              0.2,
              0.3,
              0.4,
              0.5,
              0.75,
              1,
              2.5,
              5,
              7.5,
              10,
              20,
              40,
              80
            ],
            "labels": []
          },
          {
            "name": "vllm:e2e_request_latency_seconds",
            "type": "histogram",
            "help": "Time from request arrival to its last output token.",
            "buckets": [
              0.3,
              0.5,
              0.8,
              1,
              1.5,
              2,
              2.5,
              5,
              10,
              15,
              20,
              30,
              40,
              50,
              60,
              120,
              240,
              480,
              960,
              1920,
              7680
            ],
            "labels": []
          },
          {
            "name": "vllm:request_queue_time_seconds",
            "type": "histogram",
            "help": "Time requests waited before they were first scheduled.",
            "buckets": [
              0.3,
              0.5,
              0.8,
              1,
              1.5,
              2,
              2.5,
              5,
              10,
              15,
              20,
              30,
              40,
              50,
              60,
              120,
              240,
              480,
              960,
              1920,
              7680
            ],
            "labels": []
          },
          {
            "name": "vllm:request_inference_time_seconds",
            "type": "histogram",
            "help": "Time requests spent running (prefill and decode).",
            "buckets": [
              0.3,
              0.5,
              0.8,
              1,
              1.5,
              2,
              2.5,
              5,
              10,
              15,
              20,
              30,
              40,
              50,
              60,
              120,
              240,
              480,
              960,
              1920,
              7680
            ],
            "labels": []
          },
          {
            "name": "vllm:request_prefill_time_seconds",
            "type": "histogram",
            "help": "Time requests spent in prefill.",
            "buckets": [
              0.3,
              0.5,
              0.8,
              1,
              1.5,
              2,
              2.5,
              5,
              10,
              15,
              20,
              30,
              40,
              50,
              60,
              120,
              240,
              480,
              960,
              1920,
              7680
            ],
            "labels": []
          },
          {
            "name": "vllm:request_decode_time_seconds",
            "type": "histogram",
            "help": "Time requests spent in decode.",
            "buckets": [
              0.3,
              0.5,
              0.8,
              1,
              1.5,
              2,
              2.5,
              5,
              10,
              15,
              20,
              30,
              40,
              50,
              60,
              120,
              240,
              480,
              960,
              1920,
              7680
            ],
            "labels": []
          },
          {
            "name": "vllm:kv_block_lifetime_seconds",
            "type": "histogram",
            "help": "Lifetime of sampled KV-cache blocks, from allocation to eviction.",
            "buckets": [
              1e-3,
              2e-3,
              5e-3,
              0.01,
              0.02,
              0.05,
              0.1,
              0.2,
              0.5,
              1,
              2,
              5,
              10,
              20,
              30,
              60,
              120,
              300,
              600,
              1200,
              1800
            ],
            "condition": "only with --kv-cache-metrics (sampled by --kv-cache-metrics-sample)",
            "labels": []
          },
          {
            "name": "vllm:kv_block_idle_before_evict_seconds",
            "type": "histogram",
            "help": "Idle time of sampled KV-cache blocks before their eviction.",
            "buckets": [
              1e-3,
              2e-3,
              5e-3,
              0.01,
              0.02,
              0.05,
              0.1,
              0.2,
              0.5,
              1,
              2,
              5,
              10,
              20,
              30,
              60,
              120,
              300,
              600,
              1200,
              1800
            ],
            "condition": "only with --kv-cache-metrics (sampled by --kv-cache-metrics-sample)",
            "labels": []
          },
          {
            "name": "vllm:kv_block_reuse_gap_seconds",
            "type": "histogram",
            "help": "Time between reuses of sampled KV-cache blocks.",
            "buckets": [
              1e-3,
              2e-3,
              5e-3,
              0.01,
              0.02,
              0.05,
              0.1,
              0.2,
              0.5,
              1,
              2,
              5,
              10,
              20,
              30,
              60,
              120,
              300,
              600,
              1200,
              1800
            ],
            "condition": "only with --kv-cache-metrics (sampled by --kv-cache-metrics-sample)",
            "labels": []
          },
          {
            "name": "vllm:lora_requests_info",
            "type": "gauge",
            "help": "LoRA adapters in use: the labels list them, the value is the time of the report.",
            "noSeriesLabels": true,
            "labels": [
              "max_lora",
              "waiting_lora_adapters",
              "running_lora_adapters"
            ],
            "condition": "only with LoRA enabled (--enable-lora), from the first stats report on"
          },
          {
            "name": "vllm:spec_decode_num_drafts_total",
            "type": "counter",
            "help": "Speculative-decoding drafts proposed.",
            "condition": "only with speculative decoding (--speculative-config)",
            "labels": []
          },
          {
            "name": "vllm:spec_decode_num_draft_tokens_total",
            "type": "counter",
            "help": "Draft tokens proposed.",
            "condition": "only with speculative decoding (--speculative-config)",
            "labels": []
          },
          {
            "name": "vllm:spec_decode_num_accepted_tokens_total",
            "type": "counter",
            "help": "Draft tokens accepted; over draft tokens, the acceptance rate.",
            "condition": "only with speculative decoding (--speculative-config)",
            "labels": []
          },
          {
            "name": "vllm:spec_decode_num_accepted_tokens_per_pos_total",
            "type": "counter",
            "help": "Draft tokens accepted, by position in the draft.",
            "labels": [
              "position"
            ],
            "condition": "only with speculative decoding (--speculative-config)"
          },
          {
            "name": "vllm:estimated_flops_per_gpu_total",
            "type": "counter",
            "help": "Estimated floating-point operations per GPU, for MFU (stays 0 without --enable-mfu-metrics).",
            "labels": []
          },
          {
            "name": "vllm:estimated_read_bytes_per_gpu_total",
            "type": "counter",
            "help": "Estimated bytes read from GPU memory per GPU (stays 0 without --enable-mfu-metrics).",
            "labels": []
          },
          {
            "name": "vllm:estimated_write_bytes_per_gpu_total",
            "type": "counter",
            "help": "Estimated bytes written to GPU memory per GPU (stays 0 without --enable-mfu-metrics).",
            "labels": []
          }
        ]
      },
      {
        "source": "cadvisor",
        "title": "cAdvisor",
        "selection": true,
        "upstream": {
          "project": "google/cadvisor",
          "url": "https://github.com/google/cadvisor",
          "version": "0.60.5",
          "facts": [
            "lib/metrics/prometheus.go @ v0.60.5 (names, types, labels, emission conditions)",
            "cmd/cadvisor.go @ v0.60.5 (metric kinds disabled by default)",
            "lib/manager/container.go @ v0.60.5 (task states need -enable_load_reader)",
            "cmd/cadvisor.go, lib/metrics/prometheus.go BaseContainerLabels @ v0.60.5 (label allow list; label keys made Prometheus names)",
            "utils/oomparser/oomparser.go @ v0.60.5 and euank/go-kmsg-parser v2.0.0 (OOM events read from /dev/kmsg; a warning and 0 when it cannot be opened)"
          ]
        },
        "seriesLabels": [
          "id",
          "name",
          "image"
        ],
        "notes": [
          "The dev container is identified by its Docker labels, exported as `container_label_obscompile_project`, `_service`, `_model_server` (sglang), `_model_server_version` and `_gpus` (its GPU request); Compose's project and service labels are exported for every container. obscompile's scrape job copies `name` into `container`, the label the GPU and model-server series carry."
        ],
        "metrics": [
          {
            "name": "container_cpu_usage_seconds_total",
            "type": "counter",
            "help": 'CPU time the container used. cgroup v2 hosts report one series with cpu="total"; cgroup v1 hosts one per CPU.',
            "labels": [
              "cpu"
            ]
          },
          {
            "name": "container_cpu_user_seconds_total",
            "type": "counter",
            "help": "CPU time spent in user mode.",
            "labels": []
          },
          {
            "name": "container_cpu_system_seconds_total",
            "type": "counter",
            "help": "CPU time spent in kernel mode.",
            "labels": []
          },
          {
            "name": "container_cpu_cfs_periods_total",
            "type": "counter",
            "help": "CFS enforcement periods that elapsed.",
            "condition": "only for containers with a CPU limit (a CFS quota)",
            "labels": []
          },
          {
            "name": "container_cpu_cfs_throttled_periods_total",
            "type": "counter",
            "help": "CFS periods in which the container was throttled.",
            "condition": "only for containers with a CPU limit (a CFS quota)",
            "labels": []
          },
          {
            "name": "container_cpu_cfs_throttled_seconds_total",
            "type": "counter",
            "help": "Time the container spent throttled.",
            "condition": "only for containers with a CPU limit (a CFS quota)",
            "labels": []
          },
          {
            "name": "container_memory_usage_bytes",
            "type": "gauge",
            "help": "Memory in use, page cache included.",
            "labels": []
          },
          {
            "name": "container_memory_working_set_bytes",
            "type": "gauge",
            "help": "Working-set memory, the figure the OOM killer weighs.",
            "labels": []
          },
          {
            "name": "container_memory_rss",
            "type": "gauge",
            "help": "Anonymous (resident) memory.",
            "labels": []
          },
          {
            "name": "container_memory_cache",
            "type": "gauge",
            "help": "Page-cache memory.",
            "labels": []
          },
          {
            "name": "container_spec_memory_limit_bytes",
            "type": "gauge",
            "help": "Memory limit of the container; 0 when unlimited.",
            "labels": []
          },
          {
            "name": "container_network_receive_bytes_total",
            "type": "counter",
            "help": "Bytes received, per network interface.",
            "labels": [
              "interface"
            ]
          },
          {
            "name": "container_network_transmit_bytes_total",
            "type": "counter",
            "help": "Bytes sent, per network interface.",
            "labels": [
              "interface"
            ]
          },
          {
            "name": "container_network_tcp_usage_total",
            "type": "gauge",
            "help": "TCP connections by state.",
            "labels": [
              "tcp_state"
            ],
            "disabledKind": "tcp"
          },
          {
            "name": "container_network_udp_usage_total",
            "type": "gauge",
            "help": "UDP sockets by state.",
            "labels": [
              "udp_state"
            ],
            "disabledKind": "udp"
          },
          {
            "name": "container_fs_usage_bytes",
            "type": "gauge",
            "help": "Filesystem bytes used, per device.",
            "labels": [
              "device"
            ]
          },
          {
            "name": "container_fs_reads_bytes_total",
            "type": "counter",
            "help": "Bytes read from block devices.",
            "labels": [
              "device"
            ]
          },
          {
            "name": "container_fs_writes_bytes_total",
            "type": "counter",
            "help": "Bytes written to block devices.",
            "labels": [
              "device"
            ]
          },
          {
            "name": "container_tasks_state",
            "type": "gauge",
            "help": "Tasks by state; stays 0 unless cAdvisor runs with -enable_load_reader.",
            "labels": [
              "state"
            ]
          },
          {
            "name": "container_oom_events_total",
            "type": "counter",
            "help": "Out-of-memory kills, read from the kernel log. cAdvisor needs /dev/kmsg (the service maps it) and CAP_SYSLOG where kernel.dmesg_restrict is 1 (the service adds it); without them it stays 0.",
            "labels": []
          },
          {
            "name": "container_pressure_cpu_waiting_seconds_total",
            "type": "counter",
            "help": "Time some of the container's tasks waited for a CPU (PSI some).",
            "condition": "only on cgroup v2 hosts whose kernel has pressure stall information; 0 elsewhere",
            "labels": []
          },
          {
            "name": "container_pressure_cpu_stalled_seconds_total",
            "type": "counter",
            "help": "Time all of the container's tasks waited for a CPU (PSI full).",
            "condition": "only on cgroup v2 hosts whose kernel has pressure stall information; 0 elsewhere",
            "labels": []
          },
          {
            "name": "container_pressure_memory_waiting_seconds_total",
            "type": "counter",
            "help": "Time some of the container's tasks waited for memory (PSI some).",
            "condition": "only on cgroup v2 hosts whose kernel has pressure stall information; 0 elsewhere",
            "labels": []
          },
          {
            "name": "container_pressure_memory_stalled_seconds_total",
            "type": "counter",
            "help": "Time all of the container's tasks waited for memory (PSI full): the container thrashes.",
            "condition": "only on cgroup v2 hosts whose kernel has pressure stall information; 0 elsewhere",
            "labels": []
          },
          {
            "name": "container_pressure_io_waiting_seconds_total",
            "type": "counter",
            "help": "Time some of the container's tasks waited for I/O (PSI some).",
            "condition": "only on cgroup v2 hosts whose kernel has pressure stall information; 0 elsewhere",
            "labels": []
          },
          {
            "name": "container_pressure_io_stalled_seconds_total",
            "type": "counter",
            "help": "Time all of the container's tasks waited for I/O (PSI full).",
            "condition": "only on cgroup v2 hosts whose kernel has pressure stall information; 0 elsewhere",
            "labels": []
          },
          {
            "name": "container_start_time_seconds",
            "type": "gauge",
            "help": "When the container started (unix seconds).",
            "labels": []
          },
          {
            "name": "container_last_seen",
            "type": "gauge",
            "help": "When cAdvisor last saw the container (unix seconds).",
            "labels": []
          },
          {
            "name": "machine_cpu_cores",
            "type": "gauge",
            "help": "Logical CPU cores of the host.",
            "labels": [
              "machine_id",
              "system_uuid",
              "boot_id"
            ],
            "noSeriesLabels": true
          },
          {
            "name": "machine_memory_bytes",
            "type": "gauge",
            "help": "Memory installed in the host.",
            "labels": [
              "machine_id",
              "system_uuid",
              "boot_id"
            ],
            "noSeriesLabels": true
          }
        ]
      }
    ];
  }
});

// src/model/catalog-data.ts
function loadCatalog() {
  return catalog;
}
var init_catalog_data = __esm({
  "src/model/catalog-data.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_catalog();
  }
});

// src/upstream/alertmanager.ts
var ALERTMANAGER_IMAGE, ALERTMANAGER_BINARIES, ALERTMANAGER_IMAGE_UID, ALERTMANAGER_NAMES, ALERTMANAGER_FLAGS;
var init_alertmanager = __esm({
  "src/upstream/alertmanager.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    ALERTMANAGER_IMAGE = (version) => `prom/alertmanager:v${version}`;
    ALERTMANAGER_BINARIES = ["/bin/alertmanager", "/bin/amtool"];
    ALERTMANAGER_IMAGE_UID = 65534;
    ALERTMANAGER_NAMES = ["alertmanager", "prometheus-alertmanager"];
    ALERTMANAGER_FLAGS = {
      config: "--config.file",
      storage: "--storage.path",
      listen: "--web.listen-address",
      cluster: "--cluster.listen-address"
    };
  }
});

// src/upstream/dcgm.ts
function dcgmExporterBuild(tag) {
  return {
    packages: ["git", "ca-certificates", "gcc", "libc6-dev"],
    commands: [
      `git clone --depth 1 --branch ${tag} ${DCGM_EXPORTER_REPOSITORY} /src/dcgm-exporter`,
      `CGO_ENABLED=1 GOTOOLCHAIN=local ${GO_ROOT}/bin/go -C /src/dcgm-exporter/cmd/dcgm-exporter build -trimpath -ldflags "-X main.BuildVersion=${tag}" -o ${DCGM_EXPORTER_BINARY}`
    ]
  };
}
function splitDcgmTag(tag) {
  const [dcgm = "", exporter = ""] = tag.split("-");
  return { dcgm, exporter };
}
function dcgmSeriesLabels(tag) {
  const { exporter } = splitDcgmTag(tag);
  const host2 = versionAtLeast(exporter, "4.8.3") ? "hostname" : "Hostname";
  return ["gpu", "UUID", "pci_bus_id", "device", "modelName", host2];
}
var DCGM_EXPORTER_REPOSITORY, GO_IMAGE, GO_ROOT, DCGM_EXPORTER_BINARY, DCGM_EXPORTER_SMOKE_TEST, DCGM_PACKAGES, dcgmAptVersion, HOSTENGINE_PORT, HOSTENGINE_ADDRESS, HOSTENGINE_FLAGS, DCGM_FLAGS;
var init_dcgm = __esm({
  "src/upstream/dcgm.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_version();
    DCGM_EXPORTER_REPOSITORY = "https://github.com/NVIDIA/dcgm-exporter.git";
    GO_IMAGE = "golang:1.26.4";
    GO_ROOT = "/usr/local/go";
    DCGM_EXPORTER_BINARY = "/usr/local/bin/dcgm-exporter";
    DCGM_EXPORTER_SMOKE_TEST = "dcgm-exporter --version";
    DCGM_PACKAGES = ["datacenter-gpu-manager-4-core", "datacenter-gpu-manager-4-proprietary"];
    dcgmAptVersion = (dcgm) => `1:${dcgm}-1`;
    HOSTENGINE_PORT = 5555;
    HOSTENGINE_ADDRESS = "127.0.0.1";
    HOSTENGINE_FLAGS = { foreground: "-n", bind: "-b", port: "-p" };
    DCGM_FLAGS = { collectors: "-f", address: "-a", remoteHostengine: "-r" };
  }
});

// src/model/daemon-command.ts
var variable, v, listen, generatedFile;
var init_daemon_command = __esm({
  "src/model/daemon-command.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    variable = (name2) => ({ variable: name2 });
    v = variable;
    listen = (flag, port) => [`${flag}=`, v("BIND_ADDRESS"), `:${port}`];
    generatedFile = (name2) => [v("OBS_CONFIG_DIR"), `/${name2}`];
  }
});

// src/upstream/jaeger.ts
function jaegerImage(version) {
  return major(version) >= 2 ? { image: `jaegertracing/jaeger:${version}`, binary: "/cmd/jaeger/jaeger-linux", name: "jaeger" } : { image: `jaegertracing/all-in-one:${version}`, binary: "/go/bin/all-in-one-linux", name: "jaeger-all-in-one" };
}
function jaegerDaemon(config3) {
  const j = config3.jaeger;
  if (major(config3.versions.jaeger) >= 2) return { name: "jaeger", binaries: ["jaeger"], env: {}, args: [["--config"], generatedFile("jaeger.yaml")] };
  const dir = (sub) => [variable("JAEGER_DATA_DIR"), `/badger/${sub}`];
  return {
    name: "jaeger",
    binaries: ["jaeger-all-in-one"],
    env: { SPAN_STORAGE_TYPE: ["badger"], COLLECTOR_OTLP_ENABLED: ["true"] },
    args: [
      ["--badger.ephemeral=false"],
      ["--badger.directory-key=", ...dir("key")],
      ["--badger.directory-value=", ...dir("value")],
      listen("--query.http-server.host-port", j.uiPort),
      listen("--collector.otlp.grpc.host-port", j.otlpGrpcPort),
      listen("--collector.otlp.http.host-port", j.otlpHttpPort),
      listen("--admin.http.host-port", j.metricsPort)
    ]
  };
}
function jaegerConfig(config3) {
  const j = config3.jaeger;
  return jaegerV2Config({ bind: config3.network.bindAddress, otlpGrpcPort: j.otlpGrpcPort, otlpHttpPort: j.otlpHttpPort, uiPort: j.uiPort, metricsPort: j.metricsPort, dataDir: "${env:JAEGER_DATA_DIR}/badger", forward: j.forwardOtlp });
}
function jaegerV2Config(s) {
  const f = s.forward;
  const forward = f ? { endpoint: f.endpoint, tls: f.insecure ? { insecure: true } : { ...f.caFile ? { ca_file: f.caFile } : {} } } : void 0;
  return {
    service: {
      extensions: ["jaeger_storage", "jaeger_query"],
      pipelines: { traces: { receivers: ["otlp"], processors: ["batch"], exporters: ["jaeger_storage_exporter", ...forward ? [FORWARD_EXPORTER] : []] } },
      telemetry: {
        resource: { "service.name": "jaeger" },
        metrics: { level: "normal", readers: [{ pull: { exporter: { prometheus: { host: s.bind, port: s.metricsPort, ...PROMETHEUS_NAMING } } } }] }
      }
    },
    extensions: {
      jaeger_query: { storage: { traces: JAEGER_STORE }, http: { endpoint: `${s.bind}:${s.uiPort}` } },
      jaeger_storage: {
        backends: {
          [JAEGER_STORE]: { badger: { directories: { keys: `${s.dataDir}/key`, values: `${s.dataDir}/value` }, ephemeral: false, ...s.ttl ? { ttl: { spans: s.ttl } } : {} } }
        }
      }
    },
    receivers: { otlp: { protocols: { grpc: { endpoint: `${s.bind}:${s.otlpGrpcPort}` }, http: { endpoint: `${s.bind}:${s.otlpHttpPort}` } } } },
    processors: { batch: {} },
    exporters: { jaeger_storage_exporter: { trace_storage: JAEGER_STORE }, ...forward ? { [FORWARD_EXPORTER]: forward } : {} }
  };
}
var JAEGER_IMAGE_UID, JAEGER_METRICS_PORT, PROMETHEUS_NAMING, FORWARD_EXPORTER, JAEGER_STORE;
var init_jaeger = __esm({
  "src/upstream/jaeger.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_daemon_command();
    init_version();
    JAEGER_IMAGE_UID = 10001;
    JAEGER_METRICS_PORT = 8888;
    PROMETHEUS_NAMING = { without_scope_info: true, without_type_suffix: false, without_units: false };
    FORWARD_EXPORTER = "otlp/central";
    JAEGER_STORE = "run_store";
  }
});

// src/upstream/prometheus.ts
function retention(version, time) {
  return retentionInConfigFile(version) ? { storage: { tsdb: { retention: { time } } }, flags: [] } : { flags: [`--storage.tsdb.retention.time=${time}`] };
}
var PROMETHEUS_IMAGE, PROMETHEUS_IMAGE_UID, PROMETHEUS_BINARIES, NODE_EXPORTER_IMAGE, NODE_EXPORTER_BINARY, NODE_EXPORTER_NAMES, needsExpandFlag, retentionInConfigFile;
var init_prometheus = __esm({
  "src/upstream/prometheus.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_version();
    PROMETHEUS_IMAGE = (version) => `prom/prometheus:v${version}`;
    PROMETHEUS_IMAGE_UID = 65534;
    PROMETHEUS_BINARIES = ["/bin/prometheus", "/bin/promtool"];
    NODE_EXPORTER_IMAGE = (version) => `prom/node-exporter:v${version}`;
    NODE_EXPORTER_BINARY = "/bin/node_exporter";
    NODE_EXPORTER_NAMES = ["node_exporter", "prometheus-node-exporter"];
    needsExpandFlag = (version) => major(version) < 3;
    retentionInConfigFile = (version) => versionAtLeast(version, "3.11.0");
  }
});

// src/model/daemons.ts
function prometheus2(config3) {
  const p = config3.prometheus;
  const version = config3.versions.prometheus;
  const args = [["--config.file=", ...generatedFile("prometheus.yml")], ["--storage.tsdb.path=", variable("PROMETHEUS_DATA_DIR")]];
  args.push(...retention(version, p.retention).flags.map((flag) => [flag]));
  args.push(listen("--web.listen-address", p.port));
  if (needsExpandFlag(version)) args.push(["--enable-feature=expand-external-labels"]);
  return { name: "prometheus", binaries: ["prometheus"], env: {}, args };
}
function daemons(config3) {
  const { prometheus: p, jaeger: j, exporters: e } = config3;
  const dcgm = e.dcgmExporter.enabled;
  const list = [dcgm && hostEngine(), config3.alertmanager.enabled && alertmanager(config3), p.enabled && prometheus2(config3), j.enabled && jaegerDaemon(config3), e.nodeExporter.enabled && nodeExporter(config3), dcgm && dcgmExporter(config3)];
  return list.filter((d) => d !== false);
}
var nodeExporter, hostEngine, dcgmExporter, alertmanager;
var init_daemons = __esm({
  "src/model/daemons.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_alertmanager();
    init_dcgm();
    init_jaeger();
    init_prometheus();
    init_daemon_command();
    nodeExporter = (config3) => ({
      name: "node_exporter",
      binaries: NODE_EXPORTER_NAMES,
      env: {},
      args: [listen("--web.listen-address", config3.exporters.nodeExporter.port)]
    });
    hostEngine = () => ({
      name: "nv-hostengine",
      binaries: ["nv-hostengine"],
      env: {},
      args: [[HOSTENGINE_FLAGS.foreground], [HOSTENGINE_FLAGS.bind], [HOSTENGINE_ADDRESS], [HOSTENGINE_FLAGS.port], [String(HOSTENGINE_PORT)]],
      waitForPort: `${HOSTENGINE_ADDRESS}:${HOSTENGINE_PORT}`
    });
    dcgmExporter = (config3) => ({
      name: "dcgm-exporter",
      binaries: ["dcgm-exporter"],
      env: {},
      args: [[DCGM_FLAGS.collectors], generatedFile("dcgm-collectors.csv"), [DCGM_FLAGS.address], [variable("BIND_ADDRESS"), `:${config3.exporters.dcgmExporter.port}`], [DCGM_FLAGS.remoteHostengine], [`${HOSTENGINE_ADDRESS}:${HOSTENGINE_PORT}`]]
    });
    alertmanager = (config3) => ({
      name: "alertmanager",
      binaries: ALERTMANAGER_NAMES,
      env: {},
      args: [
        [`${ALERTMANAGER_FLAGS.config}=`, ...generatedFile("alertmanager.yml")],
        [`${ALERTMANAGER_FLAGS.storage}=`, variable("ALERTMANAGER_DATA_DIR")],
        listen(ALERTMANAGER_FLAGS.listen, config3.alertmanager.port),
        [`${ALERTMANAGER_FLAGS.cluster}=`]
      ]
    });
  }
});

// src/model/images.ts
function builtImage(config3) {
  const name2 = `${config3.container.service}-observability`.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return `${name2}:${engineVersion(config3)}`;
}
function images(config3) {
  const v2 = config3.versions;
  const cadvisor2 = versionAtLeast(v2.cadvisor, CADVISOR_FIRST_GHCR) ? `${CADVISOR_IMAGE}:${v2.cadvisor}` : `${CADVISOR_LEGACY_IMAGE}:v${v2.cadvisor}`;
  const server = engineOf(config3) === "vllm" ? vllmImage(v2.vllm) : sglangImage(v2.sglang);
  return { base: config3.container.image ?? server, built: builtImage(config3), cadvisor: config3.exporters.cadvisor.image ?? cadvisor2 };
}
function bundledStages(config3) {
  if (!config3.container.bundleDaemons) return [];
  const v2 = config3.versions;
  const { prometheus: p, jaeger: j, exporters: e } = config3;
  const jaeger2 = jaegerImage(v2.jaeger);
  const stages = [
    config3.alertmanager.enabled && { stage: "alertmanager", image: ALERTMANAGER_IMAGE(v2.alertmanager), files: sameName(...ALERTMANAGER_BINARIES) },
    p.enabled && { stage: "prometheus", image: PROMETHEUS_IMAGE(v2.prometheus), files: sameName(...PROMETHEUS_BINARIES) },
    j.enabled && { stage: "jaeger", image: jaeger2.image, files: [{ from: jaeger2.binary, as: jaeger2.name }] },
    e.nodeExporter.enabled && { stage: "node-exporter", image: NODE_EXPORTER_IMAGE(v2.nodeExporter), files: sameName(NODE_EXPORTER_BINARY) },
    // Built on the base image itself, so the cgo binary links against the C library it runs with (src/upstream/dcgm.ts).
    e.dcgmExporter.enabled && { stage: "go", image: GO_IMAGE, files: [] },
    e.dcgmExporter.enabled && { stage: "dcgm-exporter", image: images(config3).base, build: { copy: [{ stage: "go", path: GO_ROOT }], ...dcgmExporterBuild(v2.dcgmExporter) }, files: sameName(DCGM_EXPORTER_BINARY) }
  ];
  return stages.filter((s) => s !== false);
}
var basename, sameName;
var init_images = __esm({
  "src/model/images.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_alertmanager();
    init_cadvisor();
    init_dcgm();
    init_jaeger();
    init_prometheus();
    init_sglang();
    init_vllm();
    init_engine();
    init_version();
    basename = (file) => file.slice(file.lastIndexOf("/") + 1);
    sameName = (...files) => files.map((from) => ({ from, as: basename(from) }));
  }
});

// src/model/container-labels.ts
function dockerLabels(config3) {
  const m = config3.modelServer;
  const labels = {
    "obscompile.project": config3.project.name,
    "obscompile.service": config3.container.service,
    "obscompile.gpus": String(config3.container.gpus)
  };
  if (m.enabled) {
    labels["obscompile.model_server"] = engineOf(config3);
    labels["obscompile.model_server_version"] = engineVersion(config3);
  }
  return labels;
}
function containerJoins() {
  const server = cadvisorLabelName("obscompile.model_server");
  const version = cadvisorLabelName("obscompile.model_server_version");
  const gpuContainers = `on (${CONTAINER_LABEL}) DCGM_FI_DEV_GPU_UTIL`;
  return [
    {
      title: "GPU utilisation of each GPU, with the model server of the container it serves",
      expr: `avg by (${CONTAINER_LABEL}, gpu, modelName) (DCGM_FI_DEV_GPU_UTIL)
  * on (${CONTAINER_LABEL}) group_left (${server}, ${version})
    group by (${CONTAINER_LABEL}, ${server}, ${version}) (container_last_seen{${server}!=""})`
    },
    { title: "CPU cores used by the containers that hold GPUs", expr: `sum by (${CONTAINER_LABEL}) (rate(container_cpu_usage_seconds_total[5m]))
  and ${gpuContainers}` },
    { title: "Working-set memory of the containers that hold GPUs", expr: `sum by (${CONTAINER_LABEL}) (container_memory_working_set_bytes)
  and ${gpuContainers}` }
  ];
}
var CONTAINER_LABEL, CADVISOR_LABELS, cadvisorLabelName;
var init_container_labels = __esm({
  "src/model/container-labels.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_engine();
    CONTAINER_LABEL = "container";
    CADVISOR_LABELS = [
      "com.docker.compose.project",
      "com.docker.compose.service",
      "obscompile.project",
      "obscompile.service",
      "obscompile.model_server",
      "obscompile.model_server_version",
      "obscompile.gpus"
    ];
    cadvisorLabelName = (key) => `container_label_${key.replace(/[^a-zA-Z0-9_]/g, "_")}`;
  }
});

// src/model/alertmanager.ts
function alertmanagerTargets(config3) {
  return [...config3.alertmanager.enabled ? [`localhost:${config3.alertmanager.port}`] : [], ...config3.alerting.alertmanagers];
}
var sendsAlerts;
var init_alertmanager2 = __esm({
  "src/model/alertmanager.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    sendsAlerts = (config3) => config3.prometheus.enabled && config3.alerting.enabled && alertmanagerTargets(config3).length > 0;
  }
});

// src/model/catalog.ts
function configuredVersion(config3, source) {
  const v2 = config3.versions;
  const versions = { prometheus: v2.prometheus, jaeger: v2.jaeger, nodeExporter: v2.nodeExporter, dcgmExporter: v2.dcgmExporter, modelServer: engineVersion(config3), cadvisor: v2.cadvisor, alertmanager: v2.alertmanager };
  return versions[source];
}
function sourcesFor(config3, catalog2) {
  const ours2 = forEngine(engineOf(config3));
  return catalog2.filter((src) => (src.major === void 0 || src.major === major(configuredVersion(config3, src.source))) && ours2(src));
}
function seriesLabelSets(src, configured, job) {
  const own = src.source === "dcgmExporter" ? [...dcgmSeriesLabels(configured), ...(src.labelFields ?? []).map((f) => f.name)] : src.source === "cadvisor" ? [...src.seriesLabels ?? [], ...CADVISOR_LABELS.map(cadvisorLabelName)] : src.seriesLabels ?? [];
  const added = (labels) => [...labels, ...Object.keys(job.labels ?? {}), ...(job.copyLabels ?? []).filter((c) => labels.includes(c.from)).map((c) => c.to)];
  const base = added(own);
  const sets = new Map(Object.entries(src.labelSets ?? {}).map(([name2, labels]) => [name2, added(labels)]));
  return (metric) => metric.noSeriesLabels ? [] : metric.labelSet ? sets.get(metric.labelSet) ?? [] : base;
}
function status(config3, metric) {
  if (metric.requires === "profiling") return profilingCollected(config3) ? { status: "conditional", note: PROFILING_GPUS } : { status: "off", note: "needs `exporters.dcgmExporter.profiling` and the SYS_ADMIN capability" };
  const off = metric.requires ? OFF_UNLESS[metric.requires]?.(config3) : void 0;
  if (off) return { status: "off", note: off };
  if (metric.disabledKind && CADVISOR_DEFAULT_DISABLED_KINDS.includes(metric.disabledKind)) {
    return { status: "off", note: `cAdvisor leaves its ${metric.disabledKind} metric kind off by default (see -disable_metrics)` };
  }
  if (metric.condition) return { status: "conditional", note: metric.condition };
  if (metric.appears) return { status: "available", note: `appears ${metric.appears}` };
  return AVAILABLE;
}
function releaseMetrics(src, configured) {
  const release = sourceRelease(src, configured);
  return src.metrics.filter((m) => !m.since || versionAtLeast(release, m.since)).map((m) => m.typeBefore && !versionAtLeast(release, m.typeBefore.version) ? { ...m, type: m.typeBefore.type } : m);
}
function catalogSection(config3, src, job) {
  const configured = configuredVersion(config3, src.source);
  const dropped = new Set(job.dropMetrics);
  const series = seriesLabelSets(src, configured, job);
  const exposed = releaseMetrics(src, configured);
  const metrics = exposed.filter((m) => !dropped.has(m.name)).map((m) => {
    const { status: state, note } = status(config3, m);
    const labels = m.labels?.length ? [...series(m), ...m.labels] : series(m);
    const row = { name: m.name, type: m.type, help: m.help, labels, status: state };
    if (m.buckets) row.buckets = m.buckets;
    if (note !== void 0) row.note = note;
    return row;
  }).sort(byName);
  const offByDefault = exposed.filter((m) => dropped.has(m.name) && status(config3, m).status === "off").map((m) => m.name);
  return { title: src.title, job: job.job, upstream: { ...src.upstream, configured }, selection: src.selection === true, notes: src.notes ?? [], metrics, dropped: [...dropped].sort(), droppedOffByDefault: offByDefault.sort(), labelFields: src.labelFields ?? [] };
}
function dcgmCollectors(config3, catalog2) {
  const src = sourcesFor(config3, catalog2).find((s) => s.source === "dcgmExporter");
  if (!src || !config3.exporters.dcgmExporter.enabled) return [];
  const profiling = profilingCollected(config3);
  return [
    ...releaseMetrics(src, config3.versions.dcgmExporter).filter((m) => m.requires !== "profiling" || profiling).map((m) => ({ field: m.name, type: m.type, help: m.help })),
    ...(src.labelFields ?? []).map((f) => ({ field: f.name, type: "label", help: f.help }))
  ];
}
var profilingCollected, AVAILABLE, PROFILING_GPUS, OFF_UNLESS, sourceRelease, byName;
var init_catalog2 = __esm({
  "src/model/catalog.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_cadvisor();
    init_container_labels();
    init_dcgm();
    init_version();
    init_alertmanager2();
    init_engine();
    profilingCollected = (config3) => config3.exporters.dcgmExporter.profiling && config3.container.capabilities.includes("SYS_ADMIN");
    AVAILABLE = { status: "available" };
    PROFILING_GPUS = "only on GPUs with DCGM profiling support (datacenter Volta and newer); dcgm-exporter skips the field with a warning elsewhere";
    OFF_UNLESS = {
      forwarding: (c) => c.jaeger.forwardOtlp ? void 0 : "exists only for the OTLP exporter that forwards to a central endpoint (`jaeger.forwardOtlp`)",
      rules: (c) => c.alerting.enabled ? void 0 : "exists only while Prometheus loads rule files (`alerting.enabled`)",
      alertmanager: (c) => sendsAlerts(c) ? void 0 : "exists only while Prometheus sends alerts to an Alertmanager (`alertmanager.enabled`)",
      remoteWrite: (c) => c.prometheus.remoteWrite.length ? void 0 : "exists only for a remote-write queue (`prometheus.remoteWrite`)"
    };
    sourceRelease = (src, configured) => src.source === "dcgmExporter" ? splitDcgmTag(configured).exporter : configured;
    byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  }
});

// src/generated/alert-reads.js
var alertReads;
var init_alert_reads = __esm({
  "src/generated/alert-reads.js"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    alertReads = {
      "container:gpu_utilization:avg": [
        "DCGM_FI_DEV_GPU_UTIL"
      ],
      "container:gpu_framebuffer_used:ratio": [
        "DCGM_FI_DEV_FB_FREE",
        "DCGM_FI_DEV_FB_USED"
      ],
      "container:gpu_power_watts:sum": [
        "DCGM_FI_DEV_POWER_USAGE"
      ],
      "model_name:sglang_requests:rate5m": [
        "sglang:num_requests_total"
      ],
      "model_name:sglang_generation_tokens:rate5m": [
        "sglang:generation_tokens_total"
      ],
      "model_name:sglang_prompt_tokens:rate5m": [
        "sglang:prompt_tokens_total"
      ],
      "model_name:sglang_time_to_first_token_seconds_bucket:rate5m": [
        "sglang:time_to_first_token_seconds_bucket"
      ],
      "model_name:sglang_inter_token_latency_seconds_bucket:rate5m": [
        "sglang:inter_token_latency_seconds_bucket"
      ],
      "model_name:sglang_e2e_request_latency_seconds_bucket:rate5m": [
        "sglang:e2e_request_latency_seconds_bucket"
      ],
      "model_name:sglang_num_queue_reqs:sum": [
        "sglang:num_queue_reqs"
      ],
      "model_name:sglang_num_running_reqs:sum": [
        "sglang:num_running_reqs"
      ],
      "model_name:sglang_token_usage:max": [
        "sglang:token_usage"
      ],
      "model_name:vllm_requests:rate5m@vllm": [
        "vllm:request_success_total"
      ],
      "model_name:vllm_generation_tokens:rate5m@vllm": [
        "vllm:generation_tokens_total"
      ],
      "model_name:vllm_prompt_tokens:rate5m@vllm": [
        "vllm:prompt_tokens_total"
      ],
      "model_name:vllm_time_to_first_token_seconds_bucket:rate5m@vllm": [
        "vllm:time_to_first_token_seconds_bucket"
      ],
      "model_name:vllm_inter_token_latency_seconds_bucket:rate5m@vllm": [
        "vllm:inter_token_latency_seconds_bucket"
      ],
      "model_name:vllm_e2e_request_latency_seconds_bucket:rate5m@vllm": [
        "vllm:e2e_request_latency_seconds_bucket"
      ],
      "model_name:vllm_num_requests_waiting:sum@vllm": [
        "vllm:num_requests_waiting"
      ],
      "model_name:vllm_num_requests_running:sum@vllm": [
        "vllm:num_requests_running"
      ],
      "model_name:vllm_kv_cache_usage_perc:max@vllm": [
        "vllm:kv_cache_usage_perc"
      ],
      "Watchdog": [],
      "TargetDown": [
        "up"
      ],
      "PrometheusRuleEvaluationFailures": [
        "prometheus_rule_evaluation_failures_total"
      ],
      "PrometheusWalCorruptions": [
        "prometheus_tsdb_wal_corruptions_total"
      ],
      "PrometheusTsdbCompactionsFailing": [
        "prometheus_tsdb_compactions_failed_total"
      ],
      "PrometheusTsdbReloadsFailing": [
        "prometheus_tsdb_reloads_failures_total"
      ],
      "PrometheusWalWritesFailing": [
        "prometheus_tsdb_wal_writes_failed_total"
      ],
      "PrometheusConfigReloadFailed": [
        "prometheus_config_last_reload_successful"
      ],
      "PrometheusNotificationsFailing": [
        "prometheus_notifications_errors_total"
      ],
      "PrometheusRemoteWriteFailing": [
        "prometheus_remote_storage_samples_failed_total"
      ],
      "AlertmanagerNotificationsFailing": [
        "alertmanager_notifications_failed_total"
      ],
      "JaegerRefusingSpans": [
        "otelcol_receiver_refused_spans_total"
      ],
      "JaegerExportFailing": [
        "otelcol_exporter_send_failed_spans_total"
      ],
      "ContainerOomKilled": [
        "container_oom_events_total"
      ],
      "ContainerRestarted": [
        "container_start_time_seconds"
      ],
      "GpuXidErrors": [
        "DCGM_EXP_XID_ERRORS_TOTAL"
      ],
      "GpuThermalThrottling": [
        "DCGM_FI_DEV_THERMAL_VIOLATION"
      ],
      "GpuPowerThrottling": [
        "DCGM_FI_DEV_POWER_VIOLATION"
      ],
      "GpuEccUncorrectableErrors": [
        "DCGM_FI_DEV_ECC_DBE_VOL_TOTAL"
      ],
      "GpuRowRemapFailed": [
        "DCGM_FI_DEV_ROW_REMAP_FAILURE"
      ],
      "GpuRowsRemappedUncorrectable": [
        "DCGM_FI_DEV_UNCORRECTABLE_REMAPPED_ROWS"
      ],
      "GpuMemoryNearlyFull": [
        "DCGM_FI_DEV_FB_FREE",
        "DCGM_FI_DEV_FB_USED"
      ],
      "GpuMissing": [
        "DCGM_FI_DEV_GPU_UTIL"
      ],
      "DcgmExporterDown": [
        "up"
      ],
      "ModelServerDown": [
        "up"
      ],
      "ModelServerQueueGrowing": [
        "sglang:num_queue_reqs"
      ],
      "TimeToFirstTokenHigh": [
        "sglang:time_to_first_token_seconds_bucket"
      ],
      "InterTokenLatencyHigh": [
        "sglang:inter_token_latency_seconds_bucket"
      ],
      "KvCachePressure": [
        "sglang:token_usage"
      ],
      "RequestsAborted": [
        "sglang:num_aborted_requests_total"
      ],
      "RequestsRetracted": [
        "sglang:num_retracted_requests_total"
      ],
      "ModelServerDown@vllm": [
        "up"
      ],
      "ModelServerQueueGrowing@vllm": [
        "vllm:num_requests_waiting"
      ],
      "TimeToFirstTokenHigh@vllm": [
        "vllm:time_to_first_token_seconds_bucket"
      ],
      "InterTokenLatencyHigh@vllm": [
        "vllm:inter_token_latency_seconds_bucket"
      ],
      "KvCachePressure@vllm": [
        "vllm:kv_cache_usage_perc"
      ],
      "RequestsAborted@vllm": [
        "vllm:request_success_total"
      ],
      "RequestsPreempted@vllm": [
        "vllm:num_preemptions_total"
      ]
    };
  }
});

// src/model/availability.ts
function missing(names, series, recorded) {
  for (const name2 of names) {
    if (recorded.has(name2)) continue;
    const info = series.get(name2);
    if (!info) return `\`${name2}\` is not stored by the sources this configuration scrapes at their configured versions`;
    if (info.status === "off") return `\`${name2}\`: ${info.note ?? "not produced with this configuration"}`;
  }
  return void 0;
}
var SOURCE_NAMES, notScrapedWhy;
var init_availability = __esm({
  "src/model/availability.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    SOURCE_NAMES = { prometheus: "Prometheus itself", nodeExporter: "node_exporter", dcgmExporter: "dcgm-exporter", jaeger: "Jaeger", modelServer: "the model server", cadvisor: "cAdvisor", alertmanager: "Alertmanager" };
    notScrapedWhy = (source, scraped) => scraped.has(source) ? void 0 : `Prometheus does not scrape ${SOURCE_NAMES[source]} in this configuration`;
  }
});

// src/alerts/thresholds.ts
function thresholdsOf(config3) {
  const t2 = config3.alerting.thresholds;
  return { ...t2, ttftSeconds: t2.ttftSeconds ?? DEFAULT_TTFT_SECONDS[engineOf(config3)] };
}
var DEFAULT_TTFT_SECONDS;
var init_thresholds = __esm({
  "src/alerts/thresholds.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_engine();
    DEFAULT_TTFT_SECONDS = { sglang: 2, vllm: 2.5 };
  }
});

// src/model/alerts.ts
function unitTest(rule, thresholds, forDuration) {
  const probe = rule.test(thresholds, 1).settle;
  const at2 = probe + Math.ceil(durationMs(forDuration) / 6e4);
  const { settle: _, ...series } = rule.test(thresholds, at2 + 5);
  return { ...series, at: `${at2}m` };
}
function alertsModel(config3, series, scraped, buckets) {
  const a = config3.alerting;
  if (!a.enabled || !config3.prometheus.enabled) return void 0;
  const leftOut = [];
  const notScraped = (source) => notScrapedWhy(source, scraped);
  const engine = engineOf(config3);
  const thresholds = thresholdsOf(config3);
  const ours2 = forEngine(engine);
  const recording = RECORDING_RULES.filter(ours2).filter((r) => {
    const why = notScraped(r.source) ?? missing(alertReads[ruleKey(r)] ?? [], series, /* @__PURE__ */ new Set());
    if (why) leftOut.push({ name: r.record, why });
    return !why;
  });
  const recorded = new Set(recording.map((r) => r.record));
  const alerts = [];
  for (const rule of alertRules(buckets).filter(ours2)) {
    if (!a.packs[rule.pack] || a.disable.includes(rule.alert)) continue;
    const why = notScraped(rule.source) ?? missing(alertReads[ruleKey(rule)] ?? [], series, recorded);
    if (why) {
      leftOut.push({ name: rule.alert, why });
      continue;
    }
    const { expr, test: _, ...rest } = rule;
    const duration = a.for[rule.alert] ?? rule.for;
    alerts.push({ ...rest, expr: expr(thresholds, engine), for: duration, test: unitTest(rule, thresholds, duration) });
  }
  return { recording, alerts, leftOut };
}
var init_alerts2 = __esm({
  "src/model/alerts.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_alert_reads();
    init_alerts();
    init_rule2();
    init_engine();
    init_availability();
    init_thresholds();
    init_duration();
  }
});

// src/generated/panel-reads.js
var panelReads;
var init_panel_reads = __esm({
  "src/generated/panel-reads.js"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    panelReads = {
      "obscompile-overview/GPU utilisation": [
        "DCGM_FI_DEV_GPU_UTIL"
      ],
      "obscompile-overview/GPU memory used": [
        "DCGM_FI_DEV_FB_FREE",
        "DCGM_FI_DEV_FB_USED"
      ],
      "obscompile-overview/GPU power": [
        "DCGM_FI_DEV_POWER_USAGE"
      ],
      "obscompile-overview/Requests": [
        "sglang:num_requests_total"
      ],
      "obscompile-overview/Time to first token": [
        "sglang:time_to_first_token_seconds_bucket"
      ],
      "obscompile-overview/Queued requests": [
        "sglang:num_queue_reqs"
      ],
      "obscompile-overview/KV cache used": [
        "sglang:token_usage"
      ],
      "obscompile-overview/Requests@vllm": [
        "vllm:request_success_total"
      ],
      "obscompile-overview/Time to first token@vllm": [
        "vllm:time_to_first_token_seconds_bucket"
      ],
      "obscompile-overview/Queued requests@vllm": [
        "vllm:num_requests_waiting"
      ],
      "obscompile-overview/KV cache used@vllm": [
        "vllm:kv_cache_usage_perc"
      ],
      "obscompile-overview/CPU busy": [
        "node_cpu_seconds_total"
      ],
      "obscompile-overview/Memory available": [
        "node_memory_MemAvailable_bytes",
        "node_memory_MemTotal_bytes"
      ],
      "obscompile-overview/CPU": [
        "container_cpu_usage_seconds_total"
      ],
      "obscompile-overview/Memory working set": [
        "container_memory_working_set_bytes"
      ],
      "obscompile-overview/Targets up": [
        "up"
      ],
      "obscompile-gpu/GPU utilisation": [
        "DCGM_FI_DEV_GPU_UTIL"
      ],
      "obscompile-gpu/GPU memory used": [
        "DCGM_FI_DEV_FB_FREE",
        "DCGM_FI_DEV_FB_USED"
      ],
      "obscompile-gpu/Memory copy utilisation": [
        "DCGM_FI_DEV_MEM_COPY_UTIL"
      ],
      "obscompile-gpu/GPU power": [
        "DCGM_FI_DEV_POWER_USAGE"
      ],
      "obscompile-gpu/Temperature": [
        "DCGM_FI_DEV_GPU_TEMP",
        "DCGM_FI_DEV_MEMORY_TEMP"
      ],
      "obscompile-gpu/Clocks (MHz)": [
        "DCGM_FI_DEV_MEM_CLOCK",
        "DCGM_FI_DEV_SM_CLOCK"
      ],
      "obscompile-gpu/Thermal throttling": [
        "DCGM_FI_DEV_THERMAL_VIOLATION"
      ],
      "obscompile-gpu/Power throttling": [
        "DCGM_FI_DEV_POWER_VIOLATION"
      ],
      "obscompile-gpu/XID errors": [
        "DCGM_EXP_XID_ERRORS_TOTAL"
      ],
      "obscompile-gpu/Uncorrectable ECC errors": [
        "DCGM_FI_DEV_ECC_DBE_VOL_TOTAL"
      ],
      "obscompile-gpu/PCIe replays": [
        "DCGM_FI_DEV_PCIE_REPLAY_COUNTER"
      ],
      "obscompile-gpu/SM active": [
        "DCGM_FI_PROF_SM_ACTIVE"
      ],
      "obscompile-gpu/Tensor cores active": [
        "DCGM_FI_PROF_PIPE_TENSOR_ACTIVE"
      ],
      "obscompile-gpu/Memory bandwidth used": [
        "DCGM_FI_PROF_DRAM_ACTIVE"
      ],
      "obscompile-serving/Requests": [
        "sglang:num_requests_total"
      ],
      "obscompile-serving/Generated tokens": [
        "sglang:generation_tokens_total"
      ],
      "obscompile-serving/Prompt tokens": [
        "sglang:prompt_tokens_total"
      ],
      "obscompile-serving/Running requests": [
        "sglang:num_running_reqs"
      ],
      "obscompile-serving/Queued requests": [
        "sglang:num_queue_reqs"
      ],
      "obscompile-serving/Time to first token": [
        "sglang:time_to_first_token_seconds_bucket"
      ],
      "obscompile-serving/Time between tokens": [
        "sglang:inter_token_latency_seconds_bucket"
      ],
      "obscompile-serving/End-to-end latency": [
        "sglang:e2e_request_latency_seconds_bucket"
      ],
      "obscompile-serving/Time to first token, distribution": [
        "sglang:time_to_first_token_seconds_bucket"
      ],
      "obscompile-serving/Time between tokens, distribution": [
        "sglang:inter_token_latency_seconds_bucket"
      ],
      "obscompile-serving/KV cache used": [
        "sglang:token_usage"
      ],
      "obscompile-serving/Prefix-cache hit rate": [
        "sglang:prefill_effective_tokens_total"
      ],
      "obscompile-serving/Aborted requests": [
        "sglang:num_aborted_requests_total"
      ],
      "obscompile-serving/Retracted requests": [
        "sglang:num_retracted_requests_total"
      ],
      "obscompile-vllm/Requests@vllm": [
        "vllm:request_success_total"
      ],
      "obscompile-vllm/Generated tokens@vllm": [
        "vllm:generation_tokens_total"
      ],
      "obscompile-vllm/Prompt tokens@vllm": [
        "vllm:prompt_tokens_total"
      ],
      "obscompile-vllm/Running requests@vllm": [
        "vllm:num_requests_running"
      ],
      "obscompile-vllm/Queued requests@vllm": [
        "vllm:num_requests_waiting"
      ],
      "obscompile-vllm/Time to first token@vllm": [
        "vllm:time_to_first_token_seconds_bucket"
      ],
      "obscompile-vllm/Time between tokens@vllm": [
        "vllm:inter_token_latency_seconds_bucket"
      ],
      "obscompile-vllm/End-to-end latency@vllm": [
        "vllm:e2e_request_latency_seconds_bucket"
      ],
      "obscompile-vllm/Queue time@vllm": [
        "vllm:request_queue_time_seconds_bucket"
      ],
      "obscompile-vllm/Time to first token, distribution@vllm": [
        "vllm:time_to_first_token_seconds_bucket"
      ],
      "obscompile-vllm/Time between tokens, distribution@vllm": [
        "vllm:inter_token_latency_seconds_bucket"
      ],
      "obscompile-vllm/KV cache used@vllm": [
        "vllm:kv_cache_usage_perc"
      ],
      "obscompile-vllm/Prefix-cache hit rate@vllm": [
        "vllm:prefix_cache_hits_total",
        "vllm:prefix_cache_queries_total"
      ],
      "obscompile-vllm/Aborted requests@vllm": [
        "vllm:request_success_total"
      ],
      "obscompile-vllm/Preempted requests@vllm": [
        "vllm:num_preemptions_total"
      ],
      "obscompile-host/CPU busy": [
        "node_cpu_seconds_total"
      ],
      "obscompile-host/Load average": [
        "node_load1",
        "node_load15",
        "node_load5"
      ],
      "obscompile-host/Memory available": [
        "node_memory_MemAvailable_bytes",
        "node_memory_MemTotal_bytes"
      ],
      "obscompile-host/File system space available": [
        "node_filesystem_avail_bytes",
        "node_filesystem_size_bytes"
      ],
      "obscompile-host/Disk I/O": [
        "node_disk_read_bytes_total",
        "node_disk_written_bytes_total"
      ],
      "obscompile-host/Network": [
        "node_network_receive_bytes_total",
        "node_network_transmit_bytes_total"
      ],
      "obscompile-host/Waiting (some tasks)": [
        "node_pressure_cpu_waiting_seconds_total",
        "node_pressure_io_waiting_seconds_total",
        "node_pressure_memory_waiting_seconds_total"
      ],
      "obscompile-host/Stalled (every task)": [
        "node_pressure_io_stalled_seconds_total",
        "node_pressure_memory_stalled_seconds_total"
      ],
      "obscompile-containers/CPU": [
        "container_cpu_usage_seconds_total"
      ],
      "obscompile-containers/CPU throttled": [
        "container_cpu_cfs_periods_total",
        "container_cpu_cfs_throttled_periods_total"
      ],
      "obscompile-containers/Memory working set": [
        "container_memory_working_set_bytes"
      ],
      "obscompile-containers/Network": [
        "container_network_receive_bytes_total",
        "container_network_transmit_bytes_total"
      ],
      "obscompile-containers/Disk I/O": [
        "container_fs_reads_bytes_total",
        "container_fs_writes_bytes_total"
      ],
      "obscompile-containers/Pressure (some tasks waiting)": [
        "container_pressure_cpu_waiting_seconds_total",
        "container_pressure_io_waiting_seconds_total",
        "container_pressure_memory_waiting_seconds_total"
      ],
      "obscompile-containers/OOM kills": [
        "container_oom_events_total"
      ],
      "obscompile-containers/Restarts": [
        "container_start_time_seconds"
      ],
      "obscompile-prometheus/Targets up": [
        "up"
      ],
      "obscompile-prometheus/Scrape duration": [
        "scrape_duration_seconds"
      ],
      "obscompile-prometheus/Samples appended": [
        "prometheus_tsdb_head_samples_appended_total"
      ],
      "obscompile-prometheus/Series in memory": [
        "prometheus_tsdb_head_series"
      ],
      "obscompile-prometheus/Blocks on disk": [
        "prometheus_tsdb_storage_blocks_bytes"
      ],
      "obscompile-prometheus/Rule evaluation failures": [
        "prometheus_rule_evaluation_failures_total"
      ],
      "obscompile-prometheus/Alerts not delivered": [
        "prometheus_notifications_errors_total"
      ],
      "obscompile-prometheus/Remote-write samples lost": [
        "prometheus_remote_storage_samples_failed_total"
      ],
      "obscompile-alertmanager/Alerts held": [
        "alertmanager_alerts"
      ],
      "obscompile-alertmanager/Notifications sent": [
        "alertmanager_notifications_total"
      ],
      "obscompile-alertmanager/Notifications failed": [
        "alertmanager_notifications_failed_total"
      ],
      "obscompile-jaeger/Spans received": [
        "otelcol_receiver_accepted_spans_total"
      ],
      "obscompile-jaeger/Spans refused": [
        "otelcol_receiver_refused_spans_total"
      ],
      "obscompile-jaeger/Spans handed on": [
        "otelcol_exporter_sent_spans_total"
      ],
      "obscompile-jaeger/Spans failed to hand on": [
        "otelcol_exporter_send_failed_spans_total"
      ],
      "obscompile-jaeger/Forwarding queue": [
        "otelcol_exporter_queue_size"
      ]
    };
  }
});

// src/dashboards/panel.ts
var SCOPE_LABELS, SCOPE, sel, RATE, rate;
var init_panel = __esm({
  "src/dashboards/panel.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    SCOPE_LABELS = ["host", "container_run"];
    SCOPE = SCOPE_LABELS.map((l) => `${l}=~"$${l}"`).join(", ");
    sel = (name2, matchers = "") => `${name2}{${matchers ? `${matchers}, ` : ""}${SCOPE}}`;
    RATE = "[$__rate_interval]";
    rate = (name2, matchers = "") => `rate(${sel(name2, matchers)}${RATE})`;
  }
});

// src/dashboards/containers.ts
var cadvisor, named, perContainer, byContainer, CONTAINER_CPU, CONTAINER_MEMORY, CONTAINERS_DASHBOARD;
var init_containers = __esm({
  "src/dashboards/containers.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_panel();
    cadvisor = { source: "cadvisor" };
    named = 'container!=""';
    perContainer = "{{container}}";
    byContainer = (title, description, unit, expr, metrics) => ({
      ...cadvisor,
      title,
      description,
      kind: "timeseries",
      unit,
      min: 0,
      queries: metrics.map(([metric, suffix]) => ({ expr: `sum by (container) (${expr(metric)})`, legend: `${perContainer}${suffix}` }))
    });
    CONTAINER_CPU = byContainer("CPU", "CPU cores used per container (container_cpu_usage_seconds_total).", "short", (m) => rate(m, named), [["container_cpu_usage_seconds_total", ""]]);
    CONTAINER_MEMORY = byContainer("Memory working set", "Memory the kernel cannot reclaim without swapping, per container (container_memory_working_set_bytes): what the OOM killer looks at.", "bytes", (m) => sel(m, named), [["container_memory_working_set_bytes", ""]]);
    CONTAINERS_DASHBOARD = {
      uid: "obscompile-containers",
      title: "Containers (cAdvisor)",
      description: "Every container on the host: CPU and throttling, memory, network and disk, pressure, OOM kills and restarts.",
      source: "cadvisor",
      rows: [
        {
          title: "CPU and memory",
          panels: [
            CONTAINER_CPU,
            { ...cadvisor, title: "CPU throttled", description: "Share of CFS periods in which each container was throttled by its CPU limit (container_cpu_cfs_throttled_periods_total over container_cpu_cfs_periods_total).", kind: "timeseries", unit: "percentunit", min: 0, max: 1, queries: [{ expr: `sum by (container) (${rate("container_cpu_cfs_throttled_periods_total", named)}) / sum by (container) (${rate("container_cpu_cfs_periods_total", named)})`, legend: perContainer }] },
            CONTAINER_MEMORY
          ]
        },
        {
          title: "Network and disk",
          panels: [
            byContainer("Network", "Bytes received and sent per container (container_network_*_bytes_total).", "Bps", (m) => rate(m, named), [["container_network_receive_bytes_total", " in"], ["container_network_transmit_bytes_total", " out"]]),
            byContainer("Disk I/O", "Bytes read and written per container (container_fs_reads_bytes_total, container_fs_writes_bytes_total).", "Bps", (m) => rate(m, named), [["container_fs_reads_bytes_total", " read"], ["container_fs_writes_bytes_total", " written"]])
          ]
        },
        {
          title: "Trouble",
          panels: [
            byContainer("Pressure (some tasks waiting)", "Share of time some task of each container waited for CPU, memory or I/O (container_pressure_*_waiting_seconds_total; cAdvisor 0.53 and later, kernels with PSI).", "percentunit", (m) => rate(m, named), [["container_pressure_cpu_waiting_seconds_total", " cpu"], ["container_pressure_memory_waiting_seconds_total", " memory"], ["container_pressure_io_waiting_seconds_total", " io"]]),
            byContainer("OOM kills", "Processes the kernel's out-of-memory killer ended, per container (container_oom_events_total).", "short", (m) => `increase(${sel(m, named)}[$__rate_interval])`, [["container_oom_events_total", ""]]),
            byContainer("Restarts", "Times each container started again (changes of container_start_time_seconds).", "short", (m) => `changes(${sel(m, named)}[$__rate_interval])`, [["container_start_time_seconds", ""]])
          ]
        }
      ]
    };
  }
});

// src/dashboards/gpu.ts
var gpu3, perGpu, NS2, GPU_UTILISATION, GPU_MEMORY, GPU_POWER, heldBack, counted, activity, GPU_DASHBOARD;
var init_gpu2 = __esm({
  "src/dashboards/gpu.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_panel();
    gpu3 = { source: "dcgmExporter" };
    perGpu = "{{container}} GPU {{gpu}}";
    NS2 = 1e9;
    GPU_UTILISATION = { ...gpu3, title: "GPU utilisation", description: "Share of time a kernel ran on each GPU (DCGM_FI_DEV_GPU_UTIL).", kind: "timeseries", unit: "percent", min: 0, max: 100, queries: [{ expr: `avg by (container, gpu) (${sel("DCGM_FI_DEV_GPU_UTIL")})`, legend: perGpu }] };
    GPU_MEMORY = {
      ...gpu3,
      title: "GPU memory used",
      description: "Framebuffer used over used plus free, per GPU; red from the GpuMemoryNearlyFull threshold.",
      kind: "timeseries",
      unit: "percentunit",
      min: 0,
      max: 1,
      threshold: (t2) => t2.gpuMemoryUsedRatio,
      queries: [{ expr: `${sel("DCGM_FI_DEV_FB_USED")} / (${sel("DCGM_FI_DEV_FB_USED")} + ${sel("DCGM_FI_DEV_FB_FREE")})`, legend: perGpu }]
    };
    GPU_POWER = { ...gpu3, title: "GPU power", description: "Power draw per GPU (DCGM_FI_DEV_POWER_USAGE).", kind: "timeseries", unit: "watt", queries: [{ expr: sel("DCGM_FI_DEV_POWER_USAGE"), legend: perGpu }] };
    heldBack = (title, metric, cause) => ({
      ...gpu3,
      title,
      description: `Share of time each GPU's clocks were lowered ${cause} (${metric}, nanoseconds per second); red from the throttling alerts' threshold.`,
      kind: "timeseries",
      unit: "percentunit",
      min: 0,
      threshold: (t2) => t2.gpuThrottleRatio,
      queries: [{ expr: `${rate(metric)} / ${NS2}`, legend: perGpu }]
    });
    counted = (title, metric, description, legend = perGpu) => ({ ...gpu3, title, description, kind: "timeseries", unit: "short", min: 0, queries: [{ expr: `increase(${sel(metric)}[$__rate_interval])`, legend }] });
    activity = (title, metric, what) => ({ ...gpu3, title, description: `${what} (${metric}, a profiling field: collected with exporters.dcgmExporter.profiling and SYS_ADMIN).`, kind: "timeseries", unit: "percentunit", min: 0, max: 1, queries: [{ expr: sel(metric), legend: perGpu }] });
    GPU_DASHBOARD = {
      uid: "obscompile-gpu",
      title: "GPUs (dcgm-exporter)",
      description: "Every GPU of the dev container: utilisation, memory, power and heat, throttling, errors and profiling fields.",
      source: "dcgmExporter",
      rows: [
        {
          title: "Utilisation",
          panels: [GPU_UTILISATION, GPU_MEMORY, { ...gpu3, title: "Memory copy utilisation", description: "Share of time the GPU memory was read or written (DCGM_FI_DEV_MEM_COPY_UTIL).", kind: "timeseries", unit: "percent", min: 0, max: 100, queries: [{ expr: sel("DCGM_FI_DEV_MEM_COPY_UTIL"), legend: perGpu }] }]
        },
        {
          title: "Power and heat",
          panels: [
            GPU_POWER,
            { ...gpu3, title: "Temperature", description: "GPU and memory temperature (DCGM_FI_DEV_GPU_TEMP, DCGM_FI_DEV_MEMORY_TEMP).", kind: "timeseries", unit: "celsius", queries: [{ expr: sel("DCGM_FI_DEV_GPU_TEMP"), legend: `${perGpu} GPU` }, { expr: sel("DCGM_FI_DEV_MEMORY_TEMP"), legend: `${perGpu} memory` }] },
            { ...gpu3, title: "Clocks (MHz)", description: "SM and memory clocks in MHz (DCGM_FI_DEV_SM_CLOCK, DCGM_FI_DEV_MEM_CLOCK).", kind: "timeseries", unit: "short", queries: [{ expr: sel("DCGM_FI_DEV_SM_CLOCK"), legend: `${perGpu} SM` }, { expr: sel("DCGM_FI_DEV_MEM_CLOCK"), legend: `${perGpu} memory` }] }
          ]
        },
        {
          title: "Held back",
          panels: [heldBack("Thermal throttling", "DCGM_FI_DEV_THERMAL_VIOLATION", "for temperature"), heldBack("Power throttling", "DCGM_FI_DEV_POWER_VIOLATION", "by the power limit")]
        },
        {
          title: "Errors",
          panels: [
            counted("XID errors", "DCGM_EXP_XID_ERRORS_TOTAL", "XID errors the driver reported, by code (DCGM_EXP_XID_ERRORS_TOTAL, dcgm-exporter 4.8.3 and later).", `${perGpu} XID {{xid}}`),
            counted("Uncorrectable ECC errors", "DCGM_FI_DEV_ECC_DBE_VOL_TOTAL", "Double-bit memory errors since the last driver load (DCGM_FI_DEV_ECC_DBE_VOL_TOTAL)."),
            counted("PCIe replays", "DCGM_FI_DEV_PCIE_REPLAY_COUNTER", "PCIe packets resent (DCGM_FI_DEV_PCIE_REPLAY_COUNTER): a rising count points at the link.")
          ]
        },
        {
          title: "Profiling",
          panels: [
            activity("SM active", "DCGM_FI_PROF_SM_ACTIVE", "Share of time at least one warp ran on an SM"),
            activity("Tensor cores active", "DCGM_FI_PROF_PIPE_TENSOR_ACTIVE", "Share of cycles the tensor pipes were busy"),
            activity("Memory bandwidth used", "DCGM_FI_PROF_DRAM_ACTIVE", "Share of cycles the device memory interface was busy")
          ]
        }
      ]
    };
  }
});

// src/dashboards/host.ts
var host, perInstance, HOST_CPU, HOST_MEMORY, bytesPerSecond, stalled, HOST_DASHBOARD;
var init_host = __esm({
  "src/dashboards/host.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_panel();
    host = { source: "nodeExporter" };
    perInstance = "{{instance}}";
    HOST_CPU = { ...host, title: "CPU busy", description: "Share of CPU time not idle, over all CPUs of the host (node_cpu_seconds_total).", kind: "timeseries", unit: "percentunit", min: 0, max: 1, queries: [{ expr: `1 - avg by (instance) (${rate("node_cpu_seconds_total", 'mode="idle"')})`, legend: perInstance }] };
    HOST_MEMORY = { ...host, title: "Memory available", description: "Memory available to new work without swapping, over the total (node_memory_MemAvailable_bytes).", kind: "timeseries", unit: "percentunit", min: 0, max: 1, queries: [{ expr: `${sel("node_memory_MemAvailable_bytes")} / ${sel("node_memory_MemTotal_bytes")}`, legend: perInstance }] };
    bytesPerSecond = (title, description, queries) => ({ ...host, title, description, kind: "timeseries", unit: "Bps", min: 0, queries: queries.map(([metric, legend]) => ({ expr: `sum by (device) (${rate(metric)})`, legend })) });
    stalled = (what, metric) => ({ expr: rate(metric), legend: what });
    HOST_DASHBOARD = {
      uid: "obscompile-host",
      title: "Host (node_exporter)",
      description: "CPU, load, memory and pressure of the host; disks and network as the dev container sees them.",
      source: "nodeExporter",
      rows: [
        {
          title: "CPU and memory",
          panels: [
            HOST_CPU,
            { ...host, title: "Load average", description: "Runnable and uninterruptible tasks, averaged over 1, 5 and 15 minutes (node_load1, node_load5, node_load15).", kind: "timeseries", unit: "short", min: 0, queries: [{ expr: sel("node_load1"), legend: "1m" }, { expr: sel("node_load5"), legend: "5m" }, { expr: sel("node_load15"), legend: "15m" }] },
            HOST_MEMORY
          ]
        },
        {
          title: "Disks and network",
          panels: [
            { ...host, title: "File system space available", description: "Space left on each file system mounted in the dev container (node_filesystem_avail_bytes over node_filesystem_size_bytes).", kind: "timeseries", unit: "percentunit", min: 0, max: 1, queries: [{ expr: `${sel("node_filesystem_avail_bytes")} / ${sel("node_filesystem_size_bytes")}`, legend: "{{mountpoint}}" }] },
            bytesPerSecond("Disk I/O", "Bytes read and written per disk (node_disk_read_bytes_total, node_disk_written_bytes_total).", [["node_disk_read_bytes_total", "{{device}} read"], ["node_disk_written_bytes_total", "{{device}} written"]]),
            bytesPerSecond("Network", "Bytes received and sent per network device of the dev container's namespace (node_network_*_bytes_total).", [["node_network_receive_bytes_total", "{{device}} in"], ["node_network_transmit_bytes_total", "{{device}} out"]])
          ]
        },
        {
          title: "Pressure",
          panels: [
            { ...host, title: "Waiting (some tasks)", description: "Share of time some task waited for CPU, memory or I/O (node_pressure_*_waiting_seconds_total; kernels with PSI).", kind: "timeseries", unit: "percentunit", min: 0, queries: [stalled("cpu", "node_pressure_cpu_waiting_seconds_total"), stalled("memory", "node_pressure_memory_waiting_seconds_total"), stalled("io", "node_pressure_io_waiting_seconds_total")] },
            { ...host, title: "Stalled (every task)", description: "Share of time every non-idle task waited for memory or I/O: the host thrashes (node_pressure_*_stalled_seconds_total).", kind: "timeseries", unit: "percentunit", min: 0, queries: [stalled("memory", "node_pressure_memory_stalled_seconds_total"), stalled("io", "node_pressure_io_stalled_seconds_total")] }
          ]
        }
      ]
    };
  }
});

// src/dashboards/serving.ts
function servingPanels(engine) {
  const base = { source: "modelServer", engine };
  const timeseries3 = (title, description, unit, expr, extra = {}) => ({ ...base, title, description, kind: "timeseries", unit, min: 0, ...extra, queries: [{ expr, legend: perModel }] });
  return {
    timeseries: timeseries3,
    perSecond: (title, metric, unit, description) => timeseries3(title, description, unit, `sum by (model_name) (${rate(metric)})`),
    /** Events per Grafana interval of a counter (`counted`: its increase over `$__rate_interval`, summed by model). */
    perInterval: (title, description, counted2) => timeseries3(title, description, "short", counted2),
    quantile: (title, metric, threshold, what) => ({
      ...base,
      title,
      description: `${what} at the quantile alerting.thresholds.latencyQuantile, from ${metric}_bucket${threshold ? `; red from alerting.thresholds.${threshold}` : ""}.`,
      kind: "timeseries",
      unit: "s",
      min: 0,
      ...threshold ? { threshold: (t2) => t2[threshold] } : {},
      queries: (t2) => [{ expr: `histogram_quantile(${t2.latencyQuantile}, sum by (le, model_name) (${rate(`${metric}_bucket`)}))`, legend: perModel }]
    }),
    heatmap: (title, metric, what) => ({ ...base, title, description: `${what}: requests per bucket of ${metric} (its bucket boundaries, no re-bucketing).`, kind: "heatmap", unit: "s", queries: [{ expr: `sum by (le) (${rate(`${metric}_bucket`)})`, legend: "{{le}}" }] }),
    /** `queued`: the engine's queue of one replica of a model, summed by model. */
    queue: (queued, description) => timeseries3("Queued requests", description, "short", `sum by (model_name) (${queued})`, { threshold: (t2) => t2.queueRequests }),
    /** `gauge`: the engine's share of the KV cache in use (0-1), the largest of its reporters. */
    kvCache: (gauge, description) => timeseries3("KV cache used", description, "percentunit", `max by (model_name) (${sel(gauge)})`, { max: 1, threshold: (t2) => t2.kvCacheUsageRatio })
  };
}
var perModel, increasePerModel, timeseries, perSecond, perInterval, quantile, heatmap, queue, kvCache, REQUEST_RATE, GENERATION_RATE, TTFT, QUEUE, KV_CACHE, hits, SERVING_DASHBOARD;
var init_serving2 = __esm({
  "src/dashboards/serving.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_ranks();
    init_panel();
    perModel = "{{model_name}}";
    increasePerModel = (metric, matchers = "") => `sum by (model_name) (increase(${sel(metric, matchers)}[$__rate_interval]))`;
    ({ timeseries, perSecond, perInterval, quantile, heatmap, queue, kvCache } = servingPanels("sglang"));
    REQUEST_RATE = perSecond("Requests", "sglang:num_requests_total", "reqps", "Requests finished per second (sglang:num_requests_total).");
    GENERATION_RATE = perSecond("Generated tokens", "sglang:generation_tokens_total", "short", "Output tokens per second (sglang:generation_tokens_total).");
    TTFT = quantile("Time to first token", "sglang:time_to_first_token_seconds", "ttftSeconds", "Time to first token");
    QUEUE = queue(perReplica(sel("sglang:num_queue_reqs")), "Requests waiting in the scheduler queue, per model; red from alerting.thresholds.queueRequests.");
    KV_CACHE = kvCache("sglang:token_usage", "Share of the KV-cache token pool in use (sglang:token_usage); red from alerting.thresholds.kvCacheUsageRatio.");
    hits = 'mode=~"device_hit|host_hit|storage_hit"';
    SERVING_DASHBOARD = {
      uid: "obscompile-serving",
      title: "Model server (SGLang)",
      description: "SGLang as it serves: load, latency against the alert thresholds, queue and KV cache, aborted and retracted requests.",
      source: "modelServer",
      engine: "sglang",
      rows: [
        {
          title: "Load",
          panels: [
            REQUEST_RATE,
            GENERATION_RATE,
            perSecond("Prompt tokens", "sglang:prompt_tokens_total", "short", "Prompt tokens per second (sglang:prompt_tokens_total)."),
            timeseries("Running requests", "Requests being prefilled or decoded, per model (sglang:num_running_reqs).", "short", `sum by (model_name) (${perReplica(sel("sglang:num_running_reqs"))})`),
            QUEUE
          ]
        },
        {
          title: "Latency",
          panels: [
            TTFT,
            quantile("Time between tokens", "sglang:inter_token_latency_seconds", "interTokenLatencySeconds", "Time between output tokens"),
            quantile("End-to-end latency", "sglang:e2e_request_latency_seconds", void 0, "Time from arrival to the last token"),
            heatmap("Time to first token, distribution", "sglang:time_to_first_token_seconds", "Time to first token"),
            heatmap("Time between tokens, distribution", "sglang:inter_token_latency_seconds", "Time between output tokens")
          ]
        },
        {
          title: "KV cache",
          panels: [
            KV_CACHE,
            timeseries("Prefix-cache hit rate", "Share of prefill tokens served from a cache tier (sglang:prefill_effective_tokens_total, hits over input).", "percentunit", `sum by (model_name) (${perReplica(rate("sglang:prefill_effective_tokens_total", hits))}) / sum by (model_name) (${perReplica(rate("sglang:prefill_effective_tokens_total", 'mode="input"'))})`, { max: 1 })
          ]
        },
        {
          title: "Failures",
          panels: [
            perInterval("Aborted requests", "Requests aborted per interval (sglang:num_aborted_requests_total; appears after the first abort).", increasePerModel("sglang:num_aborted_requests_total")),
            perInterval("Retracted requests", "Requests retracted to free KV-cache memory per interval (sglang:num_retracted_requests_total; appears after the first retraction).", `sum by (model_name) (${perReplica(`increase(${sel("sglang:num_retracted_requests_total")}[$__rate_interval])`)})`)
          ]
        }
      ]
    };
  }
});

// src/dashboards/serving-vllm.ts
var timeseries2, perSecond2, perInterval2, quantile2, heatmap2, queue2, kvCache2, VLLM_REQUEST_RATE, VLLM_GENERATION_RATE, VLLM_TTFT, VLLM_QUEUE, VLLM_KV_CACHE, VLLM_SERVING_DASHBOARD;
var init_serving_vllm2 = __esm({
  "src/dashboards/serving-vllm.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_serving2();
    init_panel();
    ({ timeseries: timeseries2, perSecond: perSecond2, perInterval: perInterval2, quantile: quantile2, heatmap: heatmap2, queue: queue2, kvCache: kvCache2 } = servingPanels("vllm"));
    VLLM_REQUEST_RATE = perSecond2("Requests", "vllm:request_success_total", "reqps", "Requests finished per second, for any reason (vllm:request_success_total).");
    VLLM_GENERATION_RATE = perSecond2("Generated tokens", "vllm:generation_tokens_total", "short", "Output tokens per second (vllm:generation_tokens_total).");
    VLLM_TTFT = quantile2("Time to first token", "vllm:time_to_first_token_seconds", "ttftSeconds", "Time to first token");
    VLLM_QUEUE = queue2(sel("vllm:num_requests_waiting"), "Requests waiting to be scheduled, per model (vllm:num_requests_waiting); red from alerting.thresholds.queueRequests.");
    VLLM_KV_CACHE = kvCache2("vllm:kv_cache_usage_perc", "Share of the KV-cache blocks in use (vllm:kv_cache_usage_perc); red from alerting.thresholds.kvCacheUsageRatio.");
    VLLM_SERVING_DASHBOARD = {
      uid: "obscompile-vllm",
      title: "Model server (vLLM)",
      description: "vLLM as it serves: load, latency against the alert thresholds, queue and KV cache, aborted and preempted requests.",
      source: "modelServer",
      engine: "vllm",
      rows: [
        {
          title: "Load",
          panels: [
            VLLM_REQUEST_RATE,
            VLLM_GENERATION_RATE,
            perSecond2("Prompt tokens", "vllm:prompt_tokens_total", "short", "Prompt tokens per second (vllm:prompt_tokens_total)."),
            timeseries2("Running requests", "Requests in the running batch, per model (vllm:num_requests_running).", "short", `sum by (model_name) (${sel("vllm:num_requests_running")})`),
            VLLM_QUEUE
          ]
        },
        {
          title: "Latency",
          panels: [
            VLLM_TTFT,
            quantile2("Time between tokens", "vllm:inter_token_latency_seconds", "interTokenLatencySeconds", "Time between output tokens"),
            quantile2("End-to-end latency", "vllm:e2e_request_latency_seconds", void 0, "Time from arrival to the last token"),
            quantile2("Queue time", "vllm:request_queue_time_seconds", void 0, "Time waited before first scheduled"),
            heatmap2("Time to first token, distribution", "vllm:time_to_first_token_seconds", "Time to first token"),
            heatmap2("Time between tokens, distribution", "vllm:inter_token_latency_seconds", "Time between output tokens")
          ]
        },
        {
          title: "KV cache",
          panels: [
            VLLM_KV_CACHE,
            timeseries2("Prefix-cache hit rate", "Share of prompt tokens found in the prefix cache (vllm:prefix_cache_hits_total over vllm:prefix_cache_queries_total).", "percentunit", `sum by (model_name) (${rate("vllm:prefix_cache_hits_total")}) / sum by (model_name) (${rate("vllm:prefix_cache_queries_total")})`, { max: 1 })
          ]
        },
        {
          title: "Failures",
          panels: [
            perInterval2("Aborted requests", 'Requests aborted per interval (vllm:request_success_total with finished_reason="abort").', increasePerModel("vllm:request_success_total", 'finished_reason="abort"')),
            perInterval2("Preempted requests", "Requests preempted to free KV-cache blocks per interval (vllm:num_preemptions_total).", increasePerModel("vllm:num_preemptions_total"))
          ]
        }
      ]
    };
  }
});

// src/dashboards/stack.ts
var prometheus3, alertmanager2, jaeger, TARGETS_UP, failures, PROMETHEUS_DASHBOARD, ALERTMANAGER_DASHBOARD, spans, JAEGER_DASHBOARD;
var init_stack2 = __esm({
  "src/dashboards/stack.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_panel();
    prometheus3 = { source: "prometheus" };
    alertmanager2 = { source: "alertmanager" };
    jaeger = { source: "jaeger" };
    TARGETS_UP = { ...prometheus3, title: "Targets up", description: "Whether the last scrape of each target succeeded (up): 0 is a target down.", kind: "timeseries", unit: "short", min: 0, max: 1, queries: [{ expr: sel("up"), legend: "{{job}} {{instance}}" }] };
    failures = (title, metric, description, legend) => ({ ...prometheus3, title, description, kind: "timeseries", unit: "short", min: 0, queries: [{ expr: `sum by (${legend}) (increase(${sel(metric)}[$__rate_interval]))`, legend: `{{${legend}}}` }] });
    PROMETHEUS_DASHBOARD = {
      uid: "obscompile-prometheus",
      title: "Prometheus",
      description: "The targets Prometheus scrapes, what it stores, and whether its rules, Alertmanagers and remote writes work.",
      source: "prometheus",
      rows: [
        {
          title: "Targets",
          panels: [TARGETS_UP, { ...prometheus3, title: "Scrape duration", description: "How long the last scrape of each target took (scrape_duration_seconds).", kind: "timeseries", unit: "s", min: 0, queries: [{ expr: sel("scrape_duration_seconds"), legend: "{{job}} {{instance}}" }] }]
        },
        {
          title: "Storage",
          panels: [
            { ...prometheus3, title: "Samples appended", description: "Samples written to the head block per second (prometheus_tsdb_head_samples_appended_total).", kind: "timeseries", unit: "short", min: 0, queries: [{ expr: `sum(${rate("prometheus_tsdb_head_samples_appended_total")})`, legend: "samples/s" }] },
            { ...prometheus3, title: "Series in memory", description: "Series held in the head block (prometheus_tsdb_head_series).", kind: "timeseries", unit: "short", min: 0, queries: [{ expr: sel("prometheus_tsdb_head_series"), legend: "series" }] },
            { ...prometheus3, title: "Blocks on disk", description: "Bytes this run's persisted blocks take (prometheus_tsdb_storage_blocks_bytes).", kind: "timeseries", unit: "bytes", min: 0, queries: [{ expr: sel("prometheus_tsdb_storage_blocks_bytes"), legend: "blocks" }] }
          ]
        },
        {
          title: "Rules and what goes out",
          panels: [
            failures("Rule evaluation failures", "prometheus_rule_evaluation_failures_total", "Rule evaluations that failed, per group (prometheus_rule_evaluation_failures_total).", "rule_group"),
            failures("Alerts not delivered", "prometheus_notifications_errors_total", "Failed sends to an Alertmanager (prometheus_notifications_errors_total).", "alertmanager"),
            failures("Remote-write samples lost", "prometheus_remote_storage_samples_failed_total", "Samples a remote-write queue gave up on (prometheus_remote_storage_samples_failed_total).", "remote_name")
          ]
        }
      ]
    };
    ALERTMANAGER_DASHBOARD = {
      uid: "obscompile-alertmanager",
      title: "Alertmanager",
      description: "The alerts Alertmanager holds, and the notifications it sends and fails to send.",
      source: "alertmanager",
      rows: [
        {
          title: "Alerts and notifications",
          panels: [
            { ...alertmanager2, title: "Alerts held", description: "Alerts by state: active, suppressed (silenced or inhibited), unprocessed (alertmanager_alerts).", kind: "timeseries", unit: "short", min: 0, queries: [{ expr: `sum by (state) (${sel("alertmanager_alerts")})`, legend: "{{state}}" }] },
            { ...alertmanager2, title: "Notifications sent", description: "Notifications attempted per second, by integration (alertmanager_notifications_total).", kind: "timeseries", unit: "short", min: 0, queries: [{ expr: `sum by (integration) (${rate("alertmanager_notifications_total")})`, legend: "{{integration}}" }] },
            { ...alertmanager2, title: "Notifications failed", description: "Notifications that failed per interval, by integration (alertmanager_notifications_failed_total).", kind: "timeseries", unit: "short", min: 0, queries: [{ expr: `sum by (integration) (increase(${sel("alertmanager_notifications_failed_total")}[$__rate_interval]))`, legend: "{{integration}}" }] }
          ]
        }
      ]
    };
    spans = (title, metric, by, description) => ({ ...jaeger, title, description, kind: "timeseries", unit: "short", min: 0, queries: [{ expr: `sum by (${by}) (${rate(metric)})`, legend: `{{${by}}}` }] });
    JAEGER_DASHBOARD = {
      uid: "obscompile-jaeger",
      title: "Jaeger",
      description: "Spans Jaeger receives, refuses, stores and forwards, and its sending queue.",
      source: "jaeger",
      rows: [
        {
          title: "Spans",
          panels: [
            spans("Spans received", "otelcol_receiver_accepted_spans_total", "receiver", "Spans accepted per second, per receiver (otelcol_receiver_accepted_spans_total)."),
            spans("Spans refused", "otelcol_receiver_refused_spans_total", "receiver", "Spans refused per second, per receiver (otelcol_receiver_refused_spans_total): traces are being lost."),
            spans("Spans handed on", "otelcol_exporter_sent_spans_total", "exporter", "Spans written to the trace store or forwarded, per exporter (otelcol_exporter_sent_spans_total)."),
            spans("Spans failed to hand on", "otelcol_exporter_send_failed_spans_total", "exporter", "Spans an exporter failed to store or forward (otelcol_exporter_send_failed_spans_total)."),
            { ...jaeger, title: "Forwarding queue", description: "Batches waiting in the forwarding exporter's queue (otelcol_exporter_queue_size), with jaeger.forwardOtlp.", kind: "timeseries", unit: "short", min: 0, queries: [{ expr: sel("otelcol_exporter_queue_size"), legend: "{{exporter}}" }] }
          ]
        }
      ]
    };
  }
});

// src/dashboards/overview.ts
var OVERVIEW_DASHBOARD;
var init_overview = __esm({
  "src/dashboards/overview.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_containers();
    init_gpu2();
    init_host();
    init_serving2();
    init_serving_vllm2();
    init_stack2();
    OVERVIEW_DASHBOARD = {
      uid: "obscompile-overview",
      title: "Overview",
      description: "One run at a glance: GPUs, serving, host, containers and whether every target answers. Each source has a dashboard of its own.",
      rows: [
        { title: "GPUs", panels: [GPU_UTILISATION, GPU_MEMORY, GPU_POWER] },
        // Each engine's panels, by the same titles: a configuration gets those of its engine.
        { title: "Serving", panels: [REQUEST_RATE, TTFT, QUEUE, KV_CACHE, VLLM_REQUEST_RATE, VLLM_TTFT, VLLM_QUEUE, VLLM_KV_CACHE].map((p) => ({ ...p, width: 6 })) },
        { title: "Host and containers", panels: [{ ...HOST_CPU, width: 6 }, { ...HOST_MEMORY, width: 6 }, { ...CONTAINER_CPU, width: 6 }, { ...CONTAINER_MEMORY, width: 6 }] },
        { title: "Stack", panels: [{ ...TARGETS_UP, width: 24 }] }
      ]
    };
  }
});

// src/dashboards/index.ts
var DASHBOARDS, panelKey, panelQueries;
var init_dashboards = __esm({
  "src/dashboards/index.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_containers();
    init_gpu2();
    init_host();
    init_overview();
    init_serving2();
    init_serving_vllm2();
    init_stack2();
    DASHBOARDS = [OVERVIEW_DASHBOARD, GPU_DASHBOARD, SERVING_DASHBOARD, VLLM_SERVING_DASHBOARD, HOST_DASHBOARD, CONTAINERS_DASHBOARD, PROMETHEUS_DASHBOARD, ALERTMANAGER_DASHBOARD, JAEGER_DASHBOARD];
    panelKey = (dashboard, panel2) => `${dashboard.uid}/${panel2.title}${panel2.engine && panel2.engine !== "sglang" ? `@${panel2.engine}` : ""}`;
    panelQueries = (panel2, t2) => typeof panel2.queries === "function" ? panel2.queries(t2) : panel2.queries;
  }
});

// src/model/dashboards.ts
function modelPanel(panel2, thresholds) {
  const { queries: _, threshold, ...rest } = panel2;
  return { ...rest, queries: panelQueries(panel2, thresholds), ...threshold ? { threshold: threshold(thresholds) } : {} };
}
function dashboardsModel(config3, series, scraped) {
  if (!config3.prometheus.enabled || !(config3.grafana.dashboards || config3.grafana.enabled)) return void 0;
  const leftOut = [];
  const dashboards = [];
  const thresholds = thresholdsOf(config3);
  const ours2 = forEngine(engineOf(config3));
  for (const d of DASHBOARDS.filter(ours2)) {
    if (d.source && !scraped.has(d.source)) continue;
    const rows = d.rows.map((row) => ({
      title: row.title,
      panels: row.panels.filter(ours2).filter((p) => {
        const why = notScrapedWhy(p.source, scraped) ?? missing(panelReads[panelKey(d, p)] ?? [], series, /* @__PURE__ */ new Set());
        if (why && d.source) leftOut.push({ name: `${d.title} / ${p.title}`, why });
        return !why;
      }).map((p) => modelPanel(p, thresholds))
    })).filter((row) => row.panels.length > 0);
    if (rows.length) dashboards.push({ ...d, rows });
  }
  return { dashboards, leftOut };
}
var init_dashboards2 = __esm({
  "src/model/dashboards.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_panel_reads();
    init_dashboards();
    init_availability();
    init_engine();
    init_thresholds();
  }
});

// src/model/series.ts
function seriesIndex(sections) {
  const index = /* @__PURE__ */ new Map();
  const sets = /* @__PURE__ */ new Map();
  const labelSet = (labels, extra) => {
    const key = `${labels.join("\0")}\0\0${extra}`;
    let set2 = sets.get(key);
    if (!set2) sets.set(key, set2 = /* @__PURE__ */ new Set([...labels, ...TARGET_LABELS, ...extra ? [extra] : []]));
    return set2;
  };
  for (const section2 of sections) {
    for (const row of section2.metrics) {
      const add = (name2, type, extra = "", part) => {
        const info = { name: name2, row, type, labels: labelSet(row.labels, extra), status: row.status, job: section2.job };
        if (part) info.part = part;
        if (row.note !== void 0) info.note = row.note;
        if (part === "bucket" && row.buckets) info.buckets = row.buckets;
        if (!index.has(name2)) index.set(name2, info);
      };
      if (row.type === "histogram") {
        add(`${row.name}_bucket`, "counter", "le", "bucket");
        add(`${row.name}_sum`, "counter", "", "sum");
        add(`${row.name}_count`, "counter", "", "count");
      } else if (row.type === "summary") {
        add(row.name, "summary", "quantile", "quantile");
        add(`${row.name}_sum`, "counter", "", "sum");
        add(`${row.name}_count`, "counter", "", "count");
      } else add(row.name, row.type);
    }
  }
  return index;
}
var TARGET_LABELS;
var init_series = __esm({
  "src/model/series.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    TARGET_LABELS = ["job", "instance"];
  }
});

// src/model/model.ts
function buildModel(config3, ctx) {
  const configDir = (0, import_node_path5.dirname)(ctx.configPath);
  const root = config3.storage.telemetryRoot;
  const workspaceRoot = (0, import_node_path5.resolve)(configDir, config3.devcontainer.workspaceRoot);
  const { jobs, catalog: catalog2, series, alerts, scraped } = alertingOf(config3, ctx.catalog);
  const dashboards = dashboardsModel(config3, series, scraped);
  const storageDirs = [
    ...config3.storage.durable.map((d) => d.dir),
    "profiles",
    ...config3.storage.profiles.map((p) => `profiles/${p.dir}`),
    "logs",
    "prometheus",
    "jaeger",
    ...config3.alertmanager.enabled ? ["alertmanager"] : []
  ];
  return {
    config: config3,
    sourceName: posixRelative(ctx.outDir, ctx.configPath),
    containerOutDir: CONTAINER_OUT_DIR,
    rel: {
      storageRoot: posixRelative(ctx.outDir, (0, import_node_path5.resolve)(configDir, config3.storage.hostRoot)),
      workspaceRoot: posixRelative(ctx.outDir, workspaceRoot),
      ...config3.grafana.adminPasswordFile ? { grafanaAdminPassword: posixRelative(ctx.outDir, (0, import_node_path5.resolve)(configDir, config3.grafana.adminPasswordFile)) } : {}
    },
    inWorkspace: {
      outDir: posixRelative(workspaceRoot, ctx.outDir),
      schema: workspaceSchema(config3.devcontainer.schemaPath ?? (0, import_node_path5.join)(posixRelative(configDir, ctx.outDir), SCHEMA_COPY), configDir, workspaceRoot)
    },
    paths: {
      telemetryRoot: root,
      metaFile: `${root}/container_run_meta.env`,
      logsDir: `${root}/logs`,
      prometheusDir: `${root}/prometheus`,
      jaegerDir: `${root}/jaeger`,
      profilesDir: `${root}/profiles`
    },
    ports: portUses(config3),
    components: componentRows(config3),
    scrapeJobs: jobs,
    ...config3.modelServer.enabled ? { launch: launchCommand(config3) } : {},
    storageDirs,
    storageEntries: [.../* @__PURE__ */ new Set([...storageDirs.map((d) => d.split("/")[0]), ".gitignore", "container_run_meta.env"])],
    catalog: catalog2,
    joins: jobs.some((j) => j.job === "dcgm_exporter") && jobs.some((j) => j.job === "cadvisor") ? containerJoins() : [],
    series,
    ...alerts ? { alerts } : {},
    ...dashboards ? { dashboards } : {},
    images: images(config3),
    bundled: bundledStages(config3),
    ...withDaemons(config3),
    ...config3.jaeger.enabled && major(config3.versions.jaeger) >= 2 ? { jaegerConfig: jaegerConfig(config3) } : {},
    dcgmCollectors: dcgmCollectors(config3, ctx.catalog),
    schemaText: ctx.schemaText
  };
}
function withDaemons(config3) {
  const list = daemons(config3);
  const words = list.flatMap((d) => [...d.args, ...Object.values(d.env)]).flat();
  return { daemons: list, bindAddressUsed: words.some((w) => typeof w === "object" && w.variable === "BIND_ADDRESS") };
}
function alertingOf(config3, source) {
  if (last?.config === config3 && last.source === source) return last.found;
  const jobs = scrapeJobs(config3);
  const catalog2 = catalogSections(config3, jobs, source);
  const series = seriesIndex(catalog2);
  const scraped = new Set(COMPONENTS.filter((id) => jobs.some((j) => j.job === jobOf(config3, id))));
  const alerts = alertsModel(config3, series, scraped, (metric) => series.get(`${metric}_bucket`)?.buckets ?? []);
  const found2 = { jobs, catalog: catalog2, series, alerts, scraped };
  last = { config: config3, source, found: found2 };
  return found2;
}
function workspaceSchema(schemaPath, configDir, workspaceRoot) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(schemaPath) ? schemaPath : posixRelative(workspaceRoot, (0, import_node_path5.resolve)(configDir, schemaPath));
}
function componentRows(config3) {
  const { prometheus: p, jaeger: j, exporters: e, modelServer: m, storage } = config3;
  const root = storage.telemetryRoot;
  const rows = [
    p.enabled && { id: "prometheus", name: "Prometheus", ports: [p.port], dataDir: `\`${root}/prometheus/container-run-*/\`` },
    j.enabled && { id: "jaeger", name: "Jaeger UI/OTLP", ports: [j.uiPort, j.otlpGrpcPort, j.otlpHttpPort], dataDir: `\`${root}/jaeger/container-run-*/badger/{key,value}\`` },
    e.nodeExporter.enabled && { id: "nodeExporter", name: "node_exporter", ports: [e.nodeExporter.port], dataDir: "none (metrics only)" },
    e.dcgmExporter.enabled && { id: "dcgmExporter", name: "dcgm-exporter", ports: [e.dcgmExporter.port], dataDir: "none (metrics only)" },
    m.enabled && { id: "modelServer", name: `${ENGINE_TITLE[engineOf(config3)]} server`, ports: [m.port, ...m.extraPorts], dataDir: "user-launched via `docker exec`" },
    e.cadvisor.enabled && { id: "cadvisor", name: "cAdvisor", ports: [e.cadvisor.port], dataDir: "none (metrics only)" },
    config3.alertmanager.enabled && { id: "alertmanager", name: "Alertmanager", ports: [config3.alertmanager.port], dataDir: `\`${root}/alertmanager/container-run-*/\`` },
    config3.grafana.enabled && { id: "grafana", name: "Grafana", ports: [config3.grafana.port], dataDir: "Docker volume `grafana-data` (dashboards: provisioned files)" }
  ];
  return rows.filter((r) => r !== false);
}
function scrapeJobs(config3) {
  if (!config3.prometheus.enabled) return [];
  const { prometheus: p, jaeger: j, exporters: e, modelServer: m } = config3;
  const local = (port) => [`localhost:${port}`];
  const job = (name2, targets, extra2 = {}) => ({ job: name2, targets, metricsPath: "/metrics", labels: {}, dropMetrics: [], copyLabels: [], ...extra2 });
  const inContainer = { labels: { [CONTAINER_LABEL]: config3.container.service } };
  const jobs = [
    p.scrapeSelf && job("prometheus", local(p.port)),
    config3.alertmanager.enabled && job("alertmanager", local(config3.alertmanager.port)),
    e.nodeExporter.enabled && job("node_exporter", local(e.nodeExporter.port)),
    e.dcgmExporter.enabled && job("dcgm_exporter", local(e.dcgmExporter.port), inContainer),
    j.enabled && job("jaeger", local(j.metricsPort)),
    m.enabled && m.scrape && job(engineOf(config3), local(m.port), inContainer),
    e.cadvisor.enabled && job("cadvisor", [`cadvisor:${e.cadvisor.port}`], { scrapeInterval: e.cadvisor.scrapeInterval, dropMetrics: [...e.cadvisor.dropMetrics], copyLabels: [{ from: "name", to: CONTAINER_LABEL }] })
  ];
  const extra = p.extraTargets.map((t2) => ({
    job: t2.job,
    targets: [...t2.targets],
    metricsPath: t2.metricsPath,
    ...t2.scrapeInterval ? { scrapeInterval: t2.scrapeInterval } : {},
    labels: { ...t2.labels },
    dropMetrics: [],
    copyLabels: []
  }));
  return [...jobs.filter((x) => x !== false), ...extra];
}
function catalogSections(config3, scrapeJobs2, catalog2) {
  const jobs = new Map(scrapeJobs2.map((j) => [j.job, j]));
  const sections = [];
  for (const src of sourcesFor(config3, catalog2)) {
    const job = jobs.get(jobOf(config3, src.source));
    if (job) sections.push(catalogSection(config3, src, job));
  }
  for (const t2 of config3.prometheus.extraTargets) {
    if (t2.metrics.length === 0) continue;
    const metrics = t2.metrics.map((m) => ({ name: m.name, type: m.type, help: m.help, labels: m.labels, status: "available" })).sort(byName);
    sections.push({ title: t2.job, job: t2.job, notes: [], metrics, dropped: [], droppedOffByDefault: [], labelFields: [] });
  }
  return sections;
}
var import_node_path5, last, JOBS, jobOf, COMPONENTS;
var init_model = __esm({
  "src/model/model.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_path5 = require("node:path");
    init_engine();
    init_daemons();
    init_jaeger();
    init_version();
    init_launch_args();
    init_images();
    init_ports();
    init_catalog2();
    init_layout();
    init_container_labels();
    init_alerts2();
    init_dashboards2();
    init_series();
    init_paths();
    JOBS = {
      prometheus: "prometheus",
      nodeExporter: "node_exporter",
      dcgmExporter: "dcgm_exporter",
      jaeger: "jaeger",
      cadvisor: "cadvisor",
      alertmanager: "alertmanager"
    };
    jobOf = (config3, source) => source === "modelServer" ? engineOf(config3) : JOBS[source];
    COMPONENTS = [...Object.keys(JOBS), "modelServer"];
  }
});

// src/check/alerting.ts
function otherEngines(config3) {
  const engine = engineOf(config3);
  const rules = ruleShapes();
  const ours2 = new Set(rules.filter(forEngine(engine)).map((r) => r.alert));
  return rules.filter((r) => r.engine && r.engine !== engine && !ours2.has(r.alert)).map((r) => ({ name: r.alert, why: `it reads ${ENGINE_TITLE[r.engine]}'s series, and this configuration runs ${ENGINE_TITLE[engine]}` }));
}
function forDurations(config3, leftOut, written) {
  const out2 = [];
  const rules = new Map(ruleShapes().map((r) => [r.alert, r]));
  for (const [name2, value] of Object.entries(config3.alerting.for)) {
    if (!written(["alerting", "for", name2])) continue;
    const rule = rules.get(name2);
    const limit = rule.maxFor && durationMs(rule.maxFor) < durationMs(LONGEST_FOR) ? rule.maxFor : LONGEST_FOR;
    if (durationMs(value) > durationMs(limit)) {
      out2.push(at(["alerting", "for", name2], {
        code: "OBS_ALERT_FOR",
        message: limit === LONGEST_FOR ? `${name2} would wait ${value} before firing: obscompile's alerts wait at most ${LONGEST_FOR}` : `${name2} fires only within an hour of what it detects (its expression looks back 1h), so after waiting ${value} it never would`,
        hint: `use ${limit} or less`
      }));
    }
    const why = leftOut.find((l) => l.name === name2)?.why;
    if (why) out2.push(at(["alerting", "for", name2], { severity: "warning", code: "OBS_ALERT_LEFT_OUT", message: `a duration is set for ${name2}, which this configuration leaves out: ${why}`, hint: "turn on what the alert reads, or remove the duration" }, "key"));
  }
  return out2;
}
var alertThresholdsUsable, LONGEST_FOR;
var init_alerting = __esm({
  "src/check/alerting.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_rule();
    init_alerts();
    init_catalog_data();
    init_model();
    init_duration();
    init_thresholds();
    init_engine();
    alertThresholdsUsable = {
      code: "OBS_ALERT_THRESHOLD",
      title: "Alert thresholds and durations are values the alerts can fire with, and each one set belongs to an alert this configuration gets",
      check(config3, { written }) {
        const a = config3.alerting;
        if (!a.enabled || !config3.prometheus.enabled) return [];
        const { series, alerts } = alertingOf(config3, loadCatalog());
        const out2 = [];
        const thresholds = thresholdsOf(config3);
        for (const { threshold: key, histogram } of alerts?.alerts ?? []) {
          const buckets = histogram && series.get(`${histogram}_bucket`)?.buckets;
          if (!buckets || !key) continue;
          const value = thresholds[key];
          const last2 = buckets[buckets.length - 1];
          const never = value >= last2;
          if (!never && buckets.includes(value)) continue;
          const usable = buckets.slice(0, -1);
          const near = [usable.filter((b) => b < value).pop(), usable.find((b) => b > value)].filter((b) => b !== void 0);
          out2.push(at(["alerting", "thresholds", key], {
            severity: never ? "error" : "warning",
            code: "OBS_ALERT_THRESHOLD",
            message: never ? `${value} is not below the last bucket boundary of \`${histogram}\` (${last2} seconds): its quantile never exceeds that, so the alert could never fire` : `${value} is not a bucket boundary of \`${histogram}\` (${buckets.join(", ")} seconds): the alert would compare a quantile interpolated inside a bucket`,
            hint: `use a boundary, such as ${near.join(" or ")}`
          }));
        }
        const keys = Object.keys(a.thresholds).filter((k) => written(["alerting", "thresholds", k]));
        const skipped = [...alerts?.leftOut ?? [], ...otherEngines(config3)];
        const leftOut = new Map(skipped.map((l) => [l.name, l.why]));
        const thresholdOf = new Map(ruleShapes().map((r) => [r.alert, r.threshold]));
        for (const key of keys) {
          if (alerts?.alerts.some((x) => x.threshold === key)) continue;
          const missing2 = [...leftOut.keys()].find((name2) => thresholdOf.get(name2) === key);
          if (!missing2) continue;
          out2.push(at(["alerting", "thresholds", key], {
            severity: "warning",
            code: "OBS_ALERT_LEFT_OUT",
            message: `\`${key}\` is set for ${missing2}, which this configuration leaves out: ${leftOut.get(missing2)}`,
            hint: "turn on what the alert reads, or remove the threshold"
          }, "key"));
        }
        out2.push(...forDurations(config3, skipped, written));
        return out2;
      }
    };
    LONGEST_FOR = "1d";
  }
});

// node_modules/fastest-levenshtein/mod.js
var require_mod = __commonJS({
  "node_modules/fastest-levenshtein/mod.js"(exports2) {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    exports2.__esModule = true;
    exports2.distance = exports2.closest = void 0;
    var peq = new Uint32Array(65536);
    var myers_32 = function(a, b) {
      var n = a.length;
      var m = b.length;
      var lst = 1 << n - 1;
      var pv = -1;
      var mv = 0;
      var sc = n;
      var i = n;
      while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
      }
      for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= (eq & pv) + pv ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
          sc++;
        }
        if (pv & lst) {
          sc--;
        }
        mv = mv << 1 | 1;
        pv = pv << 1 | ~(xv | mv);
        mv &= xv;
      }
      i = n;
      while (i--) {
        peq[a.charCodeAt(i)] = 0;
      }
      return sc;
    };
    var myers_x = function(b, a) {
      var n = a.length;
      var m = b.length;
      var mhc = [];
      var phc = [];
      var hsize = Math.ceil(n / 32);
      var vsize = Math.ceil(m / 32);
      for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
      }
      var j = 0;
      for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
          var eq = peq[a.charCodeAt(i)];
          var pb = phc[i / 32 | 0] >>> i & 1;
          var mb = mhc[i / 32 | 0] >>> i & 1;
          var xv = eq | mv_1;
          var xh = ((eq | mb) & pv_1) + pv_1 ^ pv_1 | eq | mb;
          var ph = mv_1 | ~(xh | pv_1);
          var mh = pv_1 & xh;
          if (ph >>> 31 ^ pb) {
            phc[i / 32 | 0] ^= 1 << i;
          }
          if (mh >>> 31 ^ mb) {
            mhc[i / 32 | 0] ^= 1 << i;
          }
          ph = ph << 1 | pb;
          mh = mh << 1 | mb;
          pv_1 = mh | ~(xv | ph);
          mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
          peq[b.charCodeAt(k)] = 0;
        }
      }
      var mv = 0;
      var pv = -1;
      var start = j * 32;
      var vlen = Math.min(32, m - start) + start;
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
      }
      var score = m;
      for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = phc[i / 32 | 0] >>> i & 1;
        var mb = mhc[i / 32 | 0] >>> i & 1;
        var xv = eq | mv;
        var xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += ph >>> m - 1 & 1;
        score -= mh >>> m - 1 & 1;
        if (ph >>> 31 ^ pb) {
          phc[i / 32 | 0] ^= 1 << i;
        }
        if (mh >>> 31 ^ mb) {
          mhc[i / 32 | 0] ^= 1 << i;
        }
        ph = ph << 1 | pb;
        mh = mh << 1 | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
      }
      for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
      }
      return score;
    };
    var distance3 = function(a, b) {
      if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
      }
      if (b.length === 0) {
        return a.length;
      }
      if (a.length <= 32) {
        return myers_32(a, b);
      }
      return myers_x(a, b);
    };
    exports2.distance = distance3;
    var closest3 = function(str, arr) {
      var min_distance = Infinity;
      var min_index = 0;
      for (var i = 0; i < arr.length; i++) {
        var dist = distance3(str, arr[i]);
        if (dist < min_distance) {
          min_distance = dist;
          min_index = i;
        }
      }
      return arr[min_index];
    };
    exports2.closest = closest3;
  }
});

// src/validate/errors.ts
function didYouMean(word, candidates) {
  if (candidates.length === 0) return void 0;
  const best = (0, import_fastest_levenshtein.closest)(word, [...candidates]);
  const limit = Math.max(2, Math.floor(word.length / 3));
  return (0, import_fastest_levenshtein.distance)(word.toLowerCase(), best.toLowerCase()) <= limit ? best : void 0;
}
function article(type) {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
function describe(value) {
  if (value === null) return "null (an empty value)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `the ${typeof value} ${quote(value)}`;
}
function typeHint(want) {
  if (want === "object") return "indent the nested keys below this one, or remove the value after the colon";
  if (want === "array") return "write a list: one `- item` per line, or `[a, b]`";
  if (want === "boolean") return "use `true` or `false` without quotes";
  return `write ${article(want)} value here`;
}
function branch(schema) {
  if (schema.enum) return schema.enum.map(quote).join(" or ");
  if (schema.$ref) return `a ${schema.$ref.split("/").pop()}`;
  if (schema.type === "integer" && schema.minimum !== void 0) return `an integer of at least ${schema.minimum}`;
  if (schema.type === "null") return "`null`";
  return article(String(schema.type ?? "value"));
}
function translate(error) {
  const path = fromPointer(error.instancePath);
  if (error.propertyName !== void 0) return propertyNameFinding(error, path);
  const ctx = { error, path, where: displayPath(path), within: path.length ? `in \`${displayPath(path)}\`` : "at the top level" };
  const translator = TRANSLATORS[error.keyword];
  const result = translator ? translator(ctx) : {
    input: {
      code: RANGE_KEYWORDS.includes(error.keyword) ? "OBS_SCHEMA_RANGE" : "OBS_SCHEMA_INVALID",
      message: `\`${ctx.where}\` ${error.message ?? "is invalid"}`,
      hint: parentSchema(error).description ?? "see `obscompile schema` for what is allowed here"
    },
    at: path
  };
  return { ...result.input, at: result.at, ...result.target ? { target: result.target } : {} };
}
function propertyNameFinding(error, path) {
  const name2 = String(error.propertyName);
  return {
    at: [...path, name2],
    target: "key",
    code: "OBS_SCHEMA_PATTERN",
    message: `\`${name2}\` is not a valid name in \`${displayPath(path)}\``,
    hint: parentSchema(error).propertyNames?.errorMessage ?? "names start with a letter or _ and use only letters, digits and _"
  };
}
var import_fastest_levenshtein, yamlNumber, quote, parentSchema, TRANSLATORS, SECRET_KEYS, RANGE_KEYWORDS;
var init_errors = __esm({
  "src/validate/errors.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_fastest_levenshtein = __toESM(require_mod(), 1);
    init_config_path();
    yamlNumber = (n) => Number.isNaN(n) ? ".nan" : n === Infinity ? ".inf" : n === -Infinity ? "-.inf" : String(n);
    quote = (v2) => typeof v2 === "string" ? `\`${v2}\`` : typeof v2 === "number" ? `\`${yamlNumber(v2)}\`` : `\`${JSON.stringify(v2)}\``;
    parentSchema = (e) => e.parentSchema ?? {};
    TRANSLATORS = {
      required: ({ error, path, where: where2, within: within2 }) => {
        const missing2 = String(error.params.missingProperty);
        const about = parentSchema(error).properties?.[missing2]?.description;
        const fix = path.length === 0 && missing2 === "version" ? "add `version: 1` as the first line" : `add \`${missing2}:\` to \`${where2}\``;
        return {
          input: { code: "OBS_SCHEMA_REQUIRED", message: `missing required key \`${missing2}\` ${within2}`, hint: about ? `${fix} (${about})` : fix },
          at: path,
          target: "key"
        };
      },
      additionalProperties: ({ error, path, within: within2 }) => {
        const key = String(error.params.additionalProperty);
        const allowed = Object.keys(parentSchema(error).properties ?? {});
        if (SECRET_KEYS.includes(key) || allowed.includes(`${key}File`)) {
          return {
            input: {
              code: "OBS_LITERAL_SECRET",
              message: `\`${key}\` ${within2} would write a secret into the generated files, and into git`,
              hint: `put the secret in a file kept out of git and name it with \`${allowed.find((k) => k === `${key}File`) ?? allowed.find((k) => k.endsWith("File")) ?? `${key}File`}\``
            },
            at: [...path, key],
            target: "key"
          };
        }
        const guess = didYouMean(key, allowed);
        const merge2 = key === "<<";
        return {
          input: {
            code: "OBS_SCHEMA_UNKNOWN_KEY",
            message: merge2 ? `YAML merge keys (\`<<\`) are not supported ${within2}` : `unknown key \`${key}\` ${within2}`,
            hint: merge2 ? "write the keys out here; anchors and aliases of whole values still work" : guess ? `did you mean \`${guess}\`?` : `allowed keys here: ${allowed.map((k) => `\`${k}\``).join(", ")}`
          },
          at: [...path, key],
          target: "key"
        };
      },
      enum: ({ error, path, where: where2 }) => {
        const allowed = error.params.allowedValues ?? [];
        const guess = typeof error.data === "string" ? didYouMean(error.data, allowed.filter((v2) => typeof v2 === "string")) : void 0;
        return {
          input: {
            code: "OBS_SCHEMA_ENUM",
            message: `${quote(error.data)} is not an allowed value for \`${where2}\``,
            hint: guess ? `did you mean \`${guess}\`?` : `use one of ${allowed.map(quote).join(", ")}`
          },
          at: path
        };
      },
      type: ({ error, path, where: where2 }) => {
        const want = String(error.params.type).replace(",", " or ");
        const numeric = want.includes("integer") || want.includes("number");
        const quotedNumber = numeric && typeof error.data === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(error.data);
        return {
          input: {
            code: "OBS_SCHEMA_TYPE",
            message: `\`${where2}\` must be ${article(want)}, not ${describe(error.data)}`,
            hint: quotedNumber ? `write the number without quotes: \`${String(error.data).trim()}\`` : typeHint(want)
          },
          at: path
        };
      },
      pattern: ({ error, path, where: where2 }) => ({
        input: {
          code: "OBS_SCHEMA_PATTERN",
          message: `${quote(error.data)} is not valid for \`${where2}\``,
          hint: parentSchema(error).errorMessage ?? `it must match ${error.params.pattern}`
        },
        at: path
      }),
      oneOf: ({ error, path, where: where2 }) => ({
        input: {
          code: "OBS_SCHEMA_TYPE",
          message: `${quote(error.data)} is not valid for \`${where2}\``,
          hint: `use ${(parentSchema(error).oneOf ?? []).map(branch).join(", or ")}`
        },
        at: path
      }),
      uniqueItems: ({ error, path, where: where2 }) => {
        const items = error.data;
        const j = Number(error.params.j);
        return {
          input: { code: "OBS_SCHEMA_INVALID", message: `\`${where2}\` lists ${quote(items[j])} more than once`, hint: "remove the repeated entry" },
          at: [...path, Number(error.params.i)]
        };
      }
    };
    SECRET_KEYS = ["password", "bearerToken", "token", "credentials", "authPassword", "apiUrl"];
    RANGE_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "minLength", "maxLength"];
  }
});

// src/check/alertmanager.ts
var alertmanagerReceivers, alertmanagerFed;
var init_alertmanager3 = __esm({
  "src/check/alertmanager.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_rule();
    init_names();
    init_errors();
    alertmanagerReceivers = {
      code: "OBS_ALERTMANAGER_RECEIVER",
      title: "The receivers the route and the Watchdog name exist, and each receiver has its own name and is used",
      check(config3) {
        const am = config3.alertmanager;
        const out2 = [];
        const names = /* @__PURE__ */ new Map();
        am.receivers.forEach((r, i) => {
          const path = ["alertmanager", "receivers", i, "name"];
          if (r.name === DISCARD_RECEIVER) out2.push(at(path, { code: "OBS_RESERVED_NAME", message: `receiver name \`${DISCARD_RECEIVER}\` is the one obscompile gives alerts routed nowhere`, hint: "give the receiver another name" }));
          else if (names.has(r.name)) out2.push(at(path, { code: "OBS_ALERTMANAGER_RECEIVER", message: `receiver \`${r.name}\` is already defined at receivers[${names.get(r.name)}]`, hint: "give every receiver its own name (Alertmanager refuses duplicates)" }));
          else names.set(r.name, i);
        });
        const used = /* @__PURE__ */ new Set();
        for (const [path, name2] of [[["alertmanager", "route", "receiver"], am.route.receiver], [["alertmanager", "watchdog", "receiver"], am.watchdog.receiver]]) {
          if (name2 === void 0) continue;
          used.add(name2);
          if (names.has(name2)) continue;
          const guess = didYouMean(name2, [...names.keys()]);
          const known = names.size ? `the receivers are ${[...names.keys()].map((n) => `\`${n}\``).join(", ")}` : "no receiver is defined";
          out2.push(at(path, { code: "OBS_ALERTMANAGER_RECEIVER", message: `no receiver \`${name2}\`: ${known}`, hint: guess ? `did you mean \`${guess}\`?` : "add it under `alertmanager.receivers`, or name one that is there" }));
        }
        const unresolved = [...used].some((name2) => !names.has(name2));
        am.receivers.forEach((r, i) => {
          if (unresolved || used.has(r.name) || names.get(r.name) !== i) return;
          out2.push(at(["alertmanager", "receivers", i, "name"], { severity: "warning", code: "OBS_ALERTMANAGER_RECEIVER", message: `receiver \`${r.name}\` is used by neither \`route.receiver\` nor \`watchdog.receiver\`: it gets no notification`, hint: "name it in `alertmanager.route.receiver` or `alertmanager.watchdog.receiver`, or remove it" }));
        });
        return out2;
      }
    };
    alertmanagerFed = {
      code: "OBS_ALERTMANAGER_UNUSED",
      title: "An Alertmanager that runs gets alerts: Prometheus runs and evaluates the alert rules",
      check(config3) {
        if (!config3.alertmanager.enabled || config3.prometheus.enabled && config3.alerting.enabled) return [];
        const why = config3.prometheus.enabled ? "`alerting.enabled` is false, so Prometheus evaluates no alert rules" : "Prometheus is disabled";
        return [at(["alertmanager", "enabled"], { severity: "warning", code: "OBS_ALERTMANAGER_UNUSED", message: `Alertmanager runs but receives no alerts: ${why}`, hint: "turn alerting on, or set `alertmanager.enabled: false`" })];
      }
    };
  }
});

// src/check/unused.ts
var settingsUsed;
var init_unused = __esm({
  "src/check/unused.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_rule();
    init_sglang();
    init_vllm();
    init_version();
    init_engine();
    settingsUsed = {
      code: "OBS_SETTING_UNUSED",
      title: "Every setting written is one the generated stack uses",
      check(config3, { written }) {
        const out2 = [];
        const m = config3.modelServer;
        const engine = engineOf(config3);
        const key = FLAGS_KEY[engine];
        if (m.enabled && m[key].enableTrace && !config3.jaeger.enabled) {
          out2.push(at(["modelServer", key, "enableTrace"], { severity: "warning", code: "OBS_SETTING_UNUSED", message: `${ENGINE_TITLE[engine]} sends its traces to the local Jaeger, which is disabled: \`${engine === "vllm" ? VLLM_FLAGS.otlpTracesEndpoint : TRACE_FLAG}\` is left out`, hint: "turn `jaeger.enabled` on, or remove `enableTrace`" }));
        }
        if (m.enabled && written(["modelServer", "python"])) {
          if (engine === "vllm") out2.push(at(["modelServer", "python"], { severity: "warning", code: "OBS_SETTING_UNUSED", message: `vLLM starts with the \`${VLLM_PROGRAM}\` command, so \`python\` is not used`, hint: "remove it" }));
          else if (versionAtLeast(config3.versions.sglang, SERVE_SINCE)) out2.push(at(["modelServer", "python"], { severity: "warning", code: "OBS_SETTING_UNUSED", message: `SGLang ${config3.versions.sglang} starts with the \`sglang\` command (from ${SERVE_SINCE}), so \`python\` is not used`, hint: "remove it, or put the interpreter whose `sglang` you want first on PATH" }));
        }
        const f = config3.jaeger.enabled ? config3.jaeger.forwardOtlp : void 0;
        if (f?.insecure && f.caFile) {
          out2.push(at(["jaeger", "forwardOtlp", "caFile"], { severity: "warning", code: "OBS_SETTING_UNUSED", message: "with `insecure: true` the connection is not verified, so `caFile` is not used", hint: "remove `insecure` to verify with the CA file, or remove `caFile`" }, "key"));
        }
        return out2;
      }
    };
  }
});

// src/check/grafana.ts
var grafanaUsable;
var init_grafana = __esm({
  "src/check/grafana.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_rule();
    grafanaUsable = {
      code: "OBS_GRAFANA",
      title: "Grafana has an admin password file, a Prometheus to read, and reaches it over the Compose network",
      check(config3) {
        const g = config3.grafana;
        if (!g.enabled) return [];
        const out2 = [];
        if (!g.adminPasswordFile) {
          out2.push(at(["grafana", "enabled"], { code: "OBS_GRAFANA", message: "Grafana needs its admin user's password, read from a file", hint: "set `grafana.adminPasswordFile` to a file on the host that holds the password (keep it out of git)" }));
        }
        if (!config3.prometheus.enabled) out2.push(at(["grafana", "enabled"], { code: "OBS_GRAFANA", message: "Grafana shows what Prometheus stores, and Prometheus is disabled", hint: "turn `prometheus.enabled` on, or `grafana.enabled` off" }));
        else if (config3.network.bindAddress === "127.0.0.1") {
          out2.push(at(["network", "bindAddress"], { code: "OBS_GRAFANA", message: `Prometheus listens on ${config3.network.bindAddress} only, but Grafana queries it from its own Compose service`, hint: "use `0.0.0.0` (published ports stay on `network.publishAddress`), or turn `grafana.enabled` off" }));
        }
        return out2;
      }
    };
  }
});

// src/check/index.ts
function check(config3, source) {
  const context = { configDir: (0, import_node_path6.dirname)(source.absolutePath), written: (path) => valueAt(source.data, path) !== void 0 };
  return place(source, RULES.flatMap((rule) => rule.check(config3, context)));
}
var import_node_path6, RULES;
var init_check = __esm({
  "src/check/index.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_durations();
    init_editor();
    init_flags();
    init_engine2();
    init_names2();
    init_ports2();
    init_remote_write();
    init_storage();
    init_versions();
    init_telemetry();
    import_node_path6 = require("node:path");
    init_position();
    init_config_path();
    init_alerting();
    init_alertmanager3();
    init_unused();
    init_grafana();
    RULES = [
      uniquePorts,
      modelPortAgrees,
      engineFlagsMatch,
      extraArgsAddOnly,
      profilingNeedsSysAdmin,
      scrapedServerExportsMetrics,
      durationsAccepted,
      storageDistinct,
      storageApart,
      reservedNames,
      environmentUnique,
      schemaInWorkspace,
      imagesPinned,
      versionsSupported,
      alertThresholdsUsable,
      alertmanagerReceivers,
      alertmanagerFed,
      remoteWriteValid,
      remoteWriteNotSelf,
      forwardNotSelf,
      gpusForDcgm,
      settingsUsed,
      grafanaUsable
    ];
  }
});

// src/fs.ts
var import_node_fs3, later, chmod, lstat, lstatIfAny, mkdir, readFile, readdir, realpath, rename, rm, stat, writeFile, open, close, fsync, fchmod, fchown, read;
var init_fs = __esm({
  "src/fs.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_fs3 = require("node:fs");
    later = (f) => async (...args) => f(...args);
    chmod = later(import_node_fs3.chmodSync);
    lstat = later(import_node_fs3.lstatSync);
    lstatIfAny = later((path) => (0, import_node_fs3.lstatSync)(path, { throwIfNoEntry: false }));
    mkdir = later(import_node_fs3.mkdirSync);
    readFile = later(import_node_fs3.readFileSync);
    readdir = later(import_node_fs3.readdirSync);
    realpath = later(import_node_fs3.realpathSync);
    rename = later(import_node_fs3.renameSync);
    rm = later(import_node_fs3.rmSync);
    stat = later(import_node_fs3.statSync);
    writeFile = later(import_node_fs3.writeFileSync);
    open = later(import_node_fs3.openSync);
    close = later(import_node_fs3.closeSync);
    fsync = (fd) => new Promise((done, fail3) => (0, import_node_fs3.fsync)(fd, (error) => error ? fail3(error) : done()));
    fchmod = later(import_node_fs3.fchmodSync);
    fchown = later(import_node_fs3.fchownSync);
    read = later(import_node_fs3.readSync);
  }
});

// src/discover/discover.ts
async function discover(options2) {
  if (options2.configPath) {
    const file = (0, import_node_path7.resolve)(options2.cwd, options2.configPath);
    return read2(file, displayPath2(options2.cwd, file), options2.maxBytes ?? MAX_CONFIG_BYTES);
  }
  const searched = await search(options2.cwd);
  if (searched.found) return read2(searched.found, displayPath2(options2.cwd, searched.found), options2.maxBytes ?? MAX_CONFIG_BYTES);
  if (searched.blocked) {
    const shown = displayPath2(options2.cwd, searched.blocked.path);
    return fail(shown, "OBS_CONFIG_NOT_FOUND", `${shown} is ${searched.blocked.what}, not a config file`, "make it the observability.config.yaml file (or remove it), or pass `--config PATH`");
  }
  const where2 = searched.stoppedAt ? `in ${options2.cwd} or its parents up to ${searched.stoppedAt}, where the search stops: that folder has a package.json, so it is the project root` : `in ${options2.cwd} or any parent folder`;
  return fail(CONFIG_FILE_NAMES[0], "OBS_CONFIG_NOT_FOUND", `no ${CONFIG_FILE_NAMES.join(" or ")} ${where2}`, "run `obscompile init` to create one, or pass `--config PATH`");
}
async function configLocation(options2) {
  return options2.configPath ? (0, import_node_path7.resolve)(options2.cwd, options2.configPath) : (await search(options2.cwd)).found;
}
async function search(cwd) {
  for (let dir = (0, import_node_path7.resolve)(cwd); ; dir = (0, import_node_path7.dirname)(dir)) {
    for (const name2 of CONFIG_FILE_NAMES) {
      const candidate = (0, import_node_path7.join)(dir, name2);
      const own = await lstatIfAny(candidate);
      if (!own) continue;
      const info = own.isSymbolicLink() ? await stat(candidate).catch(() => void 0) : own;
      if (info?.isFile()) return { found: candidate };
      return { blocked: { path: candidate, what: !info ? "a symbolic link to nothing" : info.isDirectory() ? "a folder" : "a device, pipe or socket" } };
    }
    if (await lstatIfAny((0, import_node_path7.join)(dir, "package.json"))) return { stoppedAt: dir };
    if ((0, import_node_path7.dirname)(dir) === dir) return {};
  }
}
function displayPath2(cwd, file) {
  const rel = (0, import_node_path7.relative)(cwd, file);
  return rel && !rel.startsWith("..") && !(0, import_node_path7.isAbsolute)(rel) ? rel : file;
}
async function read2(absPath, shown, limit) {
  try {
    const info = await stat(absPath);
    if (info.isDirectory()) {
      return fail(shown, "OBS_CONFIG_NOT_FOUND", `${shown} is a folder, not a config file`, "point `--config` at the observability.config.yaml inside it");
    }
    if (!info.isFile()) {
      return fail(shown, "OBS_IO", `${shown} is not a regular file (a device, pipe or socket)`, "point `--config` at an observability.config.yaml file");
    }
    const tooLarge = (size2) => fail(shown, "OBS_CONFIG_TOO_LARGE", `config file is ${size2} bytes; the limit is ${limit}`, "a config describes one stack in a few kilobytes; check that this is the right file, or raise the limit with `--max-config-bytes`");
    if (info.size > limit) return tooLarge(String(info.size));
    const text2 = await readBounded(absPath, limit + 1, info.size + 1);
    if (Buffer.byteLength(text2) > limit) return tooLarge(`more than ${limit}`);
    return { value: { path: shown, absolutePath: absPath, text: text2.replace(/^\uFEFF/, "") }, diagnostics: [] };
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") {
      return fail(shown, "OBS_CONFIG_NOT_FOUND", `config file ${shown} does not exist`, "check the path, or run `obscompile init` to create one");
    }
    return fail(shown, "OBS_IO", `cannot read ${shown}: ${error.message}`, "check the file permissions");
  }
}
async function readBounded(file, limit, expected) {
  const fd = await open(file, "r");
  try {
    let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(expected, 4096)));
    let size2 = 0;
    for (; ; ) {
      const bytesRead = await read(fd, buffer, size2, buffer.length - size2, null);
      size2 += bytesRead;
      if (bytesRead === 0 || size2 === limit) break;
      if (size2 === buffer.length) buffer = Buffer.concat([buffer, Buffer.allocUnsafe(Math.min(limit, buffer.length * 2) - buffer.length)]);
    }
    return buffer.toString("utf8", 0, size2);
  } finally {
    await close(fd);
  }
}
function fail(file, code, message, hint) {
  return { diagnostics: [fileDiagnostic(file, { code, message, hint })] };
}
var import_node_path7, CONFIG_FILE_NAMES, MAX_CONFIG_BYTES;
var init_discover = __esm({
  "src/discover/discover.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_fs();
    import_node_path7 = require("node:path");
    init_make();
    CONFIG_FILE_NAMES = ["observability.config.yaml", "observability.config.yml"];
    MAX_CONFIG_BYTES = 1024 * 1024;
  }
});

// src/options.ts
function resolveOptions(partial) {
  return { ...DEFAULTS, cwd: process.cwd(), ...stripUndefined(partial) };
}
function stripUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v2]) => v2 !== void 0));
}
var DEFAULTS;
var init_options = __esm({
  "src/options.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    DEFAULTS = {
      force: false,
      dryRun: false,
      maxConfigBytes: 1024 * 1024
    };
  }
});

// src/parse/plain-scalars.ts
function giveUp() {
  throw GIVE_UP;
}
function isPlainSafe(c) {
  return !isEnd(c) && c !== COMMA && c !== LBRACKET && c !== RBRACKET && c !== LBRACE && c !== RBRACE && c !== HASH;
}
function isEnd(c) {
  return c === SPACE || c === NL || Number.isNaN(c);
}
function resolvePlain(text2) {
  if (text2.length <= 5 && WORDS.has(text2)) return WORDS.get(text2);
  const first = text2.charCodeAt(0);
  if (first >= 48 && first <= 57 || first === DASH || first === 43 || first === 46) {
    if (SIMPLE_NUMBER.test(text2)) return Number(text2);
    if (PLAIN_NUMBER.test(text2)) giveUp();
  }
  return text2;
}
var GIVE_UP, gaveUp, NL, SPACE, HASH, COLON, DASH, COMMA, DQUOTE, SQUOTE, BACKSLASH, LBRACKET, RBRACKET, LBRACE, RBRACE, PLAIN_NUMBER, SIMPLE_NUMBER, WORDS, ESCAPES, INDICATORS;
var init_plain_scalars = __esm({
  "src/parse/plain-scalars.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    GIVE_UP = /* @__PURE__ */ Symbol("give up");
    gaveUp = (error) => error === GIVE_UP;
    NL = 10;
    SPACE = 32;
    HASH = 35;
    COLON = 58;
    DASH = 45;
    COMMA = 44;
    DQUOTE = 34;
    SQUOTE = 39;
    BACKSLASH = 92;
    LBRACKET = 91;
    RBRACKET = 93;
    LBRACE = 123;
    RBRACE = 125;
    PLAIN_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
    SIMPLE_NUMBER = /^-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;
    WORDS = /* @__PURE__ */ new Map([["~", null], ["null", null], ["Null", null], ["NULL", null], ["true", true], ["True", true], ["TRUE", true], ["false", false], ["False", false], ["FALSE", false]]);
    ESCAPES = { [DQUOTE]: '"', [BACKSLASH]: "\\", 47: "/", 110: "\n", 116: "	" };
    INDICATORS = new Set([..."-?:,[]{}#&*!|>'\"%@`"].map((c) => c.charCodeAt(0)));
  }
});

// src/parse/plain-yaml.ts
function readPlainYaml(text2) {
  if (UNFOLLOWED.test(text2)) return void 0;
  const reader = new Reader(text2);
  try {
    if (reader.nextLine() !== 0) return void 0;
    const data = reader.mapping(0, 0);
    return reader.indent === -1 ? data : void 0;
  } catch (error) {
    if (gaveUp(error)) return void 0;
    throw error;
  }
}
var MAX_DEPTH, UNFOLLOWED, SKIP_LINES, KEY, FLOW_PLAIN, Reader;
var init_plain_yaml = __esm({
  "src/parse/plain-yaml.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_plain_scalars();
    MAX_DEPTH = 32;
    UNFOLLOWED = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]/;
    SKIP_LINES = /(?: *(?:#[^\n]*)?\n)* */y;
    KEY = /[A-Za-z_][A-Za-z0-9_./-]*/y;
    FLOW_PLAIN = /[^,[\]{}#:\n]*/y;
    Reader = class {
      constructor(text2) {
        this.text = text2;
      }
      text;
      pos = 0;
      /** Items of the sequences being read, innermost last (see take). */
      items = [];
      /** The last string read for each (first character, length): keys and short values repeat, and are read once. */
      seen = /* @__PURE__ */ new Map();
      /** Indentation of the line `pos` is on (pos at its first character), -1 at the end of the text. */
      indent = 0;
      lineStart = 0;
      at(offset = 0) {
        return this.text.charCodeAt(this.pos + offset);
      }
      /** Moves to the first character of the next line with content (past blank and comment lines); returns its indentation. */
      nextLine() {
        const text2 = this.text;
        SKIP_LINES.lastIndex = this.pos;
        SKIP_LINES.test(text2);
        const pos = SKIP_LINES.lastIndex;
        const lineStart = text2.lastIndexOf("\n", pos - 1) + 1;
        const c = text2.charCodeAt(pos);
        return this.moveTo(pos, lineStart, Number.isNaN(c) || c === HASH ? -1 : pos - lineStart);
      }
      moveTo(pos, lineStart, indent) {
        this.pos = pos;
        this.lineStart = lineStart;
        return this.indent = indent;
      }
      /** The text from start to end; a string read before is returned again instead of a new copy. */
      slice(start, end) {
        const length = end - start;
        if (length > 24) return this.text.slice(start, end);
        const id = this.text.charCodeAt(start) * 32 + length;
        const last2 = this.seen.get(id);
        if (last2 !== void 0 && this.text.startsWith(last2, start)) return last2;
        const read3 = this.text.slice(start, end);
        this.seen.set(id, read3);
        return read3;
      }
      lineEnd(from) {
        const end = this.text.indexOf("\n", from);
        return end === -1 ? this.text.length : end;
      }
      /** A block mapping whose keys stand at `indent`; `pos` is at its first key. Returns at the first line indented less. */
      mapping(indent, depth) {
        const map = {};
        for (; ; ) {
          const key = this.key();
          if (key === void 0 || this.at() !== COLON) giveUp();
          this.pos++;
          const after = this.at();
          if (after !== SPACE && after !== NL && !Number.isNaN(after)) giveUp();
          if (Object.hasOwn(map, key)) giveUp();
          map[key] = this.blockValue(indent, depth + 1, true);
          if (this.indent < indent) return map;
          if (this.indent > indent) giveUp();
        }
      }
      /** A block sequence whose dashes stand at `indent`; `pos` is at its first dash. */
      sequence(indent, depth) {
        const first = this.items.length;
        for (; ; ) {
          this.pos++;
          this.items.push(this.blockValue(indent, depth + 1, false));
          if (this.indent === indent && this.isItem()) continue;
          if (this.indent <= indent) return this.take(first);
          giveUp();
        }
      }
      /**
       * The items of the sequence being read from `first` on, as an array of their number. Every sequence collects
       * its items on one shared stack: an array grown item by item would reserve room for 17 (and copy as it grows).
       */
      take(first) {
        const list = this.items.slice(first);
        this.items.length = first;
        return list;
      }
      isItem() {
        if (this.at() !== DASH) return false;
        const next = this.at(1);
        return next === SPACE || next === NL || Number.isNaN(next);
      }
      /**
       * The value after a key's colon or an item's dash: on the same line, or a nested block on the lines below
       * (under a key, a sequence may stand flush with the key). Leaves `pos` at the next line with content.
       */
      blockValue(indent, depth, underKey) {
        if (depth > MAX_DEPTH) giveUp();
        const text2 = this.text;
        while (text2.charCodeAt(this.pos) === SPACE) this.pos++;
        const c = this.at();
        if (c === NL || c === HASH || Number.isNaN(c)) {
          this.pos = this.lineEnd(this.pos);
          const next = this.nextLine();
          if (next > indent) return this.isItem() ? this.sequence(next, depth) : this.mapping(next, depth);
          if (underKey && next === indent && this.isItem()) return this.sequence(next, depth);
          return null;
        }
        if (!underKey) {
          if (this.isItem()) giveUp();
          if (this.startsPair()) return this.mapping(this.pos - this.lineStart, depth);
        }
        const value = this.inline(depth, false);
        this.endOfLine();
        this.nextLine();
        return value;
      }
      /**
       * A key YAML reads as a string: plain (a letter or underscore, then letters, digits, `_./-`), or quoted on one
       * line; `pos` ends after it. Undefined for anything else.
       */
      key() {
        const start = this.pos;
        const first = this.text.charCodeAt(start);
        let key;
        if (first === DQUOTE) key = this.doubleQuoted();
        else if (first === SQUOTE) key = this.singleQuoted();
        else {
          KEY.lastIndex = start;
          if (!KEY.test(this.text)) return void 0;
          key = this.slice(start, this.pos = KEY.lastIndex);
          if (key.length <= 5 && WORDS.has(key)) return void 0;
        }
        return key === "__proto__" ? void 0 : key;
      }
      /** Whether a key and its colon start at `pos` (the position is kept). */
      startsPair() {
        const start = this.pos;
        const pair2 = this.key() !== void 0 && this.at() === COLON && isEnd(this.at(1));
        this.pos = start;
        return pair2;
      }
      /** A scalar or a flow collection that ends on this line. */
      inline(depth, inFlow) {
        if (depth > MAX_DEPTH) giveUp();
        switch (this.at()) {
          case LBRACKET:
            return this.flowSequence(depth);
          case LBRACE:
            return this.flowMapping(depth);
          case DQUOTE:
            return this.doubleQuoted();
          case SQUOTE:
            return this.singleQuoted();
          default:
            return this.plain(inFlow);
        }
      }
      flowSequence(depth) {
        this.pos++;
        if (this.skipSpaces() === RBRACKET) {
          this.pos++;
          return [];
        }
        const first = this.items.length;
        for (; ; ) {
          this.items.push(this.inline(depth + 1, true));
          if (this.flowNext(RBRACKET)) return this.take(first);
        }
      }
      flowMapping(depth) {
        const map = {};
        this.pos++;
        if (this.skipSpaces() === RBRACE) {
          this.pos++;
          return map;
        }
        for (; ; ) {
          const key = this.key();
          if (key === void 0 || this.at() !== COLON || this.at(1) !== SPACE || Object.hasOwn(map, key)) giveUp();
          this.pos++;
          const c = this.skipSpaces();
          if (c === COMMA || c === RBRACE) giveUp();
          map[key] = this.inline(depth + 1, true);
          if (this.flowNext(RBRACE)) return map;
        }
      }
      /** After a flow entry: true at the collection's end, false after a comma before the next entry. */
      flowNext(close2) {
        const c = this.skipSpaces();
        this.pos++;
        if (c === close2) return true;
        if (c !== COMMA) giveUp();
        this.skipSpaces();
        return false;
      }
      skipSpaces() {
        const text2 = this.text;
        while (text2.charCodeAt(this.pos) === SPACE) this.pos++;
        return this.at();
      }
      /** Spaces and an optional comment up to the end of the line; anything else gives up. */
      endOfLine() {
        const spaced = this.at() === SPACE;
        const c = this.skipSpaces();
        if (c === HASH && spaced) this.pos = this.lineEnd(this.pos);
        else if (c !== NL && !Number.isNaN(c)) giveUp();
      }
      doubleQuoted() {
        const text2 = this.text;
        const start = this.pos + 1;
        const close2 = text2.indexOf('"', start);
        const raw = close2 === -1 ? "" : text2.slice(start, close2);
        if (close2 === -1 || raw.includes("\n")) giveUp();
        if (!raw.includes("\\")) {
          this.pos = close2 + 1;
          return raw;
        }
        let pos = start;
        for (let c = text2.charCodeAt(pos); c !== DQUOTE; c = text2.charCodeAt(++pos)) {
          if (c === NL || Number.isNaN(c)) giveUp();
          if (c === BACKSLASH) {
            if (!(text2.charCodeAt(pos + 1) in ESCAPES)) giveUp();
            pos++;
          }
        }
        this.pos = pos + 1;
        return text2.slice(start, pos).replace(/\\(.)/g, (_, e) => ESCAPES[e.charCodeAt(0)]);
      }
      singleQuoted() {
        const text2 = this.text;
        const start = this.pos + 1;
        let close2 = text2.indexOf("'", start);
        while (close2 !== -1 && text2.charCodeAt(close2 + 1) === SQUOTE) close2 = text2.indexOf("'", close2 + 2);
        const raw = close2 === -1 ? "" : text2.slice(start, close2);
        if (close2 === -1 || raw.includes("\n")) giveUp();
        this.pos = close2 + 1;
        return raw.includes("''") ? raw.replaceAll("''", "'") : raw;
      }
      /**
       * A one-line plain scalar, resolved as the core schema resolves it. In a flow collection it ends at any of
       * `,[]{}#:` (only `,` `]` `}` may follow it); in a block it ends at the line's end or comment, and `: ` in it
       * (a mapping on one line) gives up.
       */
      plain(inFlow) {
        const text2 = this.text;
        const start = this.pos;
        const first = text2.charCodeAt(start);
        if (INDICATORS.has(first) && !(first === DASH && isPlainSafe(text2.charCodeAt(start + 1)))) giveUp();
        let end;
        if (inFlow) {
          FLOW_PLAIN.lastIndex = start;
          FLOW_PLAIN.test(text2);
          end = FLOW_PLAIN.lastIndex;
        } else {
          const eol = this.lineEnd(start);
          const comment2 = text2.slice(start, eol).indexOf(" #");
          end = comment2 === -1 ? eol : start + comment2;
        }
        while (text2.charCodeAt(end - 1) === SPACE) end--;
        const value = this.slice(start, end);
        if (!inFlow && (value.includes(": ") || value.endsWith(":"))) giveUp();
        this.pos = end;
        return resolvePlain(value);
      }
    };
  }
});

// chunk:yaml
var require_yaml = __commonJS({
  "chunk:yaml"(exports2, module2) {
    init_define_OBSCOMPILE_PACKAGE();
    module2.exports = require("./obscompile-yaml.cjs");
  }
});

// src/parse/yaml-path.ts
function locate(doc, path, target = "value") {
  let node = doc.contents;
  let pair2;
  let best = rangeOf(node) ?? [0, 0];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next = child(node, seg);
    if (!next) return { range: pair2 ? keyRange(pair2) ?? best : best, exact: false };
    pair2 = next.pair;
    node = next.node;
    const r = rangeOf(node) ?? (pair2 ? keyRange(pair2) : void 0);
    if (r) best = r;
  }
  if (target === "key" && pair2) return { range: keyRange(pair2) ?? best, exact: true };
  return { range: best, exact: true };
}
function pairsOf(map) {
  let index = pairIndex.get(map);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const p of map.items) if ((0, import_yaml.isPair)(p) && !index.has(keyText(p))) index.set(keyText(p), p);
    pairIndex.set(map, index);
  }
  return index;
}
function child(node, seg) {
  if ((0, import_yaml.isMap)(node)) {
    const pair2 = pairsOf(node).get(String(seg));
    return pair2 ? { node: pair2.value, pair: pair2 } : void 0;
  }
  if ((0, import_yaml.isSeq)(node) && typeof seg === "number") {
    const item = node.items[seg];
    return item === void 0 ? void 0 : { node: item };
  }
  return void 0;
}
function keyText(pair2) {
  const key = pair2.key;
  return (0, import_yaml.isScalar)(key) ? String(key.value) : String(key);
}
function keyRange(pair2) {
  return rangeOf(pair2.key);
}
function rangeOf(node) {
  const r = node?.range;
  return r ? [r[0], r[1]] : void 0;
}
var import_yaml, pairIndex;
var init_yaml_path = __esm({
  "src/parse/yaml-path.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_yaml = __toESM(require_yaml(), 1);
    pairIndex = /* @__PURE__ */ new WeakMap();
  }
});

// src/parse/yaml-document.ts
var yaml_document_exports = {};
__export(yaml_document_exports, {
  MAX_ALIAS_COUNT: () => MAX_ALIAS_COUNT,
  parseWithPositions: () => parseWithPositions,
  positionsOf: () => positionsOf
});
function parseWithPositions(source) {
  const lines = countLines(source.text);
  if (source.text.trim() === "" || source.text.split("\n").every((l) => /^\s*(#.*)?$/.test(l))) {
    return fail2(source, lines, [0, 0], "OBS_EMPTY_CONFIG", "config file is empty", "start from `obscompile init`, or add at least `version: 1`");
  }
  let doc;
  try {
    doc = readDocument(source.text);
  } catch (error) {
    if (error instanceof RangeError) return tooDeep(source, lines);
    throw error;
  }
  if (doc.errors.length > 0) {
    const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
    if (overflow) return tooDeep(source, lines, overflow.pos[0]);
    const seen = /* @__PURE__ */ new Set();
    const diagnostics = doc.errors.map((e) => fromYamlError(source, lines, e)).filter((d) => d.code !== "OBS_YAML_SYNTAX" || !seen.has(d.line) && seen.add(d.line));
    return { diagnostics };
  }
  const deep = deepestOffset(doc.contents);
  if (deep !== void 0) return tooDeep(source, lines, deep);
  if (!(0, import_yaml2.isMap)(doc.contents)) {
    const range = doc.contents?.range ?? [0, 0];
    const what = (0, import_yaml2.isSeq)(doc.contents) ? "a list" : "a single value";
    return fail2(source, lines, [range[0], range[1]], "OBS_NOT_A_MAPPING", `the top level of the config is ${what}, not a mapping of sections`, "start the file with `version: 1` and sections such as `prometheus:` at the left margin");
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError) {
      return fail2(source, lines, [0, 0], "OBS_YAML_ALIAS_LIMIT", `YAML aliases expand too far (${error.message})`, `write values out or use fewer aliases; at most ${MAX_ALIAS_COUNT} alias expansions are allowed`);
    }
    throw error;
  }
  const positioned = positionedSource(doc, lines);
  return { value: { ...source, data, positioned: () => Promise.resolve(positioned) }, diagnostics: [] };
}
function positionsOf(source) {
  return positionedSource(readDocument(source.text, false), countLines(source.text));
}
function readDocument(text2, uniqueKeys = true) {
  return (0, import_yaml2.parseDocument)(text2, { prettyErrors: false, uniqueKeys, keepSourceTokens: false, logLevel: "error" });
}
function positionedSource(doc, lines) {
  return { lines, locate: (path, target) => locate(doc, path, target).range, has: (path) => locate(doc, path).exact };
}
function fromYamlError(source, lines, e) {
  const duplicate = e.code === "DUPLICATE_KEY";
  const indent = e.code === "BAD_INDENT" ? /^ */.exec(source.text.slice(e.pos[0]))[0].length : 0;
  const start = e.pos[0] + indent;
  const key = duplicate ? source.text.slice(start).match(/^[^:\n]*/)?.[0]?.trim() : void 0;
  const end = Math.max(e.pos[1], start + (key?.length ?? 1));
  return diagnosticAt(source.path, lines, [start, end], {
    code: duplicate ? "OBS_YAML_DUPLICATE_KEY" : "OBS_YAML_SYNTAX",
    message: duplicate ? `duplicate key \`${key}\`: a mapping may name each key once` : YAML_MESSAGES[e.code] ?? `YAML syntax: ${sentence(e.message)}`,
    hint: YAML_HINTS[e.code] ?? "fix the YAML syntax at this position"
  });
}
function sentence(message) {
  return message.charAt(0).toLowerCase() + message.slice(1);
}
function deepestOffset(root) {
  const stack = [{ node: root, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop();
    if (depth > MAX_DEPTH) return node.range?.[0] ?? 0;
    if ((0, import_yaml2.isMap)(node) || (0, import_yaml2.isSeq)(node)) {
      for (const item of node.items) {
        if ((0, import_yaml2.isPair)(item)) stack.push({ node: item.value, depth: depth + 1 });
        else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return void 0;
}
function tooDeep(source, lines, offset = 0) {
  return fail2(source, lines, [offset, offset + 1], "OBS_YAML_TOO_DEEP", `the document nests deeper than ${MAX_DEPTH} levels`, "a config is a few levels deep; check for runaway brackets or indentation");
}
function fail2(source, lines, range, code, message, hint) {
  return { diagnostics: [diagnosticAt(source.path, lines, range, { code, message, hint })] };
}
var import_yaml2, MAX_ALIAS_COUNT, YAML_MESSAGES, YAML_HINTS;
var init_yaml_document = __esm({
  "src/parse/yaml-document.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_yaml2 = __toESM(require_yaml(), 1);
    init_make();
    init_plain_yaml();
    init_yaml_path();
    MAX_ALIAS_COUNT = 50;
    YAML_MESSAGES = {
      MULTIPLE_DOCS: "the file holds more than one YAML document (a `---` line starts another)"
    };
    YAML_HINTS = {
      DUPLICATE_KEY: "remove one of the two entries or merge them",
      TAB_AS_INDENT: "YAML indents with spaces only; replace the tab with spaces",
      BAD_INDENT: "align this line with its siblings, using spaces",
      MULTIPLE_DOCS: "a config is one YAML document; remove the extra `---` section",
      MISSING_CHAR: "add the missing closing character",
      BLOCK_AS_IMPLICIT_KEY: "put a space after the colon, or indent the nested block",
      MULTILINE_IMPLICIT_KEY: "keys fit on one line; check for a missing colon or quote on the line before",
      UNEXPECTED_TOKEN: "check for a stray character or a missing colon"
    };
  }
});

// src/parse/parse.ts
async function parse(source) {
  const data = readPlainYaml(source.text);
  if (data === void 0) return (await Promise.resolve().then(() => (init_yaml_document(), yaml_document_exports))).parseWithPositions(source);
  let positioned;
  const positions = () => positioned ??= Promise.resolve().then(() => (init_yaml_document(), yaml_document_exports)).then((full) => full.positionsOf(source));
  return { value: { ...source, data, positioned: positions }, diagnostics: [] };
}
var init_parse = __esm({
  "src/parse/parse.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_plain_yaml();
  }
});

// src/generated/defaults.js
var defaults;
var init_defaults = __esm({
  "src/generated/defaults.js"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    defaults = {
      "properties": {
        "project": {
          "default": {},
          "inside": {
            "properties": {
              "name": {
                "default": "sglang-dev"
              },
              "description": {
                "default": "GPU dev container with an LLM server and its observability stack"
              }
            }
          }
        },
        "versions": {
          "default": {},
          "inside": {
            "properties": {
              "sglang": {
                "default": "0.5.18"
              },
              "prometheus": {
                "default": "3.14.0"
              },
              "jaeger": {
                "default": "2.20.0"
              },
              "nodeExporter": {
                "default": "1.12.1"
              },
              "dcgmExporter": {
                "default": "4.6.0-4.8.3"
              },
              "cadvisor": {
                "default": "0.60.5"
              },
              "alertmanager": {
                "default": "0.34.0"
              },
              "grafana": {
                "default": "13.2.0"
              },
              "vllm": {
                "default": "0.32.0"
              }
            }
          }
        },
        "output": {
          "default": {},
          "inside": {
            "properties": {
              "dir": {
                "default": ".devcontainer/observability"
              }
            }
          }
        },
        "network": {
          "default": {},
          "inside": {
            "properties": {
              "bindAddress": {
                "default": "0.0.0.0"
              },
              "publishAddress": {
                "default": "127.0.0.1"
              }
            }
          }
        },
        "container": {
          "default": {},
          "inside": {
            "properties": {
              "service": {
                "default": "sglang-dev"
              },
              "bundleDaemons": {
                "default": true
              },
              "command": {
                "default": [
                  "sleep",
                  "infinity"
                ]
              },
              "capabilities": {
                "default": [
                  "SYS_ADMIN"
                ]
              },
              "gpus": {
                "default": "all"
              },
              "shmSize": {
                "default": "16gb"
              },
              "ipc": {
                "default": "host"
              },
              "environment": {
                "default": {}
              }
            }
          }
        },
        "storage": {
          "default": {},
          "inside": {
            "properties": {
              "hostRoot": {
                "default": ".devcontainer/storage"
              },
              "telemetryRoot": {
                "default": "/telemetry"
              },
              "durable": {
                "default": [
                  {
                    "dir": "models",
                    "containerPath": "/models",
                    "comment": "model checkpoints (durable)"
                  },
                  {
                    "dir": "huggingface",
                    "containerPath": "/root/.cache/huggingface",
                    "comment": "HF caches (durable)"
                  }
                ]
              },
              "profiles": {
                "default": [
                  {
                    "dir": "deep_gemm",
                    "env": "DG_JIT_CACHE_DIR"
                  },
                  {
                    "dir": "flashinfer",
                    "env": "FLASHINFER_WORKSPACE_BASE"
                  },
                  {
                    "dir": "moe_configs/configs"
                  },
                  {
                    "dir": "torchinductor",
                    "env": "TORCHINDUCTOR_CACHE_DIR"
                  },
                  {
                    "dir": "triton",
                    "env": "TRITON_CACHE_DIR"
                  }
                ]
              }
            }
          }
        },
        "prometheus": {
          "default": {},
          "inside": {
            "properties": {
              "enabled": {
                "default": true
              },
              "port": {
                "default": 9090
              },
              "scrapeInterval": {
                "default": "15s"
              },
              "scrapeTimeout": {
                "default": "10s"
              },
              "evaluationInterval": {
                "default": "15s"
              },
              "retention": {
                "default": "15d"
              },
              "scrapeSelf": {
                "default": true
              },
              "externalLabels": {
                "default": {}
              },
              "remoteWrite": {
                "default": []
              },
              "extraTargets": {
                "default": [],
                "inside": {
                  "items": {
                    "properties": {
                      "metricsPath": {
                        "default": "/metrics"
                      },
                      "labels": {
                        "default": {}
                      },
                      "metrics": {
                        "default": [],
                        "inside": {
                          "items": {
                            "properties": {
                              "labels": {
                                "default": []
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        "jaeger": {
          "default": {},
          "inside": {
            "properties": {
              "enabled": {
                "default": true
              },
              "uiPort": {
                "default": 16686
              },
              "otlpGrpcPort": {
                "default": 4317
              },
              "otlpHttpPort": {
                "default": 4318
              },
              "metricsPort": {
                "default": 8888
              },
              "forwardOtlp": {
                "inside": {
                  "properties": {
                    "insecure": {
                      "default": false
                    }
                  }
                }
              }
            }
          }
        },
        "exporters": {
          "default": {},
          "inside": {
            "properties": {
              "nodeExporter": {
                "default": {},
                "inside": {
                  "properties": {
                    "enabled": {
                      "default": true
                    },
                    "port": {
                      "default": 9100
                    }
                  }
                }
              },
              "dcgmExporter": {
                "default": {},
                "inside": {
                  "properties": {
                    "enabled": {
                      "default": true
                    },
                    "port": {
                      "default": 9400
                    },
                    "profiling": {
                      "default": true
                    }
                  }
                }
              },
              "cadvisor": {
                "default": {},
                "inside": {
                  "properties": {
                    "enabled": {
                      "default": true
                    },
                    "port": {
                      "default": 8080
                    },
                    "dockerSocket": {
                      "default": "/var/run/docker.sock"
                    },
                    "scrapeInterval": {
                      "default": "30s"
                    },
                    "healthcheck": {
                      "default": {},
                      "inside": {
                        "properties": {
                          "interval": {
                            "default": "30s"
                          },
                          "timeout": {
                            "default": "10s"
                          },
                          "retries": {
                            "default": 3
                          }
                        }
                      }
                    },
                    "dropMetrics": {
                      "default": [
                        "container_network_tcp_usage_total",
                        "container_network_udp_usage_total",
                        "container_tasks_state"
                      ]
                    }
                  }
                }
              }
            }
          }
        },
        "modelServer": {
          "default": {},
          "inside": {
            "properties": {
              "enabled": {
                "default": true
              },
              "kind": {
                "default": "sglang"
              },
              "python": {
                "default": "python"
              },
              "modelPath": {
                "default": "/models/Qwen2.5-7B-Instruct-1M"
              },
              "host": {
                "default": "0.0.0.0"
              },
              "port": {
                "default": 3e4
              },
              "extraPorts": {
                "default": [
                  29e3
                ]
              },
              "scrape": {
                "default": true
              },
              "flags": {
                "default": {},
                "inside": {
                  "properties": {
                    "enableMetrics": {
                      "default": true
                    },
                    "disableCudaGraph": {
                      "default": false
                    },
                    "trustRemoteCode": {
                      "default": false
                    },
                    "enableTrace": {
                      "default": false
                    }
                  }
                }
              },
              "vllm": {
                "default": {},
                "inside": {
                  "properties": {
                    "trustRemoteCode": {
                      "default": false
                    },
                    "enableTrace": {
                      "default": false
                    }
                  }
                }
              },
              "extraArgs": {
                "default": []
              }
            }
          }
        },
        "devcontainer": {
          "default": {},
          "inside": {
            "properties": {
              "name": {
                "default": "SGLang dev (observability)"
              },
              "workspaceFolder": {
                "default": "/workspace"
              },
              "workspaceRoot": {
                "default": "."
              },
              "extensions": {
                "default": [
                  "ms-python.python"
                ]
              },
              "initializeStorage": {
                "default": true
              }
            }
          }
        },
        "alerting": {
          "default": {},
          "inside": {
            "properties": {
              "enabled": {
                "default": true
              },
              "alertmanagers": {
                "default": []
              },
              "packs": {
                "default": {},
                "inside": {
                  "properties": {
                    "gpu": {
                      "default": true
                    },
                    "serving": {
                      "default": true
                    },
                    "stack": {
                      "default": true
                    }
                  }
                }
              },
              "disable": {
                "default": []
              },
              "for": {
                "default": {}
              },
              "thresholds": {
                "default": {},
                "inside": {
                  "properties": {
                    "gpuMemoryUsedRatio": {
                      "default": 0.98
                    },
                    "gpuThrottleRatio": {
                      "default": 0.1
                    },
                    "latencyQuantile": {
                      "default": 0.95
                    },
                    "interTokenLatencySeconds": {
                      "default": 0.1
                    },
                    "queueRequests": {
                      "default": 16
                    },
                    "kvCacheUsageRatio": {
                      "default": 0.95
                    },
                    "abortedRequests": {
                      "default": 5
                    },
                    "retractedRequests": {
                      "default": 5
                    },
                    "preemptedRequests": {
                      "default": 5
                    }
                  }
                }
              }
            }
          }
        },
        "alertmanager": {
          "default": {},
          "inside": {
            "properties": {
              "enabled": {
                "default": false
              },
              "port": {
                "default": 9093
              },
              "receivers": {
                "default": [],
                "inside": {
                  "items": {
                    "properties": {
                      "email": {
                        "inside": {
                          "properties": {
                            "requireTls": {
                              "default": true
                            }
                          }
                        }
                      }
                    }
                  }
                }
              },
              "route": {
                "default": {},
                "inside": {
                  "properties": {
                    "groupWait": {
                      "default": "30s"
                    },
                    "groupInterval": {
                      "default": "5m"
                    },
                    "repeatInterval": {
                      "default": "4h"
                    }
                  }
                }
              },
              "watchdog": {
                "default": {},
                "inside": {
                  "properties": {
                    "repeatInterval": {
                      "default": "5m"
                    }
                  }
                }
              }
            }
          }
        },
        "grafana": {
          "default": {},
          "inside": {
            "properties": {
              "dashboards": {
                "default": true
              },
              "enabled": {
                "default": false
              },
              "port": {
                "default": 3e3
              },
              "anonymous": {
                "default": false
              }
            }
          }
        }
      }
    };
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    module2.exports = function equal3(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal3(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal3(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal3 = require_fast_deep_equal();
    equal3.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal3;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/generated/config-checks.js
function unique(a) {
  for (let i = 1; i < a.length; i++) for (let j = 0; j < i; j++) if (equal(a[i], a[j])) return false;
  return true;
}
function check1(d) {
  if (!(typeof d === "string")) return false;
  if (d.length > 63 && codePoints(d) > 63) return false;
  if (!pattern0.test(d)) return false;
  return true;
}
function check2(d) {
  if (!(typeof d === "string")) return false;
  if (d.length < 2 && (d.length < 1 || codePoints(d) < 1)) return false;
  if (!pattern4.test(d)) return false;
  return true;
}
function check3(d) {
  if (!(typeof d === "string")) return false;
  if (!(d === "all" || d === "none")) return false;
  return true;
}
function check4(d) {
  if (!Number.isInteger(d)) return false;
  if (Number.isFinite(d) && !(d >= 1 && d <= 1024)) return false;
  return true;
}
function check5(d) {
  if (!(typeof d === "string")) return false;
  if (!pattern9.test(d)) return false;
  return true;
}
function check6(d) {
  if (!(typeof d === "string")) return false;
  if (!pattern10.test(d)) return false;
  return true;
}
function check7(d) {
  if (!Number.isInteger(d)) return false;
  if (Number.isFinite(d) && !(d >= 1 && d <= 65535)) return false;
  return true;
}
function check8(d) {
  if (!(typeof d === "string")) return false;
  if (!pattern12.test(d)) return false;
  return true;
}
function check10(d) {
  if (!(d !== null && typeof d === "object" && !Array.isArray(d))) return false;
  if (d["name"] === void 0) return false;
  if (d["type"] === void 0) return false;
  if (d["help"] === void 0) return false;
  {
    const v275 = d["name"];
    if (v275 !== void 0) {
      if (!(typeof v275 === "string")) return false;
      if (!pattern19.test(v275)) return false;
    }
  }
  {
    const v278 = d["type"];
    if (v278 !== void 0) {
      if (!(typeof v278 === "string")) return false;
      if (!(v278 === "counter" || v278 === "gauge" || v278 === "histogram" || v278 === "summary" || v278 === "untyped")) return false;
    }
  }
  {
    const v281 = d["help"];
    if (v281 !== void 0) {
      if (!(typeof v281 === "string")) return false;
      if (v281.length > 300 && codePoints(v281) > 300) return false;
      if (!pattern1.test(v281)) return false;
    }
  }
  {
    const v284 = d["labels"];
    if (v284 !== void 0) {
      if (!Array.isArray(v284)) return false;
      for (let v285 = 0; v285 < v284.length; v285++) {
        const v286 = v284[v285];
        if (!(typeof v286 === "string")) return false;
        if (!pattern20.test(v286)) return false;
      }
    }
  }
  for (const v291 in d) {
    switch (v291) {
      case "name":
      case "type":
      case "help":
      case "labels":
        break;
      default: {
        return false;
      }
    }
  }
  return true;
}
function check9(d) {
  if (!(d !== null && typeof d === "object" && !Array.isArray(d))) return false;
  if (d["job"] === void 0) return false;
  if (d["targets"] === void 0) return false;
  {
    const v249 = d["job"];
    if (v249 !== void 0) {
      if (!(typeof v249 === "string")) return false;
      if (!pattern16.test(v249)) return false;
    }
  }
  {
    const v252 = d["targets"];
    if (v252 !== void 0) {
      if (!Array.isArray(v252)) return false;
      if (v252.length < 1) return false;
      for (let v253 = 0; v253 < v252.length; v253++) {
        const v254 = v252[v253];
        if (!(typeof v254 === "string")) return false;
        if (!pattern17.test(v254)) return false;
      }
    }
  }
  {
    const v259 = d["metricsPath"];
    if (v259 !== void 0) {
      if (!(typeof v259 === "string")) return false;
      if (!pattern18.test(v259)) return false;
    }
  }
  {
    const v262 = d["scrapeInterval"];
    if (v262 !== void 0) {
      if (!check8(v262)) return false;
    }
  }
  {
    const v265 = d["labels"];
    if (v265 !== void 0) {
      if (!(v265 !== null && typeof v265 === "object" && !Array.isArray(v265))) return false;
      for (const v266 in v265) {
        if (typeof v266 === "string") {
          if (!pattern13.test(v266)) return false;
        }
        {
          const v267 = v265[v266];
          if (!(typeof v267 === "string")) return false;
          if (v267.length > 200 && codePoints(v267) > 200) return false;
          if (!pattern1.test(v267)) return false;
        }
      }
    }
  }
  {
    const v272 = d["metrics"];
    if (v272 !== void 0) {
      if (!Array.isArray(v272)) return false;
      for (let v273 = 0; v273 < v272.length; v273++) {
        const v274 = v272[v273];
        if (!check10(v274)) return false;
      }
    }
  }
  for (const v297 in d) {
    switch (v297) {
      case "job":
      case "targets":
      case "metricsPath":
      case "scrapeInterval":
      case "labels":
      case "metrics":
        break;
      default: {
        return false;
      }
    }
  }
  return true;
}
function check11(d) {
  if (!check7(d)) return false;
  return true;
}
function check12(d) {
  if (!(d === null)) return false;
  return true;
}
function check13(d) {
  if (!(typeof d === "string")) return false;
  if (!(d === "Watchdog" || d === "TargetDown" || d === "PrometheusRuleEvaluationFailures" || d === "PrometheusWalCorruptions" || d === "PrometheusTsdbCompactionsFailing" || d === "PrometheusTsdbReloadsFailing" || d === "PrometheusWalWritesFailing" || d === "PrometheusConfigReloadFailed" || d === "PrometheusNotificationsFailing" || d === "PrometheusRemoteWriteFailing" || d === "AlertmanagerNotificationsFailing" || d === "JaegerRefusingSpans" || d === "JaegerExportFailing" || d === "ContainerOomKilled" || d === "ContainerRestarted" || d === "GpuXidErrors" || d === "GpuThermalThrottling" || d === "GpuPowerThrottling" || d === "GpuEccUncorrectableErrors" || d === "GpuRowRemapFailed" || d === "GpuRowsRemappedUncorrectable" || d === "GpuMemoryNearlyFull" || d === "GpuMissing" || d === "DcgmExporterDown" || d === "ModelServerDown" || d === "ModelServerQueueGrowing" || d === "TimeToFirstTokenHigh" || d === "InterTokenLatencyHigh" || d === "KvCachePressure" || d === "RequestsAborted" || d === "RequestsRetracted" || d === "RequestsPreempted")) return false;
  return true;
}
function check0(d) {
  if (!(d !== null && typeof d === "object" && !Array.isArray(d))) return false;
  if (d["version"] === void 0) return false;
  {
    const v0 = d["$schema"];
    if (v0 !== void 0) {
      if (!(typeof v0 === "string")) return false;
    }
  }
  {
    const v3 = d["version"];
    if (v3 !== void 0) {
      if (!Number.isInteger(v3)) return false;
      if (!(v3 === 1)) return false;
    }
  }
  {
    const v6 = d["project"];
    if (v6 !== void 0) {
      if (!(v6 !== null && typeof v6 === "object" && !Array.isArray(v6))) return false;
      {
        const v7 = v6["name"];
        if (v7 !== void 0) {
          if (!check1(v7)) return false;
        }
      }
      {
        const v12 = v6["description"];
        if (v12 !== void 0) {
          if (!(typeof v12 === "string")) return false;
          if (v12.length > 200 && codePoints(v12) > 200) return false;
          if (!pattern1.test(v12)) return false;
        }
      }
      for (const v15 in v6) {
        switch (v15) {
          case "name":
          case "description":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  {
    const v17 = d["versions"];
    if (v17 !== void 0) {
      if (!(v17 !== null && typeof v17 === "object" && !Array.isArray(v17))) return false;
      {
        const v18 = v17["sglang"];
        if (v18 !== void 0) {
          if (!(typeof v18 === "string")) return false;
          if (!pattern2.test(v18)) return false;
        }
      }
      {
        const v21 = v17["prometheus"];
        if (v21 !== void 0) {
          if (!(typeof v21 === "string")) return false;
          if (!pattern3.test(v21)) return false;
        }
      }
      {
        const v24 = v17["jaeger"];
        if (v24 !== void 0) {
          if (!(typeof v24 === "string")) return false;
          if (!pattern3.test(v24)) return false;
        }
      }
      {
        const v27 = v17["nodeExporter"];
        if (v27 !== void 0) {
          if (!(typeof v27 === "string")) return false;
          if (!pattern3.test(v27)) return false;
        }
      }
      {
        const v30 = v17["dcgmExporter"];
        if (v30 !== void 0) {
          if (!(typeof v30 === "string")) return false;
          if (!(v30 === "4.0.0-4.0.1" || v30 === "4.1.1-4.0.3" || v30 === "4.1.1-4.0.4" || v30 === "4.2.0-4.1.0" || v30 === "4.2.3-4.1.1" || v30 === "4.2.3-4.1.3" || v30 === "4.2.3-4.2.0" || v30 === "4.3.1-4.4.0" || v30 === "4.4.0-4.5.0" || v30 === "4.4.1-4.5.2" || v30 === "4.4.1-4.6.0" || v30 === "4.4.2-4.7.0" || v30 === "4.4.2-4.7.1" || v30 === "4.5.1-4.8.0" || v30 === "4.5.2-4.8.1" || v30 === "4.5.3-4.8.2" || v30 === "4.6.0-4.8.3")) return false;
        }
      }
      {
        const v33 = v17["cadvisor"];
        if (v33 !== void 0) {
          if (!(typeof v33 === "string")) return false;
          if (!pattern3.test(v33)) return false;
        }
      }
      {
        const v36 = v17["alertmanager"];
        if (v36 !== void 0) {
          if (!(typeof v36 === "string")) return false;
          if (!pattern3.test(v36)) return false;
        }
      }
      {
        const v39 = v17["grafana"];
        if (v39 !== void 0) {
          if (!(typeof v39 === "string")) return false;
          if (!pattern3.test(v39)) return false;
        }
      }
      {
        const v42 = v17["vllm"];
        if (v42 !== void 0) {
          if (!(typeof v42 === "string")) return false;
          if (!pattern3.test(v42)) return false;
        }
      }
      for (const v45 in v17) {
        switch (v45) {
          case "sglang":
          case "prometheus":
          case "jaeger":
          case "nodeExporter":
          case "dcgmExporter":
          case "cadvisor":
          case "alertmanager":
          case "grafana":
          case "vllm":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  {
    const v47 = d["output"];
    if (v47 !== void 0) {
      if (!(v47 !== null && typeof v47 === "object" && !Array.isArray(v47))) return false;
      {
        const v48 = v47["dir"];
        if (v48 !== void 0) {
          if (!check2(v48)) return false;
        }
      }
      for (const v53 in v47) {
        switch (v53) {
          case "dir":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  {
    const v55 = d["network"];
    if (v55 !== void 0) {
      if (!(v55 !== null && typeof v55 === "object" && !Array.isArray(v55))) return false;
      {
        const v56 = v55["bindAddress"];
        if (v56 !== void 0) {
          if (!(typeof v56 === "string")) return false;
          if (!(v56 === "0.0.0.0" || v56 === "127.0.0.1")) return false;
        }
      }
      {
        const v59 = v55["publishAddress"];
        if (v59 !== void 0) {
          if (!(typeof v59 === "string")) return false;
          if (!pattern5.test(v59)) return false;
        }
      }
      for (const v62 in v55) {
        switch (v62) {
          case "bindAddress":
          case "publishAddress":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  {
    const v64 = d["container"];
    if (v64 !== void 0) {
      if (!(v64 !== null && typeof v64 === "object" && !Array.isArray(v64))) return false;
      {
        const v65 = v64["service"];
        if (v65 !== void 0) {
          if (!check1(v65)) return false;
          if (!(typeof v65 === "string")) return false;
          if (v65.length < 4 && (v65.length < 2 || codePoints(v65) < 2)) return false;
        }
      }
      {
        const v68 = v64["image"];
        if (v68 !== void 0) {
          if (!(typeof v68 === "string" || v68 === null)) return false;
          if (typeof v68 === "string") {
            if (!pattern6.test(v68)) return false;
          }
        }
      }
      {
        const v71 = v64["bundleDaemons"];
        if (v71 !== void 0) {
          if (!(typeof v71 === "boolean")) return false;
        }
      }
      {
        const v74 = v64["command"];
        if (v74 !== void 0) {
          if (!Array.isArray(v74)) return false;
          if (v74.length < 1) return false;
          for (let v75 = 0; v75 < v74.length; v75++) {
            const v76 = v74[v75];
            if (!(typeof v76 === "string")) return false;
            if (v76.length < 2 && (v76.length < 1 || codePoints(v76) < 1)) return false;
            if (!pattern1.test(v76)) return false;
          }
        }
      }
      {
        const v81 = v64["capabilities"];
        if (v81 !== void 0) {
          if (!Array.isArray(v81)) return false;
          for (let v82 = 0; v82 < v81.length; v82++) {
            const v83 = v81[v82];
            if (!(typeof v83 === "string")) return false;
            if (!(v83 === "SYS_ADMIN" || v83 === "SYS_PTRACE" || v83 === "SYS_NICE" || v83 === "SYS_RESOURCE" || v83 === "IPC_LOCK" || v83 === "NET_ADMIN" || v83 === "NET_RAW" || v83 === "PERFMON" || v83 === "BPF" || v83 === "SYS_RAWIO")) return false;
          }
          if (!unique(v81)) return false;
        }
      }
      {
        const v88 = v64["gpus"];
        if (v88 !== void 0) {
          if ((check3(v88) ? 1 : 0) + (check4(v88) ? 1 : 0) !== 1) return false;
        }
      }
      {
        const v95 = v64["shmSize"];
        if (v95 !== void 0) {
          if (!(typeof v95 === "string")) return false;
          if (!pattern7.test(v95)) return false;
        }
      }
      {
        const v98 = v64["ipc"];
        if (v98 !== void 0) {
          if (!(typeof v98 === "string")) return false;
          if (!(v98 === "host" || v98 === "private" || v98 === "shareable")) return false;
        }
      }
      {
        const v101 = v64["environment"];
        if (v101 !== void 0) {
          if (!(v101 !== null && typeof v101 === "object" && !Array.isArray(v101))) return false;
          for (const v102 in v101) {
            if (typeof v102 === "string") {
              if (!pattern8.test(v102)) return false;
            }
            {
              const v103 = v101[v102];
              if (!(typeof v103 === "string")) return false;
              if (!pattern1.test(v103)) return false;
            }
          }
        }
      }
      for (const v108 in v64) {
        switch (v108) {
          case "service":
          case "image":
          case "bundleDaemons":
          case "command":
          case "capabilities":
          case "gpus":
          case "shmSize":
          case "ipc":
          case "environment":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  {
    const v110 = d["storage"];
    if (v110 !== void 0) {
      if (!(v110 !== null && typeof v110 === "object" && !Array.isArray(v110))) return false;
      {
        const v111 = v110["hostRoot"];
        if (v111 !== void 0) {
          if (!check2(v111)) return false;
        }
      }
      {
        const v114 = v110["telemetryRoot"];
        if (v114 !== void 0) {
          if (!check5(v114)) return false;
        }
      }
      {
        const v119 = v110["durable"];
        if (v119 !== void 0) {
          if (!Array.isArray(v119)) return false;
          for (let v120 = 0; v120 < v119.length; v120++) {
            const v121 = v119[v120];
            if (!(v121 !== null && typeof v121 === "object" && !Array.isArray(v121))) return false;
            if (v121["dir"] === void 0) return false;
            if (v121["containerPath"] === void 0) return false;
            {
              const v122 = v121["dir"];
              if (v122 !== void 0) {
                if (!check6(v122)) return false;
              }
            }
            {
              const v127 = v121["containerPath"];
              if (v127 !== void 0) {
                if (!check5(v127)) return false;
              }
            }
            {
              const v130 = v121["comment"];
              if (v130 !== void 0) {
                if (!(typeof v130 === "string")) return false;
                if (v130.length > 120 && codePoints(v130) > 120) return false;
                if (!pattern1.test(v130)) return false;
              }
            }
            for (const v133 in v121) {
              switch (v133) {
                case "dir":
                case "containerPath":
                case "comment":
                  break;
                default: {
                  return false;
                }
              }
            }
          }
        }
      }
      {
        const v137 = v110["profiles"];
        if (v137 !== void 0) {
          if (!Array.isArray(v137)) return false;
          for (let v138 = 0; v138 < v137.length; v138++) {
            const v139 = v137[v138];
            if (!(v139 !== null && typeof v139 === "object" && !Array.isArray(v139))) return false;
            if (v139["dir"] === void 0) return false;
            {
              const v140 = v139["dir"];
              if (v140 !== void 0) {
                if (!check6(v140)) return false;
              }
            }
            {
              const v143 = v139["env"];
              if (v143 !== void 0) {
                if (!(typeof v143 === "string")) return false;
                if (!pattern11.test(v143)) return false;
              }
            }
            for (const v146 in v139) {
              switch (v146) {
                case "dir":
                case "env":
                  break;
                default: {
                  return false;
                }
              }
            }
          }
        }
      }
      for (const v150 in v110) {
        switch (v150) {
          case "hostRoot":
          case "telemetryRoot":
          case "durable":
          case "profiles":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  {
    const v152 = d["prometheus"];
    if (v152 !== void 0) {
      if (!(v152 !== null && typeof v152 === "object" && !Array.isArray(v152))) return false;
      {
        const v153 = v152["enabled"];
        if (v153 !== void 0) {
          if (!(typeof v153 === "boolean")) return false;
        }
      }
      {
        const v156 = v152["port"];
        if (v156 !== void 0) {
          if (!check7(v156)) return false;
        }
      }
      {
        const v161 = v152["scrapeInterval"];
        if (v161 !== void 0) {
          if (!check8(v161)) return false;
        }
      }
      {
        const v166 = v152["scrapeTimeout"];
        if (v166 !== void 0) {
          if (!check8(v166)) return false;
        }
      }
      {
        const v169 = v152["evaluationInterval"];
        if (v169 !== void 0) {
          if (!check8(v169)) return false;
        }
      }
      {
        const v172 = v152["retention"];
        if (v172 !== void 0) {
          if (!check8(v172)) return false;
        }
      }
      {
        const v175 = v152["scrapeSelf"];
        if (v175 !== void 0) {
          if (!(typeof v175 === "boolean")) return false;
        }
      }
      {
        const v178 = v152["externalLabels"];
        if (v178 !== void 0) {
          if (!(v178 !== null && typeof v178 === "object" && !Array.isArray(v178))) return false;
          for (const v179 in v178) {
            if (typeof v179 === "string") {
              if (!pattern13.test(v179)) return false;
            }
            {
              const v180 = v178[v179];
              if (!(typeof v180 === "string")) return false;
              if (v180.length > 200 && codePoints(v180) > 200) return false;
              if (!pattern1.test(v180)) return false;
            }
          }
        }
      }
      {
        const v185 = v152["remoteWrite"];
        if (v185 !== void 0) {
          if (!Array.isArray(v185)) return false;
          for (let v186 = 0; v186 < v185.length; v186++) {
            const v187 = v185[v186];
            if (!(v187 !== null && typeof v187 === "object" && !Array.isArray(v187))) return false;
            if (v187["url"] === void 0) return false;
            {
              const v188 = v187["url"];
              if (v188 !== void 0) {
                if (!(typeof v188 === "string")) return false;
                if (!pattern14.test(v188)) return false;
              }
            }
            {
              const v191 = v187["name"];
              if (v191 !== void 0) {
                if (!check1(v191)) return false;
              }
            }
            {
              const v194 = v187["basicAuth"];
              if (v194 !== void 0) {
                if (!(v194 !== null && typeof v194 === "object" && !Array.isArray(v194))) return false;
                if (v194["username"] === void 0) return false;
                if (v194["passwordFile"] === void 0) return false;
                {
                  const v195 = v194["username"];
                  if (v195 !== void 0) {
                    if (!(typeof v195 === "string")) return false;
                    if (!pattern15.test(v195)) return false;
                  }
                }
                {
                  const v198 = v194["passwordFile"];
                  if (v198 !== void 0) {
                    if (!check5(v198)) return false;
                  }
                }
                for (const v201 in v194) {
                  switch (v201) {
                    case "username":
                    case "passwordFile":
                      break;
                    default: {
                      return false;
                    }
                  }
                }
              }
            }
            {
              const v203 = v187["bearerTokenFile"];
              if (v203 !== void 0) {
                if (!check5(v203)) return false;
              }
            }
            {
              const v206 = v187["tls"];
              if (v206 !== void 0) {
                if (!(v206 !== null && typeof v206 === "object" && !Array.isArray(v206))) return false;
                {
                  const v207 = v206["caFile"];
                  if (v207 !== void 0) {
                    if (!check5(v207)) return false;
                  }
                }
                {
                  const v210 = v206["certFile"];
                  if (v210 !== void 0) {
                    if (!check5(v210)) return false;
                  }
                }
                {
                  const v213 = v206["keyFile"];
                  if (v213 !== void 0) {
                    if (!check5(v213)) return false;
                  }
                }
                {
                  const v216 = v206["serverName"];
                  if (v216 !== void 0) {
                    if (!check1(v216)) return false;
                  }
                }
                {
                  const v219 = v206["insecureSkipVerify"];
                  if (v219 !== void 0) {
                    if (!(typeof v219 === "boolean")) return false;
                  }
                }
                for (const v222 in v206) {
                  switch (v222) {
                    case "caFile":
                    case "certFile":
                    case "keyFile":
                    case "serverName":
                    case "insecureSkipVerify":
                      break;
                    default: {
                      return false;
                    }
                  }
                }
              }
            }
            {
              const v224 = v187["queue"];
              if (v224 !== void 0) {
                if (!(v224 !== null && typeof v224 === "object" && !Array.isArray(v224))) return false;
                {
                  const v225 = v224["capacity"];
                  if (v225 !== void 0) {
                    if (!Number.isInteger(v225)) return false;
                    if (Number.isFinite(v225) && !(v225 >= 1 && v225 <= 2147483647)) return false;
                  }
                }
                {
                  const v228 = v224["maxShards"];
                  if (v228 !== void 0) {
                    if (!Number.isInteger(v228)) return false;
                    if (Number.isFinite(v228) && !(v228 >= 1 && v228 <= 2147483647)) return false;
                  }
                }
                {
                  const v231 = v224["minShards"];
                  if (v231 !== void 0) {
                    if (!Number.isInteger(v231)) return false;
                    if (Number.isFinite(v231) && !(v231 >= 1 && v231 <= 2147483647)) return false;
                  }
                }
                {
                  const v234 = v224["maxSamplesPerSend"];
                  if (v234 !== void 0) {
                    if (!Number.isInteger(v234)) return false;
                    if (Number.isFinite(v234) && !(v234 >= 1 && v234 <= 2147483647)) return false;
                  }
                }
                {
                  const v237 = v224["batchSendDeadline"];
                  if (v237 !== void 0) {
                    if (!check8(v237)) return false;
                  }
                }
                for (const v240 in v224) {
                  switch (v240) {
                    case "capacity":
                    case "maxShards":
                    case "minShards":
                    case "maxSamplesPerSend":
                    case "batchSendDeadline":
                      break;
                    default: {
                      return false;
                    }
                  }
                }
              }
            }
            for (const v242 in v187) {
              switch (v242) {
                case "url":
                case "name":
                case "basicAuth":
                case "bearerTokenFile":
                case "tls":
                case "queue":
                  break;
                default: {
                  return false;
                }
              }
            }
          }
        }
      }
      {
        const v246 = v152["extraTargets"];
        if (v246 !== void 0) {
          if (!Array.isArray(v246)) return false;
          for (let v247 = 0; v247 < v246.length; v247++) {
            const v248 = v246[v247];
            if (!check9(v248)) return false;
          }
        }
      }
      for (const v303 in v152) {
        switch (v303) {
          case "enabled":
          case "port":
          case "scrapeInterval":
          case "scrapeTimeout":
          case "evaluationInterval":
          case "retention":
          case "scrapeSelf":
          case "externalLabels":
          case "remoteWrite":
          case "extraTargets":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  {
    const v305 = d["jaeger"];
    if (v305 !== void 0) {
      if (!(v305 !== null && typeof v305 === "object" && !Array.isArray(v305))) return false;
      {
        const v306 = v305["enabled"];
        if (v306 !== void 0) {
          if (!(typeof v306 === "boolean")) return false;
        }
      }
      {
        const v309 = v305["uiPort"];
        if (v309 !== void 0) {
          if (!check7(v309)) return false;
        }
      }
      {
        const v312 = v305["otlpGrpcPort"];
        if (v312 !== void 0) {
          if (!check7(v312)) return false;
        }
      }
      {
        const v315 = v305["otlpHttpPort"];
        if (v315 !== void 0) {
          if (!check7(v315)) return false;
        }
      }
      {
        const v318 = v305["metricsPort"];
        if (v318 !== void 0) {
          if (!check7(v318)) return false;
        }
      }
      {
        const v321 = v305["forwardOtlp"];
        if (v321 !== void 0) {
          if (!(v321 !== null && typeof v321 === "object" && !Array.isArray(v321) || v321 === null)) return false;
          if (v321 !== null && typeof v321 === "object" && !Array.isArray(v321)) {
            if (v321["endpoint"] === void 0) return false;
            {
              const v322 = v321["endpoint"];
              if (v322 !== void 0) {
                if (!(typeof v322 === "string")) return false;
                if (!pattern21.test(v322)) return false;
              }
            }
            {
              const v325 = v321["insecure"];
              if (v325 !== void 0) {
                if (!(typeof v325 === "boolean")) return false;
              }
            }
            {
              const v328 = v321["caFile"];
              if (v328 !== void 0) {
                if (!check5(v328)) return false;
              }
            }
            for (const v331 in v321) {
              switch (v331) {
                case "endpoint":
                case "insecure":
                case "caFile":
                  break;
                default: {
                  return false;
                }
              }
            }
          }
        }
      }
      for (const v333 in v305) {
        switch (v333) {
          case "enabled":
          case "uiPort":
          case "otlpGrpcPort":
          case "otlpHttpPort":
          case "metricsPort":
          case "forwardOtlp":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  {
    const v335 = d["exporters"];
    if (v335 !== void 0) {
      if (!(v335 !== null && typeof v335 === "object" && !Array.isArray(v335))) return false;
      {
        const v336 = v335["nodeExporter"];
        if (v336 !== void 0) {
          if (!(v336 !== null && typeof v336 === "object" && !Array.isArray(v336))) return false;
          {
            const v337 = v336["enabled"];
            if (v337 !== void 0) {
              if (!(typeof v337 === "boolean")) return false;
            }
          }
          {
            const v340 = v336["port"];
            if (v340 !== void 0) {
              if (!check7(v340)) return false;
            }
          }
          for (const v343 in v336) {
            switch (v343) {
              case "enabled":
              case "port":
                break;
              default: {
                return false;
              }
            }
          }
        }
      }
      {
        const v345 = v335["dcgmExporter"];
        if (v345 !== void 0) {
          if (!(v345 !== null && typeof v345 === "object" && !Array.isArray(v345))) return false;
          {
            const v346 = v345["enabled"];
            if (v346 !== void 0) {
              if (!(typeof v346 === "boolean")) return false;
            }
          }
          {
            const v349 = v345["port"];
            if (v349 !== void 0) {
              if (!check7(v349)) return false;
            }
          }
          {
            const v352 = v345["profiling"];
            if (v352 !== void 0) {
              if (!(typeof v352 === "boolean")) return false;
            }
          }
          for (const v355 in v345) {
            switch (v355) {
              case "enabled":
              case "port":
              case "profiling":
                break;
              default: {
                return false;
              }
            }
          }
        }
      }
      {
        const v357 = v335["cadvisor"];
        if (v357 !== void 0) {
          if (!(v357 !== null && typeof v357 === "object" && !Array.isArray(v357))) return false;
          {
            const v358 = v357["enabled"];
            if (v358 !== void 0) {
              if (!(typeof v358 === "boolean")) return false;
            }
          }
          {
            const v361 = v357["image"];
            if (v361 !== void 0) {
              if (!(typeof v361 === "string" || v361 === null)) return false;
              if (typeof v361 === "string") {
                if (!pattern6.test(v361)) return false;
              }
            }
          }
          {
            const v364 = v357["port"];
            if (v364 !== void 0) {
              if (!check7(v364)) return false;
            }
          }
          {
            const v367 = v357["hostPort"];
            if (v367 !== void 0) {
              if ((check11(v367) ? 1 : 0) + (check12(v367) ? 1 : 0) !== 1) return false;
            }
          }
          {
            const v374 = v357["dockerSocket"];
            if (v374 !== void 0) {
              if (!check5(v374)) return false;
            }
          }
          {
            const v377 = v357["scrapeInterval"];
            if (v377 !== void 0) {
              if (!check8(v377)) return false;
            }
          }
          {
            const v380 = v357["healthcheck"];
            if (v380 !== void 0) {
              if (!(v380 !== null && typeof v380 === "object" && !Array.isArray(v380))) return false;
              {
                const v381 = v380["interval"];
                if (v381 !== void 0) {
                  if (!check8(v381)) return false;
                }
              }
              {
                const v384 = v380["timeout"];
                if (v384 !== void 0) {
                  if (!check8(v384)) return false;
                }
              }
              {
                const v387 = v380["retries"];
                if (v387 !== void 0) {
                  if (!Number.isInteger(v387)) return false;
                  if (Number.isFinite(v387) && !(v387 >= 1 && v387 <= 100)) return false;
                }
              }
              for (const v390 in v380) {
                switch (v390) {
                  case "interval":
                  case "timeout":
                  case "retries":
                    break;
                  default: {
                    return false;
                  }
                }
              }
            }
          }
          {
            const v392 = v357["dropMetrics"];
            if (v392 !== void 0) {
              if (!Array.isArray(v392)) return false;
              for (let v393 = 0; v393 < v392.length; v393++) {
                const v394 = v392[v393];
                if (!(typeof v394 === "string")) return false;
                if (!pattern19.test(v394)) return false;
              }
              if (!unique(v392)) return false;
            }
          }
          for (const v399 in v357) {
            switch (v399) {
              case "enabled":
              case "image":
              case "port":
              case "hostPort":
              case "dockerSocket":
              case "scrapeInterval":
              case "healthcheck":
              case "dropMetrics":
                break;
              default: {
                return false;
              }
            }
          }
        }
      }
      for (const v401 in v335) {
        switch (v401) {
          case "nodeExporter":
          case "dcgmExporter":
          case "cadvisor":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  {
    const v403 = d["modelServer"];
    if (v403 !== void 0) {
      if (!(v403 !== null && typeof v403 === "object" && !Array.isArray(v403))) return false;
      {
        const v404 = v403["enabled"];
        if (v404 !== void 0) {
          if (!(typeof v404 === "boolean")) return false;
        }
      }
      {
        const v407 = v403["engine"];
        if (v407 !== void 0) {
          if (!(typeof v407 === "string")) return false;
          if (!(v407 === "sglang" || v407 === "vllm")) return false;
        }
      }
      {
        const v410 = v403["kind"];
        if (v410 !== void 0) {
          if (!(typeof v410 === "string")) return false;
          if (!(v410 === "sglang")) return false;
        }
      }
      {
        const v413 = v403["python"];
        if (v413 !== void 0) {
          if (!(typeof v413 === "string")) return false;
          if (!pattern22.test(v413)) return false;
        }
      }
      {
        const v416 = v403["modelPath"];
        if (v416 !== void 0) {
          if (!check5(v416)) return false;
        }
      }
      {
        const v419 = v403["host"];
        if (v419 !== void 0) {
          if (!(typeof v419 === "string")) return false;
          if (!(v419 === "0.0.0.0" || v419 === "127.0.0.1")) return false;
        }
      }
      {
        const v422 = v403["port"];
        if (v422 !== void 0) {
          if (!check7(v422)) return false;
        }
      }
      {
        const v425 = v403["extraPorts"];
        if (v425 !== void 0) {
          if (!Array.isArray(v425)) return false;
          for (let v426 = 0; v426 < v425.length; v426++) {
            const v427 = v425[v426];
            if (!check7(v427)) return false;
          }
          if (!unique(v425)) return false;
        }
      }
      {
        const v432 = v403["scrape"];
        if (v432 !== void 0) {
          if (!(typeof v432 === "boolean")) return false;
        }
      }
      {
        const v435 = v403["flags"];
        if (v435 !== void 0) {
          if (!(v435 !== null && typeof v435 === "object" && !Array.isArray(v435))) return false;
          {
            const v436 = v435["contextLength"];
            if (v436 !== void 0) {
              if (!Number.isInteger(v436)) return false;
              if (Number.isFinite(v436) && !(v436 >= 1 && v436 <= 2147483647)) return false;
            }
          }
          {
            const v439 = v435["maxRunningRequests"];
            if (v439 !== void 0) {
              if (!Number.isInteger(v439)) return false;
              if (Number.isFinite(v439) && !(v439 >= 1 && v439 <= 2147483647)) return false;
            }
          }
          {
            const v442 = v435["maxTotalTokens"];
            if (v442 !== void 0) {
              if (!Number.isInteger(v442)) return false;
              if (Number.isFinite(v442) && !(v442 >= 1 && v442 <= 2147483647)) return false;
            }
          }
          {
            const v445 = v435["enableMetrics"];
            if (v445 !== void 0) {
              if (!(typeof v445 === "boolean")) return false;
            }
          }
          {
            const v448 = v435["tensorParallelSize"];
            if (v448 !== void 0) {
              if (!Number.isInteger(v448)) return false;
              if (Number.isFinite(v448) && !(v448 >= 1 && v448 <= 2147483647)) return false;
            }
          }
          {
            const v451 = v435["disableCudaGraph"];
            if (v451 !== void 0) {
              if (!(typeof v451 === "boolean")) return false;
            }
          }
          {
            const v454 = v435["memFractionStatic"];
            if (v454 !== void 0) {
              if (!Number.isFinite(v454)) return false;
              if (Number.isFinite(v454) && !(v454 <= 1 && v454 > 0)) return false;
            }
          }
          {
            const v457 = v435["dtype"];
            if (v457 !== void 0) {
              if (!(typeof v457 === "string")) return false;
              if (!(v457 === "auto" || v457 === "half" || v457 === "float16" || v457 === "bfloat16" || v457 === "float" || v457 === "float32")) return false;
            }
          }
          {
            const v460 = v435["trustRemoteCode"];
            if (v460 !== void 0) {
              if (!(typeof v460 === "boolean")) return false;
            }
          }
          {
            const v463 = v435["enableTrace"];
            if (v463 !== void 0) {
              if (!(typeof v463 === "boolean")) return false;
            }
          }
          {
            const v466 = v435["port"];
            if (v466 !== void 0) {
              if (!check7(v466)) return false;
            }
          }
          for (const v469 in v435) {
            switch (v469) {
              case "contextLength":
              case "maxRunningRequests":
              case "maxTotalTokens":
              case "enableMetrics":
              case "tensorParallelSize":
              case "disableCudaGraph":
              case "memFractionStatic":
              case "dtype":
              case "trustRemoteCode":
              case "enableTrace":
              case "port":
                break;
              default: {
                return false;
              }
            }
          }
        }
      }
      {
        const v471 = v403["vllm"];
        if (v471 !== void 0) {
          if (!(v471 !== null && typeof v471 === "object" && !Array.isArray(v471))) return false;
          {
            const v472 = v471["servedModelName"];
            if (v472 !== void 0) {
              if (!(typeof v472 === "string")) return false;
              if (v472.length > 200 && codePoints(v472) > 200) return false;
              if (!pattern23.test(v472)) return false;
            }
          }
          {
            const v475 = v471["maxModelLen"];
            if (v475 !== void 0) {
              if (!Number.isInteger(v475)) return false;
              if (Number.isFinite(v475) && !(v475 >= 1 && v475 <= 2147483647)) return false;
            }
          }
          {
            const v478 = v471["tensorParallelSize"];
            if (v478 !== void 0) {
              if (!Number.isInteger(v478)) return false;
              if (Number.isFinite(v478) && !(v478 >= 1 && v478 <= 1024)) return false;
            }
          }
          {
            const v481 = v471["pipelineParallelSize"];
            if (v481 !== void 0) {
              if (!Number.isInteger(v481)) return false;
              if (Number.isFinite(v481) && !(v481 >= 1 && v481 <= 1024)) return false;
            }
          }
          {
            const v484 = v471["gpuMemoryUtilization"];
            if (v484 !== void 0) {
              if (!Number.isFinite(v484)) return false;
              if (Number.isFinite(v484) && !(v484 <= 1 && v484 > 0)) return false;
            }
          }
          {
            const v487 = v471["maxNumSeqs"];
            if (v487 !== void 0) {
              if (!Number.isInteger(v487)) return false;
              if (Number.isFinite(v487) && !(v487 >= 1 && v487 <= 2147483647)) return false;
            }
          }
          {
            const v490 = v471["enablePrefixCaching"];
            if (v490 !== void 0) {
              if (!(typeof v490 === "boolean")) return false;
            }
          }
          {
            const v493 = v471["dtype"];
            if (v493 !== void 0) {
              if (!(typeof v493 === "string")) return false;
              if (!(v493 === "auto" || v493 === "half" || v493 === "float16" || v493 === "bfloat16" || v493 === "float" || v493 === "float32")) return false;
            }
          }
          {
            const v496 = v471["trustRemoteCode"];
            if (v496 !== void 0) {
              if (!(typeof v496 === "boolean")) return false;
            }
          }
          {
            const v499 = v471["enableTrace"];
            if (v499 !== void 0) {
              if (!(typeof v499 === "boolean")) return false;
            }
          }
          for (const v502 in v471) {
            switch (v502) {
              case "servedModelName":
              case "maxModelLen":
              case "tensorParallelSize":
              case "pipelineParallelSize":
              case "gpuMemoryUtilization":
              case "maxNumSeqs":
              case "enablePrefixCaching":
              case "dtype":
              case "trustRemoteCode":
              case "enableTrace":
                break;
              default: {
                return false;
              }
            }
          }
        }
      }
      {
        const v504 = v403["extraArgs"];
        if (v504 !== void 0) {
          if (!Array.isArray(v504)) return false;
          for (let v505 = 0; v505 < v504.length; v505++) {
            const v506 = v504[v505];
            if (!(typeof v506 === "string")) return false;
            if (v506.length < 2 && (v506.length < 1 || codePoints(v506) < 1)) return false;
            if (!pattern1.test(v506)) return false;
          }
        }
      }
      for (const v511 in v403) {
        switch (v511) {
          case "enabled":
          case "engine":
          case "kind":
          case "python":
          case "modelPath":
          case "host":
          case "port":
          case "extraPorts":
          case "scrape":
          case "flags":
          case "vllm":
          case "extraArgs":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  {
    const v515 = d["devcontainer"];
    if (v515 !== void 0) {
      if (!(v515 !== null && typeof v515 === "object" && !Array.isArray(v515))) return false;
      {
        const v516 = v515["name"];
        if (v516 !== void 0) {
          if (!(typeof v516 === "string")) return false;
          if (v516.length > 100 && codePoints(v516) > 100) return false;
          if (!pattern1.test(v516)) return false;
        }
      }
      {
        const v519 = v515["workspaceFolder"];
        if (v519 !== void 0) {
          if (!check5(v519)) return false;
        }
      }
      {
        const v522 = v515["workspaceRoot"];
        if (v522 !== void 0) {
          if (!check2(v522)) return false;
        }
      }
      {
        const v525 = v515["extensions"];
        if (v525 !== void 0) {
          if (!Array.isArray(v525)) return false;
          for (let v526 = 0; v526 < v525.length; v526++) {
            const v527 = v525[v526];
            if (!(typeof v527 === "string")) return false;
            if (!pattern24.test(v527)) return false;
          }
          if (!unique(v525)) return false;
        }
      }
      {
        const v532 = v515["schemaPath"];
        if (v532 !== void 0) {
          if (!(typeof v532 === "string" || v532 === null)) return false;
          if (typeof v532 === "string") {
            if (!pattern25.test(v532)) return false;
          }
        }
      }
      {
        const v535 = v515["initializeStorage"];
        if (v535 !== void 0) {
          if (!(typeof v535 === "boolean")) return false;
        }
      }
      for (const v538 in v515) {
        switch (v538) {
          case "name":
          case "workspaceFolder":
          case "workspaceRoot":
          case "extensions":
          case "schemaPath":
          case "initializeStorage":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  {
    const v540 = d["alerting"];
    if (v540 !== void 0) {
      if (!(v540 !== null && typeof v540 === "object" && !Array.isArray(v540))) return false;
      {
        const v541 = v540["enabled"];
        if (v541 !== void 0) {
          if (!(typeof v541 === "boolean")) return false;
        }
      }
      {
        const v544 = v540["alertmanagers"];
        if (v544 !== void 0) {
          if (!Array.isArray(v544)) return false;
          for (let v545 = 0; v545 < v544.length; v545++) {
            const v546 = v544[v545];
            if (!(typeof v546 === "string")) return false;
            if (!pattern17.test(v546)) return false;
          }
        }
      }
      {
        const v551 = v540["packs"];
        if (v551 !== void 0) {
          if (!(v551 !== null && typeof v551 === "object" && !Array.isArray(v551))) return false;
          {
            const v552 = v551["gpu"];
            if (v552 !== void 0) {
              if (!(typeof v552 === "boolean")) return false;
            }
          }
          {
            const v555 = v551["serving"];
            if (v555 !== void 0) {
              if (!(typeof v555 === "boolean")) return false;
            }
          }
          {
            const v558 = v551["stack"];
            if (v558 !== void 0) {
              if (!(typeof v558 === "boolean")) return false;
            }
          }
          for (const v561 in v551) {
            switch (v561) {
              case "gpu":
              case "serving":
              case "stack":
                break;
              default: {
                return false;
              }
            }
          }
        }
      }
      {
        const v563 = v540["disable"];
        if (v563 !== void 0) {
          if (!Array.isArray(v563)) return false;
          for (let v564 = 0; v564 < v563.length; v564++) {
            const v565 = v563[v564];
            if (!check13(v565)) return false;
          }
          if (!unique(v563)) return false;
        }
      }
      {
        const v572 = v540["for"];
        if (v572 !== void 0) {
          if (!(v572 !== null && typeof v572 === "object" && !Array.isArray(v572))) return false;
          for (const v573 in v572) {
            if (!check13(v573)) return false;
            {
              const v574 = v572[v573];
              if (!check8(v574)) return false;
            }
          }
        }
      }
      {
        const v579 = v540["thresholds"];
        if (v579 !== void 0) {
          if (!(v579 !== null && typeof v579 === "object" && !Array.isArray(v579))) return false;
          {
            const v580 = v579["gpuMemoryUsedRatio"];
            if (v580 !== void 0) {
              if (!Number.isFinite(v580)) return false;
              if (Number.isFinite(v580) && !(v580 >= 0 && v580 <= 1)) return false;
            }
          }
          {
            const v583 = v579["gpuThrottleRatio"];
            if (v583 !== void 0) {
              if (!Number.isFinite(v583)) return false;
              if (Number.isFinite(v583) && !(v583 >= 0 && v583 <= 1)) return false;
            }
          }
          {
            const v586 = v579["latencyQuantile"];
            if (v586 !== void 0) {
              if (!Number.isFinite(v586)) return false;
              if (Number.isFinite(v586) && !(v586 > 0 && v586 < 1)) return false;
            }
          }
          {
            const v589 = v579["ttftSeconds"];
            if (v589 !== void 0) {
              if (!Number.isFinite(v589)) return false;
              if (Number.isFinite(v589) && !(v589 > 0)) return false;
            }
          }
          {
            const v592 = v579["interTokenLatencySeconds"];
            if (v592 !== void 0) {
              if (!Number.isFinite(v592)) return false;
              if (Number.isFinite(v592) && !(v592 > 0)) return false;
            }
          }
          {
            const v595 = v579["queueRequests"];
            if (v595 !== void 0) {
              if (!Number.isInteger(v595)) return false;
              if (Number.isFinite(v595) && !(v595 >= 0 && v595 <= 1e6)) return false;
            }
          }
          {
            const v598 = v579["kvCacheUsageRatio"];
            if (v598 !== void 0) {
              if (!Number.isFinite(v598)) return false;
              if (Number.isFinite(v598) && !(v598 >= 0 && v598 <= 1)) return false;
            }
          }
          {
            const v601 = v579["abortedRequests"];
            if (v601 !== void 0) {
              if (!Number.isInteger(v601)) return false;
              if (Number.isFinite(v601) && !(v601 >= 0 && v601 <= 1e6)) return false;
            }
          }
          {
            const v604 = v579["retractedRequests"];
            if (v604 !== void 0) {
              if (!Number.isInteger(v604)) return false;
              if (Number.isFinite(v604) && !(v604 >= 0 && v604 <= 1e6)) return false;
            }
          }
          {
            const v607 = v579["preemptedRequests"];
            if (v607 !== void 0) {
              if (!Number.isInteger(v607)) return false;
              if (Number.isFinite(v607) && !(v607 >= 0 && v607 <= 1e6)) return false;
            }
          }
          for (const v610 in v579) {
            switch (v610) {
              case "gpuMemoryUsedRatio":
              case "gpuThrottleRatio":
              case "latencyQuantile":
              case "ttftSeconds":
              case "interTokenLatencySeconds":
              case "queueRequests":
              case "kvCacheUsageRatio":
              case "abortedRequests":
              case "retractedRequests":
              case "preemptedRequests":
                break;
              default: {
                return false;
              }
            }
          }
        }
      }
      for (const v612 in v540) {
        switch (v612) {
          case "enabled":
          case "alertmanagers":
          case "packs":
          case "disable":
          case "for":
          case "thresholds":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  {
    const v614 = d["alertmanager"];
    if (v614 !== void 0) {
      if (!(v614 !== null && typeof v614 === "object" && !Array.isArray(v614))) return false;
      {
        const v615 = v614["enabled"];
        if (v615 !== void 0) {
          if (!(typeof v615 === "boolean")) return false;
        }
      }
      {
        const v618 = v614["port"];
        if (v618 !== void 0) {
          if (!check7(v618)) return false;
        }
      }
      {
        const v621 = v614["receivers"];
        if (v621 !== void 0) {
          if (!Array.isArray(v621)) return false;
          for (let v622 = 0; v622 < v621.length; v622++) {
            const v623 = v621[v622];
            if (!(v623 !== null && typeof v623 === "object" && !Array.isArray(v623))) return false;
            if (v623["name"] === void 0) return false;
            {
              const v624 = v623["name"];
              if (v624 !== void 0) {
                if (!check1(v624)) return false;
              }
            }
            {
              const v627 = v623["webhook"];
              if (v627 !== void 0) {
                if (!(v627 !== null && typeof v627 === "object" && !Array.isArray(v627))) return false;
                if (v627["url"] === void 0) return false;
                {
                  const v628 = v627["url"];
                  if (v628 !== void 0) {
                    if (!(typeof v628 === "string")) return false;
                    if (!pattern26.test(v628)) return false;
                  }
                }
                {
                  const v631 = v627["bearerTokenFile"];
                  if (v631 !== void 0) {
                    if (!check5(v631)) return false;
                  }
                }
                {
                  const v634 = v627["basicAuth"];
                  if (v634 !== void 0) {
                    if (!(v634 !== null && typeof v634 === "object" && !Array.isArray(v634))) return false;
                    if (v634["username"] === void 0) return false;
                    if (v634["passwordFile"] === void 0) return false;
                    {
                      const v635 = v634["username"];
                      if (v635 !== void 0) {
                        if (!(typeof v635 === "string")) return false;
                        if (!pattern15.test(v635)) return false;
                      }
                    }
                    {
                      const v638 = v634["passwordFile"];
                      if (v638 !== void 0) {
                        if (!check5(v638)) return false;
                      }
                    }
                    for (const v641 in v634) {
                      switch (v641) {
                        case "username":
                        case "passwordFile":
                          break;
                        default: {
                          return false;
                        }
                      }
                    }
                  }
                }
                for (const v643 in v627) {
                  switch (v643) {
                    case "url":
                    case "bearerTokenFile":
                    case "basicAuth":
                      break;
                    default: {
                      return false;
                    }
                  }
                }
              }
            }
            {
              const v645 = v623["email"];
              if (v645 !== void 0) {
                if (!(v645 !== null && typeof v645 === "object" && !Array.isArray(v645))) return false;
                if (v645["to"] === void 0) return false;
                if (v645["from"] === void 0) return false;
                if (v645["smarthost"] === void 0) return false;
                {
                  const v646 = v645["to"];
                  if (v646 !== void 0) {
                    if (!(typeof v646 === "string")) return false;
                    if (!pattern27.test(v646)) return false;
                  }
                }
                {
                  const v649 = v645["from"];
                  if (v649 !== void 0) {
                    if (!(typeof v649 === "string")) return false;
                    if (!pattern27.test(v649)) return false;
                  }
                }
                {
                  const v652 = v645["smarthost"];
                  if (v652 !== void 0) {
                    if (!(typeof v652 === "string")) return false;
                    if (!pattern21.test(v652)) return false;
                  }
                }
                {
                  const v655 = v645["authUsername"];
                  if (v655 !== void 0) {
                    if (!(typeof v655 === "string")) return false;
                    if (!pattern15.test(v655)) return false;
                  }
                }
                {
                  const v658 = v645["authPasswordFile"];
                  if (v658 !== void 0) {
                    if (!check5(v658)) return false;
                  }
                }
                {
                  const v661 = v645["requireTls"];
                  if (v661 !== void 0) {
                    if (!(typeof v661 === "boolean")) return false;
                  }
                }
                for (const v664 in v645) {
                  switch (v664) {
                    case "to":
                    case "from":
                    case "smarthost":
                    case "authUsername":
                    case "authPasswordFile":
                    case "requireTls":
                      break;
                    default: {
                      return false;
                    }
                  }
                }
              }
            }
            {
              const v666 = v623["slack"];
              if (v666 !== void 0) {
                if (!(v666 !== null && typeof v666 === "object" && !Array.isArray(v666))) return false;
                if (v666["apiUrlFile"] === void 0) return false;
                {
                  const v667 = v666["apiUrlFile"];
                  if (v667 !== void 0) {
                    if (!check5(v667)) return false;
                  }
                }
                {
                  const v670 = v666["channel"];
                  if (v670 !== void 0) {
                    if (!(typeof v670 === "string")) return false;
                    if (!pattern28.test(v670)) return false;
                  }
                }
                for (const v673 in v666) {
                  switch (v673) {
                    case "apiUrlFile":
                    case "channel":
                      break;
                    default: {
                      return false;
                    }
                  }
                }
              }
            }
            for (const v675 in v623) {
              switch (v675) {
                case "name":
                case "webhook":
                case "email":
                case "slack":
                  break;
                default: {
                  return false;
                }
              }
            }
          }
        }
      }
      {
        const v679 = v614["route"];
        if (v679 !== void 0) {
          if (!(v679 !== null && typeof v679 === "object" && !Array.isArray(v679))) return false;
          {
            const v680 = v679["receiver"];
            if (v680 !== void 0) {
              if (!check1(v680)) return false;
            }
          }
          {
            const v683 = v679["groupWait"];
            if (v683 !== void 0) {
              if (!check8(v683)) return false;
            }
          }
          {
            const v686 = v679["groupInterval"];
            if (v686 !== void 0) {
              if (!check8(v686)) return false;
            }
          }
          {
            const v689 = v679["repeatInterval"];
            if (v689 !== void 0) {
              if (!check8(v689)) return false;
            }
          }
          for (const v692 in v679) {
            switch (v692) {
              case "receiver":
              case "groupWait":
              case "groupInterval":
              case "repeatInterval":
                break;
              default: {
                return false;
              }
            }
          }
        }
      }
      {
        const v694 = v614["watchdog"];
        if (v694 !== void 0) {
          if (!(v694 !== null && typeof v694 === "object" && !Array.isArray(v694))) return false;
          {
            const v695 = v694["receiver"];
            if (v695 !== void 0) {
              if (!check1(v695)) return false;
            }
          }
          {
            const v698 = v694["repeatInterval"];
            if (v698 !== void 0) {
              if (!check8(v698)) return false;
            }
          }
          for (const v701 in v694) {
            switch (v701) {
              case "receiver":
              case "repeatInterval":
                break;
              default: {
                return false;
              }
            }
          }
        }
      }
      for (const v703 in v614) {
        switch (v703) {
          case "enabled":
          case "port":
          case "receivers":
          case "route":
          case "watchdog":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  {
    const v705 = d["grafana"];
    if (v705 !== void 0) {
      if (!(v705 !== null && typeof v705 === "object" && !Array.isArray(v705))) return false;
      {
        const v706 = v705["dashboards"];
        if (v706 !== void 0) {
          if (!(typeof v706 === "boolean")) return false;
        }
      }
      {
        const v709 = v705["enabled"];
        if (v709 !== void 0) {
          if (!(typeof v709 === "boolean")) return false;
        }
      }
      {
        const v712 = v705["port"];
        if (v712 !== void 0) {
          if (!check7(v712)) return false;
        }
      }
      {
        const v715 = v705["adminPasswordFile"];
        if (v715 !== void 0) {
          if (!check2(v715)) return false;
        }
      }
      {
        const v718 = v705["anonymous"];
        if (v718 !== void 0) {
          if (!(typeof v718 === "boolean")) return false;
        }
      }
      for (const v721 in v705) {
        switch (v721) {
          case "dashboards":
          case "enabled":
          case "port":
          case "adminPasswordFile":
          case "anonymous":
            break;
          default: {
            return false;
          }
        }
      }
    }
  }
  for (const v723 in d) {
    switch (v723) {
      case "$schema":
      case "version":
      case "project":
      case "versions":
      case "output":
      case "network":
      case "container":
      case "storage":
      case "prometheus":
      case "jaeger":
      case "exporters":
      case "modelServer":
      case "devcontainer":
      case "alerting":
      case "alertmanager":
      case "grafana":
        break;
      default: {
        return false;
      }
    }
  }
  return true;
}
var import_equal, import_ucs2length, equal, codePoints, pattern0, pattern1, pattern2, pattern3, pattern4, pattern5, pattern6, pattern7, pattern8, pattern9, pattern10, pattern11, pattern12, pattern13, pattern14, pattern15, pattern16, pattern17, pattern18, pattern19, pattern20, pattern21, pattern22, pattern23, pattern24, pattern25, pattern26, pattern27, pattern28, conformsConfig;
var init_config_checks = __esm({
  "src/generated/config-checks.js"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_equal = __toESM(require_equal(), 1);
    import_ucs2length = __toESM(require_ucs2length(), 1);
    equal = import_equal.default.default;
    codePoints = import_ucs2length.default.default;
    pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
    pattern1 = new RegExp("^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$", "u");
    pattern2 = new RegExp("^\\d+\\.\\d+\\.\\d+(\\.post\\d+)?$", "u");
    pattern3 = new RegExp("^\\d+\\.\\d+\\.\\d+$", "u");
    pattern4 = new RegExp("^[A-Za-z0-9._/@+-]+$", "u");
    pattern5 = new RegExp("^(((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])|([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,7}:|([0-9A-Fa-f]{1,4}:){1,6}:[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,5}(:[0-9A-Fa-f]{1,4}){1,2}|([0-9A-Fa-f]{1,4}:){1,4}(:[0-9A-Fa-f]{1,4}){1,3}|([0-9A-Fa-f]{1,4}:){1,3}(:[0-9A-Fa-f]{1,4}){1,4}|([0-9A-Fa-f]{1,4}:){1,2}(:[0-9A-Fa-f]{1,4}){1,5}|[0-9A-Fa-f]{1,4}:(:[0-9A-Fa-f]{1,4}){1,6}|:((:[0-9A-Fa-f]{1,4}){1,7}|:))$", "u");
    pattern6 = new RegExp("^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", "u");
    pattern7 = new RegExp("^[0-9]+(b|k|kb|m|mb|g|gb)$", "u");
    pattern8 = new RegExp("^(?!__proto__$)[A-Za-z_][A-Za-z0-9_]*$", "u");
    pattern9 = new RegExp("^/[A-Za-z0-9._/@+-]*$", "u");
    pattern10 = new RegExp("^(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9_][A-Za-z0-9._/-]*$", "u");
    pattern11 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
    pattern12 = new RegExp("^[0-9]+(ms|s|m|h|d|w|y)$", "u");
    pattern13 = new RegExp("^(?!__)[a-zA-Z_][a-zA-Z0-9_]*$", "u");
    pattern14 = new RegExp("^https?://[^\\s\"'`$]+$", "u");
    pattern15 = new RegExp("^[^\\u0000-\\u001f\\u007f$]+$", "u");
    pattern16 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_-]*$", "u");
    pattern17 = new RegExp("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_][A-Za-z0-9_.-]*):([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$", "u");
    pattern18 = new RegExp("^/[A-Za-z0-9._/-]*$", "u");
    pattern19 = new RegExp("^[a-zA-Z_:][a-zA-Z0-9_:]*$", "u");
    pattern20 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_]*$", "u");
    pattern21 = new RegExp("^[A-Za-z0-9_][A-Za-z0-9_.-]*:[0-9]{1,5}$", "u");
    pattern22 = new RegExp("^[A-Za-z0-9._/-]+$", "u");
    pattern23 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/:@+-]*$", "u");
    pattern24 = new RegExp("^[a-z0-9-]+\\.[a-zA-Z0-9-]+$", "u");
    pattern25 = new RegExp("^[A-Za-z0-9._/@:+-]+$", "u");
    pattern26 = new RegExp("^https?://[^\\s\"'`$@]+$", "u");
    pattern27 = new RegExp('^[^\\s@<>"]+@[^\\s@<>"]+$', "u");
    pattern28 = new RegExp("^[#@]?[A-Za-z0-9_.-]+$", "u");
    conformsConfig = check0;
  }
});

// src/validate/conforms.ts
function resolveRef(root, ref) {
  if (!ref.startsWith("#/")) throw new Error(`unsupported $ref ${ref}: only local ones`);
  const target = ref.slice(2).split("/").reduce((node, part) => node?.[part.replace(/~1/g, "/").replace(/~0/g, "~")], root);
  if (target === void 0) throw new Error(`unresolved $ref ${ref}`);
  return target;
}
var import_equal2, import_ucs2length2, equal2, codePoints2, EDITOR_ONLY, ANNOTATIONS;
var init_conforms = __esm({
  "src/validate/conforms.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_equal2 = __toESM(require_equal(), 1);
    import_ucs2length2 = __toESM(require_ucs2length(), 1);
    equal2 = import_equal2.default.default;
    codePoints2 = import_ucs2length2.default.default;
    EDITOR_ONLY = ["if", "then", "else", "doNotSuggest"];
    ANNOTATIONS = ["title", "description", "markdownDescription", "default", "examples", "errorMessage", "defaultSnippets", "enumDescriptions", "markdownEnumDescriptions", "$comment", "$schema", "$id", "deprecated", "readOnly", "writeOnly", ...EDITOR_ONLY];
  }
});

// src/validate/defaults.ts
function withDefaults(data, node) {
  if (Array.isArray(data)) {
    if (!node.items) return data;
    let out3;
    for (let i = 0; i < data.length; i++) {
      const value = withDefaults(data[i], node.items);
      if (value !== data[i]) (out3 ??= data.slice())[i] = value;
    }
    return out3 ?? data;
  }
  if (data === null || typeof data !== "object") return data;
  const object = data;
  let out2;
  const properties = node.properties;
  for (const key in properties) {
    const p = properties[key];
    const current = object[key];
    let value = current === void 0 && "default" in p ? copy(p.default) : current;
    if (p.inside && value !== void 0) value = withDefaults(value, p.inside);
    if (value !== current) out2 = set(out2 ?? { ...object }, key, value);
  }
  if (node.values) {
    for (const key of Object.keys(object)) {
      if (properties && Object.hasOwn(properties, key)) continue;
      const value = withDefaults(object[key], node.values);
      if (value !== object[key]) out2 = set(out2 ?? { ...object }, key, value);
    }
  }
  return out2 ?? data;
}
function set(object, key, value) {
  return Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
function copy(value) {
  if (Array.isArray(value)) return value.map(copy);
  if (value === null || typeof value !== "object") return value;
  const out2 = {};
  for (const key of Object.keys(value)) {
    const v2 = copy(value[key]);
    if (key === "__proto__") Object.defineProperty(out2, key, { value: v2, enumerable: true, writable: true, configurable: true });
    else out2[key] = v2;
  }
  return out2;
}
var init_defaults2 = __esm({
  "src/validate/defaults.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_conforms();
  }
});

// chunk:validator
var require_validator = __commonJS({
  "chunk:validator"(exports2, module2) {
    init_define_OBSCOMPILE_PACKAGE();
    module2.exports = require("./obscompile-validator.cjs");
  }
});

// src/validate/validate.ts
async function validate(parsed) {
  const data = withDefaults(parsed.data, defaults);
  const unsupported = checkVersion(data);
  if (unsupported) return { diagnostics: await place(parsed, [unsupported]) };
  if (conformsConfig(data)) return { value: data, diagnostics: [] };
  const { validate: validateConfig } = await Promise.resolve().then(() => __toESM(require_validator(), 1));
  if (validateConfig(data)) return { value: data, diagnostics: [] };
  const findings2 = enrich(relevant(validateConfig.errors ?? []), data).map(translate);
  return { diagnostics: dedupe(await place(parsed, findings2)) };
}
function checkVersion(data) {
  if (!("version" in data)) return void 0;
  if (SUPPORTED_VERSIONS.includes(data.version)) return void 0;
  return {
    at: ["version"],
    code: "OBS_UNSUPPORTED_VERSION",
    message: `config version ${JSON.stringify(data.version)} is not supported; this obscompile reads version ${SUPPORTED_VERSIONS.join(", ")}`,
    hint: "set `version: 1`, or upgrade obscompile if the config was written for a newer one"
  };
}
function schemaDocument() {
  return schemaCache ??= JSON.parse((0, import_node_fs4.readFileSync)(shipped("schema", "observability.schema.json"), "utf8"));
}
function enrich(errors, data) {
  return errors.map((e) => {
    const path = fromPointer(e.instancePath);
    return { ...e, data: valueAt(data, path), parentSchema: schemaAt(schemaDocument(), path) };
  });
}
function schemaAt(root, path) {
  const deref = (node2) => {
    const ref = node2.$ref;
    if (typeof ref !== "string") return node2;
    const { $ref: _ref, ...siblings } = node2;
    return { ...deref(resolveRef(root, ref)), ...siblings };
  };
  let node = deref(root);
  for (const seg of path) {
    if (!node) return void 0;
    const props = node.properties;
    const next = typeof seg === "number" ? node.items : props?.[seg] ?? node.additionalProperties;
    node = next && typeof next === "object" ? deref(next) : void 0;
  }
  return node;
}
function relevant(errors) {
  return errors.filter((e) => !/\/oneOf\/\d+\//.test(e.schemaPath) && e.keyword !== "propertyNames" && e.keyword !== "if");
}
function dedupe(diagnostics) {
  const seen = /* @__PURE__ */ new Set();
  return diagnostics.filter((d) => {
    const key = `${d.range[0]}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var import_node_fs4, SUPPORTED_VERSIONS, schemaCache;
var init_validate = __esm({
  "src/validate/validate.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_defaults();
    init_config_checks();
    init_conforms();
    init_defaults2();
    init_errors();
    import_node_fs4 = require("node:fs");
    init_paths();
    init_config_path();
    init_position();
    SUPPORTED_VERSIONS = [1];
  }
});

// src/analyze.ts
async function analyze(partial) {
  const options2 = resolveOptions(partial);
  const discovered = await discover({ cwd: options2.cwd, configPath: options2.config, maxBytes: options2.maxConfigBytes });
  if (!discovered.value) return { options: options2, diagnostics: discovered.diagnostics };
  const source = discovered.value;
  const parsed = await parse(source);
  if (!parsed.value) return { options: options2, source, diagnostics: parsed.diagnostics };
  const validated = await validate(parsed.value);
  if (!validated.value) return { options: options2, source, parsed: parsed.value, diagnostics: validated.diagnostics };
  const findings2 = await check(validated.value, parsed.value);
  return { options: options2, source, parsed: parsed.value, config: validated.value, diagnostics: findings2 };
}
var init_analyze = __esm({
  "src/analyze.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_check();
    init_discover();
    init_options();
    init_parse();
    init_validate();
  }
});

// src/diagnostics/format.ts
function printable(text2) {
  return text2.replace(UNPRINTABLE, escapeChar);
}
function headline(d) {
  const where2 = d.file === COMMAND_LINE ? "obscompile" : d.line === 0 ? d.file : `${d.file}:${d.line}:${d.column}`;
  return printable(`${where2}: ${d.severity} [${d.code}] ${d.message}`);
}
function codeFrame(text2, d) {
  const lines = splitLines(text2);
  if (d.line > lines.length || text2.length === 0) return "";
  const first = Math.max(1, d.line - CONTEXT_LINES);
  const last2 = Math.min(lines.length, d.line + CONTEXT_LINES);
  const width = String(last2).length;
  const out2 = [];
  for (let n = first; n <= last2; n++) {
    const src = visible((lines[n - 1] ?? "").replace(/\r$/, ""));
    if (n !== d.line && src.trim() === "") continue;
    const from = n === d.line ? Math.max(0, Math.min(d.column - 1 - 20, src.length - MAX_FRAME_WIDTH)) : 0;
    out2.push(`${n === d.line ? ">" : " "} ${String(n).padStart(width)} | ${clip(src, from)}`);
    if (n === d.line) {
      const start = Math.min(d.column - 1, src.length) - from + (from > 0 ? 1 : 0);
      const span = Math.max(1, Math.min(d.range[1] - d.range[0], src.length - (d.column - 1), MAX_FRAME_WIDTH - start));
      out2.push(`  ${" ".repeat(width)} | ${" ".repeat(start)}${"^".repeat(span)}`);
    }
  }
  return out2.join("\n");
}
function clip(line, from) {
  const head = from > 0 ? "\u2026" : "";
  const body = line.slice(from, from + MAX_FRAME_WIDTH);
  return `${head}${body}${from + MAX_FRAME_WIDTH < line.length ? "\u2026" : ""}`;
}
function visible(line) {
  return line.replace(/\t/g, "\u2192").replace(UNPRINTABLE, "\uFFFD");
}
function formatText(diagnostics, sources = /* @__PURE__ */ new Map()) {
  return diagnostics.map((d) => {
    const parts = [headline(d)];
    const text2 = sources.get(d.file);
    const frame = text2 === void 0 ? "" : codeFrame(text2, d);
    if (frame) parts.push(frame);
    if (d.hint) parts.push(`  hint: ${printable(d.hint)}`);
    return parts.join("\n");
  }).join("\n\n");
}
function diagnosticRow(d) {
  return { severity: d.severity, code: d.code, message: d.message, file: d.file, line: d.line, column: d.column, range: d.range, ...d.hint ? { hint: d.hint } : {} };
}
function inertJson(value) {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function formatJson(diagnostics) {
  return inertJson(diagnostics.map(diagnosticRow));
}
function formatGithub(diagnostics) {
  return diagnostics.map((d) => {
    const at2 = placeless(d) ? "" : `file=${escapeProperty(printable(d.file))},line=${d.line},col=${d.column},`;
    const props = `${at2}title=${escapeProperty(d.code)}`;
    const message = d.hint ? `${d.message} (${d.hint})` : d.message;
    const shown = message.split("\n").map((line) => line.split("	").map(printable).join("	")).join("\n");
    return `::${d.severity} ${props}::${escapeData(shown)}`;
  }).join("\n");
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatDiagnostics(diagnostics, format3, sources) {
  if (format3 === "json") return formatJson(diagnostics);
  if (format3 === "github") return formatGithub(diagnostics);
  return formatText(diagnostics, sources);
}
var CONTEXT_LINES, MAX_FRAME_WIDTH, UNPRINTABLE, escapeChar, splitLines;
var init_format = __esm({
  "src/diagnostics/format.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_make();
    CONTEXT_LINES = 1;
    MAX_FRAME_WIDTH = 100;
    UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
    escapeChar = (c) => {
      const code = c.charCodeAt(0);
      return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
    };
    splitLines = /* @__PURE__ */ (() => {
      let last2;
      return (text2) => last2?.text === text2 ? last2.lines : (last2 = { text: text2, lines: text2.split("\n") }).lines;
    })();
  }
});

// src/cli/commands/report.ts
var report_exports = {};
__export(report_exports, {
  MAX_PRINTED: () => MAX_PRINTED,
  exitFor: () => exitFor,
  plural: () => plural,
  report: () => report
});
function exitFor(diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length === 0) return EXIT.ok;
  return errors.some((d) => IO_CODES.includes(d.code)) ? EXIT.usage : EXIT.invalid;
}
function report(io, diagnostics, format3, analysis, texts) {
  if (io.diagnostics) {
    io.diagnostics(diagnostics);
    return;
  }
  if (format3 === "json") {
    io.out(formatDiagnostics(diagnostics, "json"));
    return;
  }
  if (diagnostics.length === 0) return;
  const sources = new Map(texts ?? []);
  if (analysis?.source) sources.set(analysis.source.path, analysis.source.text);
  io.err(formatDiagnostics(diagnostics.slice(0, MAX_PRINTED), format3, sources));
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const hidden = diagnostics.length - MAX_PRINTED;
  if (hidden > 0) io.err(`${format3 === "text" ? "\n" : ""}\u2026 ${plural(hidden, "more diagnostic")} not shown (the first ${MAX_PRINTED} are above); \`--format json\` lists them all`);
  if (format3 === "text") io.err(`
${plural(errors, "error")}, ${plural(warnings, "warning")}`);
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var IO_CODES, MAX_PRINTED;
var init_report = __esm({
  "src/cli/commands/report.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_format();
    init_io();
    IO_CODES = ["OBS_CONFIG_NOT_FOUND", "OBS_IO", "OBS_LOCKED", "OBS_OUTPUT_UNSAFE", "OBS_USAGE"];
    MAX_PRINTED = 100;
  }
});

// chunk:fleet-validator
var require_fleet_validator = __commonJS({
  "chunk:fleet-validator"(exports2, module2) {
    init_define_OBSCOMPILE_PACKAGE();
    module2.exports = require("./obscompile-fleet-validator.cjs");
  }
});

// src/layer/layer.ts
function merge(base, override) {
  if (isMap3(override) && !isMap3(base)) return merge({}, override);
  if (!isMap3(base) || !isMap3(override)) return override === void 0 ? base : override;
  const out2 = { ...base };
  for (const key of Object.keys(override)) {
    const value = override[key];
    if (value === null) delete out2[key];
    else out2[key] = merge(base[key], value);
  }
  return out2;
}
async function writers(layers, path) {
  const found2 = [];
  for (const layer of layers) if ((await layer.source.positioned()).has([...layer.root, ...path])) found2.push(layer);
  return found2;
}
function layered(layers, name2, extra = {}, added = []) {
  const data = merge(layers.reduce((acc, l) => merge(acc, valueAt(l.source.data, l.root) ?? {}), {}), extra);
  const top = layers[layers.length - 1].source;
  let positioned;
  const positions = async () => {
    const each2 = await Promise.all(layers.map(async (l) => ({ layer: l, at: await l.source.positioned() })));
    const causes = await Promise.all(added.map(async (a) => ({ ...a, pos: await a.from.source.positioned() })));
    const origin = (path, target) => {
      const cause = causes.find((c) => c.at.length <= path.length && c.at.every((k, i) => path[i] === k));
      if (cause) return { file: cause.from.source.path, lines: cause.pos.lines, range: cause.pos.locate([...cause.from.root, ...cause.path], target) };
      for (let k = path.length; k >= 0; k--) {
        const prefix = path.slice(0, k);
        for (let i = each2.length - 1; i >= 0; i--) {
          const { layer, at: at2 } = each2[i];
          if (at2.has([...layer.root, ...prefix])) return { file: layer.source.path, lines: at2.lines, range: at2.locate([...layer.root, ...path], target) };
        }
      }
      const base = each2[0];
      return { file: base.layer.source.path, lines: base.at.lines, range: base.at.locate(base.layer.root) };
    };
    const topAt = each2[each2.length - 1].at;
    return { lines: topAt.lines, locate: (path, target) => origin(path, target).range, has: (path) => each2.some(({ layer, at: at2 }) => at2.has([...layer.root, ...path])), origin };
  };
  return { path: name2, absolutePath: top.absolutePath, text: top.text, data, positioned: () => positioned ??= positions() };
}
var isMap3;
var init_layer = __esm({
  "src/layer/layer.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_config_path();
    isMap3 = (v2) => v2 !== null && typeof v2 === "object" && !Array.isArray(v2);
  }
});

// src/layer/fleet-rules.ts
function duplicateHosts(data) {
  const seen = /* @__PURE__ */ new Map();
  const out2 = [];
  data.hosts.forEach((h, i) => {
    if (data.central && h.name === "central") {
      out2.push({ at: ["hosts", i, "name"], code: "OBS_RESERVED_NAME", message: "host name `central` is the folder of the central store", hint: "give the host another name" });
    }
    const first = seen.get(h.name);
    if (first === void 0) seen.set(h.name, i);
    else out2.push({ at: ["hosts", i, "name"], code: "OBS_RESERVED_NAME", message: `host \`${h.name}\` is listed twice (hosts[${first}] and hosts[${i}]); their series would collide in the central store`, hint: "give every host its own name" });
  });
  return out2;
}
function centralPortCollisions(c) {
  if (!c) return [];
  const ports = [[["central", "port"], c.port]];
  if (c.jaeger.enabled) for (const key of ["otlpGrpcPort", "otlpHttpPort", "uiPort"]) ports.push([["central", "jaeger", key], c.jaeger[key]]);
  if (c.alertmanager.enabled) ports.push([["central", "alertmanager", "port"], c.alertmanager.port]);
  if (c.grafana.enabled) ports.push([["central", "grafana", "port"], c.grafana.port]);
  const seen = /* @__PURE__ */ new Map();
  const out2 = [];
  for (const [at2, port] of ports) {
    const first = seen.get(port);
    if (!first) seen.set(port, at2);
    else out2.push({ at: at2, code: "OBS_PORT_COLLISION", message: `port ${port} of \`${at2.join(".")}\` is already taken by \`${first.join(".")}\` on the central store`, hint: "give each central service its own port" });
  }
  return out2;
}
function centralDurations(c) {
  if (!c) return [];
  const out2 = [];
  const list = [[["central", "retention"], c.retention]];
  if (c.jaeger.enabled) list.push([["central", "jaeger", "retention"], c.jaeger.retention]);
  for (const [at2, value] of list) {
    const ms = durationMs(value);
    if (ms === 0) out2.push({ at: at2, code: "OBS_DURATION_INVALID", message: `\`${at2.join(".")}\` is ${value}; it must be longer than zero`, hint: "use a positive duration such as `30d`" });
    else if (ms > MAX_DURATION_MS) out2.push({ at: at2, code: "OBS_DURATION_INVALID", message: `\`${at2.join(".")}\` is ${value}, longer than Prometheus and Jaeger can represent (about 292y)`, hint: "use a shorter duration" });
  }
  return out2;
}
function centralNotHost(c, index, name2, config3) {
  if (!c || c.address.toLowerCase() !== name2.toLowerCase() || config3.prometheus.port !== c.port) return [];
  return [{ at: ["central", "address"], code: "OBS_REMOTE_WRITE_SELF", message: `central address \`${c.address}\` is host \`${name2}\` (hosts[${index}]), whose own Prometheus listens on port ${c.port}: it would remote-write to itself`, hint: "give the central store its own machine, or another `central.port`" }];
}
function centralRoutingShared(data, configs) {
  if (!data.central?.alertmanager.enabled) return [];
  const routing = configs.map((c) => c ? JSON.stringify({ ...c.alertmanager, enabled: void 0 }) : void 0);
  if (new Set(routing.filter((r) => r !== void 0)).size <= 1) return [];
  const out2 = [];
  data.hosts.forEach((h, i) => {
    const own = h.config?.alertmanager;
    if (!own || typeof own !== "object" || Object.keys(own).every((k) => k === "enabled")) return;
    out2.push({ at: ["hosts", i, "config", "alertmanager"], target: "key", code: "OBS_ALERTMANAGER_RECEIVER", message: `host \`${h.name}\` routes alerts its own way, but the central Alertmanager routes every host's alerts with one set of receivers`, hint: "set `alertmanager` in the base config or in `common`, the same for every host" });
  });
  return out2;
}
function centralGrafanaPassword(c) {
  if (!c?.grafana.enabled || c.grafana.adminPasswordFile) return [];
  return [{ at: ["central", "grafana", "enabled"], code: "OBS_GRAFANA", message: "the central Grafana needs its admin user's password, read from a file", hint: "set `central.grafana.adminPasswordFile` to a file that holds the password (relative to the fleet file; keep it out of git)" }];
}
var init_fleet_rules = __esm({
  "src/layer/fleet-rules.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_duration();
  }
});

// src/config/fleet-settings.ts
var HOST_LABEL, centralAlerts, centralTraces;
var init_fleet_settings = __esm({
  "src/config/fleet-settings.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    HOST_LABEL = "host";
    centralAlerts = (c) => `${c.address}:${c.alertmanager.port}`;
    centralTraces = (c) => `${c.address}:${c.jaeger.otlpGrpcPort}`;
  }
});

// src/layer/fleet.ts
var fleet_exports = {};
__export(fleet_exports, {
  HOST_LABEL: () => HOST_LABEL,
  analyzeFleet: () => analyzeFleet,
  analyzeHosts: () => analyzeHosts,
  centralAlerts: () => centralAlerts,
  centralTraces: () => centralTraces,
  fleetOutDir: () => fleetOutDir,
  loadFleet: () => loadFleet
});
function fleetAdds(fleet2, index, name2, written, central) {
  const from = { source: fleet2, root: [] };
  const prometheus4 = { externalLabels: { [HOST_LABEL]: name2 } };
  const added = [{ at: ["prometheus", "externalLabels", HOST_LABEL], from, path: ["hosts", index, "name"] }];
  const values = { prometheus: prometheus4 };
  if (!central) return { values, added };
  const own = valueAt(written, ["prometheus", "remoteWrite"]) ?? [];
  prometheus4.remoteWrite = [...own, { url: `http://${central.address}:${central.port}/api/v1/write`, name: "central" }];
  added.push({ at: ["prometheus", "remoteWrite", own.length], from, path: ["central", "address"] });
  if (central.alertmanager.enabled && valueAt(written, ["alerting", "enabled"]) !== false && valueAt(written, ["prometheus", "enabled"]) !== false) {
    const others = valueAt(written, ["alerting", "alertmanagers"]) ?? [];
    values.alerting = { alertmanagers: [...others, centralAlerts(central)] };
    values.alertmanager = { enabled: false };
    added.push({ at: ["alerting", "alertmanagers", others.length], from, path: ["central", "alertmanager"] }, { at: ["alertmanager", "enabled"], from, path: ["central", "alertmanager"] });
  }
  const jaegerVersion = valueAt(written, ["versions", "jaeger"]);
  const jaeger2 = typeof jaegerVersion !== "string" || major(jaegerVersion) >= 2;
  const tracing = valueAt(written, ["jaeger", "enabled"]) !== false && valueAt(written, ["jaeger", "forwardOtlp"]) == null;
  if (!central.jaeger.enabled || !jaeger2 || !tracing) return { values, added };
  added.push({ at: ["jaeger", "forwardOtlp"], from, path: ["central", "address"] });
  values.jaeger = { forwardOtlp: { endpoint: centralTraces(central), insecure: true } };
  return { values, added };
}
function fleetOutDir(fleet2, settings) {
  return (0, import_node_path8.resolve)((0, import_node_path8.dirname)(fleet2.absolutePath), settings.output.dir);
}
async function loadFleet(partial) {
  const options2 = resolveOptions(partial);
  const result = { hosts: [], diagnostics: [], texts: /* @__PURE__ */ new Map() };
  const fleet2 = await load(options2, partial.fleet, result);
  if (!fleet2) return result;
  result.fleet = fleet2;
  const data = copy(fleet2.data);
  const shape = await place(fleet2, shapeFindings(data));
  if (shape.length) return { ...result, diagnostics: shape };
  result.settings = data;
  const base = await load(options2, (0, import_node_path8.join)((0, import_node_path8.dirname)(fleet2.path), data.base), result);
  if (base) result.base = base;
  return result;
}
async function analyzeFleet(partial) {
  return analyzeHosts(await loadFleet(partial));
}
async function analyzeHosts(result, each2) {
  const { fleet: fleet2, settings: data, base } = result;
  if (!fleet2 || !data || !base) return result;
  result.diagnostics.push(...await place(fleet2, [...duplicateHosts(data), ...centralPortCollisions(data.central), ...centralDurations(data.central), ...centralGrafanaPassword(data.central)]));
  for (const [i, host2] of data.hosts.entries()) {
    const layers = [{ source: base, root: [] }, ...data.common ? [{ source: fleet2, root: ["common"] }] : [], { source: fleet2, root: ["hosts", i, "config"] }];
    const written = layered(layers, base.path);
    const labels = valueAt(written.data, ["prometheus", "externalLabels"]);
    if (labels && typeof labels === "object" && HOST_LABEL in labels) {
      result.diagnostics.push(...await place(written, [{ at: ["prometheus", "externalLabels", HOST_LABEL], target: "key", code: "OBS_RESERVED_NAME", message: `external label \`${HOST_LABEL}\` is set by the fleet to each host's name`, hint: `remove \`${HOST_LABEL}\` from \`prometheus.externalLabels\`; hosts are told apart by it in the central store` }]));
    }
    const adds = fleetAdds(fleet2, i, host2.name, written.data, data.central);
    const source = layered(layers, base.path, adds.values, adds.added);
    const validated = await validate(source);
    const entry = { name: host2.name, added: adds.added, layers, source };
    if (validated.value) {
      entry.config = validated.value;
      result.diagnostics.push(...await check(validated.value, source), ...await place(fleet2, centralNotHost(data.central, i, host2.name, validated.value)));
    } else result.diagnostics.push(...validated.diagnostics);
    result.hosts.push(entry);
    if (each2) result.diagnostics.push(...await each2(entry, result.diagnostics));
  }
  result.diagnostics.push(...await place(fleet2, centralRoutingShared(data, result.hosts.map((h) => h.config))));
  result.diagnostics = dedupe2(result.diagnostics);
  return result;
}
async function load(options2, file, into) {
  const found2 = await discover({ cwd: options2.cwd, configPath: file, maxBytes: options2.maxConfigBytes });
  if (!found2.value) return void into.diagnostics.push(...found2.diagnostics);
  into.texts.set(found2.value.path, found2.value.text);
  const parsed = await parse(found2.value);
  if (!parsed.value) return void into.diagnostics.push(...parsed.diagnostics);
  return parsed.value;
}
function shapeFindings(data) {
  if ((0, import_validate_fleet.validate)(data)) return [];
  return (import_validate_fleet.validate.errors ?? []).map((e) => {
    const at2 = fromPointer(e.instancePath);
    if (e.keyword === "additionalProperties") return { at: [...at2, String(e.params.additionalProperty)], target: "key", code: "OBS_SCHEMA_UNKNOWN_KEY", message: `unknown key \`${String(e.params.additionalProperty)}\` in the fleet file`, hint: "a fleet file has `version`, `base` and `hosts`; each host `name` and `config`" };
    if (e.keyword === "required") return { at: at2, code: "OBS_SCHEMA_REQUIRED", message: `missing required key \`${String(e.params.missingProperty)}\` in the fleet file`, hint: "see `schema/fleet.schema.json`" };
    return { at: at2, code: "OBS_SCHEMA_INVALID", message: `fleet file: \`${e.instancePath || "/"}\` ${e.message ?? "is invalid"}`, hint: "see `schema/fleet.schema.json`" };
  });
}
function dedupe2(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((d) => {
    const key = `${d.file}\0${d.range[0]}\0${d.code}\0${d.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  }).sort((a, b) => a.file === b.file ? a.range[0] - b.range[0] : a.file < b.file ? -1 : 1);
}
var import_node_path8, import_validate_fleet;
var init_fleet = __esm({
  "src/layer/fleet.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_path8 = require("node:path");
    import_validate_fleet = __toESM(require_fleet_validator(), 1);
    init_check();
    init_config_path();
    init_discover();
    init_layer();
    init_fleet_rules();
    init_fleet_settings();
    init_options();
    init_parse();
    init_position();
    init_version();
    init_defaults2();
    init_validate();
  }
});

// src/cli/commands/validate.ts
var validate_exports = {};
__export(validate_exports, {
  validateCommand: () => validateCommand
});
async function validateCommand(opts, io) {
  if (opts.fleet) {
    const { analyzeFleet: analyzeFleet2 } = await Promise.resolve().then(() => (init_fleet(), fleet_exports));
    const fleet2 = await analyzeFleet2({ cwd: io.cwd, fleet: opts.fleet, maxConfigBytes: opts.maxConfigBytes });
    report(io, fleet2.diagnostics, opts.format, void 0, fleet2.texts);
    const code2 = exitFor(fleet2.diagnostics);
    io.result?.({ file: fleet2.fleet?.path ?? opts.fleet, valid: code2 === 0 });
    if (code2 === 0 && opts.format === "text") io.out(`${fleet2.fleet?.path}: valid (${fleet2.hosts.map((h) => h.name).join(", ")})`);
    return code2;
  }
  const analysis = await analyze({ cwd: io.cwd, config: opts.config, maxConfigBytes: opts.maxConfigBytes });
  report(io, analysis.diagnostics, opts.format, analysis);
  const code = exitFor(analysis.diagnostics);
  io.result?.({ file: analysis.source?.path ?? null, valid: code === 0 });
  if (code === 0 && opts.format === "text") io.out(`${analysis.source?.path}: valid`);
  return code;
}
var init_validate2 = __esm({
  "src/cli/commands/validate.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_analyze();
    init_report();
  }
});

// chunk:js-yaml
var require_js_yaml = __commonJS({
  "chunk:js-yaml"(exports2, module2) {
    init_define_OBSCOMPILE_PACKAGE();
    module2.exports = Object.defineProperties({}, { "dump": { enumerable: true, get: () => require("./obscompile-js-yaml.cjs")["dump"] } });
  }
});

// src/render/yaml.ts
function knownString(s) {
  if (s.length > MAX_PLAIN) return void 0;
  if (!VISIBLE_ASCII.test(s) || s.endsWith(":")) return spacedString(s);
  if (/^[0-9]+$/.test(s) || SEXAGESIMAL.test(s)) return `"${s}"`;
  if (/^[A-Za-z_/$]/.test(s)) return NOT_STRINGS.test(s) ? `"${s}"` : s;
  return PLAIN_SHAPES.test(s) ? s : spacedString(s);
}
function spacedString(s) {
  if (!PRINTABLE_LINE.test(s)) return void 0;
  const quoted = () => `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  if (/^[{}[\],#&*!|>'"%@`]/.test(s)) return quoted();
  if (SERIES_NOTATION.test(s)) return s;
  if (!/^[A-Za-z_/$(]/.test(s) || NOT_STRINGS.test(s)) return void 0;
  return PLAIN_ONE_LINE.test(s) ? s : quoted();
}
function writeBlockYaml(data) {
  if (!isMap4(data) || Object.keys(data).length === 0) return void 0;
  const writer = new Writer();
  try {
    writer.mapping(data, "");
    return writer.out;
  } catch (error) {
    if (error !== DECLINE) throw error;
    return void 0;
  }
}
function blockYaml(data) {
  return writeBlockYaml(data) ?? (0, import_js_yaml.dump)(data, DUMP_OPTIONS);
}
var import_js_yaml, DUMP_OPTIONS, PLAIN, NOT_STRINGS, MAX_PLAIN, SEXAGESIMAL, NOTATION_NUMBER, NOTATION_TERM, SERIES_NOTATION, PRINTABLE_LINE, PLAIN_CHAR, PLAIN_ONE_LINE, VISIBLE_ASCII, PLAIN_SHAPES, DECLINE, isMap4, Writer;
var init_yaml = __esm({
  "src/render/yaml.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_js_yaml = __toESM(require_js_yaml(), 1);
    DUMP_OPTIONS = { lineWidth: -1, quoteStyle: "double", noRefs: true };
    PLAIN = /^[A-Za-z_/][A-Za-z0-9_./@+=-]*(?::[A-Za-z0-9_./@+=-]+)*$/;
    NOT_STRINGS = /^(?:[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;
    MAX_PLAIN = 512;
    SEXAGESIMAL = /^(?:[1-9][0-9_]*(?::[0-5]?[0-9])+|[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$/;
    NOTATION_NUMBER = "[0-9]+(?:\\.[0-9]+)?(?:e[-+]?[0-9]+)?";
    NOTATION_TERM = `(?:-?${NOTATION_NUMBER}[+-]${NOTATION_NUMBER}x[0-9]+|_x[0-9]+)`;
    SERIES_NOTATION = new RegExp(`^${NOTATION_TERM}(?: ${NOTATION_TERM})*$`);
    PRINTABLE_LINE = /^[\x20-\x7e]+$/;
    PLAIN_CHAR = "(?:(?![:#])[\\x21-\\x7e]|:(?=[\\x21-\\x7e]))#*";
    PLAIN_ONE_LINE = new RegExp(`^(?:(?![-?:,\\[\\]{}#&*!|>'"%@\`])[\\x21-\\x7e]|[?:-](?=[\\x21-\\x7e]))#*(?: *${PLAIN_CHAR})*$`);
    VISIBLE_ASCII = /^[\x21-\x7e]+$/;
    PLAIN_SHAPES = /^(?:[0-9]+(?:ms|s|m|h|d|w|y|kb|mb|gb)|(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?::[0-9]+)?|[0-9]+(?:\.[0-9]+){2,}(?:\.post[0-9]+)?|--?[A-Za-z][\x21-\x7e]*|\.\.?(?:[/:][\x21-\x7e]*)?)$/;
    DECLINE = /* @__PURE__ */ Symbol("decline");
    isMap4 = (v2) => {
      if (v2 === null || typeof v2 !== "object" || Array.isArray(v2)) return false;
      const proto = Object.getPrototypeOf(v2);
      return proto === Object.prototype || proto === null;
    };
    Writer = class {
      formatted = /* @__PURE__ */ new Map();
      out = "";
      /** A scalar as a mapping value or list item writes it. */
      scalar(value) {
        if (typeof value === "string") {
          const known = knownString(value);
          if (known !== void 0) return known;
        } else if (typeof value === "number") {
          if (Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
        } else if (typeof value === "boolean") return String(value);
        else if (value === null) return "null";
        else throw DECLINE;
        return this.byJsYaml(value);
      }
      /** js-yaml's own form of one scalar in the same (block value) position, when it fits on one line. */
      byJsYaml(value) {
        let text2 = this.formatted.get(value);
        if (text2 === void 0) {
          const line = (0, import_js_yaml.dump)({ k: value }, DUMP_OPTIONS);
          if (!line.startsWith("k: ") || line.indexOf("\n") !== line.length - 1) throw DECLINE;
          text2 = line.slice(3, -1);
          this.formatted.set(value, text2);
        }
        return text2;
      }
      key(key) {
        if (key.length <= MAX_PLAIN && PLAIN.test(key) && !NOT_STRINGS.test(key)) return key;
        throw DECLINE;
      }
      /** A mapping whose keys stand at `indent`; the first line starts with `first` instead (`- ` in a list). */
      mapping(map, indent, first = indent) {
        let prefix = first;
        for (const k of Object.keys(map)) {
          const value = map[k];
          const head = `${prefix}${this.key(k)}:`;
          prefix = indent;
          if (Array.isArray(value)) {
            if (value.length === 0) this.out += `${head} []
`;
            else {
              this.out += `${head}
`;
              this.sequence(value, `${indent}  `);
            }
          } else if (isMap4(value)) {
            if (Object.keys(value).length === 0) this.out += `${head} {}
`;
            else {
              this.out += `${head}
`;
              this.mapping(value, `${indent}  `);
            }
          } else this.out += `${head} ${this.scalar(value)}
`;
        }
      }
      sequence(list, indent) {
        for (const item of list) {
          if (Array.isArray(item)) {
            if (item.length) throw DECLINE;
            this.out += `${indent}- []
`;
          } else if (isMap4(item)) {
            if (Object.keys(item).length === 0) this.out += `${indent}- {}
`;
            else {
              this.mapping(item, `${indent}  `, `${indent}- `);
            }
          } else this.out += `${indent}- ${this.scalar(item)}
`;
        }
      }
    };
  }
});

// src/render/text.ts
function headerText(sourceName) {
  return `Generated by obscompile from ${oneLine(sourceName)}. Do not edit: change the config and run \`obscompile build\`.`;
}
function htmlCommentText(text2) {
  return oneLine(text2).replace(/-(?=-)/g, "- ");
}
function oneLine(text2) {
  return text2.replace(CONTROL_CHARS, " ");
}
function shellQuote(value) {
  const text2 = String(value);
  if (/[$`]/.test(text2)) return `"${text2.replace(/[\\$`"]/g, (c) => `\\${c}`)}"`;
  return `'${text2.replace(/'/g, `'\\''`)}'`;
}
function shellWord(parts) {
  return parts.map((p) => typeof p === "string" ? shellQuote(p) : `"$${p.variable}"`).join("");
}
function markdownCell(value) {
  const text2 = String(value);
  if (!CELL_NEEDS_ESCAPING.test(text2)) return text2;
  const escaped = oneLine(text2).replace(CELL_SPECIAL_CHARS, (c) => CELL_ESCAPES[c]);
  return escaped.replace(LEADING_BLOCK_MARKER, "$1\\$2");
}
function markdownCode(value) {
  return `\`${markdownCell(value)}\``;
}
function codeCell(value) {
  const text2 = oneLine(value).replace(/\|/g, "\\|");
  const fence = text2.includes("`") ? "``" : "`";
  return `${fence}${fence === "``" ? ` ${text2} ` : text2}${fence}`;
}
function dollarLiteral(value) {
  return value.replace(/\$/g, "$$$$");
}
function sortedEntries(record) {
  return Object.keys(record).sort().map((k) => [k, record[k]]);
}
function finish(text2) {
  const lf = text2.includes("\r") ? text2.replace(/\r\n?/g, "\n") : text2;
  let end = lf.length;
  while (end > 0 && lf.charCodeAt(end - 1) === 10) end--;
  return end === lf.length - 1 ? lf : `${lf.slice(0, end)}
`;
}
var CONTROL, CONTROL_CHARS, CELL_ESCAPES, CELL_SPECIAL, CELL_SPECIAL_CHARS, BLOCK_MARKER, LEADING_BLOCK_MARKER, CELL_NEEDS_ESCAPING;
var init_text = __esm({
  "src/render/text.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_yaml();
    CONTROL = "\\u0000-\\u001f\\u007f\\u2028\\u2029";
    CONTROL_CHARS = new RegExp(`[${CONTROL}]`, "g");
    CELL_ESCAPES = { "\\": "\\\\", "|": "\\|", "<": "&lt;", ">": "&gt;", "`": "'" };
    CELL_SPECIAL = Object.keys(CELL_ESCAPES).map((c) => `\\${c}`).join("");
    CELL_SPECIAL_CHARS = new RegExp(`[${CELL_SPECIAL}]`, "g");
    BLOCK_MARKER = "[#\\-+*=]|\\d+[.)]";
    LEADING_BLOCK_MARKER = new RegExp(`^(\\s*)(${BLOCK_MARKER})`);
    CELL_NEEDS_ESCAPING = new RegExp(`[${CONTROL}${CELL_SPECIAL}]|^\\s*(?:${BLOCK_MARKER})`);
  }
});

// src/render/alert-tests.ts
function jobOf2(model, source) {
  const job = model.scrapeJobs.find((j) => j.job === jobOf(model.config, source));
  return { job: job?.job ?? "x", instance: job?.targets[0] ?? "x", labels: job?.labels ?? {} };
}
function testLabels(model, source, s) {
  const info = model.series.get(s.metric);
  const job = jobOf2(model, source);
  const known = {
    job: job.job,
    instance: job.instance,
    container: model.config.container.service,
    name: model.config.container.service,
    // SGLang's model_name is the served model name, which defaults to the model path (server_args.py @ v0.5.18).
    model_name: model.config.modelServer.modelPath,
    ...job.labels
  };
  const labels = { __name__: s.metric };
  for (const l of [...info?.labels ?? ["job", "instance"]].sort()) labels[l] = known[l] ?? LABEL_SAMPLES[l] ?? "x";
  return { ...labels, ...job.labels, ...s.labels };
}
var LABEL_SAMPLES;
var init_alert_tests = __esm({
  "src/render/alert-tests.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_model();
    LABEL_SAMPLES = {
      gpu: "0",
      UUID: "GPU-00000000-0000-0000-0000-000000000000",
      uuid: "GPU-00000000-0000-0000-0000-000000000000",
      pci_bus_id: "00000000:01:00.0",
      device: "nvidia0",
      modelName: "NVIDIA H100 80GB HBM3",
      hostname: "gpu-box",
      Hostname: "gpu-box",
      DCGM_FI_DRIVER_VERSION: "580.65.06",
      xid: "79",
      clock_event: "hw_thermal",
      engine_type: "unified",
      tp_rank: "0",
      pp_rank: "0",
      moe_ep_rank: "0",
      is_streaming: "false",
      receiver: "otlp",
      transport: "grpc",
      exporter: "jaeger_storage_exporter",
      id: "/docker/0123456789ab",
      image: "sglang-dev-observability:latest"
    };
  }
});

// src/render/alert-rules.ts
function alertRule(a) {
  const rule = { alert: a.alert, expr: a.expr };
  if (a.for !== "0m") rule.for = a.for;
  rule.labels = { severity: a.severity, pack: a.pack };
  rule.annotations = { summary: a.summary, description: a.description };
  return rule;
}
function renderAlertRules(model) {
  const m = model.alerts;
  const groups = [];
  if (m.recording.length) groups.push({ name: groupName("recording"), rules: m.recording.map((r) => ({ record: r.record, expr: r.expr })) });
  for (const pack of ["stack", "gpu", "serving"]) {
    const alerts = m.alerts.filter((a) => a.pack === pack);
    if (alerts.length) groups.push({ name: groupName(pack), rules: alerts.map(alertRule) });
  }
  const note = m.leftOut.length ? `
# Left out (what they read is not produced here): ${m.leftOut.map((l) => l.name).join(", ")}; metrics_catalog.md says why.` : "";
  const content2 = `# ${headerText(model.sourceName)}
# Tested by ${ALERT_TESTS_FILE} (promtool test rules ${ALERT_TESTS_FILE}).${note}
${blockYaml({ groups })}`;
  return { name: "alert-rules.yml", path: ALERT_RULES_FILE, content: finish(content2), executable: false };
}
function expand(template, labels) {
  return template.replace(/\{\{ \$labels\.(\w+) \}\}/g, (_, name2) => labels[name2] ?? "<no value>");
}
function renderAlertTests(model) {
  const m = model.alerts;
  const tests = [];
  for (const a of m.alerts) {
    const spec = a.test;
    for (const fire of spec.calm ? [true, false] : [true]) {
      const series = (fire ? spec.fire : spec.calm).map((s) => ({ labels: testLabels(model, a.source, s), values: s.values }));
      const first = series[0]?.labels ?? {};
      const kept = a.by ? Object.fromEntries(a.by.filter((l) => first[l] !== void 0).map((l) => [l, first[l]])) : Object.fromEntries(Object.entries(first).filter(([k]) => k !== "__name__"));
      const labels = { ...kept, severity: a.severity, pack: a.pack };
      const expected = fire ? [{ exp_labels: labels, exp_annotations: { summary: expand(a.summary, labels), description: expand(a.description, labels) } }] : [];
      tests.push({
        name: `${a.alert} ${fire ? "fires" : "stays silent"}`,
        interval: "1m",
        input_series: series.map((s) => ({ series: selector(s.labels), values: s.values })),
        alert_rule_test: [{ eval_time: spec.at, alertname: a.alert, exp_alerts: expected }]
      });
    }
  }
  const doc = { rule_files: [ALERT_RULES_FILE], evaluation_interval: "1m", tests };
  const content2 = `# ${headerText(model.sourceName)}
# Unit tests of ${ALERT_RULES_FILE}: promtool test rules ${ALERT_TESTS_FILE}
${blockYaml(doc)}`;
  return { name: "alert-rules.test.yml", path: ALERT_TESTS_FILE, content: finish(content2), executable: false };
}
function selector(labels) {
  const rest = Object.entries(labels).filter(([k]) => k !== "__name__");
  return `${labels.__name__}{${rest.map(([k, v2]) => `${k}=${JSON.stringify(v2)}`).join(",")}}`;
}
var ALERT_RULES_FILE, ALERT_TESTS_FILE, groupName;
var init_alert_rules = __esm({
  "src/render/alert-rules.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_text();
    init_alert_tests();
    ALERT_RULES_FILE = "alert-rules.yml";
    ALERT_TESTS_FILE = "alert-rules.test.yml";
    groupName = (pack) => `obscompile-${pack}`;
  }
});

// src/render/alertmanager.ts
function receiver(r) {
  const out2 = { name: r.name };
  if (r.webhook) {
    const w = r.webhook;
    const hook = { url: w.url, send_resolved: true };
    if (w.bearerTokenFile) hook.http_config = { authorization: { type: "Bearer", credentials_file: w.bearerTokenFile } };
    else if (w.basicAuth) hook.http_config = { basic_auth: { username: w.basicAuth.username, password_file: w.basicAuth.passwordFile } };
    out2.webhook_configs = [hook];
  }
  if (r.email) {
    const e = r.email;
    const mail = { to: e.to, from: e.from, smarthost: e.smarthost, require_tls: e.requireTls, send_resolved: true };
    if (e.authUsername) mail.auth_username = e.authUsername;
    if (e.authPasswordFile) mail.auth_password_file = e.authPasswordFile;
    out2.email_configs = [mail];
  }
  if (r.slack) {
    const s = r.slack;
    out2.slack_configs = [{ api_url_file: s.apiUrlFile, ...s.channel ? { channel: s.channel } : {}, send_resolved: true }];
  }
  return out2;
}
function inhibitRules(alerts, scope) {
  const rules = [
    ["DcgmExporterDown", "gpu", [], []],
    ["GpuMissing", "gpu", ["DcgmExporterDown"], [CONTAINER_LABEL]],
    ["ModelServerDown", "serving", [], []]
  ];
  return rules.filter(([source]) => alerts.has(source)).map(([source, pack, also, equal3]) => ({
    source_matchers: [is("alertname", source)],
    target_matchers: [is("pack", pack), ...[source, ...also].map((name2) => isNot("alertname", name2))],
    equal: [...scope, ...equal3]
  }));
}
function alertmanagerDocument(am, scope, alerts) {
  const receivers = am.receivers.map(receiver);
  const main = am.route.receiver ?? DISCARD_RECEIVER;
  const watchdog = am.watchdog.receiver ?? DISCARD_RECEIVER;
  if (main === DISCARD_RECEIVER || watchdog === DISCARD_RECEIVER) receivers.push({ name: DISCARD_RECEIVER });
  const route = {
    receiver: main,
    group_by: ["alertname", ...scope],
    group_wait: am.route.groupWait,
    group_interval: am.route.groupInterval,
    repeat_interval: am.route.repeatInterval,
    // The Watchdog never changes: it is sent again every repeatInterval, the heartbeat a dead man's switch expects.
    routes: [{ matchers: [is("alertname", "Watchdog")], receiver: watchdog, group_wait: "0s", group_interval: am.watchdog.repeatInterval, repeat_interval: am.watchdog.repeatInterval }]
  };
  const doc = { route, receivers };
  const inhibit = inhibitRules(alerts, scope);
  if (inhibit.length) doc.inhibit_rules = inhibit;
  return doc;
}
function renderAlertmanager(model) {
  const alerts = new Set((model.alerts?.alerts ?? []).map((a) => a.alert));
  const doc = alertmanagerDocument(model.config.alertmanager, [RUN_LABEL], alerts);
  const content2 = `# ${headerText(model.sourceName)}
# For Alertmanager ${model.config.versions.alertmanager} (amtool check-config alertmanager.yml).
${blockYaml(doc)}`;
  return { name: "alertmanager.yml", path: "alertmanager.yml", content: finish(content2), executable: false };
}
var is, isNot;
var init_alertmanager4 = __esm({
  "src/render/alertmanager.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_names();
    init_container_labels();
    init_text();
    is = (label, value) => `${label}="${value}"`;
    isNot = (label, value) => `${label}!="${value}"`;
  }
});

// src/render/dashboards.ts
function options(p) {
  if (p.kind === "heatmap") {
    return {
      calculate: false,
      yAxis: { unit: p.unit, axisPlacement: "left", reverse: false },
      rowsFrame: { layout: "le" },
      color: { mode: "scheme", scheme: "Oranges", fill: "dark-orange", scale: "exponential", exponent: 0.5, steps: 64, reverse: false },
      cellGap: 1,
      showValue: "never",
      filterValues: { le: 1e-9 },
      legend: { show: true },
      tooltip: { mode: "single", yHistogram: true, showColorScale: false }
    };
  }
  if (p.kind === "timeseries") return { legend: { displayMode: "list", placement: "bottom", showLegend: true, calcs: [] }, tooltip: { mode: "multi", sort: "desc" } };
  return { reduceOptions: { calcs: ["lastNotNull"], fields: "", values: false }, orientation: "auto" };
}
function fieldDefaults(p) {
  const steps = [{ color: "green", value: null }];
  if (p.threshold !== void 0) steps.push({ color: "red", value: p.threshold });
  const defaults2 = { unit: p.unit, thresholds: { mode: "absolute", steps } };
  if (p.min !== void 0) defaults2.min = p.min;
  if (p.max !== void 0) defaults2.max = p.max;
  if (p.kind === "timeseries") {
    defaults2.color = { mode: "palette-classic" };
    defaults2.custom = { drawStyle: "line", lineWidth: 1, fillOpacity: 10, showPoints: "never", spanNulls: false, thresholdsStyle: { mode: p.threshold !== void 0 ? "line" : "off" } };
  } else if (p.kind !== "heatmap") defaults2.color = { mode: "thresholds" };
  return defaults2;
}
function panel(p, id, gridPos) {
  return {
    type: p.kind,
    id,
    title: p.title,
    description: p.description,
    datasource: PROMETHEUS_DATASOURCE,
    gridPos,
    targets: p.queries.map((q, i) => ({
      refId: String.fromCharCode(65 + i),
      datasource: PROMETHEUS_DATASOURCE,
      editorMode: "code",
      expr: q.expr,
      legendFormat: q.legend ?? "__auto",
      range: true,
      ...p.kind === "heatmap" ? { format: "heatmap" } : {}
    })),
    fieldConfig: { defaults: fieldDefaults(p), overrides: [] },
    options: options(p)
  };
}
function scopeVariable(label, filter) {
  const query = `label_values(up${filter}, ${label})`;
  return { type: "query", name: label, label, datasource: PROMETHEUS_DATASOURCE, query, definition: query, refresh: 2, sort: 1, multi: true, includeAll: true, allValue: ".*", hide: 0, skipUrlSync: false, regex: "", options: [] };
}
function dashboardJson(d) {
  const panels = [];
  let id = 1;
  let y = 0;
  for (const row of d.rows) {
    panels.push({ type: "row", id: id++, title: row.title, collapsed: false, panels: [], gridPos: { x: 0, y: y++, w: GRID_WIDTH, h: 1 } });
    let x = 0;
    for (const p of row.panels) {
      const w = p.width ?? 8;
      if (x + w > GRID_WIDTH) {
        x = 0;
        y += PANEL_HEIGHT;
      }
      panels.push(panel(p, id++, { x, y, w, h: PANEL_HEIGHT }));
      x += w;
    }
    y += PANEL_HEIGHT;
  }
  const [host2, run3] = SCOPE_LABELS;
  return {
    uid: d.uid,
    title: d.title,
    description: d.description,
    tags: [DASHBOARD_TAG],
    timezone: "browser",
    editable: false,
    graphTooltip: 1,
    time: { from: "now-1h", to: "now" },
    refresh: "30s",
    schemaVersion: SCHEMA_VERSION,
    links: [{ title: "obscompile dashboards", type: "dashboards", icon: "external link", tooltip: "", tags: [DASHBOARD_TAG], asDropdown: true, targetBlank: false, includeVars: true, keepTime: true }],
    templating: { list: [scopeVariable(host2, ""), scopeVariable(run3, `{${host2}=~"$${host2}"}`)] },
    annotations: { list: [] },
    panels
  };
}
var SCHEMA_VERSION, PROMETHEUS_DATASOURCE, JAEGER_DATASOURCE, DASHBOARD_TAG, dashboardFile, GRID_WIDTH, PANEL_HEIGHT, dashboardArtifact, renderDashboards;
var init_dashboards3 = __esm({
  "src/render/dashboards.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_panel();
    SCHEMA_VERSION = 42;
    PROMETHEUS_DATASOURCE = { type: "prometheus", uid: "obscompile-prometheus" };
    JAEGER_DATASOURCE = { type: "jaeger", uid: "obscompile-jaeger" };
    DASHBOARD_TAG = "obscompile";
    dashboardFile = (uid) => `dashboard-${uid.replace(/^obscompile-/, "")}.json`;
    GRID_WIDTH = 24;
    PANEL_HEIGHT = 8;
    dashboardArtifact = (d) => ({ name: "grafana-dashboard", path: dashboardFile(d.uid), content: `${JSON.stringify(dashboardJson(d), null, 2)}
`, executable: false });
    renderDashboards = (model) => model.dashboards.dashboards.map(dashboardArtifact);
  }
});

// src/upstream/grafana.ts
var GRAFANA_IMAGE, GRAFANA_PORT, GRAFANA_PROVISIONING, GRAFANA_DATA, GRAFANA_ENV, GRAFANA_HEALTH_PATH;
var init_grafana2 = __esm({
  "src/upstream/grafana.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    GRAFANA_IMAGE = (version) => `grafana/grafana:${version}`;
    GRAFANA_PORT = 3e3;
    GRAFANA_PROVISIONING = "/etc/grafana/provisioning";
    GRAFANA_DATA = "/var/lib/grafana";
    GRAFANA_ENV = {
      adminPasswordFile: "GF_SECURITY_ADMIN_PASSWORD__FILE",
      allowSignUp: "GF_USERS_ALLOW_SIGN_UP",
      anonymous: "GF_AUTH_ANONYMOUS_ENABLED",
      anonymousRole: "GF_AUTH_ANONYMOUS_ORG_ROLE"
    };
    GRAFANA_HEALTH_PATH = "/api/health";
  }
});

// src/render/grafana.ts
function datasourcesDocument(s) {
  const datasources = [
    { name: "Prometheus (obscompile)", type: PROMETHEUS_DATASOURCE.type, uid: PROMETHEUS_DATASOURCE.uid, access: "proxy", url: s.prometheusUrl, isDefault: true, editable: false, jsonData: { httpMethod: "POST", timeInterval: s.scrapeInterval, prometheusType: "Prometheus", prometheusVersion: s.prometheusVersion } }
  ];
  if (s.jaegerUrl) datasources.push({ name: "Jaeger (obscompile)", type: JAEGER_DATASOURCE.type, uid: JAEGER_DATASOURCE.uid, access: "proxy", url: s.jaegerUrl, editable: false });
  return { apiVersion: 1, datasources };
}
function provisioningArtifacts(sourceName, sources) {
  const header = `# ${headerText(sourceName)}
`;
  return [
    { name: "grafana-datasources.yml", path: GRAFANA_FILES.datasources.file, content: finish(header + blockYaml(datasourcesDocument(sources))), executable: false },
    { name: "grafana-dashboards.yml", path: GRAFANA_FILES.dashboards.file, content: finish(header + blockYaml(providersDocument())), executable: false }
  ];
}
function grafanaService(g, dashboards) {
  const environment = { [GRAFANA_ENV.adminPasswordFile]: `/run/secrets/${GRAFANA_SECRET}`, [GRAFANA_ENV.allowSignUp]: "false", [GRAFANA_ENV.anonymous]: String(g.anonymous) };
  if (g.anonymous) environment[GRAFANA_ENV.anonymousRole] = "Viewer";
  const mounts2 = [...Object.values(GRAFANA_FILES).map((f) => `./${f.file}:${f.target}:ro`), ...dashboards.map((d) => `./${dashboardFile(d.uid)}:${GRAFANA_DASHBOARDS_DIR}/${dashboardFile(d.uid)}:ro`)];
  return {
    image: GRAFANA_IMAGE(g.version),
    environment,
    secrets: [GRAFANA_SECRET],
    ports: g.ports,
    volumes: [...mounts2, `${GRAFANA_VOLUME}:${GRAFANA_DATA}`],
    healthcheck: { test: ["CMD", "curl", "-fsS", `http://localhost:${GRAFANA_PORT}${GRAFANA_HEALTH_PATH}`], interval: "30s", timeout: "5s", retries: 3 },
    restart: "unless-stopped"
  };
}
var GRAFANA_DASHBOARDS_DIR, GRAFANA_FILES, GRAFANA_SECRET, GRAFANA_VOLUME, providersDocument, grafanaComposeKeys, stackSources, renderGrafanaDatasources, renderGrafanaDashboards;
var init_grafana3 = __esm({
  "src/render/grafana.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_grafana2();
    init_dashboards3();
    init_text();
    GRAFANA_DASHBOARDS_DIR = "/etc/grafana/dashboards/obscompile";
    GRAFANA_FILES = {
      datasources: { file: "grafana-datasources.yml", target: `${GRAFANA_PROVISIONING}/datasources/obscompile.yml` },
      dashboards: { file: "grafana-dashboards.yml", target: `${GRAFANA_PROVISIONING}/dashboards/obscompile.yml` }
    };
    GRAFANA_SECRET = "grafana_admin_password";
    GRAFANA_VOLUME = "grafana-data";
    providersDocument = () => ({ apiVersion: 1, providers: [{ name: "obscompile", orgId: 1, folder: "obscompile", type: "file", disableDeletion: true, allowUiUpdates: false, updateIntervalSeconds: 30, options: { path: GRAFANA_DASHBOARDS_DIR } }] });
    grafanaComposeKeys = (passwordFile) => ({ secrets: { [GRAFANA_SECRET]: { file: passwordFile } }, volumes: { [GRAFANA_VOLUME]: {} } });
    stackSources = (model) => {
      const { container, prometheus: p, jaeger: j, versions } = model.config;
      return { prometheusUrl: `http://${container.service}:${p.port}`, prometheusVersion: versions.prometheus, scrapeInterval: p.scrapeInterval, ...j.enabled ? { jaegerUrl: `http://${container.service}:${j.uiPort}` } : {} };
    };
    renderGrafanaDatasources = (model) => provisioningArtifacts(model.sourceName, stackSources(model))[0];
    renderGrafanaDashboards = (model) => provisioningArtifacts(model.sourceName, stackSources(model))[1];
  }
});

// src/generated/templates.js
var templates;
var init_templates = __esm({
  "src/generated/templates.js"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    templates = {
      "central-setup-storage.sh": (c0, r) => {
        let o = "";
        o += "#!/usr/bin/env bash\n# ";
        o += r.out(r.strict(c0, "header", 2, 4), c0);
        o += "\n#\n# Run once, as root, before `docker compose up -d`: creates the central store's\n# folders and hands each to the user its image runs as (Prometheus and Alertmanager\n# ";
        o += r.out(r.strict(c0, "prometheusUid", 6, 4), c0);
        o += ", Jaeger ";
        o += r.out(r.strict(c0, "jaegerUid", 6, 30), c0);
        o += '), which Docker would not do for a bind mount. Idempotent:\n# existing data is never touched.\nset -euo pipefail\n\nSCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"\nreadonly DEFAULT_STORAGE=';
        o += r.text(r.helpers.sh(r.get(c0, "storage")));
        o += '\nif [[ "$DEFAULT_STORAGE" = /* ]]; then STORAGE="$DEFAULT_STORAGE"; else STORAGE="$SCRIPT_DIR/$DEFAULT_STORAGE"; fi\n\nif [[ "$(id -u)" -ne 0 ]]; then\n  echo "setup-storage.sh: run it as root (sudo $0): the folders go to the users the images run as" >&2\n  exit 1\nfi\n\n# folder, then the uid:gid that owns it\nreadonly FOLDERS=(\n';
        o += r.each(r.get(c0, "folders"), c0, (c1, d1) => {
          let o2 = "";
          o2 += "  ";
          o2 += r.text(r.helpers.sh(r.get(c1, "path")));
          o2 += " ";
          o2 += r.text(r.helpers.sh(r.get(c1, "owner")));
          o2 += "\n";
          return o2;
        });
        o += ')\n\nfor ((i = 0; i < ${#FOLDERS[@]}; i += 2)); do\n  dir="$STORAGE/${FOLDERS[i]}"\n  if [[ ! -d "$dir" ]]; then\n    mkdir -p "$dir"\n    chown "${FOLDERS[i + 1]}" "$dir"\n    echo "created $dir"\n  fi\ndone\n';
        return o;
      },
      "init-run.sh": (c0, r) => {
        let o = "";
        o += "#!/usr/bin/env bash\n# ";
        o += r.out(r.strict(c0, "header", 2, 4), c0);
        o += "\n#\n# Container entrypoint of `";
        o += r.out(r.strict(r.get(r.get(c0, "config"), "container"), "service", 4, 29), c0);
        o += "`. On every start it\n#   1. generates a run id `container-run-<UTC timestamp>-<short id>`,\n#   2. writes the run metadata to container_run_meta.env under the telemetry root,\n#   3. creates logs/<run-id>.log and tees all stdout/stderr into it,\n#   4. starts ";
        if (r.truthy(r.get(r.get(r.get(r.get(c0, "config"), "exporters"), "dcgmExporter"), "enabled"), c0)) {
          o += "nv-hostengine, then ";
        }
        o += "the telemetry daemons in the background,\n#   5. execs the container command (its arguments, or the configured default).\n# A missing daemon binary is a warning, never a dead container.\n# Every location derives from OBS_TELEMETRY_ROOT, so the script also runs outside a container.\nset -euo pipefail\n\nreadonly DEFAULT_TELEMETRY_ROOT=";
        o += r.text(r.helpers.sh(r.get(r.get(c0, "paths"), "telemetryRoot")));
        o += '\nTELEMETRY_ROOT="${OBS_TELEMETRY_ROOT:-$DEFAULT_TELEMETRY_ROOT}"\nOBS_CONFIG_DIR="${OBS_CONFIG_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"\n';
        if (r.truthy(r.get(c0, "bindAddressUsed"), c0)) {
          o += "readonly BIND_ADDRESS=";
          o += r.text(r.helpers.sh(r.get(r.get(r.get(c0, "config"), "network"), "bindAddress")));
          o += "\n";
        }
        o += `
CONTAINER_RUN_STARTED_AT="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
CONTAINER_RUN_ID="container-run-$(date -u +%Y%m%dT%H%M%SZ)-$(od -An -N4 -tx1 /dev/urandom | tr -d ' \\n')"
CONTAINER_LOG_FILE="$TELEMETRY_ROOT/logs/$CONTAINER_RUN_ID.log"
PROMETHEUS_DATA_DIR="$TELEMETRY_ROOT/prometheus/$CONTAINER_RUN_ID"
JAEGER_DATA_DIR="$TELEMETRY_ROOT/jaeger/$CONTAINER_RUN_ID"
`;
        if (r.truthy(r.get(r.get(r.get(c0, "config"), "alertmanager"), "enabled"), c0)) {
          o += 'ALERTMANAGER_DATA_DIR="$TELEMETRY_ROOT/alertmanager/$CONTAINER_RUN_ID"\n';
        }
        o += 'RUN_META_FILE="$TELEMETRY_ROOT/container_run_meta.env"\nexport CONTAINER_RUN_ID CONTAINER_RUN_STARTED_AT CONTAINER_LOG_FILE PROMETHEUS_DATA_DIR JAEGER_DATA_DIR';
        if (r.truthy(r.get(r.get(r.get(c0, "config"), "alertmanager"), "enabled"), c0)) {
          o += " ALERTMANAGER_DATA_DIR";
        }
        o += `

log() { printf '[init-run %s] %s\\n' "$(date -u +%H:%M:%S)" "$*"; }
warn() { log "WARNING: $*" >&2; }

# Single-quoted for \`source\`: the value cannot expand or run anything when read back.
quote() { local s=\${1//\\'/\\'\\\\\\'\\'}; printf "'%s'" "$s"; }

write_run_meta() {
  local tmp="$RUN_META_FILE.tmp.$$"
  {
    printf '# Run metadata of the current container run, written by init-run.sh.\\n'
    printf 'CONTAINER_RUN_ID=%s\\n' "$(quote "$CONTAINER_RUN_ID")"
    printf 'CONTAINER_RUN_STARTED_AT=%s\\n' "$(quote "$CONTAINER_RUN_STARTED_AT")"
    printf 'CONTAINER_LOG_FILE=%s\\n' "$(quote "$CONTAINER_LOG_FILE")"
    printf 'PROMETHEUS_DATA_DIR=%s\\n' "$(quote "$PROMETHEUS_DATA_DIR")"
    printf 'JAEGER_DATA_DIR=%s\\n' "$(quote "$JAEGER_DATA_DIR")"
`;
        if (r.truthy(r.get(r.get(r.get(c0, "config"), "alertmanager"), "enabled"), c0)) {
          o += `    printf 'ALERTMANAGER_DATA_DIR=%s\\n' "$(quote "$ALERTMANAGER_DATA_DIR")"
`;
        }
        o += '  } >"$tmp"\n  mv -f "$tmp" "$RUN_META_FILE"\n}\n\n# Starts a daemon in the background from the first of its binary names found on PATH (upstream and distribution\n# names differ); when none is found, warns and carries on. With --wait=HOST:PORT it then waits up to 10 s for that\n# port, for daemons others connect to at start-up (dcgm-exporter exits when nv-hostengine is not listening yet).\n# Usage: start_daemon NAME [--wait=HOST:PORT] BINARY... -- ARG...\nstart_daemon() {\n  local name="$1" wait="" binary="" candidate tries=50\n  local -a candidates=()\n  shift\n  if [[ "$1" == --wait=* ]]; then wait="${1#--wait=}"; shift; fi\n  while [[ $# -gt 0 && "$1" != "--" ]]; do candidates+=("$1"); shift; done\n  shift\n  for candidate in "${candidates[@]}"; do\n    if command -v "$candidate" >/dev/null 2>&1; then binary="$candidate"; break; fi\n  done\n  if [[ -z "$binary" ]]; then\n    warn "$name: not found on PATH (looked for ${candidates[*]}); $name is not running in this run"\n    return 0\n  fi\n  "$binary" "$@" &\n  log "started $name (pid $!, $binary)"\n  [[ -n "$wait" ]] || return 0\n  while (( tries-- > 0 )); do\n    if (exec 3<>"/dev/tcp/${wait%:*}/${wait##*:}") 2>/dev/null; then return 0; fi\n    sleep 0.2\n  done\n  warn "$name is not listening on $wait after 10 s; what depends on it will fail in this run"\n}\n\n# True when this process holds CAP_SYS_ADMIN (bit 21 of the effective set).\nhas_sys_admin() {\n  local eff\n  eff="$(awk \'/^CapEff:/ { print $2 }\' /proc/self/status 2>/dev/null || true)"\n  [[ -n "$eff" ]] && (( (16#$eff >> 21) & 1 ))\n}\n\nmkdir -p "$TELEMETRY_ROOT/logs"';
        if (r.truthy(r.get(r.get(r.get(c0, "config"), "prometheus"), "enabled"), c0)) {
          o += ' "$PROMETHEUS_DATA_DIR"';
        }
        if (r.truthy(r.get(r.get(r.get(c0, "config"), "jaeger"), "enabled"), c0)) {
          o += ' "$JAEGER_DATA_DIR/badger/key" "$JAEGER_DATA_DIR/badger/value"';
        }
        if (r.truthy(r.get(r.get(r.get(c0, "config"), "alertmanager"), "enabled"), c0)) {
          o += ' "$ALERTMANAGER_DATA_DIR"';
        }
        o += '\nwrite_run_meta\ntouch "$CONTAINER_LOG_FILE"\nexec > >(tee -a "$CONTAINER_LOG_FILE") 2>&1\nlog "run $CONTAINER_RUN_ID started at $CONTAINER_RUN_STARTED_AT; log: $CONTAINER_LOG_FILE"\n';
        if (r.truthy(r.get(r.get(r.get(r.get(c0, "config"), "exporters"), "dcgmExporter"), "profiling"), c0)) {
          if (r.truthy(r.get(r.get(r.get(r.get(c0, "config"), "exporters"), "dcgmExporter"), "enabled"), c0)) {
            o += '\nif has_sys_admin; then\n  if dcgm_bin="$(command -v dcgm-exporter)" && command -v setcap >/dev/null 2>&1; then\n    setcap cap_sys_admin+eip "$dcgm_bin" || warn "could not give dcgm-exporter cap_sys_admin; DCGM profiling metrics may be missing"\n  fi\nelse\n  warn "the container lacks SYS_ADMIN: DCGM profiling metrics (DCGM_FI_PROF_*) are unavailable; start it with --cap-add SYS_ADMIN"\nfi\n';
          }
        }
        o += r.each(r.get(c0, "daemons"), c0, (c1, d1) => {
          let o2 = "";
          o2 += "\n";
          o2 += r.each(r.get(c1, "env"), c1, (c2, d2) => {
            let o3 = "";
            o3 += r.out(r.strict(d2, "key", 108, 15), c2);
            o3 += "=";
            o3 += r.text(r.helpers.shWord(c2));
            o3 += " ";
            return o3;
          });
          o2 += "start_daemon ";
          o2 += r.text(r.helpers.sh(r.get(c1, "name")));
          o2 += " ";
          if (r.truthy(r.get(c1, "waitForPort"), c1)) {
            o2 += "'--wait='";
            o2 += r.text(r.helpers.sh(r.get(c1, "waitForPort")));
            o2 += " ";
          }
          o2 += r.each(r.get(c1, "binaries"), c1, (c2, d2) => {
            let o3 = "";
            o3 += r.text(r.helpers.sh(c2));
            o3 += " ";
            return o3;
          });
          o2 += "--";
          o2 += r.each(r.get(c1, "args"), c1, (c2, d2) => {
            let o3 = "";
            o3 += " \\\n  ";
            o3 += r.text(r.helpers.shWord(c2));
            return o3;
          });
          o2 += "\n";
          return o2;
        });
        o += "\nif [[ $# -eq 0 ]]; then\n  set -- ";
        o += r.text(r.helpers.shArgs(r.get(r.get(r.get(c0, "config"), "container"), "command")));
        o += '\nfi\nlog "exec $*"\nexec "$@"\n';
        return o;
      },
      "launch-model.sh": (c0, r) => {
        let o = "";
        o += "#!/usr/bin/env bash\n# ";
        o += r.out(r.strict(c0, "header", 2, 4), c0);
        o += "\n#\n# Starts the ";
        o += r.out(r.strict(r.get(c0, "launch"), "server", 4, 15), c0);
        o += " server inside `";
        o += r.out(r.strict(r.get(r.get(c0, "config"), "container"), "service", 4, 48), c0);
        o += "`, appending to the\n# current run's log named in container_run_meta.env. From the host:\n#   docker exec -d ";
        o += r.out(r.strict(r.get(r.get(c0, "config"), "container"), "service", 6, 21), c0);
        o += " ";
        o += r.out(r.strict(c0, "containerOutDir", 6, 50), c0);
        o += "/launch-model.sh\n# Extra arguments are passed on to the server.\nset -euo pipefail\n\nreadonly DEFAULT_TELEMETRY_ROOT=";
        o += r.text(r.helpers.sh(r.get(r.get(c0, "paths"), "telemetryRoot")));
        o += `
RUN_META_FILE="\${OBS_TELEMETRY_ROOT:-$DEFAULT_TELEMETRY_ROOT}/container_run_meta.env"
if [[ ! -r "$RUN_META_FILE" ]]; then
  printf 'launch-model.sh: %s is missing; is init-run.sh running in this container?\\n' "$RUN_META_FILE" >&2
  exit 1
fi
# shellcheck source=/dev/null
source "$RUN_META_FILE"
if [[ -z "\${CONTAINER_LOG_FILE:-}" ]]; then
  printf 'launch-model.sh: CONTAINER_LOG_FILE is not set in %s\\n' "$RUN_META_FILE" >&2
  exit 1
fi

exec `;
        o += r.text(r.helpers.sh(r.get(r.get(c0, "launch"), "program")));
        o += " ";
        o += r.text(r.helpers.shArgs(r.get(r.get(c0, "launch"), "args")));
        o += ' "$@" >>"$CONTAINER_LOG_FILE" 2>&1\n';
        return o;
      },
      "metrics_catalog.md": (c0, r) => {
        let o = "";
        o += "<!-- ";
        o += r.out(r.strict(c0, "header", 1, 7), c0);
        o += " -->\n# Metrics catalog: ";
        o += r.text(r.helpers.md(r.get(r.get(r.get(c0, "config"), "project"), "name")));
        o += "\n\n";
        o += r.text(r.helpers.md(r.get(r.get(r.get(c0, "config"), "project"), "description")));
        o += "\n\nEvery metric the enabled sources emit, as Prometheus stores it. Queries on this\nPrometheus show the labels listed here; the external label `container_run` (the\nid of the container run) is added only to samples that leave it, through\nfederation, remote write or alerts.\n";
        return o;
      },
      "setup-storage.sh": (c0, r) => {
        let o = "";
        o += "#!/usr/bin/env bash\n# ";
        o += r.out(r.strict(c0, "header", 2, 4), c0);
        o += "\n#\n# Host side, run once before opening the dev container. Creates the storage tree\n# mounted at ";
        o += r.out(r.strict(r.get(c0, "paths"), "telemetryRoot", 5, 15), c0);
        o += ' and seeds container_run_meta.env. Idempotent:\n# existing folders, files and data are never touched.\nset -euo pipefail\n\nSCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"\nreadonly DEFAULT_STORAGE_ROOT=';
        o += r.text(r.helpers.sh(r.get(r.get(c0, "rel"), "storageRoot")));
        o += '\nSTORAGE_ROOT="${OBS_STORAGE_ROOT:-$SCRIPT_DIR/$DEFAULT_STORAGE_ROOT}"\n\nreadonly STORAGE_DIRS=(\n';
        o += r.each(r.get(c0, "storageDirs"), c0, (c1, d1) => {
          let o2 = "";
          o2 += "  ";
          o2 += r.text(r.helpers.sh(c1));
          o2 += "\n";
          return o2;
        });
        o += ")\n\n# The storage root holds run data only, and its .gitignore hides everything in it from git: a root that already\n# holds anything this script does not create (a project, a home folder) is refused, never adopted.\nreadonly OWN_ENTRIES=(\n";
        o += r.each(r.get(c0, "storageEntries"), c0, (c1, d1) => {
          let o2 = "";
          o2 += "  ";
          o2 += r.text(r.helpers.sh(c1));
          o2 += "\n";
          return o2;
        });
        o += `)
if [[ -d "$STORAGE_ROOT" ]]; then
  foreign=()
  for entry in "$STORAGE_ROOT"/* "$STORAGE_ROOT"/.[!.]* "$STORAGE_ROOT"/..?*; do
    [[ -e "$entry" || -L "$entry" ]] || continue
    name="\${entry##*/}"
    own=0
    for known in "\${OWN_ENTRIES[@]}"; do
      if [[ "$name" == "$known" ]]; then own=1; break; fi
    done
    if ((own == 0)); then foreign+=("$name"); fi
  done
  if ((\${#foreign[@]} > 0)); then
    printf 'setup-storage.sh: %s already holds files it did not create: %s\\n' "$STORAGE_ROOT" "\${foreign[*]:0:5}" >&2
    printf 'Point storage.hostRoot (or OBS_STORAGE_ROOT) at a folder of its own; nothing was changed.\\n' >&2
    exit 1
  fi
fi

created=0
for dir in "\${STORAGE_DIRS[@]}"; do
  if [[ ! -d "$STORAGE_ROOT/$dir" ]]; then
    mkdir -p "$STORAGE_ROOT/$dir"
    created=$((created + 1))
  fi
done

# Run data (models, caches, logs, TSDBs) never belongs in git, wherever the storage root sits.
ignore="$STORAGE_ROOT/.gitignore"
if [[ ! -e "$ignore" ]]; then
  printf '# Created by setup-storage.sh: keep the whole storage tree out of git.\\n*\\n' >"$ignore"
  created=$((created + 1))
fi

meta="$STORAGE_ROOT/container_run_meta.env"
if [[ ! -e "$meta" ]]; then
  {
    printf '# Run metadata; init-run.sh rewrites it each time the container starts.\\n'
    printf "CONTAINER_RUN_ID=''\\n"
    printf "CONTAINER_RUN_STARTED_AT=''\\n"
    printf "CONTAINER_LOG_FILE=''\\n"
    printf "PROMETHEUS_DATA_DIR=''\\n"
    printf "JAEGER_DATA_DIR=''\\n"
  } >"$meta"
  created=$((created + 1))
fi

printf 'storage ready at %s (%d created, %d already present)\\n' "$STORAGE_ROOT" "$created" "$(( \${#STORAGE_DIRS[@]} + 2 - created ))"
`;
        return o;
      },
      "starter.config.yaml": (c0, r) => {
        let o = "";
        o += "# yaml-language-server: $schema=";
        o += r.out(r.strict(c0, "schema", 1, 34), c0);
        o += "\n# obscompile config: one file describes the GPU dev container and its\n# observability stack. Every key is optional except `version`; hover a key in\n# an editor with the YAML extension to see what it does and its default.\n# Compile with `obscompile build`; check drift in CI with `obscompile check`.\nversion: 1\n\nproject:\n  name: ";
        o += r.out(r.strict(c0, "name", 9, 10), c0);
        o += "\n\n# Where `obscompile build` writes init-run.sh, docker-compose.yml, prometheus.yml, ...\noutput:\n  dir: ";
        o += r.out(r.strict(c0, "outputDir", 13, 9), c0);
        o += "\n\ncontainer:\n  service: ";
        o += r.out(r.strict(c0, "name", 16, 13), c0);
        o += "\n  # image: lmsysorg/sglang:v0.5.18-cu129  # the default follows versions.sglang\n  capabilities: [SYS_ADMIN] # needed by DCGM profiling metrics\n  gpus: all\n\nstorage:\n  hostRoot: .devcontainer/storage # created by setup-storage.sh\n  telemetryRoot: /telemetry # run metadata, logs, Prometheus and Jaeger data\n\nprometheus:\n  port: 9090\n  scrapeInterval: 15s\n  retention: 15d\n\nmodelServer:\n  modelPath: /models/Qwen2.5-7B-Instruct-1M\n  port: 30000\n  flags:\n    enableMetrics: true\n\ndevcontainer:\n  workspaceRoot: . # the project folder, mounted at /workspace\n";
        return o;
      }
    };
  }
});

// src/render/templates.ts
function get(parent, name2) {
  const value = parent[name2];
  return value == null || Object.prototype.hasOwnProperty.call(parent, name2) ? value : void 0;
}
function strict(parent, name2, line, column) {
  if (!parent || !(name2 in parent)) throw new Error(`"${name2}" not defined in ${parent} - ${line}:${column}`);
  return get(parent, name2);
}
function called(value, context) {
  return typeof value === "function" ? value.call(context) : value;
}
function out(value, context) {
  return text(called(value, context));
}
function text(value) {
  return value == null ? "" : value;
}
function truthy(value, context) {
  const v2 = called(value, context);
  return Boolean(v2) && !(Array.isArray(v2) && v2.length === 0);
}
function each(value, context, body, otherwise) {
  const v2 = called(value, context);
  let result = "";
  let count = 0;
  const step = (key, index, last2, item) => {
    result += body(item, { key, index, first: index === 0, last: last2 });
  };
  if (v2 && typeof v2 === "object") {
    if (Array.isArray(v2)) {
      for (count = 0; count < v2.length; count++) if (count in v2) step(count, count, count === v2.length - 1, v2[count]);
    } else if (Symbol.iterator in v2) {
      const iterator = v2[Symbol.iterator]();
      for (let current = iterator.next(); !current.done; count++) {
        const next = iterator.next();
        step(count, count, Boolean(next.done), current.value);
        current = next;
      }
    } else {
      const keys = Object.keys(v2);
      for (count = 0; count < keys.length; count++) step(keys[count], count, count === keys.length - 1, v2[keys[count]]);
    }
  }
  return count === 0 && otherwise ? otherwise() : result;
}
function renderTemplate(name2, context) {
  return templates[name2](context, runtime);
}
var HELPERS, runtime;
var init_templates2 = __esm({
  "src/render/templates.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_templates();
    init_text();
    HELPERS = {
      sh: (value) => shellQuote(value),
      shArgs: (values) => values.map(shellQuote).join(" "),
      shWord: (word) => shellWord(word),
      md: (value) => markdownCell(value)
    };
    runtime = { helpers: HELPERS, get, strict, out, text, truthy, each };
  }
});

// src/render/catalog.ts
function availability(metric) {
  if (metric.status === "available") return metric.note === void 0 ? "yes" : `yes; ${markdownCell(metric.note)}`;
  const note = markdownCell(metric.note ?? "");
  return metric.status === "off" ? `no: ${note}` : note;
}
function catalogTable(metrics, out2) {
  out2.push("| Metric | Type | Labels | Help | Availability |\n|---|---|---|---|---|");
  const cells = /* @__PURE__ */ new Map();
  for (const m of metrics) {
    let labels = cells.get(m.labels);
    if (labels === void 0) cells.set(m.labels, labels = m.labels.length ? m.labels.map(markdownCode).join(", ") : "\u2014");
    out2.push(`
| ${markdownCode(m.name)} | ${m.type} | ${labels} | ${markdownCell(m.help)} | ${availability(m)} |`);
  }
}
function provenance(section2) {
  const u = section2.upstream;
  if (!u) return void 0;
  const lines = [`Describes [${markdownCell(u.project)}](${u.url}) \`${u.version}\`; checked against ${u.facts.map(markdownCell).join("; ")}.`];
  if (u.configured !== u.version) lines.push(`This stack runs \`${u.configured}\`: rows that changed between the two releases may differ.`);
  return lines.join(" ");
}
function section(s, out2) {
  out2.push(`
## ${s.title} (job \`${s.job}\`)
`);
  const source = provenance(s);
  if (source) out2.push(`
${source}
`);
  out2.push("\n");
  catalogTable(s.metrics, out2);
  out2.push("\n");
  for (const field of s.labelFields) out2.push(`
Every series also carries \`${field.name}\`: ${markdownCell(field.help)}
`);
  for (const note of s.notes) out2.push(`
${markdownCell(note)}
`);
  if (s.dropped.length) {
    out2.push(`
Dropped by metric relabelling (high cardinality): ${s.dropped.map(markdownCode).join(", ")}.
`);
    if (s.droppedOffByDefault.length) out2.push(`Of these, ${s.droppedOffByDefault.map(markdownCode).join(", ")} are not emitted by default anyway; the rule keeps them out if they are ever enabled.
`);
  }
}
function alertsSection(model, out2) {
  const m = model.alerts;
  out2.push(`
## Alerts (alert-rules.yml)

Tested by alert-rules.test.yml: \`promtool test rules alert-rules.test.yml\` in the output folder.

| Alert | Pack | Severity | Fires when | For | Expression | Threshold |
|---|---|---|---|---|---|---|`);
  for (const a of m.alerts) {
    const threshold = a.threshold ? `\`alerting.thresholds.${a.threshold}\` = ${thresholdsOf(model.config)[a.threshold]}` : "\u2014";
    out2.push(`
| \`${a.alert}\` | ${a.pack} | ${a.severity} | ${markdownCell(a.fires)} | ${a.for} | ${codeCell(a.expr)} | ${threshold} |`);
  }
  out2.push("\n");
  if (m.recording.length) out2.push(`
Recording rules: ${m.recording.map((r) => markdownCode(r.record)).join(", ")}.
`);
  for (const l of m.leftOut) out2.push(`
Left out: ${markdownCode(l.name)}, because ${because(l.why)}.
`);
}
function dashboardsSection(model, out2) {
  const m = model.dashboards;
  out2.push("\n## Dashboards (dashboard-*.json)\n\nGrafana dashboards; every panel query was checked against the series above.\n\n| Dashboard | File | Panels |\n|---|---|---|");
  for (const d of m.dashboards) out2.push(`
| ${markdownCell(d.title)} | \`${dashboardFile(d.uid)}\` | ${d.rows.flatMap((r) => r.panels.map((p) => markdownCell(p.title))).join(", ")} |`);
  out2.push("\n");
  for (const l of m.leftOut) out2.push(`
Left out: ${markdownCell(l.name)}, because ${because(l.why)}.
`);
}
function renderCatalog(model) {
  const out2 = [renderTemplate("metrics_catalog.md", { ...model, header: htmlCommentText(headerText(model.sourceName)) })];
  for (const s of model.catalog) section(s, out2);
  if (model.alerts) alertsSection(model, out2);
  if (model.dashboards) dashboardsSection(model, out2);
  if (model.joins.length) {
    out2.push("\n## Joining GPU and container series\n\nThe series of dcgm-exporter and the model server carry `container`, the dev container they were collected in; cAdvisor's get the same label from `name`, and the dev container's Docker labels arrive as `container_label_obscompile_*`.\n");
    for (const q of model.joins) out2.push(`
${markdownCell(q.title)}:

\`\`\`promql
${q.expr}
\`\`\`
`);
  }
  return { name: "metrics_catalog.md", path: "metrics_catalog.md", content: finish(out2.join("")), executable: false };
}
var because;
var init_catalog3 = __esm({
  "src/render/catalog.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_thresholds();
    init_templates2();
    init_text();
    init_dashboards3();
    because = (why) => why.replace(/`([^`]*)`/g, (_, c) => codeCell(c)).replace(/[<>|]/g, (c) => markdownCell(c));
  }
});

// src/render/compose.ts
function publish(model, hostPort, containerPort) {
  return { target: containerPort, published: String(hostPort), host_ip: model.config.network.publishAddress, protocol: "tcp" };
}
function devService(model) {
  const c = model.config.container;
  const { storage, devcontainer } = model.config;
  const env = { OBS_TELEMETRY_ROOT: storage.telemetryRoot };
  for (const p of storage.profiles) if (p.env) env[p.env] = `${model.paths.profilesDir}/${p.dir}`;
  for (const [k, v2] of sortedEntries(c.environment)) env[k] = dollarLiteral(v2);
  const image = model.config.container.bundleDaemons ? { build: { context: ".", dockerfile: "Dockerfile" }, image: model.images.built } : { image: model.images.base };
  const service = {
    ...image,
    container_name: c.service,
    entrypoint: [`${model.containerOutDir}/init-run.sh`],
    command: c.command.map(dollarLiteral)
    // Compose interpolates ${…} here too; init-run.sh receives the literal text
  };
  service.labels = Object.fromEntries(sortedEntries(dockerLabels(model.config)));
  if (c.capabilities.length) service.cap_add = [...c.capabilities];
  service.ipc = c.ipc;
  service.shm_size = c.shmSize;
  if (c.gpus !== "none") {
    service.deploy = { resources: { reservations: { devices: [{ driver: "nvidia", count: c.gpus, capabilities: ["gpu"] }] } } };
  }
  service.environment = env;
  const published = model.ports.filter((p) => p.published && p.inDevContainer);
  if (published.length) service.ports = published.map((p) => publish(model, p.port, p.port));
  service.volumes = [
    `${model.rel.workspaceRoot}:${devcontainer.workspaceFolder}`,
    `.:${model.containerOutDir}:ro`,
    `${model.rel.storageRoot}:${storage.telemetryRoot}`,
    ...storage.durable.map((d) => `${model.rel.storageRoot}/${d.dir}:${d.containerPath}`)
  ];
  if (model.config.exporters.cadvisor.enabled) service.networks = ["default", TELEMETRY_NETWORK];
  return service;
}
function cadvisorService(model) {
  const a = model.config.exporters.cadvisor;
  const command = [
    `--port=${a.port}`,
    "--docker_only=true",
    `--housekeeping_interval=${a.scrapeInterval}`,
    `--containerd=${CADVISOR_CONTAINERD_SOCKET}`,
    // Only the allow-listed Docker labels become container_label_* (every label of every container otherwise).
    ...cadvisorLabelFlags(CADVISOR_LABELS)
  ];
  const volumes = [...CADVISOR_MOUNTS];
  if (a.dockerSocket !== CADVISOR_DEFAULT_DOCKER_SOCKET) {
    command.push(`--docker=unix://${a.dockerSocket}`);
    if (!/^\/(var\/)?run\//.test(a.dockerSocket)) volumes.push(`${a.dockerSocket}:${a.dockerSocket}:ro`);
  }
  const service = {
    image: model.images.cadvisor,
    command,
    volumes,
    devices: [...CADVISOR_DEVICES],
    cap_add: [...CADVISOR_CAPABILITIES],
    expose: [String(a.port)],
    healthcheck: {
      test: ["CMD", "wget", "--quiet", "--tries=1", "--spider", `http://localhost:${a.port}${CADVISOR_HEALTH_PATH}`],
      interval: a.healthcheck.interval,
      timeout: a.healthcheck.timeout,
      retries: a.healthcheck.retries
    },
    restart: "unless-stopped"
  };
  if (a.hostPort != null) {
    service.ports = [publish(model, a.hostPort, a.port)];
    service.networks = ["default", TELEMETRY_NETWORK];
  } else {
    service.networks = [TELEMETRY_NETWORK];
  }
  return service;
}
function renderCompose(model) {
  const services = { [model.config.container.service]: devService(model) };
  const doc = { name: model.config.project.name.toLowerCase().replace(/[^a-z0-9_-]/g, "-"), services };
  if (model.config.exporters.cadvisor.enabled) {
    services.cadvisor = cadvisorService(model);
    doc.networks = { [TELEMETRY_NETWORK]: { internal: true } };
  }
  const g = model.config.grafana;
  if (g.enabled) {
    services.grafana = grafanaService({ version: model.config.versions.grafana, anonymous: g.anonymous, ports: [publish(model, g.port, GRAFANA_PORT)] }, model.dashboards?.dashboards ?? []);
    Object.assign(doc, grafanaComposeKeys(model.rel.grafanaAdminPassword));
  }
  const content2 = `# ${headerText(model.sourceName)}
${blockYaml(doc)}`;
  return { name: "docker-compose.yml", path: "docker-compose.yml", content: finish(content2), executable: false };
}
var TELEMETRY_NETWORK;
var init_compose = __esm({
  "src/render/compose.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_cadvisor();
    init_container_labels();
    init_grafana2();
    init_grafana3();
    init_text();
    TELEMETRY_NETWORK = "telemetry";
  }
});

// src/render/schema-copy.ts
function renderSchemaCopy(model) {
  return { name: "observability.schema.json", path: SCHEMA_COPY, content: model.schemaText, executable: false };
}
var init_schema_copy = __esm({
  "src/render/schema-copy.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_paths();
  }
});

// src/render/dcgm-collectors.ts
function cell(value) {
  const text2 = oneLine(value);
  return /[",]/.test(text2) ? `"${text2.replace(/"/g, '""')}"` : text2;
}
function renderDcgmCollectors(model) {
  const lines = [`# ${headerText(model.sourceName)}`, "# Format: DCGM field, Prometheus type, help. Profiling (DCGM_FI_PROF_*) fields are listed only when profiling is on and the container has SYS_ADMIN."];
  for (const f of model.dcgmCollectors) lines.push([f.field, f.type, f.help].map(cell).join(","));
  return { name: "dcgm-collectors.csv", path: "dcgm-collectors.csv", content: finish(lines.join("\n")), executable: false };
}
var init_dcgm_collectors = __esm({
  "src/render/dcgm-collectors.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_text();
  }
});

// src/render/devcontainer.ts
function renderDevcontainer(model) {
  const { devcontainer: d, container: c } = model.config;
  const forwarded = model.ports.filter((p) => p.published && p.inDevContainer);
  const services = [c.service, ...model.config.exporters.cadvisor.enabled ? ["cadvisor"] : []];
  const doc = {
    name: d.name,
    dockerComposeFile: ["docker-compose.yml"],
    service: c.service,
    runServices: services,
    workspaceFolder: d.workspaceFolder,
    overrideCommand: false,
    shutdownAction: "stopCompose",
    ...d.initializeStorage ? { initializeCommand: ["bash", `\${localWorkspaceFolder}/${model.inWorkspace.outDir}/setup-storage.sh`] } : {},
    forwardPorts: forwarded.map((p) => p.port),
    portsAttributes: Object.fromEntries(forwarded.map((p) => [String(p.port), { label: p.label, onAutoForward: "silent" }])),
    customizations: {
      vscode: {
        extensions: [.../* @__PURE__ */ new Set([YAML_EXTENSION, ...d.extensions])].sort(),
        settings: { "yaml.schemas": { [model.inWorkspace.schema]: ["observability.config.yaml", "observability.config.yml"] } }
      }
    }
  };
  const content2 = `// ${headerText(model.sourceName)}
// overrideCommand is false so the compose entrypoint (init-run.sh) and command run unchanged.
${JSON.stringify(doc, null, 2)}`;
  return { name: "devcontainer.json", path: "devcontainer.json", content: finish(content2), executable: false };
}
var YAML_EXTENSION;
var init_devcontainer = __esm({
  "src/render/devcontainer.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_text();
    YAML_EXTENSION = "redhat.vscode-yaml";
  }
});

// src/render/dockerfile.ts
function buildStage(stage2) {
  const build = stage2.build;
  return [
    "",
    `# ${stage2.stage} is built from its release tag on the base image itself, so it links against the C library it runs with.`,
    `FROM ${stage2.image} AS ${stage2.stage}`,
    'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    ...build.copy.map((c) => `COPY --from=${c.stage} ${c.path} ${c.path}`),
    run(["apt-get update", `apt-get install -y --no-install-recommends ${build.packages.join(" ")}`, "rm -rf /var/lib/apt/lists/*", ...build.commands])
  ];
}
function renderDockerfile(model) {
  const { images: images2, bundled } = model;
  const lines = [`# ${headerText(model.sourceName)}`, "# Telemetry binaries come from the official images at the pinned tags or are built from pinned release tags; DCGM from NVIDIA's apt repository."];
  for (const stage2 of bundled) if (!stage2.build) lines.push(`FROM ${stage2.image} AS ${stage2.stage}`);
  for (const stage2 of bundled) if (stage2.build) lines.push(...buildStage(stage2));
  lines.push("", `FROM ${images2.base}`, 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]');
  const dcgm = bundled.some((s) => s.stage === "dcgm-exporter");
  if (dcgm) {
    const version = dcgmAptVersion(splitDcgmTag(model.config.versions.dcgmExporter).dcgm);
    lines.push(
      "# nv-hostengine and libdcgm (-core), profiling libraries (-proprietary); setcap (libcap2-bin) for init-run.sh.",
      run(["apt-get update", `apt-get install -y --no-install-recommends ${DCGM_PACKAGES.map((p) => `${p}=${version}`).join(" ")} libcap2-bin`, "rm -rf /var/lib/apt/lists/*"])
    );
  }
  for (const stage2 of bundled.filter((s) => s.files.length > 0)) lines.push(`COPY --from=${stage2.stage} ${stage2.files.map((f) => f.from).join(" ")} ${stage2.files.length > 1 ? BIN : `${BIN}${stage2.files[0].as}`}`);
  if (dcgm) lines.push(`# The exporter runs in this image: fail the build here, not at container start, if it cannot.`, `RUN ${DCGM_EXPORTER_SMOKE_TEST}`);
  lines.push(`# Generated scripts and configs are mounted at ${model.containerOutDir} by docker-compose.yml.`);
  return { name: "Dockerfile", path: "Dockerfile", content: finish(lines.join("\n")), executable: false };
}
var BIN, run;
var init_dockerfile = __esm({
  "src/render/dockerfile.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_dcgm();
    init_text();
    BIN = "/usr/local/bin/";
    run = (commands) => `RUN ${commands.join(" \\\n && ")}`;
  }
});

// src/render/jaeger.ts
function renderJaegerConfig(model) {
  const content2 = `# ${headerText(model.sourceName)}
# For Jaeger ${model.config.versions.jaeger}. \${env:JAEGER_DATA_DIR} is the run's folder, exported by init-run.sh.
${blockYaml(model.jaegerConfig)}`;
  return { name: "jaeger.yaml", path: "jaeger.yaml", content: finish(content2), executable: false };
}
var init_jaeger2 = __esm({
  "src/render/jaeger.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_text();
  }
});

// src/render/prometheus.ts
function scrapeConfig(job) {
  const out2 = { job_name: job.job };
  if (job.scrapeInterval) out2.scrape_interval = job.scrapeInterval;
  if (job.metricsPath !== "/metrics") out2.metrics_path = job.metricsPath;
  const staticConfig = { targets: job.targets };
  const labels = sortedEntries(job.labels);
  if (labels.length) staticConfig.labels = Object.fromEntries(labels);
  out2.static_configs = [staticConfig];
  const relabel = [];
  if (job.dropMetrics.length) relabel.push({ source_labels: ["__name__"], regex: [...job.dropMetrics].sort().join("|"), action: "drop" });
  for (const c of job.copyLabels) relabel.push({ source_labels: [c.from], target_label: c.to });
  if (relabel.length) out2.metric_relabel_configs = relabel;
  return out2;
}
function remoteWriteConfig(r) {
  const out2 = { url: r.url };
  if (r.name) out2.name = r.name;
  if (r.basicAuth) out2.basic_auth = { username: r.basicAuth.username, password_file: r.basicAuth.passwordFile };
  if (r.bearerTokenFile) out2.authorization = { type: "Bearer", credentials_file: r.bearerTokenFile };
  if (r.tls) {
    const t2 = r.tls;
    const tls = { ca_file: t2.caFile, cert_file: t2.certFile, key_file: t2.keyFile, server_name: t2.serverName, insecure_skip_verify: t2.insecureSkipVerify };
    out2.tls_config = Object.fromEntries(Object.entries(tls).filter(([, v2]) => v2 !== void 0));
  }
  if (r.queue) {
    const q = r.queue;
    const queue3 = { capacity: q.capacity, max_shards: q.maxShards, min_shards: q.minShards, max_samples_per_send: q.maxSamplesPerSend, batch_send_deadline: q.batchSendDeadline };
    out2.queue_config = Object.fromEntries(Object.entries(queue3).filter(([, v2]) => v2 !== void 0));
  }
  return out2;
}
function renderPrometheus(model) {
  const p = model.config.prometheus;
  const version = model.config.versions.prometheus;
  const externalLabels = { [RUN_LABEL]: `\${${RUN_ID_VARIABLE}}` };
  for (const [k, v2] of sortedEntries(p.externalLabels)) externalLabels[k] = dollarLiteral(v2);
  const doc = {
    global: {
      scrape_interval: p.scrapeInterval,
      scrape_timeout: p.scrapeTimeout,
      evaluation_interval: p.evaluationInterval,
      external_labels: externalLabels
    }
  };
  if (model.alerts) doc.rule_files = [ALERT_RULES_FILE];
  const alertmanagers = alertmanagerTargets(model.config);
  if (model.alerts && alertmanagers.length) doc.alerting = { alertmanagers: [{ static_configs: [{ targets: alertmanagers }] }] };
  doc.scrape_configs = model.scrapeJobs.map(scrapeConfig);
  if (p.remoteWrite.length) doc.remote_write = p.remoteWrite.map(remoteWriteConfig);
  const { storage } = retention(version, p.retention);
  if (storage) doc.storage = storage;
  const expansion = needsExpandFlag(version) ? " (init-run.sh passes --enable-feature=expand-external-labels, which Prometheus 2 needs)" : " (Prometheus 3 always expands it)";
  const body = blockYaml(doc).replace(/^storage:\n/m, `# Retention in the config file is read by Prometheus 3.11 and later; promtool of Prometheus 2 and
# SchemaStore's prometheus.json refuse this block by design (config/config.go TSDBRetentionConfig @ v3.14.0).
storage:
`);
  const content2 = `# ${headerText(model.sourceName)}
# For Prometheus ${version}. ${RUN_LABEL} is expanded from $${RUN_ID_VARIABLE} at start-up${expansion}.
${body}`;
  return { name: "prometheus.yml", path: "prometheus.yml", content: finish(content2), executable: false };
}
var RUN_ID_VARIABLE;
var init_prometheus2 = __esm({
  "src/render/prometheus.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_names();
    init_alertmanager2();
    init_prometheus();
    init_alert_rules();
    init_text();
    RUN_ID_VARIABLE = "CONTAINER_RUN_ID";
  }
});

// src/render/scripts.ts
function script(name2, model) {
  const content2 = renderTemplate(name2, { ...model, header: headerText(model.sourceName) });
  return { name: name2, path: name2, content: finish(content2), executable: true };
}
var renderInitRun, renderSetupStorage, renderLaunchModel;
var init_scripts = __esm({
  "src/render/scripts.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_templates2();
    init_text();
    renderInitRun = (model) => script("init-run.sh", model);
    renderSetupStorage = (model) => script("setup-storage.sh", model);
    renderLaunchModel = (model) => script("launch-model.sh", model);
  }
});

// src/render/index.ts
function render(model) {
  return ARTIFACT_NAMES.filter((name2) => RENDERERS[name2].enabled(model)).flatMap((name2) => RENDERERS[name2].render(model));
}
var always, RENDERERS, ARTIFACT_NAMES;
var init_render = __esm({
  "src/render/index.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_alert_rules();
    init_alertmanager4();
    init_dashboards3();
    init_grafana3();
    init_catalog3();
    init_compose();
    init_schema_copy();
    init_dcgm_collectors();
    init_devcontainer();
    init_dockerfile();
    init_jaeger2();
    init_prometheus2();
    init_scripts();
    always = () => true;
    RENDERERS = {
      "init-run.sh": { render: renderInitRun, enabled: always },
      "setup-storage.sh": { render: renderSetupStorage, enabled: always },
      "launch-model.sh": { render: renderLaunchModel, enabled: (m) => m.config.modelServer.enabled },
      Dockerfile: { render: renderDockerfile, enabled: (m) => m.config.container.bundleDaemons },
      "docker-compose.yml": { render: renderCompose, enabled: always },
      "prometheus.yml": { render: renderPrometheus, enabled: (m) => m.config.prometheus.enabled },
      "jaeger.yaml": { render: renderJaegerConfig, enabled: (m) => m.jaegerConfig !== void 0 },
      "dcgm-collectors.csv": { render: renderDcgmCollectors, enabled: (m) => m.config.exporters.dcgmExporter.enabled },
      "devcontainer.json": { render: renderDevcontainer, enabled: always },
      "metrics_catalog.md": { render: renderCatalog, enabled: (m) => m.config.prometheus.enabled },
      "alert-rules.yml": { render: renderAlertRules, enabled: (m) => m.alerts !== void 0 },
      "alert-rules.test.yml": { render: renderAlertTests, enabled: (m) => m.alerts !== void 0 },
      "alertmanager.yml": { render: renderAlertmanager, enabled: (m) => m.config.alertmanager.enabled },
      "grafana-dashboard": { render: renderDashboards, enabled: (m) => m.dashboards !== void 0 },
      "grafana-datasources.yml": { render: renderGrafanaDatasources, enabled: (m) => m.config.grafana.enabled && m.config.prometheus.enabled },
      "grafana-dashboards.yml": { render: renderGrafanaDashboards, enabled: (m) => m.config.grafana.enabled && m.dashboards !== void 0 },
      "observability.schema.json": { render: renderSchemaCopy, enabled: always }
    };
    ARTIFACT_NAMES = Object.keys(RENDERERS);
  }
});

// src/types.ts
function hasErrors(diagnostics) {
  return diagnostics.some((d) => d.severity === "error");
}
var init_types = __esm({
  "src/types.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
  }
});

// src/compile.ts
async function compile(partial) {
  const analysis = await analyze(partial);
  if (!analysis.config || !analysis.source || hasErrors(analysis.diagnostics)) return analysis;
  const { options: options2, source, config: config3 } = analysis;
  const outDir = options2.out ? (0, import_node_path9.resolve)(options2.cwd, options2.out) : (0, import_node_path9.resolve)((0, import_node_path9.dirname)(source.absolutePath), config3.output.dir);
  const generated = await generate(config3, source, outDir);
  return { ...analysis, ...generated, diagnostics: [...analysis.diagnostics, ...generated.diagnostics] };
}
async function generate(config3, source, outDir) {
  const model = buildModel(config3, { configPath: source.absolutePath, outDir, catalog: loadCatalog(), schemaText: await readFile(schemaFile(), "utf8") });
  try {
    return { model, outDir, artifacts: render(model), diagnostics: [] };
  } catch (error) {
    const failure = fileDiagnostic(source.path, {
      code: "OBS_RENDER_FAILED",
      message: `rendering failed: ${error.message}`,
      hint: "nothing was written; please report this with the config that triggers it"
    });
    return { model, outDir, diagnostics: [failure] };
  }
}
var import_node_path9;
var init_compile = __esm({
  "src/compile.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_fs();
    import_node_path9 = require("node:path");
    init_paths();
    init_analyze();
    init_catalog_data();
    init_make();
    init_model();
    init_render();
    init_types();
  }
});

// src/emit/durability.ts
function batched() {
  let syncfs;
  let pending = /* @__PURE__ */ new Set();
  return {
    written: async (fd, path) => {
      pending.add(path);
      if (syncfs === false) await fsync(fd);
    },
    barrier: async () => {
      const files = [...pending];
      pending = /* @__PURE__ */ new Set();
      if (files.length === 0) return;
      const folders = [...new Set(files.map((f) => (0, import_node_path10.dirname)(f)))];
      if (syncfs !== false && (syncfs = await syncFileSystems(folders))) return;
      for (const path of files) await flushPath(path, false);
      for (const path of folders) await flushPath(path, true);
    }
  };
}
async function syncFileSystems(folders) {
  const byDevice = /* @__PURE__ */ new Map();
  for (const f of folders) {
    const info = await lstatIfAny(f);
    if (info && !byDevice.has(info.dev)) byDevice.set(info.dev, f);
  }
  if (byDevice.size === 0) return true;
  const r = process.getBuiltinModule("node:child_process").spawnSync("sync", ["-f", ...byDevice.values()], { stdio: "ignore" });
  return r.status === 0;
}
async function flushPath(path, folder) {
  let fd;
  try {
    fd = await open(path, "r");
    await fsync(fd);
  } catch (error) {
    if (!folder && error.code !== "ENOENT") throw error;
  } finally {
    if (fd !== void 0) await close(fd);
  }
}
var import_node_path10, fileByFile;
var init_durability = __esm({
  "src/emit/durability.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_path10 = require("node:path");
    init_fs();
    fileByFile = { written: (fd) => fsync(fd), barrier: async () => void 0 };
  }
});

// src/emit/fs-safe.ts
async function inspect(file) {
  try {
    const info = await lstatIfAny(file);
    if (!info) return { kind: "missing" };
    if (info.isSymbolicLink()) return { kind: "other", what: "a symbolic link" };
    if (!info.isFile()) return { kind: "other", what: info.isDirectory() ? "a folder" : "not a regular file" };
    return { kind: "file", content: await readFile(file), executable: (info.mode & 73) !== 0 };
  } catch (error) {
    if (error.code === "ENOENT") return { kind: "missing" };
    throw error;
  }
}
async function makeDirs(dir) {
  const missing2 = [];
  for (let d = (0, import_node_path11.resolve)(dir); ; d = (0, import_node_path11.dirname)(d)) {
    const info = await stat(d).catch((error) => error.code === "ENOENT" ? void 0 : Promise.reject(error));
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${d} is not a folder`), { code: "ENOTDIR", path: d, syscall: "mkdir" });
      break;
    }
    missing2.unshift(d);
    if ((0, import_node_path11.dirname)(d) === d) break;
  }
  for (const d of missing2) await mkdir(d).catch((error) => error.code === "EEXIST" ? void 0 : Promise.reject(error));
}
function tempPathFor(file) {
  return (0, import_node_path11.join)((0, import_node_path11.dirname)(file), `.${(0, import_node_path11.basename)(file)}.${process.pid}.tmp`);
}
async function writeTemp(file, content2, executable, owner, durability = fileByFile) {
  const temp = tempPathFor(file);
  const mode = owner?.mode ?? (executable ? 493 : 420);
  const fd = await openFresh(temp, mode);
  try {
    await writeFile(fd, content2);
    await durability.written(fd, temp);
    if (owner?.uid !== void 0 && owner.gid !== void 0) await fchown(fd, owner.uid, owner.gid);
    await fchmod(fd, mode);
  } finally {
    await close(fd);
  }
  return temp;
}
async function openFresh(temp, mode) {
  try {
    return await open(temp, "wx", mode);
  } catch (error) {
    if (error.code !== "EEXIST" || !(await lstat(temp)).isFile()) throw error;
    await rm(temp);
    return open(temp, "wx", mode);
  }
}
async function sweepTemps(dir, names) {
  await Promise.all((await leftoverTemps(dir, names)).map(async (f) => (await lstat((0, import_node_path11.join)(dir, f))).isFile() ? rm((0, import_node_path11.join)(dir, f), { force: true }) : void 0));
}
async function leftoverTemps(dir, names) {
  const temps = (await readdir(dir).catch(() => [])).filter((f) => f.startsWith(".") && f.endsWith(".tmp"));
  return temps.filter((f) => names.some((n) => f.startsWith(`.${n}.`) && /^\.\d+\.tmp$/.test(f.slice(n.length + 1))));
}
async function commitTemp(temp, file) {
  await rename(temp, file);
}
async function writeAtomic(file, content2, owner = { mode: 420 }, durability = fileByFile) {
  const temp = await writeTemp(file, content2, false, owner, durability);
  try {
    await commitTemp(temp, file);
  } catch (error) {
    await discard([temp]);
    throw error;
  }
}
async function discard(temps) {
  await Promise.all(temps.map((t2) => rm(t2, { force: true }).catch(() => void 0)));
}
async function acquireLock(dir) {
  const lock = (0, import_node_path11.join)(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lock, `${process.pid} ${await processStart(process.pid) ?? ""}
`, { flag: "wx" });
      return { release: () => rm(lock, { force: true }) };
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const [pid, started] = (await readFile(lock, "utf8").catch(() => "")).trim().split(/\s+/);
      const holder = Number(pid);
      if (holder && holder !== process.pid && await holds(holder, started, lock)) return { heldBy: holder };
      await rm(lock, { force: true });
    }
  }
  return { heldBy: 0 };
}
async function holds(pid, started, lock) {
  if (!alive(pid)) return false;
  const now = await processStart(pid);
  if (started && now !== void 0) return started === now;
  const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: 0 }))).mtimeMs;
  return age < 10 * 6e4;
}
async function processStart(pid) {
  const stat2 = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => void 0);
  return stat2?.slice(stat2.lastIndexOf(")") + 2).split(" ")[19];
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
var import_node_path11, LOCK_FILE;
var init_fs_safe = __esm({
  "src/emit/fs-safe.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_fs();
    import_node_path11 = require("node:path");
    init_durability();
    LOCK_FILE = ".obscompile.lock";
  }
});

// src/emit/manifest.ts
function sha256(text2) {
  createHash ??= process.getBuiltinModule("node:crypto").createHash;
  return createHash("sha256").update(text2).digest("hex");
}
function manifestFor(source, artifacts, known = /* @__PURE__ */ new Map()) {
  const entries = [...artifacts].sort((a, b) => a.path < b.path ? -1 : 1);
  return {
    generator: "obscompile",
    source,
    artifacts: Object.fromEntries(entries.map((a) => [a.path, { sha256: known.get(a.path) ?? sha256(a.content), executable: a.executable }]))
  };
}
function manifestText(manifest) {
  return `${JSON.stringify(manifest, null, 2)}
`;
}
async function readManifest(outDir) {
  return parseManifest(await readFile((0, import_node_path12.join)(outDir, MANIFEST_FILE), "utf8").catch(() => ""));
}
function parseManifest(text2) {
  try {
    const parsed = JSON.parse(text2);
    return parsed && typeof parsed.artifacts === "object" ? parsed : void 0;
  } catch {
    return void 0;
  }
}
var import_node_path12, MANIFEST_FILE, createHash;
var init_manifest = __esm({
  "src/emit/manifest.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_path12 = require("node:path");
    init_fs();
    MANIFEST_FILE = ".obscompile-manifest.json";
  }
});

// src/emit/journal.ts
async function readJournal(outDir) {
  if (!await lstatIfAny((0, import_node_path13.join)(outDir, JOURNAL_FILE))) return void 0;
  try {
    const j = JSON.parse(await readFile((0, import_node_path13.join)(outDir, JOURNAL_FILE), "utf8"));
    const ok = typeof j.manifest === "string" && j.steps.every((s) => plain(s.file) && (s.temp === void 0 || plain(s.temp))) && j.remove.every((r) => plain(r.file));
    return ok ? j : void 0;
  } catch {
    return void 0;
  }
}
function journalManifest(journal) {
  try {
    return journal ? JSON.parse(journal.manifest) : void 0;
  } catch {
    return void 0;
  }
}
async function writeJournal(outDir, journal, durability) {
  await writeAtomic((0, import_node_path13.join)(outDir, JOURNAL_FILE), `${JSON.stringify(journal)}
`, void 0, durability);
}
async function replay(outDir, journal, durability = fileByFile) {
  for (const step of journal.steps) {
    const file = (0, import_node_path13.join)(outDir, step.file);
    if (step.temp && await isFile((0, import_node_path13.join)(outDir, step.temp))) await rename((0, import_node_path13.join)(outDir, step.temp), file);
    if (step.mode !== void 0 && await isFile(file)) await chmod(file, step.mode);
  }
  for (const r of journal.remove) {
    const file = (0, import_node_path13.join)(outDir, r.file);
    if (await isFile(file) && sha256(await readFile(file)) === r.sha256) await rm(file, { force: true });
  }
  const manifest = (0, import_node_path13.join)(outDir, MANIFEST_FILE);
  if (!await isFile(manifest) || await readFile(manifest, "utf8") !== journal.manifest) await writeAtomic(manifest, journal.manifest, void 0, durability);
  await rm((0, import_node_path13.join)(outDir, JOURNAL_FILE), { force: true });
}
async function isFile(file) {
  try {
    return (await lstat(file)).isFile();
  } catch {
    return false;
  }
}
var import_node_path13, JOURNAL_FILE, plain;
var init_journal = __esm({
  "src/emit/journal.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_fs();
    import_node_path13 = require("node:path");
    init_durability();
    init_fs_safe();
    init_manifest();
    JOURNAL_FILE = ".obscompile-journal.json";
    plain = (name2) => typeof name2 === "string" && name2 !== "" && name2 === (0, import_node_path13.basename)(name2) && name2 !== "." && name2 !== "..";
  }
});

// chunk:diff
var require_diff = __commonJS({
  "chunk:diff"(exports2, module2) {
    init_define_OBSCOMPILE_PACKAGE();
    module2.exports = require("./obscompile-diff.cjs");
  }
});

// src/emit/emit.ts
async function plan(artifacts, target) {
  const manifest = ours(await readManifest(target.outDir), journalManifest(await readJournal(target.outDir)));
  const plans = [];
  for (const artifact of artifacts) {
    const file = (0, import_node_path14.join)(target.outDir, artifact.path);
    if (!isInside(target.outDir, file)) throw new Error(`artifact path escapes the output folder: ${artifact.path}`);
    plans.push(await planOne(artifact.path, file, manifest, artifact));
  }
  const produced = new Set(artifacts.map((a) => a.path));
  for (const old of Object.keys(manifest?.artifacts ?? {}).filter((k) => !k.endsWith("\0pending")).sort()) {
    if (produced.has(old) || old !== (0, import_node_path14.basename)(old) || old === ".." || old === "." || old.includes("\\")) continue;
    const existing = await inspect((0, import_node_path14.join)(target.outDir, old));
    if (existing.kind !== "file") continue;
    if (sha256(existing.content) !== manifest?.artifacts[old]?.sha256) continue;
    plans.push({ path: old, state: "orphan", current: existing.content.toString("utf8") });
  }
  return plans;
}
function ours(current, pending) {
  if (!pending) return current;
  const artifacts = { ...current?.artifacts ?? {} };
  for (const [name2, entry] of Object.entries(pending.artifacts ?? {})) if (!(name2 in artifacts) || artifacts[name2].sha256 !== entry.sha256) artifacts[`${name2}\0pending`] = entry;
  return { generator: "obscompile", source: current?.source ?? pending.source, artifacts };
}
async function planOne(name2, file, manifest, artifact) {
  const existing = await inspect(file);
  if (existing.kind === "missing") return { path: name2, state: "missing", artifact };
  if (existing.kind === "other") return { path: name2, state: "blocked", artifact, blockedBy: existing.what };
  if (sameText(existing.content, artifact.content)) {
    const modeOnly = existing.executable !== artifact.executable;
    return { path: name2, state: modeOnly ? "stale" : "unchanged", artifact, current: artifact.content, modeOnly };
  }
  const current = existing.content.toString("utf8");
  const hash = sha256(existing.content);
  const recorded = [manifest?.artifacts[name2]?.sha256, manifest?.artifacts[`${name2}\0pending`]?.sha256];
  return { path: name2, state: recorded.includes(hash) ? "stale" : "hand-edited", artifact, current };
}
function sameText(bytes, text2) {
  if (bytes.length !== Buffer.byteLength(text2)) return false;
  let at2 = 0;
  for (let i = 0; i < text2.length; ) {
    let end = Math.min(text2.length, i + scratch.length / 4);
    while (end < text2.length && (text2.charCodeAt(end - 1) & 64512) === 55296) end++;
    if ((end - i) * 3 > scratch.length) return bytes.equals(Buffer.from(text2));
    const n = scratch.write(text2.slice(i, end));
    if (scratch.compare(bytes, at2, at2 + n, 0, n) !== 0) return false;
    at2 += n;
    i = end;
  }
  return at2 === bytes.length;
}
async function write(artifacts, target, options2, durability = fileByFile) {
  const staged = await stage(artifacts, target, options2, durability);
  await commit([staged], durability);
  return staged.result;
}
async function stage(artifacts, target, options2, durability = fileByFile) {
  const staged = { target, result: { written: [], unchanged: [], removed: [], diagnostics: [] }, temps: [], release: holdsNothing };
  const { result } = staged;
  const current = options2.dryRun ? void 0 : await alreadyCurrent(artifacts, target).catch(() => void 0);
  if (current) return result.unchanged = current.map((p) => p.path), staged;
  let lock;
  try {
    await makeDirs(target.outDir);
    lock = options2.dryRun ? { release: holdsNothing } : await acquireLock(target.outDir);
  } catch (error) {
    return result.diagnostics.push(ioDiagnostic(error, target, false)), staged;
  }
  if ("heldBy" in lock) {
    const file = (0, import_node_path14.join)(target.shownDir, LOCK_FILE);
    result.diagnostics.push(fileDiagnostic(target.shownDir, { code: "OBS_LOCKED", message: `another obscompile build (pid ${lock.heldBy}) is writing ${target.shownDir}; it holds ${file}`, hint: `wait for it to finish and build again; if pid ${lock.heldBy} is not an obscompile build (a stale lock), remove ${file}` }));
    return staged;
  }
  staged.release = lock.release;
  try {
    if (!options2.dryRun) {
      const pending = await readJournal(target.outDir);
      if (pending) await replay(target.outDir, pending);
      await sweepTemps(target.outDir, [...artifacts.map((a) => a.path), MANIFEST_FILE, JOURNAL_FILE]);
    }
    const plans = await plan(artifacts, target);
    result.diagnostics.push(...refusals(plans, target, options2.force));
    if (result.diagnostics.length) return await lock.release(), staged;
    for (const p of plans) (p.state === "unchanged" ? result.unchanged : p.state === "orphan" ? result.removed : result.written).push(p.path);
    if (!options2.dryRun) {
      const journal = await writeNewFiles(plans, target, artifacts, staged.temps, durability);
      if (journal) staged.journal = journal;
    }
    return staged;
  } catch (error) {
    await failed(staged, error);
    return staged;
  }
}
async function failed(staged, error, changed) {
  if (!(changed ?? error.partial)) await discard(staged.temps);
  await staged.release();
  delete staged.journal;
  Object.assign(staged.result, { written: [], removed: [] });
  staged.result.diagnostics.push(ioDiagnostic(error, staged.target, changed));
}
async function commit(all, durability) {
  const live = () => all.filter((s) => s.journal);
  try {
    await barrierOr(live(), durability, false);
    for (const s of live()) await writeJournal(s.target.outDir, s.journal, durability).catch((error) => failed(s, error, false));
    await barrierOr(live(), durability, true);
    for (const s of live()) await replay(s.target.outDir, s.journal, durability).catch((error) => failed(s, error, true));
    await barrierOr(live(), durability, true);
  } finally {
    for (const s of all) await s.release();
  }
}
async function abandon(all) {
  for (const s of all) {
    if (s.journal) await discard(s.temps);
    await s.release();
  }
}
async function barrierOr(live, durability, changed) {
  if (live.length === 0) return;
  try {
    await durability.barrier();
  } catch (error) {
    for (const s of live) await failed(s, error, changed);
  }
}
function refusals(plans, target, force) {
  const shown = (p) => (0, import_node_path14.join)(target.shownDir, p.path);
  return plans.flatMap((p) => {
    if (p.state === "blocked") {
      return [fileDiagnostic(shown(p), { code: "OBS_OUTPUT_UNSAFE", message: `${shown(p)} is ${p.blockedBy}; obscompile only replaces regular files it wrote`, hint: "remove it (or choose another output folder) and build again" })];
    }
    if (p.state === "hand-edited" && !force) {
      return [fileDiagnostic(shown(p), { code: "OBS_HAND_EDITED", message: `${shown(p)} was edited by hand since the last build (or was not written by obscompile)`, hint: "move the change into the config, revert the file, or rebuild with --force to overwrite it" })];
    }
    return [];
  });
}
async function alreadyCurrent(artifacts, target) {
  const names = [...artifacts.map((a) => a.path), MANIFEST_FILE, JOURNAL_FILE];
  if ((await leftoverTemps(target.outDir, names)).length || await lstatIfAny((0, import_node_path14.join)(target.outDir, JOURNAL_FILE))) return void 0;
  const plans = await plan(artifacts, target);
  if (plans.some((p) => p.state !== "unchanged")) return void 0;
  return (await nextManifest(plans, target, artifacts)).current ? plans : void 0;
}
async function nextManifest(plans, target, artifacts) {
  const onDisk = await inspect((0, import_node_path14.join)(target.outDir, MANIFEST_FILE));
  const text2 = manifestText(manifestFor(target.source, artifacts, recordedHashes(onDisk, plans)));
  return { text: text2, current: onDisk.kind === "file" && onDisk.content.toString("utf8") === text2 };
}
async function writeNewFiles(plans, target, artifacts, temps, durability) {
  const changes = plans.filter((p) => p.artifact && p.state !== "unchanged");
  const { text: manifest, current: manifestCurrent } = await nextManifest(plans, target, artifacts);
  if (changes.length === 0 && manifestCurrent && !plans.some((p) => p.state === "orphan")) return void 0;
  const written = await Promise.allSettled(changes.map((p) => p.modeOnly ? void 0 : track(temps, writeTemp((0, import_node_path14.join)(target.outDir, p.path), p.artifact.content, p.artifact.executable, void 0, durability))));
  const failure = written.find((w) => w.status === "rejected");
  if (failure) throw failure.reason;
  const steps = changes.map((p, i) => {
    const temp = written[i].value;
    return temp === void 0 ? { file: p.path, mode: p.artifact.executable ? 493 : 420 } : { file: p.path, temp: (0, import_node_path14.basename)(temp) };
  });
  const remove = plans.filter((p) => p.state === "orphan").map((p) => ({ file: p.path, sha256: sha256(p.current ?? "") }));
  return { manifest, steps, remove };
}
function recordedHashes(onDisk, plans) {
  const known = /* @__PURE__ */ new Map();
  const recorded = onDisk.kind === "file" ? parseManifest(onDisk.content.toString("utf8"))?.artifacts : void 0;
  for (const p of plans) {
    const entry = recorded && Object.hasOwn(recorded, p.path) ? recorded[p.path] : void 0;
    if (p.state === "unchanged" && typeof entry?.sha256 === "string") known.set(p.path, entry.sha256);
  }
  return known;
}
async function track(temps, written) {
  const temp = await written;
  temps.push(temp);
  return temp;
}
function ioDiagnostic(error, target, changed = error.partial === true) {
  const e = error;
  const file = e.syscall === "rename" && e.dest ? e.dest : e.path;
  const where2 = file ? (0, import_node_path14.relative)((0, import_node_path14.dirname)(target.outDir), file) : target.shownDir;
  return fileDiagnostic(target.shownDir, {
    code: "OBS_IO",
    message: ERRNO_WORDS[e.code ?? ""] ? `cannot write ${where2}: it ${ERRNO_WORDS[e.code ?? ""]} (${e.code})` : `cannot write ${where2}: ${e.message}`.replace(/\s+/g, " "),
    hint: changed ? `some files were already replaced; the next \`obscompile build\` finishes the set from ${JOURNAL_FILE} once the cause is fixed (check permissions and free space)` : "nothing was changed; check permissions and free space of the output folder"
  });
}
async function check14(artifacts, target) {
  const plans = (await plan(artifacts, target)).filter((p) => p.state !== "unchanged");
  if (plans.length === 0) return [];
  const { createTwoFilesPatch: createTwoFilesPatch2 } = await Promise.resolve().then(() => __toESM(require_diff(), 1));
  return plans.map((p) => ({
    path: p.path,
    state: p.state,
    diff: createTwoFilesPatch2(`a/${p.path}`, `b/${p.path}`, p.current ?? "", p.artifact?.content ?? "", "on disk", "compiled from config")
  }));
}
var import_node_path14, scratch, holdsNothing;
var init_emit = __esm({
  "src/emit/emit.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_path14 = require("node:path");
    init_fs();
    init_make();
    init_paths();
    init_fs_safe();
    init_journal();
    init_durability();
    init_manifest();
    scratch = Buffer.alloc(64 * 1024);
    holdsNothing = async () => void 0;
  }
});

// src/generated/checksum-wasm.js
var CHECKSUM_WASM;
var init_checksum_wasm = __esm({
  "src/generated/checksum-wasm.js"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    CHECKSUM_WASM = [
      0,
      97,
      115,
      109,
      1,
      0,
      0,
      0,
      1,
      6,
      1,
      96,
      1,
      127,
      1,
      126,
      3,
      2,
      1,
      0,
      5,
      3,
      1,
      0,
      1,
      7,
      9,
      2,
      1,
      109,
      2,
      0,
      1,
      104,
      0,
      0,
      10,
      164,
      1,
      1,
      161,
      1,
      2,
      2,
      127,
      1,
      126,
      32,
      0,
      173,
      66,
      197,
      207,
      217,
      178,
      241,
      229,
      186,
      234,
      39,
      133,
      33,
      3,
      32,
      0,
      65,
      120,
      113,
      33,
      2,
      2,
      64,
      3,
      64,
      32,
      1,
      32,
      2,
      79,
      13,
      1,
      32,
      3,
      32,
      1,
      41,
      3,
      0,
      133,
      66,
      149,
      248,
      169,
      250,
      151,
      183,
      222,
      155,
      158,
      127,
      126,
      34,
      3,
      32,
      3,
      66,
      29,
      136,
      133,
      33,
      3,
      32,
      1,
      65,
      8,
      106,
      33,
      1,
      12,
      0,
      11,
      11,
      2,
      64,
      3,
      64,
      32,
      1,
      32,
      0,
      79,
      13,
      1,
      32,
      3,
      32,
      1,
      49,
      0,
      0,
      133,
      66,
      149,
      248,
      169,
      250,
      151,
      183,
      222,
      155,
      158,
      127,
      126,
      34,
      3,
      32,
      3,
      66,
      29,
      136,
      133,
      33,
      3,
      32,
      1,
      65,
      1,
      106,
      33,
      1,
      12,
      0,
      11,
      11,
      32,
      3,
      32,
      3,
      66,
      32,
      136,
      133,
      66,
      185,
      203,
      147,
      231,
      209,
      237,
      145,
      172,
      191,
      127,
      126,
      34,
      3,
      32,
      3,
      66,
      29,
      136,
      133,
      11
    ];
  }
});

// src/checksum.ts
function wasm(size2) {
  instance ??= new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(CHECKSUM_WASM))).exports;
  const pages = Math.ceil(size2 / 65536) - instance.m.buffer.byteLength / 65536;
  if (pages > 0) instance.m.grow(pages);
  return instance;
}
function checksum(data) {
  const { m, h } = wasm(data.length);
  new Uint8Array(m.buffer, 0, data.length).set(data);
  return hex(h(data.length));
}
var instance, hex;
var init_checksum = __esm({
  "src/checksum.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_checksum_wasm();
    hex = (h) => BigInt.asUintN(64, h).toString(16).padStart(16, "0");
  }
});

// src/emit/record.ts
function recordFile(cacheDir, kind, main) {
  return (0, import_node_path15.join)(cacheDir, "obscompile", "records", `${kind}-${checksum(Buffer.from(main))}.json`);
}
function status2(path) {
  const s = (0, import_node_fs5.lstatSync)(path, { throwIfNoEntry: false });
  return s ? `${s.dev}:${s.ino}:${s.mode}:${s.size}:${s.mtimeMs}:${s.ctimeMs}` : "-";
}
function recordedPaths(record) {
  const paths = record.root === void 0 ? [] : [record.root];
  for (const f of record.folders) paths.push(f.dir, ...record.lists[f.list].map((name2) => (0, import_node_path15.join)(f.dir, name2)), (0, import_node_path15.join)(f.dir, MANIFEST_FILE));
  return paths;
}
function codeIdentity() {
  if (identity) return identity;
  const parts = [packageVersion(), checksum((0, import_node_fs5.readFileSync)(schemaFile()))];
  const bundle = (0, import_node_path15.join)(codeDir(), "obscompile.cjs");
  const bundled = (0, import_node_fs5.lstatSync)(bundle, { throwIfNoEntry: false }) !== void 0;
  if (bundled) parts.push(firstLine(bundle));
  const walk = (dir) => {
    for (const e of (0, import_node_fs5.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
      const file = (0, import_node_path15.join)(dir, e.name);
      if (e.isDirectory() && !bundled) walk(file);
      else if (bundled ? e.name.endsWith(".cjs") : /\.(c|m)?(j|t)s$/.test(e.name)) {
        const s = (0, import_node_fs5.statSync)(file);
        parts.push(`${(0, import_node_path15.relative)(codeDir(), file)}:${s.size}:${s.mtimeMs}`);
      }
    }
  };
  walk(codeDir());
  return identity = checksum(Buffer.from(parts.join("\n")));
}
function firstLine(file) {
  const fd = (0, import_node_fs5.openSync)(file, "r");
  try {
    const head = Buffer.alloc(64);
    return head.subarray(0, (0, import_node_fs5.readSync)(fd, head, 0, 64, 0)).toString("latin1").split("\n")[0];
  } finally {
    (0, import_node_fs5.closeSync)(fd);
  }
}
function recordKey(settings, texts) {
  const inputs = texts.map((t2) => {
    const bytes = Buffer.from(t2);
    return `${bytes.length}:${checksum(bytes)}`;
  });
  return checksum(Buffer.from(JSON.stringify([FORMAT, codeIdentity(), settings, inputs])));
}
function makeRecord(key, inputs, outcome, folders, root) {
  const lists = [];
  const ids = /* @__PURE__ */ new Map();
  const recorded = folders.map((f) => {
    const id = f.files.join("\0");
    if (!ids.has(id)) ids.set(id, lists.push([...f.files]) - 1);
    return { dir: f.dir, list: ids.get(id) };
  });
  const record = { format: FORMAT, key, inputs, ...outcome, lists, folders: recorded, stats: [] };
  if (root !== void 0) record.root = root;
  record.stats = recordedPaths(record).map(status2);
  return record;
}
function saveRecord(file, record) {
  try {
    const dir = (0, import_node_path15.join)(file, "..");
    (0, import_node_fs5.mkdirSync)(dir, { recursive: true, mode: 448 });
    const temp = `${file}.${process.pid}.tmp`;
    (0, import_node_fs5.writeFileSync)(temp, JSON.stringify(record), { mode: 384 });
    (0, import_node_fs5.renameSync)(temp, file);
    const stale = Date.now() - STALE_AFTER_MS;
    for (const old of (0, import_node_fs5.readdirSync)(dir)) if ((0, import_node_fs5.statSync)((0, import_node_path15.join)(dir, old)).mtimeMs < stale) (0, import_node_fs5.rmSync)((0, import_node_path15.join)(dir, old), { force: true });
  } catch {
  }
}
function currentRecord(file, main, settings, maxBytes) {
  try {
    const record = JSON.parse((0, import_node_fs5.readFileSync)(file, "utf8"));
    if (record.format !== FORMAT || record.inputs[0]?.path !== main) return void 0;
    const texts = /* @__PURE__ */ new Map();
    for (const input of record.inputs) {
      const s = (0, import_node_fs5.statSync)(input.path);
      if (!s.isFile() || s.size > maxBytes) return void 0;
      texts.set(input.shown, (0, import_node_fs5.readFileSync)(input.path, "utf8").replace(/^\uFEFF/, ""));
    }
    if (recordKey(settings, [...texts.values()]) !== record.key) return void 0;
    const paths = recordedPaths(record);
    if (paths.length !== record.stats.length || paths.some((p, i) => status2(p) !== record.stats[i])) return void 0;
    return { diagnostics: record.diagnostics, lines: record.lines, result: record.result, texts };
  } catch {
    return void 0;
  }
}
var import_node_fs5, import_node_path15, FORMAT, identity, STALE_AFTER_MS;
var init_record = __esm({
  "src/emit/record.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_fs5 = require("node:fs");
    import_node_path15 = require("node:path");
    init_checksum();
    init_manifest();
    init_paths();
    FORMAT = 2;
    STALE_AFTER_MS = 30 * 24 * 3600 * 1e3;
  }
});

// src/cli/commands/build-record.ts
function recordedOutcome(io, kind, main, settings, maxBytes) {
  return io.cacheDir ? currentRecord(recordFile(io.cacheDir, kind, main), main, settings, maxBytes) : void 0;
}
function replayOutcome(replay2, format3, io) {
  report(io, replay2.diagnostics, format3, void 0, replay2.texts);
  for (const line of replay2.lines) io.out(line);
  io.result?.({ ...replay2.result, recorded: true });
  return EXIT.ok;
}
function leaveRecord(io, kind, settings, inputs, outcome, folders, root) {
  if (!io.cacheDir) return;
  const key = recordKey(settings, inputs.map((i) => i.text));
  const record = makeRecord(key, inputs.map((i) => ({ path: i.absolutePath, shown: i.path })), outcome, folders, root);
  saveRecord(recordFile(io.cacheDir, kind, inputs[0].absolutePath), record);
}
var init_build_record = __esm({
  "src/cli/commands/build-record.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_record();
    init_io();
    init_report();
  }
});

// src/cli/commands/targets.ts
function shownPath(cwd, dir) {
  const rel = (0, import_node_path16.relative)(cwd, dir);
  return rel && !rel.startsWith("..") ? rel : dir;
}
function targetOf(compilation, io) {
  const outDir = compilation.outDir;
  return { outDir, shownDir: shownPath(io.cwd, outDir), source: compilation.model.sourceName };
}
var import_node_path16;
var init_targets = __esm({
  "src/cli/commands/targets.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_path16 = require("node:path");
  }
});

// src/cli/commands/watch.ts
var watch_exports = {};
__export(watch_exports, {
  untilInterrupted: () => untilInterrupted,
  watchLoop: () => watchLoop,
  watchRefused: () => watchRefused,
  watchedInputs: () => watchedInputs
});
async function watchedInputs(opts, io) {
  if (opts.fleet) {
    const { loadFleet: loadFleet2 } = await Promise.resolve().then(() => (init_fleet(), fleet_exports));
    const fleet2 = await loadFleet2({ cwd: io.cwd, fleet: opts.fleet, maxConfigBytes: opts.maxConfigBytes });
    return [(0, import_node_path17.resolve)(io.cwd, opts.fleet), ...fleet2.base ? [fleet2.base.absolutePath] : []];
  }
  if (opts.config) return [(0, import_node_path17.resolve)(io.cwd, opts.config)];
  const found2 = await discover({ cwd: io.cwd, maxBytes: opts.maxConfigBytes });
  return found2.value ? [found2.value.absolutePath] : [];
}
async function watchLoop(run3, inputs, io, stopped) {
  const first = await run3();
  let files = await inputs();
  if (files.length === 0) {
    io.err("watch: no config to watch; pass --config FILE (or --fleet FILE)");
    return first === EXIT.ok ? EXIT.usage : first;
  }
  let watchers = [];
  let timer;
  let running;
  let again = false;
  let stopping = false;
  const start = () => {
    if (stopping) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await run3();
        const next = await inputs();
        if (next.length && next.join("\n") !== files.join("\n")) {
          files = next;
          follow();
        }
      } while (again && !stopping);
      running = void 0;
    })();
  };
  const follow = () => {
    for (const w of watchers) w.close();
    const byDir = /* @__PURE__ */ new Map();
    for (const f of files) byDir.set((0, import_node_path17.dirname)(f), (byDir.get((0, import_node_path17.dirname)(f)) ?? /* @__PURE__ */ new Set()).add((0, import_node_path17.basename)(f)));
    watchers = [...byDir].map(
      ([dir, names]) => (0, import_node_fs6.watch)(dir, (_event, name2) => {
        if (name2 !== null && !names.has(String(name2))) return;
        clearTimeout(timer);
        timer = setTimeout(start, SETTLE_MS);
      })
    );
  };
  follow();
  io.err(`watching ${files.map((f) => (0, import_node_path17.basename)(f)).join(", ")} for changes; Ctrl-C stops`);
  await stopped;
  stopping = true;
  clearTimeout(timer);
  for (const w of watchers) w.close();
  await running;
  return EXIT.ok;
}
function watchRefused(opts, option2) {
  if (option2) return usageDiagnostic(`--watch with ${option2}: a watch keeps running and rebuilds, ${option2} prints once`, `drop --watch, or ${option2}`);
  if (opts.format !== "text") return usageDiagnostic(`--watch with --format ${opts.format}: a watch prints a report per save, not one document`, "use --watch with the text format");
  return void 0;
}
function untilInterrupted() {
  return new Promise((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
var import_node_fs6, import_node_path17, SETTLE_MS;
var init_watch = __esm({
  "src/cli/commands/watch.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_fs6 = require("node:fs");
    import_node_path17 = require("node:path");
    init_discover();
    init_io();
    init_make();
    SETTLE_MS = 20;
  }
});

// src/model/central.ts
function byEngine(panels) {
  const shared = (p) => panels.some((o) => o !== p && o.title === p.title);
  return panels.map((p) => p.engine && shared(p) ? { ...p, title: `${p.title} (${ENGINE_TITLE[p.engine]})` } : p);
}
function centralModel(sourceName, central, hosts, dashboards, fleetDir, centralDir) {
  const configs = hosts.map((h) => h.config);
  const traces = configs.map((c) => c.jaeger.enabled && c.jaeger.forwardOtlp?.endpoint === centralTraces(central));
  const alerts = configs.map((c) => c.alerting.alertmanagers.includes(centralAlerts(central)));
  const jaegerVersion = configs.find((_, i) => traces[i])?.versions.jaeger;
  const alerting = configs.find((_, i) => alerts[i]);
  return {
    sourceName,
    central,
    prometheusVersion: configs[0].versions.prometheus,
    ...jaegerVersion ? { jaegerVersion } : {},
    ...alerting ? { alertmanager: { version: alerting.versions.alertmanager, settings: alerting.alertmanager, alerts: new Set(ruleShapes().map((r) => r.alert)) } } : {},
    hosts: hosts.map((h, i) => ({ name: h.name, bundle: h.bundle, traces: traces[i], alerts: alerts[i] })),
    dashboards: dashboards.dashboards(),
    ...central.grafana.enabled && central.grafana.adminPasswordFile ? { grafana: { version: configs[0].versions.grafana, scrapeInterval: configs[0].prometheus.scrapeInterval, adminPasswordFile: posixRelative(centralDir, (0, import_node_path18.resolve)(fleetDir, central.grafana.adminPasswordFile)) } } : {}
  };
}
var import_node_path18, DashboardUnion, panelKey2;
var init_central = __esm({
  "src/model/central.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_fleet_settings();
    init_alerts();
    import_node_path18 = require("node:path");
    init_dashboards();
    init_paths();
    init_engine();
    DashboardUnion = class {
      firstDashboard = /* @__PURE__ */ new Map();
      firstPanel = /* @__PURE__ */ new Map();
      add(dashboards) {
        for (const d of dashboards) {
          if (!this.firstDashboard.has(d.uid)) this.firstDashboard.set(d.uid, d);
          for (const row of d.rows) for (const p of row.panels) if (!this.firstPanel.has(panelKey2(d.uid, row.title, p))) this.firstPanel.set(panelKey2(d.uid, row.title, p), p);
        }
      }
      dashboards() {
        const out2 = [];
        for (const spec of DASHBOARDS) {
          const first = this.firstDashboard.get(spec.uid);
          if (!first) continue;
          const rows = spec.rows.map((row) => ({ title: row.title, panels: byEngine(row.panels.map((p) => this.firstPanel.get(panelKey2(spec.uid, row.title, p))).filter((p) => p !== void 0)) })).filter((row) => row.panels.length > 0);
          out2.push({ ...first, rows });
        }
        return out2;
      }
    };
    panelKey2 = (uid, row, panel2) => `${uid}\0${row}\0${panel2.title}\0${panel2.engine ?? ""}`;
  }
});

// src/render/central.ts
function bind(storage, folder, target) {
  const source = storage.startsWith("/") ? `${storage}/${folder}` : `./${storage.replace(/^\.\//, "")}/${folder}`;
  return { type: "bind", source, target, bind: { create_host_path: false } };
}
function config(file, target) {
  return { type: "bind", source: `./${file}`, target, read_only: true };
}
function renderCentral(m) {
  const { central: c } = m;
  const header = headerText(m.sourceName);
  const jaeger2 = m.jaegerVersion !== void 0 && c.jaeger.enabled;
  const scrape = [{ job_name: "central", static_configs: [{ targets: [`localhost:${c.port}`] }] }, ...jaeger2 ? [{ job_name: "central-jaeger", static_configs: [{ targets: [`jaeger:${JAEGER_METRICS_PORT}`] }] }] : []];
  if (m.alertmanager) scrape.push({ job_name: "central-alertmanager", static_configs: [{ targets: [`alertmanager:${c.alertmanager.port}`] }] });
  const prom = { global: { scrape_interval: "15s" }, scrape_configs: scrape };
  const { storage, flags } = retention(m.prometheusVersion, c.retention);
  if (storage) prom.storage = storage;
  const command = ["--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus", `--web.listen-address=:${c.port}`, "--web.enable-remote-write-receiver", ...flags];
  const published = (port, target = port) => ({ target, published: String(port), protocol: "tcp" });
  const services = {
    prometheus: {
      image: PROMETHEUS_IMAGE(m.prometheusVersion),
      command,
      ports: [published(c.port)],
      volumes: [config("prometheus.yml", "/etc/prometheus/prometheus.yml"), bind(c.storage, PROMETHEUS_DATA, "/prometheus")],
      restart: "unless-stopped"
    }
  };
  const artifacts = [{ name: "prometheus.yml", path: "prometheus.yml", content: finish(`# ${header}
${blockYaml(prom)}`), executable: false }];
  const folders = [{ path: PROMETHEUS_DATA, owner: `${PROMETHEUS_IMAGE_UID}:${PROMETHEUS_IMAGE_UID}` }];
  if (jaeger2) {
    const j = c.jaeger;
    const settings = { bind: "0.0.0.0", otlpGrpcPort: j.otlpGrpcPort, otlpHttpPort: j.otlpHttpPort, uiPort: j.uiPort, metricsPort: JAEGER_METRICS_PORT, dataDir: `${JAEGER_MOUNT}/badger`, ttl: j.retention };
    services.jaeger = {
      image: jaegerImage(m.jaegerVersion).image,
      command: ["--config", "/etc/jaeger/jaeger.yaml"],
      ports: [published(j.otlpGrpcPort), published(j.otlpHttpPort), published(j.uiPort)],
      volumes: [config("jaeger.yaml", "/etc/jaeger/jaeger.yaml"), bind(c.storage, JAEGER_DATA, JAEGER_MOUNT)],
      restart: "unless-stopped"
    };
    artifacts.push({ name: "jaeger.yaml", path: "jaeger.yaml", content: finish(`# ${header}
# For Jaeger ${m.jaegerVersion}: the fleet's traces, kept ${j.retention}.
${blockYaml(jaegerV2Config(settings))}`), executable: false });
    folders.push(...["", "/badger", "/badger/key", "/badger/value"].map((sub) => ({ path: `${JAEGER_DATA}${sub}`, owner: `${JAEGER_IMAGE_UID}:${JAEGER_IMAGE_UID}` })));
  }
  if (m.alertmanager) {
    const am = m.alertmanager;
    services.alertmanager = {
      image: ALERTMANAGER_IMAGE(am.version),
      command: [`${ALERTMANAGER_FLAGS.config}=/etc/alertmanager/alertmanager.yml`, `${ALERTMANAGER_FLAGS.storage}=/alertmanager`, `${ALERTMANAGER_FLAGS.listen}=:${c.alertmanager.port}`, `${ALERTMANAGER_FLAGS.cluster}=`],
      ports: [published(c.alertmanager.port)],
      volumes: [config("alertmanager.yml", "/etc/alertmanager/alertmanager.yml"), bind(c.storage, ALERTMANAGER_DATA, "/alertmanager")],
      restart: "unless-stopped"
    };
    const doc = alertmanagerDocument(am.settings, [HOST_LABEL, RUN_LABEL], am.alerts);
    artifacts.push({ name: "alertmanager.yml", path: "alertmanager.yml", content: finish(`# ${header}
# For Alertmanager ${am.version}: every host's alerts, grouped by alert, host and run.
${blockYaml(doc)}`), executable: false });
    folders.push({ path: ALERTMANAGER_DATA, owner: `${ALERTMANAGER_IMAGE_UID}:${ALERTMANAGER_IMAGE_UID}` });
  }
  artifacts.push(...m.dashboards.map(dashboardArtifact));
  const compose = { name: "obscompile-central", services };
  if (m.grafana) {
    const sources = { prometheusUrl: `http://prometheus:${c.port}`, prometheusVersion: m.prometheusVersion, scrapeInterval: m.grafana.scrapeInterval, ...jaeger2 ? { jaegerUrl: `http://jaeger:${c.jaeger.uiPort}` } : {} };
    artifacts.push(...provisioningArtifacts(m.sourceName, sources));
    services.grafana = grafanaService({ version: m.grafana.version, anonymous: c.grafana.anonymous, ports: [published(c.grafana.port, GRAFANA_PORT)] }, m.dashboards);
    Object.assign(compose, grafanaComposeKeys(m.grafana.adminPasswordFile));
  }
  artifacts.push({ name: "docker-compose.yml", path: "docker-compose.yml", content: finish(`# ${header}
${blockYaml(compose)}`), executable: false });
  const script2 = renderTemplate("central-setup-storage.sh", { header, storage: c.storage, folders, prometheusUid: PROMETHEUS_IMAGE_UID, jaegerUid: JAEGER_IMAGE_UID });
  artifacts.push({ name: "setup-storage.sh", path: "setup-storage.sh", content: finish(script2), executable: true });
  artifacts.push({ name: "README.md", path: "README.md", content: finish(readme(m, header, jaeger2)), executable: false });
  return artifacts;
}
function readme(m, header, jaeger2) {
  const { central: c } = m;
  const traces = jaeger2 ? `Jaeger ${m.jaegerVersion} receives their traces over OTLP (gRPC ${c.jaeger.otlpGrpcPort}, HTTP ${c.jaeger.otlpHttpPort}), keeps them ${c.jaeger.retention} and serves its UI on port ${c.jaeger.uiPort}.` : "No host forwards traces, so no central Jaeger is generated.";
  const yes = (b) => b ? "yes" : "no";
  const rows = m.hosts.map((h) => `| ${markdownCell(h.name)} | ${markdownCell(h.bundle)} | ${yes(h.traces)} | ${yes(h.alerts)} |`);
  const alerts = m.alertmanager ? ` Alertmanager ${m.alertmanager.version} on port ${c.alertmanager.port} receives their alerts and routes them as alertmanager.yml says.` : "";
  const grafana = m.grafana ? ` Grafana ${m.grafana.version} on port ${c.grafana.port} shows the dashboard-*.json files over this Prometheus; pick a host and a run with its variables.` : ` The dashboard-*.json files show this Prometheus in any Grafana whose Prometheus data source has the uid \`obscompile-prometheus\`.`;
  return [
    `<!-- ${htmlCommentText(header)} -->`,
    "# Central store",
    "",
    `Prometheus ${m.prometheusVersion} with its remote-write receiver on port ${c.port}, keeping ${c.retention}. ${traces}${alerts}${m.dashboards.length ? grafana : ""}`,
    `Data lives in \`${markdownCell(c.storage)}\`: run \`sudo ./setup-storage.sh\` once, then \`docker compose up -d\`.`,
    "Hosts reach these ports over plain HTTP and gRPC: keep them on the lab network.",
    "",
    "| Host | Bundle | Traces | Alerts |",
    "|---|---|---|---|",
    ...rows
  ].join("\n");
}
var PROMETHEUS_DATA, JAEGER_DATA, ALERTMANAGER_DATA, JAEGER_MOUNT;
var init_central2 = __esm({
  "src/render/central.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_jaeger();
    init_prometheus();
    init_templates2();
    init_text();
    init_alertmanager4();
    init_dashboards3();
    init_grafana3();
    init_grafana2();
    init_fleet_settings();
    init_names();
    init_alertmanager();
    PROMETHEUS_DATA = "prometheus";
    JAEGER_DATA = "jaeger";
    ALERTMANAGER_DATA = "alertmanager";
    JAEGER_MOUNT = "/jaeger";
  }
});

// src/cli/commands/fleet-build.ts
var fleet_build_exports = {};
__export(fleet_build_exports, {
  buildFleet: () => buildFleet,
  checkFleet: () => checkFleet
});
function bundleTarget(fleet2, outDir, io) {
  return { outDir, shownDir: shownPath(io.cwd, outDir), source: posixRelative(outDir, fleet2.absolutePath) };
}
async function loaded(opts, io) {
  const files = await loadFleet({ cwd: io.cwd, fleet: opts.fleet, maxConfigBytes: opts.maxConfigBytes });
  const usable = Boolean(files.fleet && files.settings && files.base) && !hasErrors(files.diagnostics);
  if (!usable) report(io, files.diagnostics, opts.format, void 0, files.texts);
  return { files, usable };
}
async function eachBundle(fleet2, io, use) {
  const root = fleetOutDir(fleet2.fleet, fleet2.settings);
  const dashboards = new DashboardUnion();
  const compiled = [];
  const analysed = await analyzeHosts(fleet2, async (host2, diagnostics) => {
    if (!host2.config || hasErrors(diagnostics)) return [];
    const target = bundleTarget(fleet2.fleet, (0, import_node_path19.join)(root, host2.name), io);
    const generated = await generate(host2.config, fleet2.base, target.outDir);
    if (!generated.artifacts) return generated.diagnostics;
    dashboards.add(generated.model.dashboards?.dashboards ?? []);
    compiled.push({ name: host2.name, outDir: target.outDir, config: host2.config });
    await use({ name: host2.name, artifacts: generated.artifacts, target });
    return generated.diagnostics;
  });
  const central = analysed.settings.central;
  if (central && !hasErrors(analysed.diagnostics) && compiled.length === analysed.hosts.length) {
    const target = bundleTarget(analysed.fleet, (0, import_node_path19.join)(root, "central"), io);
    const hosts = compiled.map((h) => ({ name: h.name, bundle: posixRelative(target.outDir, h.outDir), config: h.config }));
    await use({ name: "central", artifacts: renderCentral(centralModel(target.source, central, hosts, dashboards, (0, import_node_path19.dirname)(analysed.fleet.absolutePath), target.outDir)), target });
  }
  return analysed;
}
async function buildFleet(opts, io) {
  const known = opts.dryRun ? void 0 : recordedOutcome(io, "fleet", (0, import_node_path19.resolve)(io.cwd, opts.fleet), recordSettings(opts, io), opts.maxConfigBytes ?? MAX_CONFIG_BYTES);
  if (known) return replayOutcome(known, opts.format, io);
  const { files, usable } = await loaded(opts, io);
  if (!usable) return exitFor(files.diagnostics);
  const root = fleetOutDir(files.fleet, files.settings);
  const lock = opts.dryRun ? void 0 : await lockFleet(root, io);
  if (lock && "diagnostic" in lock) {
    report(io, [lock.diagnostic], opts.format);
    return exitFor([lock.diagnostic]);
  }
  const durability = batched();
  const staged = [];
  let committed = false;
  let outcome;
  let fleet2;
  try {
    fleet2 = await eachBundle(files, io, async (b) => void staged.push({ name: b.name, files: b.artifacts.map((a) => a.path), staged: await stage(b.artifacts, b.target, { force: opts.force ?? false, dryRun: opts.dryRun ?? false }, durability) }));
    report(io, fleet2.diagnostics, opts.format, void 0, fleet2.texts);
    if (hasErrors(fleet2.diagnostics)) return exitFor(fleet2.diagnostics);
    committed = true;
    await commit(staged.map((s) => s.staged), durability);
    outcome = await reportBundles(opts, io, fleet2, staged);
  } finally {
    if (!committed) await abandon(staged.map((s) => s.staged));
    await lock?.release();
  }
  if (outcome.complete && !opts.dryRun) {
    const { bundles } = outcome;
    const upToDate = {
      diagnostics: fleet2.diagnostics,
      lines: bundles.map((b) => `${b.shownDir}: wrote 0 files, ${b.files.length} unchanged`),
      result: { hosts: bundles.map((b) => ({ name: b.name, outDir: b.shownDir, written: [], unchanged: b.files, removed: [] })) }
    };
    leaveRecord(io, "fleet", recordSettings(opts, io), [fleet2.fleet, fleet2.base], upToDate, bundles.map((b) => ({ dir: b.dir, files: b.files })), root);
  }
  return outcome.exit;
}
async function lockFleet(root, io) {
  const shown = shownPath(io.cwd, root);
  try {
    await makeDirs(root);
    const lock = await acquireLock(root);
    if ("release" in lock) return lock;
    return { diagnostic: fileDiagnostic(shown, { code: "OBS_LOCKED", message: `another obscompile build --fleet (pid ${lock.heldBy}) is writing ${shown}`, hint: `wait for it to finish and build again; if no build is running, remove ${(0, import_node_path19.join)(shown, LOCK_FILE)}` }) };
  } catch (error) {
    return { diagnostic: fileDiagnostic(shown, { code: "OBS_IO", message: `cannot lock ${shown}: ${error.message}`, hint: "check the permissions of the fleet output folder" }) };
  }
}
async function reportBundles(opts, io, fleet2, staged) {
  const hosts = [];
  const failures2 = [];
  for (const { name: name2, staged: { result, target } } of staged) {
    failures2.push(...result.diagnostics);
    hosts.push({ name: name2, outDir: target.shownDir, written: result.written, unchanged: result.unchanged, removed: result.removed });
    if (!result.diagnostics.length) io.out(`${target.shownDir}: ${opts.dryRun ? "would write" : "wrote"} ${plural(result.written.length, "file")}, ${result.unchanged.length} unchanged`);
  }
  let retiredAny = false;
  if (!failures2.length) {
    for (const retired of await retiredBundles(fleet2.fleet, fleet2.settings, staged.map((s) => s.staged.target.outDir), io)) {
      retiredAny = true;
      const result = await write([], retired, { force: false, dryRun: opts.dryRun ?? false });
      failures2.push(...result.diagnostics);
      if (!opts.dryRun && !result.diagnostics.length) await dropEmptyBundle(retired.outDir);
      hosts.push({ name: (0, import_node_path19.basename)(retired.outDir), outDir: retired.shownDir, written: [], unchanged: [], removed: result.removed });
      io.out(`${retired.shownDir}: host left the fleet; ${opts.dryRun ? "would remove" : "removed"} ${plural(result.removed.length, "file")}`);
    }
  }
  report(io, failures2, opts.format, void 0, fleet2.texts);
  io.result?.({ hosts });
  const bundles = staged.map((s) => ({ name: s.name, dir: s.staged.target.outDir, shownDir: s.staged.target.shownDir, files: s.files }));
  return { exit: failures2.length ? exitFor(failures2) : EXIT.ok, complete: !failures2.length && !retiredAny, bundles };
}
async function retiredBundles(fleet2, settings, current, io) {
  const root = fleetOutDir(fleet2, settings);
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  const found2 = [];
  const live = new Set(current);
  for (const e of entries) {
    const target = bundleTarget(fleet2, (0, import_node_path19.join)(root, e.name), io);
    if (!e.isDirectory() || live.has(target.outDir)) continue;
    if ((await readManifest(target.outDir))?.source === target.source) found2.push(target);
  }
  return found2;
}
async function dropEmptyBundle(dir) {
  const left = await readdir(dir);
  if (left.every((f) => f === MANIFEST_FILE)) await rm(dir, { recursive: true, force: true });
}
async function checkFleet(opts, io) {
  const { files, usable } = await loaded(opts, io);
  if (!usable) return exitFor(files.diagnostics);
  const drifts = [];
  const fleet2 = await eachBundle(files, io, async (b) => void drifts.push({ name: b.name, target: b.target, drift: await check14(b.artifacts, b.target) }));
  report(io, fleet2.diagnostics, opts.format, void 0, fleet2.texts);
  if (hasErrors(fleet2.diagnostics)) return exitFor(fleet2.diagnostics);
  let drifted = 0;
  const hosts = [];
  for (const { name: name2, target, drift } of drifts) {
    drifted += drift.length;
    hosts.push({ name: name2, outDir: target.shownDir, files: drift.map((d) => ({ path: d.path, state: d.state, diff: d.diff })) });
    for (const d of drift) io.out(`${(0, import_node_path19.join)(target.shownDir, d.path)} is ${d.state}
${d.diff}`);
    io.out(drift.length ? `${target.shownDir}: ${plural(drift.length, "file")} out of date` : `${target.shownDir}: up to date`);
  }
  for (const retired of await retiredBundles(fleet2.fleet, fleet2.settings, drifts.map((d) => d.target.outDir), io)) {
    const drift = await check14([], retired);
    if (!drift.length) continue;
    drifted += drift.length;
    hosts.push({ name: (0, import_node_path19.basename)(retired.outDir), outDir: retired.shownDir, retired: true, files: drift.map((d) => ({ path: d.path, state: d.state, diff: d.diff })) });
    for (const d of drift) io.out(`${(0, import_node_path19.join)(retired.shownDir, d.path)} belongs to a host that left the fleet; \`obscompile build --fleet\` removes it`);
    io.out(`${retired.shownDir}: host left the fleet; ${plural(drift.length, "file")} still there`);
  }
  io.result?.({ hosts, upToDate: drifted === 0 });
  return drifted ? EXIT.invalid : EXIT.ok;
}
var import_node_path19, recordSettings;
var init_fleet_build = __esm({
  "src/cli/commands/fleet-build.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_fs();
    import_node_path19 = require("node:path");
    init_manifest();
    init_compile();
    init_emit();
    init_durability();
    init_fs_safe();
    init_make();
    init_fleet();
    init_central();
    init_paths();
    init_central2();
    init_types();
    init_io();
    init_targets();
    init_report();
    init_build_record();
    init_discover();
    recordSettings = (opts, io) => [io.cwd, opts.fleet, opts.maxConfigBytes ?? null];
  }
});

// src/cli/commands/build.ts
var build_exports = {};
__export(build_exports, {
  buildCommand: () => buildCommand
});
async function buildCommand(opts, io) {
  if (opts.watch) {
    const { untilInterrupted: untilInterrupted2, watchLoop: watchLoop2, watchedInputs: watchedInputs2, watchRefused: watchRefused2 } = await Promise.resolve().then(() => (init_watch(), watch_exports));
    const refused = watchRefused2(opts, opts.stdout !== void 0 ? "--stdout" : void 0);
    if (refused) return report(io, [refused], "text"), EXIT.usage;
    return watchLoop2(() => buildCommand({ ...opts, watch: false, watching: true }, io), () => watchedInputs2(opts, io), io, untilInterrupted2());
  }
  if (opts.fleet) return (await Promise.resolve().then(() => (init_fleet_build(), fleet_build_exports))).buildFleet({ ...opts, fleet: opts.fleet }, io);
  const recording = io.cacheDir !== void 0 && !opts.dryRun && opts.stdout === void 0 && !opts.watching;
  const settings = [io.cwd, opts.config ?? null, opts.out ?? null, opts.maxConfigBytes ?? null, opts.format];
  if (recording) {
    const main = await configLocation({ cwd: io.cwd, configPath: opts.config });
    const known = main && recordedOutcome(io, "build", main, settings, opts.maxConfigBytes ?? MAX_CONFIG_BYTES);
    if (known) return replayOutcome(known, opts.format, io);
  }
  const compilation = await compile({ cwd: io.cwd, config: opts.config, out: opts.out, force: opts.force, dryRun: opts.dryRun, maxConfigBytes: opts.maxConfigBytes });
  if (!compilation.artifacts) {
    report(io, compilation.diagnostics, opts.format, compilation);
    return exitFor(compilation.diagnostics);
  }
  report(io, compilation.diagnostics, opts.format, compilation);
  if (opts.stdout !== void 0) return printOne(compilation, opts.stdout, io);
  const target = targetOf(compilation, io);
  const result = await write(compilation.artifacts, target, { force: opts.force, dryRun: opts.dryRun });
  if (result.diagnostics.length) {
    report(io, result.diagnostics, opts.format, compilation);
    return exitFor(result.diagnostics);
  }
  const outcome = (r) => ({
    lines: opts.format === "text" ? writtenLines(opts, io, compilation, target, r) : [],
    result: { outDir: target.shownDir, dryRun: opts.dryRun, written: r.written, unchanged: r.unchanged, removed: r.removed }
  });
  const now = outcome(result);
  io.result?.(now.result);
  for (const line of now.lines) io.out(line);
  if (recording) {
    const files = compilation.artifacts.map((a) => a.path);
    leaveRecord(io, "build", settings, [compilation.source], { diagnostics: compilation.diagnostics, ...outcome({ written: [], unchanged: files, removed: [] }) }, [{ dir: target.outDir, files }]);
  }
  return EXIT.ok;
}
function writtenLines(opts, io, compilation, target, result) {
  const verb = opts.dryRun ? "would write" : "wrote";
  const removed = result.removed.length ? `, ${opts.dryRun ? "would remove" : "removed"} ${result.removed.length}` : "";
  const names = result.written.length ? ` (${result.written.join(", ")})` : "";
  if (opts.watching && !result.written.length && !result.removed.length) return [`${target.shownDir}: no file changed`];
  const lines = [`${target.shownDir}: ${verb} ${plural(result.written.length, "file")}${names}, ${result.unchanged.length} unchanged${removed}`];
  if (opts.watching || opts.dryRun) return lines;
  const root = (0, import_node_path20.resolve)((0, import_node_path20.dirname)(compilation.source.absolutePath), compilation.config.devcontainer.workspaceRoot);
  const workspace = root === io.cwd ? "." : shownPath(io.cwd, root);
  return [...lines, `open the dev container: devcontainer up --workspace-folder ${workspace} --config ${(0, import_node_path20.join)(target.shownDir, "devcontainer.json")}`];
}
function printOne(compilation, name2, io) {
  const artifact = compilation.artifacts.find((a) => a.name === name2 || a.path === name2);
  if (!artifact) {
    const names = compilation.artifacts.map((a) => a.name).join(", ");
    report(io, [usageDiagnostic(`--stdout ${name2}: no artifact of that name in this build`, `choose one of: ${names}`)], "text");
    return EXIT.usage;
  }
  if (io.result) io.result({ artifact: artifact.name, content: artifact.content });
  else io.out(artifact.content);
  return EXIT.ok;
}
var import_node_path20;
var init_build = __esm({
  "src/cli/commands/build.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_compile();
    init_emit();
    init_discover();
    init_build_record();
    init_targets();
    import_node_path20 = require("node:path");
    init_make();
    init_io();
    init_report();
  }
});

// src/cli/commands/staged.ts
var staged_exports = {};
__export(staged_exports, {
  stagedTree: () => stagedTree
});
function stagedBlobs(root, paths) {
  const out2 = /* @__PURE__ */ new Map();
  for (const p of paths) {
    const r = git(root, ["show", `:${p}`]);
    if (r.status === 0) out2.set(p, r.stdout);
  }
  return out2;
}
function outputDir(text2) {
  const data = readPlainYaml(text2) ?? (0, import_yaml4.parseDocument)(text2).toJS();
  const dir = data?.output?.dir;
  return typeof dir === "string" ? dir : ".devcontainer/observability";
}
function stagedTree(cwd, configFile, out2) {
  const top = git(cwd, ["rev-parse", "--show-toplevel"]);
  if (top.status !== 0) return { error: `${cwd} is not inside a git repository, so there is no index to compare`, hint: "run `obscompile check` without --staged, or from inside the repository" };
  const root = top.stdout.toString("utf8").trim();
  const configRel = (0, import_node_path21.relative)(root, configFile);
  const config3 = stagedBlobs(root, [configRel]).get(configRel);
  if (!config3) return { error: `${configRel} is not staged (it is not in git's index)`, hint: `stage it first: git add ${configRel}` };
  const outRel = (0, import_node_path21.relative)(root, out2 ? (0, import_node_path21.resolve)(cwd, out2) : (0, import_node_path21.resolve)((0, import_node_path21.dirname)(configFile), outputDir(config3.toString("utf8"))));
  const listed = git(root, ["ls-files", "-z", "--stage", "--", outRel]).stdout.toString("utf8").split("\0").filter(Boolean);
  const modes = new Map(listed.map((line) => [line.slice(line.indexOf("	") + 1), line.startsWith("100755") ? 493 : 420]));
  const mirror = (0, import_node_fs7.mkdtempSync)((0, import_node_path21.join)((0, import_node_os.tmpdir)(), "obscompile-staged-"));
  for (const [path, blob] of stagedBlobs(root, [configRel, ...modes.keys()])) {
    (0, import_node_fs7.mkdirSync)((0, import_node_path21.dirname)((0, import_node_path21.join)(mirror, path)), { recursive: true });
    (0, import_node_fs7.writeFileSync)((0, import_node_path21.join)(mirror, path), blob, { mode: modes.get(path) ?? 420 });
  }
  const here = (0, import_node_path21.join)(mirror, (0, import_node_path21.relative)(root, cwd));
  (0, import_node_fs7.mkdirSync)(here, { recursive: true });
  return { cwd: here, config: (0, import_node_path21.join)(mirror, configRel), remove: () => (0, import_node_fs7.rmSync)(mirror, { recursive: true, force: true }) };
}
var import_node_fs7, import_node_os, import_node_path21, import_yaml4, git;
var init_staged = __esm({
  "src/cli/commands/staged.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_fs7 = require("node:fs");
    import_node_os = require("node:os");
    import_node_path21 = require("node:path");
    init_plain_yaml();
    import_yaml4 = __toESM(require_yaml(), 1);
    git = (cwd, args) => process.getBuiltinModule("node:child_process").spawnSync("git", args, { cwd, encoding: "buffer", maxBuffer: 256 * 1024 * 1024 });
  }
});

// src/cli/commands/check.ts
var check_exports = {};
__export(check_exports, {
  checkCommand: () => checkCommand
});
async function checkCommand(opts, io) {
  if (opts.watch) {
    const { untilInterrupted: untilInterrupted2, watchLoop: watchLoop2, watchedInputs: watchedInputs2, watchRefused: watchRefused2 } = await Promise.resolve().then(() => (init_watch(), watch_exports));
    const refused = watchRefused2(opts, opts.staged ? "--staged" : void 0);
    if (refused) return report(io, [refused], "text"), EXIT.usage;
    return watchLoop2(() => checkCommand({ ...opts, watch: false }, io), () => watchedInputs2(opts, io), io, untilInterrupted2());
  }
  if (opts.fleet && opts.staged) {
    report(io, [usageDiagnostic("`check --staged` compares one config with its output folder; fleets are not supported yet", "run `obscompile check --fleet FILE` on the working tree")], opts.format);
    return EXIT.usage;
  }
  if (opts.fleet) return (await Promise.resolve().then(() => (init_fleet_build(), fleet_build_exports))).checkFleet({ ...opts, fleet: opts.fleet }, io);
  if (opts.staged) return checkStaged(opts, io);
  return checkIn(opts, io);
}
async function checkStaged(opts, io) {
  const found2 = await discover({ cwd: io.cwd, configPath: opts.config, maxBytes: opts.maxConfigBytes });
  if (!found2.value) {
    report(io, found2.diagnostics, opts.format);
    return exitFor(found2.diagnostics);
  }
  const { stagedTree: stagedTree2 } = await Promise.resolve().then(() => (init_staged(), staged_exports));
  const tree = stagedTree2(io.cwd, found2.value.absolutePath, opts.out);
  if ("error" in tree) {
    report(io, [fileDiagnostic(found2.value.path, { code: "OBS_USAGE", message: tree.error, hint: tree.hint })], opts.format);
    return EXIT.usage;
  }
  try {
    return await checkIn({ ...opts, config: tree.config }, { ...io, cwd: tree.cwd });
  } finally {
    tree.remove();
  }
}
async function checkIn(opts, io) {
  const compilation = await compile({ cwd: io.cwd, config: opts.config, out: opts.out, maxConfigBytes: opts.maxConfigBytes });
  if (!compilation.artifacts) {
    report(io, compilation.diagnostics, opts.format, compilation);
    return exitFor(compilation.diagnostics);
  }
  const target = targetOf(compilation, io);
  const drift = await check14(compilation.artifacts, target);
  const diagnostics = drift.map(
    (d) => fileDiagnostic((0, import_node_path22.join)(target.shownDir, d.path), {
      code: d.state === "hand-edited" ? "OBS_HAND_EDITED" : "OBS_DRIFT",
      message: `${(0, import_node_path22.join)(target.shownDir, d.path)} ${WHY[d.state]}`
    })
  );
  if (io.result) {
    io.result({ outDir: target.shownDir, upToDate: drift.length === 0, files: drift.map((d) => ({ path: d.path, state: d.state, diff: d.diff })) });
    report(io, diagnostics, opts.format);
  } else if (opts.format === "github") {
    if (diagnostics.length) io.out(formatGithub(diagnostics.map((d, i) => ({ ...d, message: `${d.message}
${drift[i].diff}` }))));
  } else {
    for (const [i, d] of drift.entries()) io.out(`${diagnostics[i].message}
${d.diff}`);
    io.out(drift.length ? `${target.shownDir}: ${plural(drift.length, "file")} out of date` : `${target.shownDir}: up to date (${plural(compilation.artifacts.length, "artifact")})`);
  }
  return drift.length ? EXIT.invalid : EXIT.ok;
}
var import_node_path22, WHY;
var init_check2 = __esm({
  "src/cli/commands/check.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_path22 = require("node:path");
    init_compile();
    init_discover();
    init_emit();
    init_format();
    init_make();
    init_io();
    init_targets();
    init_report();
    WHY = {
      missing: "is missing: run `obscompile build`",
      stale: "is stale: the config changed since the last build; run `obscompile build`",
      "hand-edited": "was edited by hand: move the change into the config, or revert the file",
      blocked: "is not a regular file obscompile can write",
      orphan: "is no longer produced by the config: run `obscompile build` to remove it"
    };
  }
});

// src/emit/named-file.ts
async function namedTarget(file, followLinks) {
  const own = await lstatIfAny(file);
  if (!own) return { kind: "new", path: file };
  const link = own.isSymbolicLink();
  const info = link ? await stat(file).catch(() => void 0) : own;
  if (!info) return { kind: "refused", path: file, what: "a symbolic link to nothing" };
  if (info.isDirectory()) return { kind: "refused", path: file, what: link ? "a symbolic link to a folder" : "a folder" };
  if (!info.isFile()) return { kind: "through", path: file, what: info.isCharacterDevice() ? "a device" : info.isFIFO() ? "a pipe" : "not a regular file" };
  if (link && !followLinks) return { kind: "refused", path: file, what: "a symbolic link" };
  const path = link ? await realpath(file) : file;
  const keepOwner = process.getuid?.() === 0 && (info.uid !== 0 || info.gid !== 0);
  const owner = keepOwner ? { mode: info.mode & 4095, uid: info.uid, gid: info.gid } : { mode: info.mode & 4095 };
  return { kind: "file", path, owner, text: () => readFile(path, "utf8") };
}
async function writeNamed(target, content2) {
  if (target.kind === "through") {
    const fd = await open(target.path, "w");
    try {
      await writeFile(fd, content2);
    } finally {
      await close(fd);
    }
    return;
  }
  await writeAtomic(target.path, content2, target.kind === "file" ? target.owner : void 0);
}
var init_named_file = __esm({
  "src/emit/named-file.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_fs();
    init_fs_safe();
  }
});

// src/cli/commands/schema.ts
var schema_exports = {};
__export(schema_exports, {
  schemaCommand: () => schemaCommand
});
async function schemaCommand(opts, io) {
  const text2 = await readFile(opts.kind === "fleet" ? fleetSchemaFile() : schemaFile(), "utf8");
  if (opts.out === void 0 || opts.out === "-") {
    if (io.result) io.result({ schema: JSON.parse(text2) });
    else io.out(text2);
    return EXIT.ok;
  }
  const target = await namedTarget((0, import_node_path23.resolve)(io.cwd, opts.out), false);
  if (target.kind === "refused") {
    report(io, [fileDiagnostic(opts.out, {
      code: "OBS_OUTPUT_UNSAFE",
      message: `${opts.out} is ${target.what}; \`schema --out\` writes only a regular file, a device or a pipe`,
      hint: "name the file itself (not a link to it), or `-` for standard output"
    })], opts.format ?? "text");
    return EXIT.usage;
  }
  await writeNamed(target, text2);
  io.result?.({ wrote: opts.out });
  if (target.kind !== "through") io.err(`wrote ${opts.out}`);
  return EXIT.ok;
}
var import_node_path23;
var init_schema = __esm({
  "src/cli/commands/schema.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_fs();
    import_node_path23 = require("node:path");
    init_make();
    init_named_file();
    init_io();
    init_paths();
    init_report();
  }
});

// src/render/docs.ts
function markdownTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}
function componentTable(model) {
  const rows = model.components.map((c) => [markdownCell(c.name), c.ports.join(" / "), c.dataDir]);
  return markdownTable(["Component", "Listen Ports", "Data Directory"], rows);
}
function metricsTable(model) {
  const available = { available: "yes", conditional: "only in some cases", off: "no" };
  const rows = model.catalog.flatMap((s) => s.metrics.map((m) => [markdownCode(m.name), `\`${s.job}\``, m.type, available[m.status]]));
  return markdownTable(["Metric", "Job", "Type", "Available"], rows);
}
function alertsTable(model) {
  const source = (id) => model.catalog.find((s) => s.job === jobOf(model.config, id))?.title ?? id;
  const rows = (model.alerts?.alerts ?? []).map((a) => [markdownCode(a.alert), markdownCell(source(a.source)), a.severity, markdownCell(a.fires), a.threshold ? markdownCode(`alerting.thresholds.${a.threshold}`) : "\u2014"]);
  return markdownTable(["Alert", "Source", "Severity", "Fires when", "Threshold"], rows);
}
function dashboardsTable(model) {
  const rows = (model.dashboards?.dashboards ?? []).map((d) => [markdownCell(d.title), markdownCode(dashboardFile(d.uid)), markdownCell(d.rows.map((r) => `${r.title} (${r.panels.length})`).join(", "))]);
  return markdownTable(["Dashboard", "File", "Rows (panels)"], rows);
}
function tables(model) {
  return { components: componentTable(model), metrics: metricsTable(model), alerts: alertsTable(model), dashboards: dashboardsTable(model) };
}
function markers(text2) {
  const found2 = [];
  let fence;
  let inComment = false;
  let previousBlank = true;
  let offset = 0;
  for (const raw of text2.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const start = offset;
    offset += raw.length + 1;
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (opener && opener[0] === fence[0] && opener.length >= fence.length) fence = void 0;
      continue;
    }
    if (opener) {
      fence = opener;
      continue;
    }
    const indentedCode = previousBlank && /^( {4}|\t)/.test(line) && line.trim() !== "";
    previousBlank = line.trim() === "" || previousBlank && indentedCode;
    if (indentedCode) continue;
    const m = MARKER_LINE.exec(line);
    if (m && !inComment) {
      found2.push({ kind: m[3], name: m[4], at: start + m[1].length, length: m[2].length, edge: m[3] === "begin" ? Math.min(offset, text2.length) : start });
      continue;
    }
    for (let i = 0; i < line.length; ) {
      const next = inComment ? line.indexOf("-->", i) : line.indexOf("<!--", i);
      if (next === -1) break;
      inComment = !inComment;
      i = next + (inComment ? 4 : 3);
    }
  }
  return found2;
}
function inject(text2, file, content2) {
  const lines = countLines(text2);
  const problem = (at2, length, message, hint) => diagnosticAt(file, lines, [at2, at2 + length], { code: "OBS_DOCS_MARKER", message, hint });
  const diagnostics = [];
  const spans2 = [];
  let open2;
  for (const m of markers(text2)) {
    if (m.kind === "begin") {
      if (open2) diagnostics.push(problem(open2.at, open2.length, `marker \`obscompile:begin ${open2.name}\` has no matching end before the next begin`, `add <!-- obscompile:end ${open2.name} --> after its table`));
      if (!(m.name in content2)) diagnostics.push(problem(m.at, m.length, `unknown table \`${m.name}\``, `use one of: ${Object.keys(content2).join(", ")}`));
      open2 = m;
    } else if (!open2 || open2.name !== m.name) {
      diagnostics.push(problem(m.at, m.length, `marker \`obscompile:end ${m.name}\` has no matching begin`, `add <!-- obscompile:begin ${m.name} --> before the table, or remove this marker`));
    } else {
      spans2.push({ name: m.name, from: open2.edge, to: m.edge });
      open2 = void 0;
    }
  }
  if (open2) diagnostics.push(problem(open2.at, open2.length, `marker \`obscompile:begin ${open2.name}\` is never closed`, `add <!-- obscompile:end ${open2.name} --> after the table`));
  if (!diagnostics.length && spans2.length === 0) {
    diagnostics.push(problem(0, 0, "no obscompile markers found; nothing to update", `add <!-- obscompile:begin components --> and <!-- obscompile:end components --> where the table belongs`));
  }
  if (diagnostics.length) return { diagnostics };
  const eol = text2.includes("\r\n") ? "\r\n" : "\n";
  let out2 = "";
  let last2 = 0;
  for (const s of spans2) {
    out2 += `${text2.slice(last2, s.from)}${content2[s.name].split("\n").join(eol)}${eol}`;
    last2 = s.to;
  }
  return { value: out2 + text2.slice(last2), diagnostics: [] };
}
var MARKER_LINE;
var init_docs = __esm({
  "src/render/docs.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_make();
    init_text();
    init_model();
    init_dashboards3();
    MARKER_LINE = /^( {0,3})(<!--\s*obscompile:(begin|end)\s+([A-Za-z0-9_-]+)\s*-->)\s*$/;
  }
});

// src/cli/commands/docs.ts
var docs_exports = {};
__export(docs_exports, {
  docsCommand: () => docsCommand
});
async function docsCommand(opts, io) {
  const compilation = await compile({ cwd: io.cwd, config: opts.config, maxConfigBytes: opts.maxConfigBytes });
  if (!compilation.model) {
    report(io, compilation.diagnostics, opts.format, compilation);
    return exitFor(compilation.diagnostics);
  }
  const all = tables(compilation.model);
  if (opts.check && !opts.inject) {
    report(io, [usageDiagnostic("`docs --check` needs `--inject README.md`: it compares the tables in that file", "run `obscompile docs --inject README.md --check`")], opts.format);
    return EXIT.usage;
  }
  if (!opts.inject) {
    const chosen = opts.table === "all" ? [all.components, all.metrics] : [all[opts.table]];
    io.result?.({ tables: opts.table === "all" ? all : { [opts.table]: all[opts.table] } });
    io.out(chosen.join("\n\n"));
    return EXIT.ok;
  }
  const target = await namedTarget((0, import_node_path24.resolve)(io.cwd, opts.inject), true).catch((error) => ({ kind: "refused", what: error.message }));
  if (target.kind !== "file") {
    const why = target.kind === "refused" ? target.what : target.kind === "new" ? "missing" : target.what;
    report(io, [fileDiagnostic(opts.inject, { code: "OBS_IO", message: `cannot inject tables into ${opts.inject}: it is ${why === "missing" ? "not there" : why}`, hint: "give --inject a README that exists and has the marker comments" })], opts.format);
    return EXIT.usage;
  }
  let text2;
  try {
    text2 = await target.text();
  } catch (error) {
    report(io, [fileDiagnostic(opts.inject, { code: "OBS_IO", message: `cannot read ${opts.inject}: ${error.message}`, hint: "check the path given to --inject" })], opts.format);
    return EXIT.usage;
  }
  const injected = inject(text2, opts.inject, all);
  if (!injected.value) {
    report(io, injected.diagnostics, opts.format);
    return exitFor(injected.diagnostics);
  }
  if (injected.value === text2) {
    io.result?.({ file: opts.inject, state: "up to date" });
    io.out(`${opts.inject}: up to date`);
    return EXIT.ok;
  }
  if (opts.check) {
    const diff = (0, import_diff.createTwoFilesPatch)(`a/${opts.inject}`, `b/${opts.inject}`, text2, injected.value);
    io.result?.({ file: opts.inject, state: "stale", diff });
    io.out(`${opts.inject}: tables are stale; run \`obscompile docs --inject ${opts.inject}\``);
    io.out(diff);
    return EXIT.invalid;
  }
  await writeNamed(target, injected.value);
  io.result?.({ file: opts.inject, state: "updated" });
  io.out(`${opts.inject}: tables updated`);
  return EXIT.ok;
}
var import_node_path24, import_diff;
var init_docs2 = __esm({
  "src/cli/commands/docs.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_path24 = require("node:path");
    import_diff = __toESM(require_diff(), 1);
    init_compile();
    init_docs();
    init_make();
    init_named_file();
    init_io();
    init_report();
  }
});

// src/cli/commands/explain.ts
var explain_exports = {};
__export(explain_exports, {
  explainCommand: () => explainCommand
});
async function where(layer, path, target = "value") {
  const at2 = await layer.source.positioned();
  const pos = at2.lines.linePos(at2.locate([...layer.root, ...path], target)[0]);
  return `${layer.source.path}:${pos.line}:${pos.col}`;
}
function unknownPath(path) {
  const root = schemaDocument();
  for (let i = 0; i < path.length; i++) {
    if (schemaAt(root, path.slice(0, i + 1))) continue;
    const parent = schemaAt(root, path.slice(0, i));
    const keys = Object.keys(parent?.properties ?? {});
    const seg = path[i];
    const where2 = i === 0 ? "the config" : `\`${displayPath(path.slice(0, i))}\``;
    if (typeof seg === "number") return `${where2} is not a list, so it has no [${seg}]`;
    const guess = didYouMean(seg, keys);
    return `${where2} has no key \`${seg}\`${guess ? `; did you mean \`${guess}\`?` : keys.length ? `; its keys are ${keys.map((k) => `\`${k}\``).join(", ")}` : ""}`;
  }
  return void 0;
}
async function explainCommand(opts, io, args) {
  const path = fromDisplay(args[0] ?? "");
  const problem = path.length === 0 ? "give a config path, such as prometheus.port" : unknownPath(path);
  if (problem) {
    io.result?.({ path: args[0] ?? "", error: problem });
    io.err(`obscompile explain: \`${args[0] ?? ""}\` is not a config path: ${problem}`);
    return EXIT.invalid;
  }
  let config3;
  let layers = [];
  let added = [];
  if (opts.fleet) {
    const { analyzeFleet: analyzeFleet2 } = await Promise.resolve().then(() => (init_fleet(), fleet_exports));
    const fleet2 = await analyzeFleet2({ cwd: io.cwd, fleet: opts.fleet, maxConfigBytes: opts.maxConfigBytes });
    const host2 = fleet2.hosts.find((h) => h.name === opts.host);
    if (!host2) {
      const names = fleet2.hosts.map((h) => h.name).join(", ");
      io.err(`obscompile explain: --host must name a host of ${opts.fleet}${names ? `: ${names}` : ""}`);
      report(io, fleet2.diagnostics, opts.format, void 0, fleet2.texts);
      return fleet2.diagnostics.length ? exitFor(fleet2.diagnostics) || EXIT.usage : EXIT.usage;
    }
    config3 = host2.config;
    layers = host2.layers;
    added = host2.added;
    if (!config3) report(io, fleet2.diagnostics, opts.format, void 0, fleet2.texts);
  } else {
    const analysis = await analyze({ cwd: io.cwd, config: opts.config, maxConfigBytes: opts.maxConfigBytes });
    if (!analysis.config || !analysis.parsed) report(io, analysis.diagnostics, opts.format, analysis);
    config3 = analysis.config;
    if (analysis.parsed) layers = [{ source: analysis.parsed, root: [] }];
  }
  if (!config3) return EXIT.invalid;
  const value = valueAt(config3, path);
  const target = value !== null && typeof value === "object" ? "key" : "value";
  const written = await writers(layers, path);
  const places = await Promise.all(written.map((l) => where(l, path, target)));
  const fleetAdded = added.find((a) => a.at.length <= path.length && a.at.every((k, i) => path[i] === k));
  const cause = fleetAdded && !places.length ? await where(fleetAdded.from, fleetAdded.path, "value") : void 0;
  const inside = places.length || cause ? [] : added.filter((a) => a.at.length > path.length && path.every((k, i) => a.at[i] === k));
  const within2 = await Promise.all(inside.map(async (a) => [a, await where(a.from, a.path, "value")]));
  io.result?.({ path: args[0] ?? "", value: value ?? null, writtenAt: places[places.length - 1] ?? null, overrides: places.slice(0, -1).reverse(), ...cause ? { setByFleet: cause } : {}, ...within2.length ? { setByFleetItems: within2.map(([a, from]) => ({ path: displayPath(a.at), from })) } : {} });
  io.out(`${args[0]} = ${value === void 0 ? "(not set)" : JSON.stringify(value)}`);
  if (places.length) io.out(`  written at ${places[places.length - 1]}`);
  else if (cause) io.out(`  set by the fleet, from ${cause} (${displayPath(fleetAdded.path)})`);
  else if (within2.length) for (const [a, from] of within2) io.out(`  ${displayPath(a.at)} set by the fleet, from ${from} (${displayPath(a.path)})`);
  else io.out(value === void 0 ? "  not written in any file, and it has no default" : "  not written in any file: the default");
  for (const p of places.slice(0, -1).reverse()) io.out(`  overrides ${p}`);
  return EXIT.ok;
}
var init_explain = __esm({
  "src/cli/commands/explain.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_analyze();
    init_config_path();
    init_validate();
    init_errors();
    init_layer();
    init_io();
    init_report();
  }
});

// node_modules/@lezer/common/dist/index.js
function checkSide(side, pos, from, to) {
  switch (side) {
    case -2:
      return from < pos;
    case -1:
      return to >= pos && from < pos;
    case 0:
      return from < pos && to > pos;
    case 1:
      return from <= pos && to > pos;
    case 2:
      return to > pos;
    case 4:
      return true;
  }
}
function resolveNode(node, pos, side, overlays) {
  var _a;
  while (node.from == node.to || (side < 1 ? node.from >= pos : node.from > pos) || (side > -1 ? node.to <= pos : node.to < pos)) {
    let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
    if (!parent)
      return node;
    node = parent;
  }
  let mode = overlays ? 0 : IterMode.IgnoreOverlays;
  if (overlays)
    for (let scan = node, parent = scan.parent; parent; scan = parent, parent = scan.parent) {
      if (scan instanceof TreeNode && scan.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan.from)
        node = parent;
    }
  for (; ; ) {
    let inner = node.enter(pos, side, mode);
    if (!inner)
      return node;
    node = inner;
  }
}
function getChildren(node, type, before, after) {
  let cur = node.cursor(), result = [];
  if (!cur.firstChild())
    return result;
  if (before != null)
    for (let found2 = false; !found2; ) {
      found2 = cur.type.is(before);
      if (!cur.nextSibling())
        return result;
    }
  for (; ; ) {
    if (after != null && cur.type.is(after))
      return result;
    if (cur.type.is(type))
      result.push(cur.node);
    if (!cur.nextSibling())
      return after == null ? result : [];
  }
}
function matchNodeContext(node, context, i = context.length - 1) {
  for (let p = node; i >= 0; p = p.parent) {
    if (!p)
      return false;
    if (!p.type.isAnonymous) {
      if (context[i] && context[i] != p.name)
        return false;
      i--;
    }
  }
  return true;
}
function iterStack(heads) {
  if (!heads.length)
    return null;
  let pick = 0, picked = heads[0];
  for (let i = 1; i < heads.length; i++) {
    let node = heads[i];
    if (node.from > picked.from || node.to < picked.to) {
      picked = node;
      pick = i;
    }
  }
  let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
  let newHeads = heads.slice();
  if (next)
    newHeads[pick] = next;
  else
    newHeads.splice(pick, 1);
  return new StackIterator(newHeads, picked);
}
function stackIterator(tree, pos, side) {
  let inner = tree.resolveInner(pos, side), layers = null;
  for (let scan = inner instanceof TreeNode ? inner : inner.context.parent; scan; scan = scan.parent) {
    if (scan.index < 0) {
      let parent = scan.parent;
      (layers || (layers = [inner])).push(parent.resolve(pos, side));
      scan = parent;
    } else {
      let mount = MountedTree.get(scan.tree);
      if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
        let root = new TreeNode(mount.tree, mount.overlay[0].from + scan.from, -1, scan);
        (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
      }
    }
  }
  return layers ? iterStack(layers) : inner;
}
function hasChild(tree) {
  return tree.children.some((ch) => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
  var _a;
  let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
  let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
  let types = nodeSet.types;
  let contextHash = 0, lookAhead = 0;
  function takeNode(parentStart, minPos, children2, positions2, inRepeat, depth) {
    let { id, start, end, size: size2 } = cursor;
    if (size2 < 0) {
      cursor.next();
      if (size2 == -1) {
        let node2 = reused[id];
        children2.push(node2);
        positions2.push(start - parentStart);
        return;
      } else if (size2 == -3) {
        contextHash = id;
        return;
      } else if (size2 == -4) {
        lookAhead = id;
        return;
      } else {
        throw new RangeError(`Unrecognized record size: ${size2}`);
      }
    }
    let type = types[id], node, buffer2;
    let startPos = start - parentStart;
    if (end - start <= maxBufferLength && (buffer2 = findBufferSize(cursor.pos - minPos, inRepeat))) {
      let data2 = new Uint16Array(buffer2.size - buffer2.skip);
      let endPos = cursor.pos - buffer2.size, index = data2.length;
      while (cursor.pos > endPos)
        index = copyToBuffer(buffer2.start, data2, index);
      node = new TreeBuffer(data2, end - buffer2.start, nodeSet);
      startPos = buffer2.start - parentStart;
    } else {
      let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
      let endPos = cursor.pos - size2;
      cursor.next();
      let localChildren = [], localPositions = [];
      let localInRepeat = id >= minRepeatType ? id : -1;
      let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
      while (cursor.pos > endPos) {
        if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
          if (cursor.end <= lastEnd - maxBufferLength) {
            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextHash);
            lastGroup = localChildren.length;
            lastEnd = cursor.end;
            groupLookAhead = lookAhead;
          }
          cursor.next();
        } else if (depth > 2500) {
          takeFlatNode(start, endPos, localChildren, localPositions);
        } else {
          if (localInRepeat >= 0 && cursor.size == -1 && reused[cursor.id].type == nodeSet.types[localInRepeat]) {
            if (lastGroup < localChildren.length)
              makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextHash);
            lastGroup = localChildren.length + 1;
            lastEnd = cursor.start;
            groupLookAhead = lookAhead;
          }
          takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
        }
      }
      if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextHash);
      localChildren.reverse();
      localPositions.reverse();
      if (localInRepeat > -1 && lastGroup > 0) {
        let make = makeBalanced(type);
        node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
      } else {
        node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
      }
    }
    children2.push(node);
    positions2.push(startPos);
  }
  function takeFlatNode(parentStart, minPos, children2, positions2) {
    let nodes = [];
    let nodeCount = 0, stopAt = -1;
    while (cursor.pos > minPos) {
      let { id, start, end, size: size2 } = cursor;
      if (size2 > 4) {
        cursor.next();
      } else if (stopAt > -1 && start < stopAt) {
        break;
      } else {
        if (stopAt < 0)
          stopAt = end - maxBufferLength;
        nodes.push(id, start, end);
        nodeCount++;
        cursor.next();
      }
    }
    if (nodeCount) {
      let buffer2 = new Uint16Array(nodeCount * 4);
      let start = nodes[nodes.length - 2];
      for (let i = nodes.length - 3, j = 0; i >= 0; i -= 3) {
        buffer2[j++] = nodes[i];
        buffer2[j++] = nodes[i + 1] - start;
        buffer2[j++] = nodes[i + 2] - start;
        buffer2[j++] = j;
      }
      children2.push(new TreeBuffer(buffer2, nodes[2] - start, nodeSet));
      positions2.push(start - parentStart);
    }
  }
  function makeBalanced(type) {
    return (children2, positions2, length2) => {
      var _a2;
      let lookAhead2 = 0, lastI = children2.length - 1, last2, lookAheadProp;
      if (lastI >= 0 && (last2 = children2[lastI]) instanceof Tree) {
        if (!lastI && last2.type == type && last2.length == length2)
          return last2;
        if (lookAheadProp = last2.prop(NodeProp.lookAhead))
          lookAhead2 = positions2[lastI] + last2.length + lookAheadProp - length2;
      }
      let contextHash2 = 0;
      for (let i = 0; i < children2.length; i++)
        if (children2[i] instanceof Tree) {
          contextHash2 = (_a2 = children2[i].prop(NodeProp.contextHash)) !== null && _a2 !== void 0 ? _a2 : 0;
          break;
        }
      return makeTree(type, children2, positions2, length2, lookAhead2, contextHash2);
    };
  }
  function makeRepeatLeaf(children2, positions2, base, i, from, to, type, lookAhead2, contextHash2) {
    let localChildren = [], localPositions = [];
    while (children2.length > i) {
      localChildren.push(children2.pop());
      localPositions.push(positions2.pop() + base - from);
    }
    children2.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead2 - to, contextHash2));
    positions2.push(from - base);
  }
  function makeTree(type, children2, positions2, length2, lookAhead2, contextHash2, props) {
    if (contextHash2) {
      let pair2 = [NodeProp.contextHash, contextHash2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    if (lookAhead2 > 25) {
      let pair2 = [NodeProp.lookAhead, lookAhead2];
      props = props ? [pair2].concat(props) : [pair2];
    }
    return new Tree(type, children2, positions2, length2, props);
  }
  function findBufferSize(maxSize, inRepeat) {
    let fork = cursor.fork();
    let size2 = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
    let result = { size: 0, start: 0, skip: 0 };
    scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos; ) {
      let nodeSize2 = fork.size;
      if (fork.id == inRepeat && nodeSize2 >= 0) {
        result.size = size2;
        result.start = start;
        result.skip = skip;
        skip += 4;
        size2 += 4;
        fork.next();
        continue;
      }
      let startPos = fork.pos - nodeSize2;
      if (nodeSize2 < 0 || startPos < minPos || fork.start < minStart)
        break;
      let localSkipped = fork.id >= minRepeatType ? 4 : 0;
      let nodeStart = fork.start;
      fork.next();
      while (fork.pos > startPos) {
        if (fork.size < 0) {
          if (fork.size == -3 || fork.size == -4)
            localSkipped += 4;
          else
            break scan;
        } else if (fork.id >= minRepeatType) {
          localSkipped += 4;
        }
        fork.next();
      }
      start = nodeStart;
      size2 += nodeSize2;
      skip += localSkipped;
    }
    if (inRepeat < 0 || size2 == maxSize) {
      result.size = size2;
      result.start = start;
      result.skip = skip;
    }
    return result.size > 4 ? result : void 0;
  }
  function copyToBuffer(bufferStart, buffer2, index) {
    let { id, start, end, size: size2 } = cursor;
    cursor.next();
    if (size2 >= 0 && id < minRepeatType) {
      let startIndex = index;
      if (size2 > 4) {
        let endPos = cursor.pos - (size2 - 4);
        while (cursor.pos > endPos)
          index = copyToBuffer(bufferStart, buffer2, index);
      }
      buffer2[--index] = startIndex;
      buffer2[--index] = end - bufferStart;
      buffer2[--index] = start - bufferStart;
      buffer2[--index] = id;
    } else if (size2 == -3) {
      contextHash = id;
    } else if (size2 == -4) {
      lookAhead = id;
    }
    return index;
  }
  let children = [], positions = [];
  while (cursor.pos > 0)
    takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
  let length = (_a = data.length) !== null && _a !== void 0 ? _a : children.length ? positions[0] + children[0].length : 0;
  return new Tree(types[data.topID], children.reverse(), positions.reverse(), length);
}
function nodeSize(balanceType, node) {
  if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
    return 1;
  let size2 = nodeSizeCache.get(node);
  if (size2 == null) {
    size2 = 1;
    for (let child2 of node.children) {
      if (child2.type != balanceType || !(child2 instanceof Tree)) {
        size2 = 1;
        break;
      }
      size2 += nodeSize(balanceType, child2);
    }
    nodeSizeCache.set(node, size2);
  }
  return size2;
}
function balanceRange(balanceType, children, positions, from, to, start, length, mkTop, mkTree) {
  let total = 0;
  for (let i = from; i < to; i++)
    total += nodeSize(balanceType, children[i]);
  let maxChild = Math.ceil(
    total * 1.5 / 8
    /* Balance.BranchFactor */
  );
  let localChildren = [], localPositions = [];
  function divide(children2, positions2, from2, to2, offset) {
    for (let i = from2; i < to2; ) {
      let groupFrom = i, groupStart = positions2[i], groupSize = nodeSize(balanceType, children2[i]);
      i++;
      for (; i < to2; i++) {
        let nextSize = nodeSize(balanceType, children2[i]);
        if (groupSize + nextSize >= maxChild)
          break;
        groupSize += nextSize;
      }
      if (i == groupFrom + 1) {
        if (groupSize > maxChild) {
          let only = children2[groupFrom];
          divide(only.children, only.positions, 0, only.children.length, positions2[groupFrom] + offset);
          continue;
        }
        localChildren.push(children2[groupFrom]);
      } else {
        let length2 = positions2[i - 1] + children2[i - 1].length - groupStart;
        localChildren.push(balanceRange(balanceType, children2, positions2, groupFrom, i, groupStart, length2, null, mkTree));
      }
      localPositions.push(groupStart + offset - start);
    }
  }
  divide(children, positions, from, to, 0);
  return (mkTop || mkTree)(localChildren, localPositions, length);
}
var DefaultBufferLength, nextPropID, Range, NodeProp, MountedTree, noProps, NodeType, NodeSet, CachedNode, CachedInnerNode, IterMode, Tree, FlatBufferCursor, TreeBuffer, BaseNode, TreeNode, BufferContext, BufferNode, StackIterator, TreeCursor, nodeSizeCache, Parser, StringInput, stoppedInner;
var init_dist = __esm({
  "node_modules/@lezer/common/dist/index.js"() {
    init_define_OBSCOMPILE_PACKAGE();
    DefaultBufferLength = 1024;
    nextPropID = 0;
    Range = class {
      constructor(from, to) {
        this.from = from;
        this.to = to;
      }
    };
    NodeProp = class {
      /**
      Create a new node prop type.
      */
      constructor(config3 = {}) {
        this.id = nextPropID++;
        this.perNode = !!config3.perNode;
        this.deserialize = config3.deserialize || (() => {
          throw new Error("This node type doesn't define a deserialize function");
        });
        this.combine = config3.combine || null;
      }
      /**
      This is meant to be used with
      [`NodeSet.extend`](#common.NodeSet.extend) or
      [`LRParser.configure`](#lr.ParserConfig.props) to compute
      prop values for each node type in the set. Takes a [match
      object](#common.NodeType^match) or function that returns undefined
      if the node type doesn't get this prop, and the prop's value if
      it does.
      */
      add(match) {
        if (this.perNode)
          throw new RangeError("Can't add per-node props to node types");
        if (typeof match != "function")
          match = NodeType.match(match);
        return (type) => {
          let result = match(type);
          return result === void 0 ? null : [this, result];
        };
      }
    };
    NodeProp.closedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
    NodeProp.openedBy = new NodeProp({ deserialize: (str) => str.split(" ") });
    NodeProp.group = new NodeProp({ deserialize: (str) => str.split(" ") });
    NodeProp.isolate = new NodeProp({ deserialize: (value) => {
      if (value && value != "rtl" && value != "ltr" && value != "auto")
        throw new RangeError("Invalid value for isolate: " + value);
      return value || "auto";
    } });
    NodeProp.contextHash = new NodeProp({ perNode: true });
    NodeProp.lookAhead = new NodeProp({ perNode: true });
    NodeProp.mounted = new NodeProp({ perNode: true });
    MountedTree = class {
      constructor(tree, overlay, parser2, bracketed = false) {
        this.tree = tree;
        this.overlay = overlay;
        this.parser = parser2;
        this.bracketed = bracketed;
      }
      /**
      @internal
      */
      static get(tree) {
        return tree && tree.props && tree.props[NodeProp.mounted.id];
      }
    };
    noProps = /* @__PURE__ */ Object.create(null);
    NodeType = class _NodeType {
      /**
      @internal
      */
      constructor(name2, props, id, flags = 0) {
        this.name = name2;
        this.props = props;
        this.id = id;
        this.flags = flags;
      }
      /**
      Define a node type.
      */
      static define(spec) {
        let props = spec.props && spec.props.length ? /* @__PURE__ */ Object.create(null) : noProps;
        let flags = (spec.top ? 1 : 0) | (spec.skipped ? 2 : 0) | (spec.error ? 4 : 0) | (spec.name == null ? 8 : 0);
        let type = new _NodeType(spec.name || "", props, spec.id, flags);
        if (spec.props)
          for (let src of spec.props) {
            if (!Array.isArray(src))
              src = src(type);
            if (src) {
              if (src[0].perNode)
                throw new RangeError("Can't store a per-node prop on a node type");
              props[src[0].id] = src[1];
            }
          }
        return type;
      }
      /**
      Retrieves a node prop for this type. Will return `undefined` if
      the prop isn't present on this node.
      */
      prop(prop) {
        return this.props[prop.id];
      }
      /**
      True when this is the top node of a grammar.
      */
      get isTop() {
        return (this.flags & 1) > 0;
      }
      /**
      True when this node is produced by a skip rule.
      */
      get isSkipped() {
        return (this.flags & 2) > 0;
      }
      /**
      Indicates whether this is an error node.
      */
      get isError() {
        return (this.flags & 4) > 0;
      }
      /**
      When true, this node type doesn't correspond to a user-declared
      named node, for example because it is used to cache repetition.
      */
      get isAnonymous() {
        return (this.flags & 8) > 0;
      }
      /**
      Returns true when this node's name or one of its
      [groups](#common.NodeProp^group) matches the given string.
      */
      is(name2) {
        if (typeof name2 == "string") {
          if (this.name == name2)
            return true;
          let group = this.prop(NodeProp.group);
          return group ? group.indexOf(name2) > -1 : false;
        }
        return this.id == name2;
      }
      /**
      Create a function from node types to arbitrary values by
      specifying an object whose property names are node or
      [group](#common.NodeProp^group) names. Often useful with
      [`NodeProp.add`](#common.NodeProp.add). You can put multiple
      names, separated by spaces, in a single property name to map
      multiple node names to a single value.
      */
      static match(map) {
        let direct = /* @__PURE__ */ Object.create(null);
        for (let prop in map)
          for (let name2 of prop.split(" "))
            direct[name2] = map[prop];
        return (node) => {
          for (let groups = node.prop(NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
            let found2 = direct[i < 0 ? node.name : groups[i]];
            if (found2)
              return found2;
          }
        };
      }
    };
    NodeType.none = new NodeType(
      "",
      /* @__PURE__ */ Object.create(null),
      0,
      8
      /* NodeFlag.Anonymous */
    );
    NodeSet = class _NodeSet {
      /**
      Create a set with the given types. The `id` property of each
      type should correspond to its position within the array.
      */
      constructor(types) {
        this.types = types;
        for (let i = 0; i < types.length; i++)
          if (types[i].id != i)
            throw new RangeError("Node type ids should correspond to array positions when creating a node set");
      }
      /**
      Create a copy of this set with some node properties added. The
      arguments to this method can be created with
      [`NodeProp.add`](#common.NodeProp.add).
      */
      extend(...props) {
        let newTypes = [];
        for (let type of this.types) {
          let newProps = null;
          for (let source of props) {
            let add = source(type);
            if (add) {
              if (!newProps)
                newProps = Object.assign({}, type.props);
              let value = add[1], prop = add[0];
              if (prop.combine && prop.id in newProps)
                value = prop.combine(newProps[prop.id], value);
              newProps[prop.id] = value;
            }
          }
          newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
        }
        return new _NodeSet(newTypes);
      }
    };
    CachedNode = /* @__PURE__ */ new WeakMap();
    CachedInnerNode = /* @__PURE__ */ new WeakMap();
    (function(IterMode2) {
      IterMode2[IterMode2["ExcludeBuffers"] = 1] = "ExcludeBuffers";
      IterMode2[IterMode2["IncludeAnonymous"] = 2] = "IncludeAnonymous";
      IterMode2[IterMode2["IgnoreMounts"] = 4] = "IgnoreMounts";
      IterMode2[IterMode2["IgnoreOverlays"] = 8] = "IgnoreOverlays";
      IterMode2[IterMode2["EnterBracketed"] = 16] = "EnterBracketed";
    })(IterMode || (IterMode = {}));
    Tree = class _Tree {
      /**
      Construct a new tree. See also [`Tree.build`](#common.Tree^build).
      */
      constructor(type, children, positions, length, props) {
        this.type = type;
        this.children = children;
        this.positions = positions;
        this.length = length;
        this.props = null;
        if (props && props.length) {
          this.props = /* @__PURE__ */ Object.create(null);
          for (let [prop, value] of props)
            this.props[typeof prop == "number" ? prop : prop.id] = value;
        }
      }
      /**
      @internal
      */
      toString() {
        let mounted = MountedTree.get(this);
        if (mounted && !mounted.overlay)
          return mounted.tree.toString();
        let children = "";
        for (let ch of this.children) {
          let str = ch.toString();
          if (str) {
            if (children)
              children += ",";
            children += str;
          }
        }
        return !this.type.name ? children : (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) + (children.length ? "(" + children + ")" : "");
      }
      /**
      Get a [tree cursor](#common.TreeCursor) positioned at the top of
      the tree. Mode can be used to [control](#common.IterMode) which
      nodes the cursor visits.
      */
      cursor(mode = 0) {
        return new TreeCursor(this.topNode, mode);
      }
      /**
      Get a [tree cursor](#common.TreeCursor) pointing into this tree
      at the given position and side (see
      [`moveTo`](#common.TreeCursor.moveTo).
      */
      cursorAt(pos, side = 0, mode = 0) {
        let scope = CachedNode.get(this) || this.topNode;
        let cursor = new TreeCursor(scope);
        cursor.moveTo(pos, side);
        CachedNode.set(this, cursor._tree);
        return cursor;
      }
      /**
      Get a [syntax node](#common.SyntaxNode) object for the top of the
      tree.
      */
      get topNode() {
        return new TreeNode(this, 0, 0, null);
      }
      /**
      Get the [syntax node](#common.SyntaxNode) at the given position.
      If `side` is -1, this will move into nodes that end at the
      position. If 1, it'll move into nodes that start at the
      position. With 0, it'll only enter nodes that cover the position
      from both sides.
      
      Note that this will not enter
      [overlays](#common.MountedTree.overlay), and you often want
      [`resolveInner`](#common.Tree.resolveInner) instead.
      */
      resolve(pos, side = 0) {
        let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
        CachedNode.set(this, node);
        return node;
      }
      /**
      Like [`resolve`](#common.Tree.resolve), but will enter
      [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
      pointing into the innermost overlaid tree at the given position
      (with parent links going through all parent structure, including
      the host trees).
      */
      resolveInner(pos, side = 0) {
        let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
        CachedInnerNode.set(this, node);
        return node;
      }
      /**
      In some situations, it can be useful to iterate through all
      nodes around a position, including those in overlays that don't
      directly cover the position. This method gives you an iterator
      that will produce all nodes, from small to big, around the given
      position.
      */
      resolveStack(pos, side = 0) {
        return stackIterator(this, pos, side);
      }
      /**
      Iterate over the tree and its children, calling `enter` for any
      node that touches the `from`/`to` region (if given) before
      running over such a node's children, and `leave` (if given) when
      leaving the node. When `enter` returns `false`, that node will
      not have its children iterated over (or `leave` called).
      */
      iterate(spec) {
        let { enter, leave, from = 0, to = this.length } = spec;
        let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
        for (let c = this.cursor(mode | IterMode.IncludeAnonymous); ; ) {
          let entered = false;
          if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
            if (c.firstChild())
              continue;
            entered = true;
          }
          for (; ; ) {
            if (entered && leave && (anon || !c.type.isAnonymous))
              leave(c);
            if (c.nextSibling())
              break;
            if (!c.parent())
              return;
            entered = true;
          }
        }
      }
      /**
      Get the value of the given [node prop](#common.NodeProp) for this
      node. Works with both per-node and per-type props.
      */
      prop(prop) {
        return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : void 0;
      }
      /**
      Returns the node's [per-node props](#common.NodeProp.perNode) in a
      format that can be passed to the [`Tree`](#common.Tree)
      constructor.
      */
      get propValues() {
        let result = [];
        if (this.props)
          for (let id in this.props)
            result.push([+id, this.props[id]]);
        return result;
      }
      /**
      Balance the direct children of this tree, producing a copy of
      which may have children grouped into subtrees with type
      [`NodeType.none`](#common.NodeType^none).
      */
      balance(config3 = {}) {
        return this.children.length <= 8 ? this : balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new _Tree(this.type, children, positions, length, this.propValues), config3.makeTree || ((children, positions, length) => new _Tree(NodeType.none, children, positions, length)));
      }
      /**
      Build a tree from a postfix-ordered buffer of node information,
      or a cursor over such a buffer.
      */
      static build(data) {
        return buildTree(data);
      }
    };
    Tree.empty = new Tree(NodeType.none, [], [], 0);
    FlatBufferCursor = class _FlatBufferCursor {
      constructor(buffer, index) {
        this.buffer = buffer;
        this.index = index;
      }
      get id() {
        return this.buffer[this.index - 4];
      }
      get start() {
        return this.buffer[this.index - 3];
      }
      get end() {
        return this.buffer[this.index - 2];
      }
      get size() {
        return this.buffer[this.index - 1];
      }
      get pos() {
        return this.index;
      }
      next() {
        this.index -= 4;
      }
      fork() {
        return new _FlatBufferCursor(this.buffer, this.index);
      }
    };
    TreeBuffer = class _TreeBuffer {
      /**
      Create a tree buffer.
      */
      constructor(buffer, length, set2) {
        this.buffer = buffer;
        this.length = length;
        this.set = set2;
      }
      /**
      @internal
      */
      get type() {
        return NodeType.none;
      }
      /**
      @internal
      */
      toString() {
        let result = [];
        for (let index = 0; index < this.buffer.length; ) {
          result.push(this.childString(index));
          index = this.buffer[index + 3];
        }
        return result.join(",");
      }
      /**
      @internal
      */
      childString(index) {
        let id = this.buffer[index], endIndex = this.buffer[index + 3];
        let type = this.set.types[id], result = type.name;
        if (/\W/.test(result) && !type.isError)
          result = JSON.stringify(result);
        index += 4;
        if (endIndex == index)
          return result;
        let children = [];
        while (index < endIndex) {
          children.push(this.childString(index));
          index = this.buffer[index + 3];
        }
        return result + "(" + children.join(",") + ")";
      }
      /**
      @internal
      */
      findChild(startIndex, endIndex, dir, pos, side) {
        let { buffer } = this, pick = -1;
        for (let i = startIndex; i != endIndex; i = buffer[i + 3]) {
          if (checkSide(side, pos, buffer[i + 1], buffer[i + 2])) {
            pick = i;
            if (dir > 0)
              break;
          }
        }
        return pick;
      }
      /**
      @internal
      */
      slice(startI, endI, from) {
        let b = this.buffer;
        let copy2 = new Uint16Array(endI - startI), len = 0;
        for (let i = startI, j = 0; i < endI; ) {
          copy2[j++] = b[i++];
          copy2[j++] = b[i++] - from;
          let to = copy2[j++] = b[i++] - from;
          copy2[j++] = b[i++] - startI;
          len = Math.max(len, to);
        }
        return new _TreeBuffer(copy2, len, this.set);
      }
    };
    BaseNode = class {
      cursor(mode = 0) {
        return new TreeCursor(this, mode);
      }
      getChild(type, before = null, after = null) {
        let r = getChildren(this, type, before, after);
        return r.length ? r[0] : null;
      }
      getChildren(type, before = null, after = null) {
        return getChildren(this, type, before, after);
      }
      resolve(pos, side = 0) {
        return resolveNode(this, pos, side, false);
      }
      resolveInner(pos, side = 0) {
        return resolveNode(this, pos, side, true);
      }
      matchContext(context) {
        return matchNodeContext(this.parent, context);
      }
      enterUnfinishedNodesBefore(pos) {
        let scan = this.childBefore(pos), node = this;
        while (scan) {
          let last2 = scan.lastChild;
          if (!last2 || last2.to != scan.to)
            break;
          if (last2.type.isError && last2.from == last2.to) {
            node = scan;
            scan = last2.prevSibling;
          } else {
            scan = last2;
          }
        }
        return node;
      }
      get node() {
        return this;
      }
      get next() {
        return this.parent;
      }
    };
    TreeNode = class _TreeNode extends BaseNode {
      constructor(_tree, from, index, _parent) {
        super();
        this._tree = _tree;
        this.from = from;
        this.index = index;
        this._parent = _parent;
      }
      get type() {
        return this._tree.type;
      }
      get name() {
        return this._tree.type.name;
      }
      get to() {
        return this.from + this._tree.length;
      }
      nextChild(i, dir, pos, side, mode = 0) {
        for (let parent = this; ; ) {
          for (let { children, positions } = parent._tree, e = dir > 0 ? children.length : -1; i != e; i += dir) {
            let next = children[i], start = positions[i] + parent.from, mounted;
            if (!(mode & IterMode.EnterBracketed && next instanceof Tree && (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed && pos >= start && pos <= start + next.length) && !checkSide(side, pos, start, start + next.length))
              continue;
            if (next instanceof TreeBuffer) {
              if (mode & IterMode.ExcludeBuffers)
                continue;
              let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
              if (index > -1)
                return new BufferNode(new BufferContext(parent, next, i, start), null, index);
            } else if (mode & IterMode.IncludeAnonymous || (!next.type.isAnonymous || hasChild(next))) {
              let mounted2;
              if (!(mode & IterMode.IgnoreMounts) && (mounted2 = MountedTree.get(next)) && !mounted2.overlay)
                return new _TreeNode(mounted2.tree, start, i, parent);
              let inner = new _TreeNode(next, start, i, parent);
              return mode & IterMode.IncludeAnonymous || !inner.type.isAnonymous ? inner : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
            }
          }
          if (mode & IterMode.IncludeAnonymous || !parent.type.isAnonymous)
            return null;
          if (parent.index >= 0)
            i = parent.index + dir;
          else
            i = dir < 0 ? -1 : parent._parent._tree.children.length;
          parent = parent._parent;
          if (!parent)
            return null;
        }
      }
      get firstChild() {
        return this.nextChild(
          0,
          1,
          0,
          4
          /* Side.DontCare */
        );
      }
      get lastChild() {
        return this.nextChild(
          this._tree.children.length - 1,
          -1,
          0,
          4
          /* Side.DontCare */
        );
      }
      childAfter(pos) {
        return this.nextChild(
          0,
          1,
          pos,
          2
          /* Side.After */
        );
      }
      childBefore(pos) {
        return this.nextChild(
          this._tree.children.length - 1,
          -1,
          pos,
          -2
          /* Side.Before */
        );
      }
      prop(prop) {
        return this._tree.prop(prop);
      }
      enter(pos, side, mode = 0) {
        let mounted;
        if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
          let rPos = pos - this.from, enterBracketed = mode & IterMode.EnterBracketed && mounted.bracketed;
          for (let { from, to } of mounted.overlay) {
            if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) && (side < 0 || enterBracketed ? to >= rPos : to > rPos))
              return new _TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
          }
        }
        return this.nextChild(0, 1, pos, side, mode);
      }
      nextSignificantParent() {
        let val = this;
        while (val.type.isAnonymous && val._parent)
          val = val._parent;
        return val;
      }
      get parent() {
        return this._parent ? this._parent.nextSignificantParent() : null;
      }
      get nextSibling() {
        return this._parent && this.index >= 0 ? this._parent.nextChild(
          this.index + 1,
          1,
          0,
          4
          /* Side.DontCare */
        ) : null;
      }
      get prevSibling() {
        return this._parent && this.index >= 0 ? this._parent.nextChild(
          this.index - 1,
          -1,
          0,
          4
          /* Side.DontCare */
        ) : null;
      }
      get tree() {
        return this._tree;
      }
      toTree() {
        return this._tree;
      }
      /**
      @internal
      */
      toString() {
        return this._tree.toString();
      }
    };
    BufferContext = class {
      constructor(parent, buffer, index, start) {
        this.parent = parent;
        this.buffer = buffer;
        this.index = index;
        this.start = start;
      }
    };
    BufferNode = class _BufferNode extends BaseNode {
      get name() {
        return this.type.name;
      }
      get from() {
        return this.context.start + this.context.buffer.buffer[this.index + 1];
      }
      get to() {
        return this.context.start + this.context.buffer.buffer[this.index + 2];
      }
      constructor(context, _parent, index) {
        super();
        this.context = context;
        this._parent = _parent;
        this.index = index;
        this.type = context.buffer.set.types[context.buffer.buffer[index]];
      }
      child(dir, pos, side) {
        let { buffer } = this.context;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
        return index < 0 ? null : new _BufferNode(this.context, this, index);
      }
      get firstChild() {
        return this.child(
          1,
          0,
          4
          /* Side.DontCare */
        );
      }
      get lastChild() {
        return this.child(
          -1,
          0,
          4
          /* Side.DontCare */
        );
      }
      childAfter(pos) {
        return this.child(
          1,
          pos,
          2
          /* Side.After */
        );
      }
      childBefore(pos) {
        return this.child(
          -1,
          pos,
          -2
          /* Side.Before */
        );
      }
      prop(prop) {
        return this.type.prop(prop);
      }
      enter(pos, side, mode = 0) {
        if (mode & IterMode.ExcludeBuffers)
          return null;
        let { buffer } = this.context;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
        return index < 0 ? null : new _BufferNode(this.context, this, index);
      }
      get parent() {
        return this._parent || this.context.parent.nextSignificantParent();
      }
      externalSibling(dir) {
        return this._parent ? null : this.context.parent.nextChild(
          this.context.index + dir,
          dir,
          0,
          4
          /* Side.DontCare */
        );
      }
      get nextSibling() {
        let { buffer } = this.context;
        let after = buffer.buffer[this.index + 3];
        if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
          return new _BufferNode(this.context, this._parent, after);
        return this.externalSibling(1);
      }
      get prevSibling() {
        let { buffer } = this.context;
        let parentStart = this._parent ? this._parent.index + 4 : 0;
        if (this.index == parentStart)
          return this.externalSibling(-1);
        return new _BufferNode(this.context, this._parent, buffer.findChild(
          parentStart,
          this.index,
          -1,
          0,
          4
          /* Side.DontCare */
        ));
      }
      get tree() {
        return null;
      }
      toTree() {
        let children = [], positions = [];
        let { buffer } = this.context;
        let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
        if (endI > startI) {
          let from = buffer.buffer[this.index + 1];
          children.push(buffer.slice(startI, endI, from));
          positions.push(0);
        }
        return new Tree(this.type, children, positions, this.to - this.from);
      }
      /**
      @internal
      */
      toString() {
        return this.context.buffer.childString(this.index);
      }
    };
    StackIterator = class {
      constructor(heads, node) {
        this.heads = heads;
        this.node = node;
      }
      get next() {
        return iterStack(this.heads);
      }
    };
    TreeCursor = class {
      /**
      Shorthand for `.type.name`.
      */
      get name() {
        return this.type.name;
      }
      /**
      @internal
      */
      constructor(node, mode = 0) {
        this.buffer = null;
        this.stack = [];
        this.index = 0;
        this.bufferNode = null;
        this.mode = mode & ~IterMode.EnterBracketed;
        if (node instanceof TreeNode) {
          this.yieldNode(node);
        } else {
          this._tree = node.context.parent;
          this.buffer = node.context;
          for (let n = node._parent; n; n = n._parent)
            this.stack.unshift(n.index);
          this.bufferNode = node;
          this.yieldBuf(node.index);
        }
      }
      yieldNode(node) {
        if (!node)
          return false;
        this._tree = node;
        this.type = node.type;
        this.from = node.from;
        this.to = node.to;
        return true;
      }
      yieldBuf(index, type) {
        this.index = index;
        let { start, buffer } = this.buffer;
        this.type = type || buffer.set.types[buffer.buffer[index]];
        this.from = start + buffer.buffer[index + 1];
        this.to = start + buffer.buffer[index + 2];
        return true;
      }
      /**
      @internal
      */
      yield(node) {
        if (!node)
          return false;
        if (node instanceof TreeNode) {
          this.buffer = null;
          return this.yieldNode(node);
        }
        this.buffer = node.context;
        return this.yieldBuf(node.index, node.type);
      }
      /**
      @internal
      */
      toString() {
        return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
      }
      /**
      @internal
      */
      enterChild(dir, pos, side) {
        if (!this.buffer)
          return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
        let { buffer } = this.buffer;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
        if (index < 0)
          return false;
        this.stack.push(this.index);
        return this.yieldBuf(index);
      }
      /**
      Move the cursor to this node's first child. When this returns
      false, the node has no child, and the cursor has not been moved.
      */
      firstChild() {
        return this.enterChild(
          1,
          0,
          4
          /* Side.DontCare */
        );
      }
      /**
      Move the cursor to this node's last child.
      */
      lastChild() {
        return this.enterChild(
          -1,
          0,
          4
          /* Side.DontCare */
        );
      }
      /**
      Move the cursor to the first child that ends after `pos`.
      */
      childAfter(pos) {
        return this.enterChild(
          1,
          pos,
          2
          /* Side.After */
        );
      }
      /**
      Move to the last child that starts before `pos`.
      */
      childBefore(pos) {
        return this.enterChild(
          -1,
          pos,
          -2
          /* Side.Before */
        );
      }
      /**
      Move the cursor to the child around `pos`. If side is -1 the
      child may end at that position, when 1 it may start there. This
      will also enter [overlaid](#common.MountedTree.overlay)
      [mounted](#common.NodeProp^mounted) trees unless `overlays` is
      set to false.
      */
      enter(pos, side, mode = this.mode) {
        if (!this.buffer)
          return this.yield(this._tree.enter(pos, side, mode));
        return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
      }
      /**
      Move to the node's parent node, if this isn't the top node.
      */
      parent() {
        if (!this.buffer)
          return this.yieldNode(this.mode & IterMode.IncludeAnonymous ? this._tree._parent : this._tree.parent);
        if (this.stack.length)
          return this.yieldBuf(this.stack.pop());
        let parent = this.mode & IterMode.IncludeAnonymous ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
        this.buffer = null;
        return this.yieldNode(parent);
      }
      /**
      @internal
      */
      sibling(dir) {
        if (!this.buffer)
          return !this._tree._parent ? false : this.yield(this._tree.index < 0 ? null : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4, this.mode));
        let { buffer } = this.buffer, d = this.stack.length - 1;
        if (dir < 0) {
          let parentStart = d < 0 ? 0 : this.stack[d] + 4;
          if (this.index != parentStart)
            return this.yieldBuf(buffer.findChild(
              parentStart,
              this.index,
              -1,
              0,
              4
              /* Side.DontCare */
            ));
        } else {
          let after = buffer.buffer[this.index + 3];
          if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
            return this.yieldBuf(after);
        }
        return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4, this.mode)) : false;
      }
      /**
      Move to this node's next sibling, if any.
      */
      nextSibling() {
        return this.sibling(1);
      }
      /**
      Move to this node's previous sibling, if any.
      */
      prevSibling() {
        return this.sibling(-1);
      }
      atLastNode(dir) {
        let index, parent, { buffer } = this;
        if (buffer) {
          if (dir > 0) {
            if (this.index < buffer.buffer.buffer.length)
              return false;
          } else {
            for (let i = 0; i < this.index; i++)
              if (buffer.buffer.buffer[i + 3] < this.index)
                return false;
          }
          ({ index, parent } = buffer);
        } else {
          ({ index, _parent: parent } = this._tree);
        }
        for (; parent; { index, _parent: parent } = parent) {
          if (index > -1)
            for (let i = index + dir, e = dir < 0 ? -1 : parent._tree.children.length; i != e; i += dir) {
              let child2 = parent._tree.children[i];
              if (this.mode & IterMode.IncludeAnonymous || child2 instanceof TreeBuffer || !child2.type.isAnonymous || hasChild(child2))
                return false;
            }
        }
        return true;
      }
      move(dir, enter) {
        if (enter && this.enterChild(
          dir,
          0,
          4
          /* Side.DontCare */
        ))
          return true;
        for (; ; ) {
          if (this.sibling(dir))
            return true;
          if (this.atLastNode(dir) || !this.parent())
            return false;
        }
      }
      /**
      Move to the next node in a
      [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
      traversal, going from a node to its first child or, if the
      current node is empty or `enter` is false, its next sibling or
      the next sibling of the first parent node that has one.
      */
      next(enter = true) {
        return this.move(1, enter);
      }
      /**
      Move to the next node in a last-to-first pre-order traversal. A
      node is followed by its last child or, if it has none, its
      previous sibling or the previous sibling of the first parent
      node that has one.
      */
      prev(enter = true) {
        return this.move(-1, enter);
      }
      /**
      Move the cursor to the innermost node that covers `pos`. If
      `side` is -1, it will enter nodes that end at `pos`. If it is 1,
      it will enter nodes that start at `pos`.
      */
      moveTo(pos, side = 0) {
        while (this.from == this.to || (side < 1 ? this.from >= pos : this.from > pos) || (side > -1 ? this.to <= pos : this.to < pos))
          if (!this.parent())
            break;
        while (this.enterChild(1, pos, side)) {
        }
        return this;
      }
      /**
      Get a [syntax node](#common.SyntaxNode) at the cursor's current
      position.
      */
      get node() {
        if (!this.buffer)
          return this._tree;
        let cache = this.bufferNode, result = null, depth = 0;
        if (cache && cache.context == this.buffer) {
          scan: for (let index = this.index, d = this.stack.length; d >= 0; ) {
            for (let c = cache; c; c = c._parent)
              if (c.index == index) {
                if (index == this.index)
                  return c;
                result = c;
                depth = d + 1;
                break scan;
              }
            index = this.stack[--d];
          }
        }
        for (let i = depth; i < this.stack.length; i++)
          result = new BufferNode(this.buffer, result, this.stack[i]);
        return this.bufferNode = new BufferNode(this.buffer, result, this.index);
      }
      /**
      Get the [tree](#common.Tree) that represents the current node, if
      any. Will return null when the node is in a [tree
      buffer](#common.TreeBuffer).
      */
      get tree() {
        return this.buffer ? null : this._tree._tree;
      }
      /**
      Iterate over the current node and all its descendants, calling
      `enter` when entering a node and `leave`, if given, when leaving
      one. When `enter` returns `false`, any children of that node are
      skipped, and `leave` isn't called for it.
      */
      iterate(enter, leave) {
        for (let depth = 0; ; ) {
          let mustLeave = false;
          if (this.type.isAnonymous || enter(this) !== false) {
            if (this.firstChild()) {
              depth++;
              continue;
            }
            if (!this.type.isAnonymous)
              mustLeave = true;
          }
          for (; ; ) {
            if (mustLeave && leave)
              leave(this);
            mustLeave = this.type.isAnonymous;
            if (!depth)
              return;
            if (this.nextSibling())
              break;
            this.parent();
            depth--;
            mustLeave = true;
          }
        }
      }
      /**
      Test whether the current node matches a given context—a sequence
      of direct parent node names. Empty strings in the context array
      are treated as wildcards.
      */
      matchContext(context) {
        if (!this.buffer)
          return matchNodeContext(this.node.parent, context);
        let { buffer } = this.buffer, { types } = buffer.set;
        for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
          if (d < 0)
            return matchNodeContext(this._tree, context, i);
          let type = types[buffer.buffer[this.stack[d]]];
          if (!type.isAnonymous) {
            if (context[i] && context[i] != type.name)
              return false;
            i--;
          }
        }
        return true;
      }
    };
    nodeSizeCache = /* @__PURE__ */ new WeakMap();
    Parser = class {
      /**
      Start a parse, returning a [partial parse](#common.PartialParse)
      object. [`fragments`](#common.TreeFragment) can be passed in to
      make the parse incremental.
      
      By default, the entire input is parsed. You can pass `ranges`,
      which should be a sorted array of non-empty, non-overlapping
      ranges, to parse only those ranges. The tree returned in that
      case will start at `ranges[0].from`.
      */
      startParse(input, fragments, ranges) {
        if (typeof input == "string")
          input = new StringInput(input);
        ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map((r) => new Range(r.from, r.to)) : [new Range(0, 0)];
        return this.createParse(input, fragments || [], ranges);
      }
      /**
      Run a full parse, returning the resulting tree.
      */
      parse(input, fragments, ranges) {
        let parse3 = this.startParse(input, fragments, ranges);
        for (; ; ) {
          let done = parse3.advance();
          if (done)
            return done;
        }
      }
    };
    StringInput = class {
      constructor(string2) {
        this.string = string2;
      }
      get length() {
        return this.string.length;
      }
      chunk(from) {
        return this.string.slice(from);
      }
      get lineChunks() {
        return false;
      }
      read(from, to) {
        return this.string.slice(from, to);
      }
    };
    stoppedInner = new NodeProp({ perNode: true });
  }
});

// node_modules/@lezer/lr/dist/index.js
function decodeArray(input, Type = Uint16Array) {
  if (typeof input != "string")
    return input;
  let array = null;
  for (let pos = 0, out2 = 0; pos < input.length; ) {
    let value = 0;
    for (; ; ) {
      let next = input.charCodeAt(pos++), stop = false;
      if (next == 126) {
        value = 65535;
        break;
      }
      if (next >= 92)
        next--;
      if (next >= 34)
        next--;
      let digit = next - 32;
      if (digit >= 46) {
        digit -= 46;
        stop = true;
      }
      value += digit;
      if (stop)
        break;
      value *= 46;
    }
    if (array)
      array[out2++] = value;
    else
      array = new Type(value);
  }
  return array;
}
function readToken(data, input, stack, group, precTable, precOffset) {
  let state = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
  scan: for (; ; ) {
    if ((groupMask & data[state]) == 0)
      break;
    let accEnd = data[state + 1];
    for (let i = state + 3; i < accEnd; i += 2)
      if ((data[i + 1] & groupMask) > 0) {
        let term = data[i];
        if (dialect.allows(term) && (input.token.value == -1 || input.token.value == term || overrides(term, input.token.value, precTable, precOffset))) {
          input.acceptToken(term);
          break;
        }
      }
    let next = input.next, low = 0, high = data[state + 2];
    if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535) {
      state = data[accEnd + high * 3 - 1];
      continue scan;
    }
    for (; low < high; ) {
      let mid = low + high >> 1;
      let index = accEnd + mid + (mid << 1);
      let from = data[index], to = data[index + 1] || 65536;
      if (next < from)
        high = mid;
      else if (next >= to)
        low = mid + 1;
      else {
        state = data[index + 2];
        input.advance();
        continue scan;
      }
    }
    break;
  }
}
function findOffset(data, start, term) {
  for (let i = start, next; (next = data[i]) != 65535; i++)
    if (next == term)
      return i - start;
  return -1;
}
function overrides(token, prev, tableData, tableOffset) {
  let iPrev = findOffset(tableData, tableOffset, prev);
  return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}
function cutAt(tree, pos, side) {
  let cursor = tree.cursor(IterMode.IncludeAnonymous);
  cursor.moveTo(pos);
  for (; ; ) {
    if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
      for (; ; ) {
        if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
          return side < 0 ? Math.max(0, Math.min(
            cursor.to - 1,
            pos - 25
            /* Lookahead.Margin */
          )) : Math.min(tree.length, Math.max(
            cursor.from + 1,
            pos + 25
            /* Lookahead.Margin */
          ));
        if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
          break;
        if (!cursor.parent())
          return side < 0 ? 0 : tree.length;
      }
  }
}
function pushStackDedup(stack, newStacks) {
  for (let i = 0; i < newStacks.length; i++) {
    let other = newStacks[i];
    if (other.pos == stack.pos && other.sameState(stack)) {
      if (newStacks[i].score < stack.score)
        newStacks[i] = stack;
      return;
    }
  }
  newStacks.push(stack);
}
function pair(data, off) {
  return data[off] | data[off + 1] << 16;
}
function findFinished(stacks) {
  let best = null;
  for (let stack of stacks) {
    let stopped = stack.p.stoppedAt;
    if ((stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) && stack.p.parser.stateFlag(
      stack.state,
      2
      /* StateFlag.Accepting */
    ) && (!best || best.score < stack.score))
      best = stack;
  }
  return best;
}
function getSpecializer(spec) {
  if (spec.external) {
    let mask = spec.extend ? 1 : 0;
    return (value, stack) => spec.external(value, stack) << 1 | mask;
  }
  return spec.get;
}
var Stack, StackContext, SimulatedStack, StackBufferCursor, CachedToken, nullToken, InputStream, TokenGroup, LocalTokenGroup, verbose, stackIDs, FragmentCursor, TokenCache, Parse, Dialect, LRParser;
var init_dist2 = __esm({
  "node_modules/@lezer/lr/dist/index.js"() {
    init_define_OBSCOMPILE_PACKAGE();
    init_dist();
    Stack = class _Stack {
      /**
      @internal
      */
      constructor(p, stack, state, reducePos, pos, score, buffer, bufferBase, curContext, lookAhead = 0, parent) {
        this.p = p;
        this.stack = stack;
        this.state = state;
        this.reducePos = reducePos;
        this.pos = pos;
        this.score = score;
        this.buffer = buffer;
        this.bufferBase = bufferBase;
        this.curContext = curContext;
        this.lookAhead = lookAhead;
        this.parent = parent;
      }
      /**
      @internal
      */
      toString() {
        return `[${this.stack.filter((_, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
      }
      // Start an empty stack
      /**
      @internal
      */
      static start(p, state, pos = 0) {
        let cx = p.parser.context;
        return new _Stack(p, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
      }
      /**
      The stack's current [context](#lr.ContextTracker) value, if
      any. Its type will depend on the context tracker's type
      parameter, or it will be `null` if there is no context
      tracker.
      */
      get context() {
        return this.curContext ? this.curContext.context : null;
      }
      // Push a state onto the stack, tracking its start position as well
      // as the buffer base at that point.
      /**
      @internal
      */
      pushState(state, start) {
        this.stack.push(this.state, start, this.bufferBase + this.buffer.length);
        this.state = state;
      }
      // Apply a reduce action
      /**
      @internal
      */
      reduce(action) {
        var _a;
        let depth = action >> 19, type = action & 65535;
        let { parser: parser2 } = this.p;
        let lookaheadRecord = this.reducePos < this.pos - 25 && this.setLookAhead(this.pos);
        let dPrec = parser2.dynamicPrecedence(type);
        if (dPrec)
          this.score += dPrec;
        if (depth == 0) {
          if (type < parser2.minRepeatTerm && this.reducePos < this.pos)
            this.reducePos = this.pos;
          this.pushState(parser2.getGoto(this.state, type, true), this.reducePos);
          if (type < parser2.minRepeatTerm)
            this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
          this.reduceContext(type, this.reducePos);
          return;
        }
        let base = this.stack.length - (depth - 1) * 3 - (action & 262144 ? 6 : 0);
        let start = base ? this.stack[base - 2] : this.p.ranges[0].from;
        if (type < parser2.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos)
          this.reducePos = this.pos;
        let size2 = this.reducePos - start;
        if (size2 >= 2e3 && !((_a = this.p.parser.nodeSet.types[type]) === null || _a === void 0 ? void 0 : _a.isAnonymous)) {
          if (start == this.p.lastBigReductionStart) {
            this.p.bigReductionCount++;
            this.p.lastBigReductionSize = size2;
          } else if (this.p.lastBigReductionSize < size2) {
            this.p.bigReductionCount = 1;
            this.p.lastBigReductionStart = start;
            this.p.lastBigReductionSize = size2;
          }
        }
        let bufferBase = base ? this.stack[base - 1] : 0, count = this.bufferBase + this.buffer.length - bufferBase;
        if (type < parser2.minRepeatTerm || action & 131072) {
          let pos = parser2.stateFlag(
            this.state,
            1
            /* StateFlag.Skipped */
          ) ? this.pos : this.reducePos;
          this.storeNode(type, start, pos, count + 4, true);
        }
        if (action & 262144) {
          this.state = this.stack[base];
        } else {
          let baseStateID = this.stack[base - 3];
          this.state = parser2.getGoto(baseStateID, type, true);
        }
        while (this.stack.length > base)
          this.stack.pop();
        this.reduceContext(type, start);
      }
      // Shift a value into the buffer
      /**
      @internal
      */
      storeNode(term, start, end, size2 = 4, mustSink = false) {
        if (term == 0 && (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
          let top = this.buffer.length;
          if (top > 0 && this.buffer[top - 4] == 0 && this.buffer[top - 1] > -1) {
            if (start == end)
              return;
            if (this.buffer[top - 2] >= start) {
              this.buffer[top - 2] = end;
              return;
            }
          }
        }
        if (!mustSink || this.pos == end) {
          this.buffer.push(term, start, end, size2);
        } else {
          let index = this.buffer.length;
          if (index > 0 && (this.buffer[index - 4] != 0 || this.buffer[index - 1] < 0)) {
            let mustMove = false;
            for (let scan = index; scan > 0 && this.buffer[scan - 2] > end; scan -= 4) {
              if (this.buffer[scan - 1] >= 0) {
                mustMove = true;
                break;
              }
            }
            if (mustMove)
              while (index > 0 && this.buffer[index - 2] > end) {
                this.buffer[index] = this.buffer[index - 4];
                this.buffer[index + 1] = this.buffer[index - 3];
                this.buffer[index + 2] = this.buffer[index - 2];
                this.buffer[index + 3] = this.buffer[index - 1];
                index -= 4;
                if (size2 > 4)
                  size2 -= 4;
              }
          }
          this.buffer[index] = term;
          this.buffer[index + 1] = start;
          this.buffer[index + 2] = end;
          this.buffer[index + 3] = size2;
        }
      }
      // Apply a shift action
      /**
      @internal
      */
      shift(action, type, start, end) {
        if (action & 131072) {
          this.pushState(action & 65535, this.pos);
        } else if ((action & 262144) == 0) {
          let nextState = action, { parser: parser2 } = this.p;
          this.pos = end;
          let skipped = parser2.stateFlag(
            nextState,
            1
            /* StateFlag.Skipped */
          );
          if (!skipped && (end > start || type <= parser2.maxNode))
            this.reducePos = end;
          this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos));
          this.shiftContext(type, start);
          if (type <= parser2.maxNode)
            this.buffer.push(type, start, end, 4);
        } else {
          this.pos = end;
          this.shiftContext(type, start);
          if (type <= this.p.parser.maxNode)
            this.buffer.push(type, start, end, 4);
        }
      }
      // Apply an action
      /**
      @internal
      */
      apply(action, next, nextStart, nextEnd) {
        if (action & 65536)
          this.reduce(action);
        else
          this.shift(action, next, nextStart, nextEnd);
      }
      // Add a prebuilt (reused) node into the buffer.
      /**
      @internal
      */
      useNode(value, next, start) {
        let index = this.p.reused.length - 1;
        if (index < 0 || this.p.reused[index] != value) {
          this.p.reused.push(value);
          index++;
        }
        let end = this.reducePos = this.pos = start + value.length;
        this.pushState(next, start);
        this.buffer.push(
          index,
          start,
          end,
          -1
          /* size == -1 means this is a reused value */
        );
        if (this.curContext)
          this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream, this.pos - value.length));
      }
      // Split the stack. Due to the buffer sharing and the fact
      // that `this.stack` tends to stay quite shallow, this isn't very
      // expensive.
      /**
      @internal
      */
      split() {
        let parent = this;
        let off = parent.buffer.length;
        if (off && parent.buffer[off - 4] == 0)
          off -= 4;
        while (off > 0 && parent.buffer[off - 2] > parent.reducePos)
          off -= 4;
        let buffer = parent.buffer.slice(off), base = parent.bufferBase + off;
        while (parent && base == parent.bufferBase)
          parent = parent.parent;
        return new _Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base, this.curContext, this.lookAhead, parent);
      }
      // Try to recover from an error by 'deleting' (ignoring) one token.
      /**
      @internal
      */
      recoverByDelete(next, nextEnd) {
        let isNode = next <= this.p.parser.maxNode;
        if (isNode)
          this.storeNode(next, this.pos, nextEnd, 4);
        this.storeNode(0, this.pos, nextEnd, isNode ? 8 : 4);
        this.pos = this.reducePos = nextEnd;
        this.score -= 190;
      }
      /**
      Check if the given term would be able to be shifted (optionally
      after some reductions) on this stack. This can be useful for
      external tokenizers that want to make sure they only provide a
      given token when it applies.
      */
      canShift(term) {
        for (let sim = new SimulatedStack(this); ; ) {
          let action = this.p.parser.stateSlot(
            sim.state,
            4
            /* ParseState.DefaultReduce */
          ) || this.p.parser.hasAction(sim.state, term);
          if (action == 0)
            return false;
          if ((action & 65536) == 0)
            return true;
          sim.reduce(action);
        }
      }
      // Apply up to Recover.MaxNext recovery actions that conceptually
      // inserts some missing token or rule.
      /**
      @internal
      */
      recoverByInsert(next) {
        if (this.stack.length >= 300)
          return [];
        let nextStates = this.p.parser.nextStates(this.state);
        if (nextStates.length > 4 << 1 || this.stack.length >= 120) {
          let best = [];
          for (let i = 0, s; i < nextStates.length; i += 2) {
            if ((s = nextStates[i + 1]) != this.state && this.p.parser.hasAction(s, next))
              best.push(nextStates[i], s);
          }
          if (this.stack.length < 120)
            for (let i = 0; best.length < 4 << 1 && i < nextStates.length; i += 2) {
              let s = nextStates[i + 1];
              if (!best.some((v2, i2) => i2 & 1 && v2 == s))
                best.push(nextStates[i], s);
            }
          nextStates = best;
        }
        let result = [];
        for (let i = 0; i < nextStates.length && result.length < 4; i += 2) {
          let s = nextStates[i + 1];
          if (s == this.state)
            continue;
          let stack = this.split();
          stack.pushState(s, this.pos);
          stack.storeNode(0, stack.pos, stack.pos, 4, true);
          stack.shiftContext(nextStates[i], this.pos);
          stack.reducePos = this.pos;
          stack.score -= 200;
          result.push(stack);
        }
        return result;
      }
      // Force a reduce, if possible. Return false if that can't
      // be done.
      /**
      @internal
      */
      forceReduce() {
        let { parser: parser2 } = this.p;
        let reduce = parser2.stateSlot(
          this.state,
          5
          /* ParseState.ForcedReduce */
        );
        if ((reduce & 65536) == 0)
          return false;
        if (!parser2.validAction(this.state, reduce)) {
          let depth = reduce >> 19, term = reduce & 65535;
          let target = this.stack.length - depth * 3;
          if (target < 0 || parser2.getGoto(this.stack[target], term, false) < 0) {
            let backup = this.findForcedReduction();
            if (backup == null)
              return false;
            reduce = backup;
          }
          this.storeNode(0, this.pos, this.pos, 4, true);
          this.score -= 100;
        }
        this.reducePos = this.pos;
        this.reduce(reduce);
        return true;
      }
      /**
      Try to scan through the automaton to find some kind of reduction
      that can be applied. Used when the regular ForcedReduce field
      isn't a valid action. @internal
      */
      findForcedReduction() {
        let { parser: parser2 } = this.p, seen = [];
        let explore = (state, depth) => {
          if (seen.includes(state))
            return;
          seen.push(state);
          return parser2.allActions(state, (action) => {
            if (action & (262144 | 131072)) ;
            else if (action & 65536) {
              let rDepth = (action >> 19) - depth;
              if (rDepth > 1) {
                let term = action & 65535, target = this.stack.length - rDepth * 3;
                if (target >= 0 && parser2.getGoto(this.stack[target], term, false) >= 0)
                  return rDepth << 19 | 65536 | term;
              }
            } else {
              let found2 = explore(action, depth + 1);
              if (found2 != null)
                return found2;
            }
          });
        };
        return explore(this.state, 0);
      }
      /**
      @internal
      */
      forceAll() {
        while (!this.p.parser.stateFlag(
          this.state,
          2
          /* StateFlag.Accepting */
        )) {
          if (!this.forceReduce()) {
            this.storeNode(0, this.pos, this.pos, 4, true);
            break;
          }
        }
        return this;
      }
      /**
      Check whether this state has no further actions (assumed to be a direct descendant of the
      top state, since any other states must be able to continue
      somehow). @internal
      */
      get deadEnd() {
        if (this.stack.length != 3)
          return false;
        let { parser: parser2 } = this.p;
        return parser2.data[parser2.stateSlot(
          this.state,
          1
          /* ParseState.Actions */
        )] == 65535 && !parser2.stateSlot(
          this.state,
          4
          /* ParseState.DefaultReduce */
        );
      }
      /**
      Restart the stack (put it back in its start state). Only safe
      when this.stack.length == 3 (state is directly below the top
      state). @internal
      */
      restart() {
        this.storeNode(0, this.pos, this.pos, 4, true);
        this.state = this.stack[0];
        this.stack.length = 0;
      }
      /**
      @internal
      */
      sameState(other) {
        if (this.state != other.state || this.stack.length != other.stack.length)
          return false;
        for (let i = 0; i < this.stack.length; i += 3)
          if (this.stack[i] != other.stack[i])
            return false;
        return true;
      }
      /**
      Get the parser used by this stack.
      */
      get parser() {
        return this.p.parser;
      }
      /**
      Test whether a given dialect (by numeric ID, as exported from
      the terms file) is enabled.
      */
      dialectEnabled(dialectID) {
        return this.p.parser.dialect.flags[dialectID];
      }
      shiftContext(term, start) {
        if (this.curContext)
          this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream, start));
      }
      reduceContext(term, start) {
        if (this.curContext)
          this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream, start));
      }
      /**
      @internal
      */
      emitContext() {
        let last2 = this.buffer.length - 1;
        if (last2 < 0 || this.buffer[last2] != -3)
          this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, true);
      }
      /**
      @internal
      */
      emitLookAhead() {
        let last2 = this.buffer.length - 1;
        if (last2 < 0 || this.buffer[last2] != -4)
          this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
      }
      updateContext(context) {
        if (context != this.curContext.context) {
          let newCx = new StackContext(this.curContext.tracker, context);
          if (newCx.hash != this.curContext.hash)
            this.emitContext();
          this.curContext = newCx;
        }
      }
      /**
      @internal
      */
      setLookAhead(lookAhead) {
        if (lookAhead <= this.lookAhead)
          return false;
        this.emitLookAhead();
        this.lookAhead = lookAhead;
        return true;
      }
      /**
      @internal
      */
      close() {
        if (this.curContext && this.curContext.tracker.strict)
          this.emitContext();
        if (this.lookAhead > 0)
          this.emitLookAhead();
      }
    };
    StackContext = class {
      constructor(tracker, context) {
        this.tracker = tracker;
        this.context = context;
        this.hash = tracker.strict ? tracker.hash(context) : 0;
      }
    };
    SimulatedStack = class {
      constructor(start) {
        this.start = start;
        this.state = start.state;
        this.stack = start.stack;
        this.base = this.stack.length;
      }
      reduce(action) {
        let term = action & 65535, depth = action >> 19;
        if (depth == 0) {
          if (this.stack == this.start.stack)
            this.stack = this.stack.slice();
          this.stack.push(this.state, 0, 0);
          this.base += 3;
        } else {
          this.base -= (depth - 1) * 3;
        }
        let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, true);
        this.state = goto;
      }
    };
    StackBufferCursor = class _StackBufferCursor {
      constructor(stack, pos, index) {
        this.stack = stack;
        this.pos = pos;
        this.index = index;
        this.buffer = stack.buffer;
        if (this.index == 0)
          this.maybeNext();
      }
      static create(stack, pos = stack.bufferBase + stack.buffer.length) {
        return new _StackBufferCursor(stack, pos, pos - stack.bufferBase);
      }
      maybeNext() {
        let next = this.stack.parent;
        if (next != null) {
          this.index = this.stack.bufferBase - next.bufferBase;
          this.stack = next;
          this.buffer = next.buffer;
        }
      }
      get id() {
        return this.buffer[this.index - 4];
      }
      get start() {
        return this.buffer[this.index - 3];
      }
      get end() {
        return this.buffer[this.index - 2];
      }
      get size() {
        return this.buffer[this.index - 1];
      }
      next() {
        this.index -= 4;
        this.pos -= 4;
        if (this.index == 0)
          this.maybeNext();
      }
      fork() {
        return new _StackBufferCursor(this.stack, this.pos, this.index);
      }
    };
    CachedToken = class {
      constructor() {
        this.start = -1;
        this.value = -1;
        this.end = -1;
        this.extended = -1;
        this.lookAhead = 0;
        this.mask = 0;
        this.context = 0;
      }
    };
    nullToken = new CachedToken();
    InputStream = class {
      /**
      @internal
      */
      constructor(input, ranges) {
        this.input = input;
        this.ranges = ranges;
        this.chunk = "";
        this.chunkOff = 0;
        this.chunk2 = "";
        this.chunk2Pos = 0;
        this.next = -1;
        this.token = nullToken;
        this.rangeIndex = 0;
        this.pos = this.chunkPos = ranges[0].from;
        this.range = ranges[0];
        this.end = ranges[ranges.length - 1].to;
        this.readNext();
      }
      /**
      @internal
      */
      resolveOffset(offset, assoc) {
        let range = this.range, index = this.rangeIndex;
        let pos = this.pos + offset;
        while (pos < range.from) {
          if (!index)
            return null;
          let next = this.ranges[--index];
          pos -= range.from - next.to;
          range = next;
        }
        while (assoc < 0 ? pos > range.to : pos >= range.to) {
          if (index == this.ranges.length - 1)
            return null;
          let next = this.ranges[++index];
          pos += next.from - range.to;
          range = next;
        }
        return pos;
      }
      /**
      @internal
      */
      clipPos(pos) {
        if (pos >= this.range.from && pos < this.range.to)
          return pos;
        for (let range of this.ranges)
          if (range.to > pos)
            return Math.max(pos, range.from);
        return this.end;
      }
      /**
      Look at a code unit near the stream position. `.peek(0)` equals
      `.next`, `.peek(-1)` gives you the previous character, and so
      on.
      
      Note that looking around during tokenizing creates dependencies
      on potentially far-away content, which may reduce the
      effectiveness incremental parsing—when looking forward—or even
      cause invalid reparses when looking backward more than 25 code
      units, since the library does not track lookbehind.
      */
      peek(offset) {
        let idx = this.chunkOff + offset, pos, result;
        if (idx >= 0 && idx < this.chunk.length) {
          pos = this.pos + offset;
          result = this.chunk.charCodeAt(idx);
        } else {
          let resolved = this.resolveOffset(offset, 1);
          if (resolved == null)
            return -1;
          pos = resolved;
          if (pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length) {
            result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
          } else {
            let i = this.rangeIndex, range = this.range;
            while (range.to <= pos)
              range = this.ranges[++i];
            this.chunk2 = this.input.chunk(this.chunk2Pos = pos);
            if (pos + this.chunk2.length > range.to)
              this.chunk2 = this.chunk2.slice(0, range.to - pos);
            result = this.chunk2.charCodeAt(0);
          }
        }
        if (pos >= this.token.lookAhead)
          this.token.lookAhead = pos + 1;
        return result;
      }
      /**
      Accept a token. By default, the end of the token is set to the
      current stream position, but you can pass an offset (relative to
      the stream position) to change that.
      */
      acceptToken(token, endOffset = 0) {
        let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
        if (end == null || end < this.token.start)
          throw new RangeError("Token end out of bounds");
        this.token.value = token;
        this.token.end = end;
      }
      /**
      Accept a token ending at a specific given position.
      */
      acceptTokenTo(token, endPos) {
        this.token.value = token;
        this.token.end = endPos;
      }
      getChunk() {
        if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
          let { chunk, chunkPos } = this;
          this.chunk = this.chunk2;
          this.chunkPos = this.chunk2Pos;
          this.chunk2 = chunk;
          this.chunk2Pos = chunkPos;
          this.chunkOff = this.pos - this.chunkPos;
        } else {
          this.chunk2 = this.chunk;
          this.chunk2Pos = this.chunkPos;
          let nextChunk = this.input.chunk(this.pos);
          let end = this.pos + nextChunk.length;
          this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk;
          this.chunkPos = this.pos;
          this.chunkOff = 0;
        }
      }
      readNext() {
        if (this.chunkOff >= this.chunk.length) {
          this.getChunk();
          if (this.chunkOff == this.chunk.length)
            return this.next = -1;
        }
        return this.next = this.chunk.charCodeAt(this.chunkOff);
      }
      /**
      Move the stream forward N (defaults to 1) code units. Returns
      the new value of [`next`](#lr.InputStream.next).
      */
      advance(n = 1) {
        this.chunkOff += n;
        while (this.pos + n >= this.range.to) {
          if (this.rangeIndex == this.ranges.length - 1)
            return this.setDone();
          n -= this.range.to - this.pos;
          this.range = this.ranges[++this.rangeIndex];
          this.pos = this.range.from;
        }
        this.pos += n;
        if (this.pos >= this.token.lookAhead)
          this.token.lookAhead = this.pos + 1;
        return this.readNext();
      }
      setDone() {
        this.pos = this.chunkPos = this.end;
        this.range = this.ranges[this.rangeIndex = this.ranges.length - 1];
        this.chunk = "";
        return this.next = -1;
      }
      /**
      @internal
      */
      reset(pos, token) {
        if (token) {
          this.token = token;
          token.start = pos;
          token.lookAhead = pos + 1;
          token.value = token.extended = -1;
        } else {
          this.token = nullToken;
        }
        if (this.pos != pos) {
          this.pos = pos;
          if (pos == this.end) {
            this.setDone();
            return this;
          }
          while (pos < this.range.from)
            this.range = this.ranges[--this.rangeIndex];
          while (pos >= this.range.to)
            this.range = this.ranges[++this.rangeIndex];
          if (pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length) {
            this.chunkOff = pos - this.chunkPos;
          } else {
            this.chunk = "";
            this.chunkOff = 0;
          }
          this.readNext();
        }
        return this;
      }
      /**
      @internal
      */
      read(from, to) {
        if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
          return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
        if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
          return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
        if (from >= this.range.from && to <= this.range.to)
          return this.input.read(from, to);
        let result = "";
        for (let r of this.ranges) {
          if (r.from >= to)
            break;
          if (r.to > from)
            result += this.input.read(Math.max(r.from, from), Math.min(r.to, to));
        }
        return result;
      }
    };
    TokenGroup = class {
      constructor(data, id) {
        this.data = data;
        this.id = id;
      }
      token(input, stack) {
        let { parser: parser2 } = stack.p;
        readToken(this.data, input, stack, this.id, parser2.data, parser2.tokenPrecTable);
      }
    };
    TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
    LocalTokenGroup = class {
      constructor(data, precTable, elseToken) {
        this.precTable = precTable;
        this.elseToken = elseToken;
        this.data = typeof data == "string" ? decodeArray(data) : data;
      }
      token(input, stack) {
        let start = input.pos, skipped = 0;
        for (; ; ) {
          let atEof = input.next < 0, nextPos = input.resolveOffset(1, 1);
          readToken(this.data, input, stack, 0, this.data, this.precTable);
          if (input.token.value > -1)
            break;
          if (this.elseToken == null)
            return;
          if (!atEof)
            skipped++;
          if (nextPos == null)
            break;
          input.reset(nextPos, input.token);
        }
        if (skipped) {
          input.reset(start, input.token);
          input.acceptToken(this.elseToken, skipped);
        }
      }
    };
    LocalTokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
    verbose = typeof process != "undefined" && process.env && /\bparse\b/.test(process.env.LOG);
    stackIDs = null;
    FragmentCursor = class {
      constructor(fragments, minRepeat) {
        this.fragments = fragments;
        this.minRepeat = minRepeat;
        this.i = 0;
        this.fragment = null;
        this.safeFrom = -1;
        this.safeTo = -1;
        this.trees = [];
        this.start = [];
        this.index = [];
        this.lastRepeat = null;
        this.lastRepeatPos = -1;
        this.nextFragment();
      }
      nextFragment() {
        let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
        if (fr) {
          this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from;
          this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to;
          while (this.trees.length) {
            this.trees.pop();
            this.start.pop();
            this.index.pop();
          }
          this.trees.push(fr.tree);
          this.start.push(-fr.offset);
          this.index.push(0);
          this.nextStart = this.safeFrom;
        } else {
          this.nextStart = 1e9;
        }
      }
      // `pos` must be >= any previously given `pos` for this cursor
      nodeAt(pos) {
        if (pos < this.nextStart)
          return null;
        while (this.fragment && this.safeTo <= pos)
          this.nextFragment();
        if (!this.fragment)
          return null;
        for (; ; ) {
          let last2 = this.trees.length - 1;
          if (last2 < 0) {
            this.nextFragment();
            return null;
          }
          if (pos < this.safeFrom)
            return null;
          let top = this.trees[last2], index = this.index[last2];
          if (index == top.children.length) {
            this.trees.pop();
            this.start.pop();
            this.index.pop();
            continue;
          }
          let next = top.children[index];
          let start = this.start[last2] + top.positions[index];
          if (start > pos) {
            this.nextStart = start;
            return null;
          }
          if (next instanceof Tree) {
            let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
            if (start == pos || storeRepeat) {
              let end = start + next.length, lookahead;
              if (start >= this.safeFrom && end <= this.safeTo && (!(lookahead = next.prop(NodeProp.lookAhead)) || end + lookahead < this.fragment.to)) {
                if (storeRepeat) {
                  this.lastRepeat = next;
                  this.lastRepeatPos = start;
                }
                if (start == pos)
                  return next;
              }
            }
            this.index[last2]++;
            if (start + next.length >= Math.max(this.safeFrom, pos)) {
              this.trees.push(next);
              this.start.push(start);
              this.index.push(0);
            }
          } else {
            this.index[last2]++;
            this.nextStart = start + next.length;
          }
        }
      }
    };
    TokenCache = class {
      constructor(parser2, stream) {
        this.stream = stream;
        this.tokens = [];
        this.mainToken = null;
        this.actions = [];
        this.tokens = parser2.tokenizers.map((_) => new CachedToken());
      }
      getActions(stack) {
        let actionIndex = 0;
        let main = null;
        let { parser: parser2 } = stack.p, { tokenizers } = parser2;
        let mask = parser2.stateSlot(
          stack.state,
          3
          /* ParseState.TokenizerMask */
        );
        let context = stack.curContext ? stack.curContext.hash : 0;
        let lookAhead = 0;
        for (let i = 0; i < tokenizers.length; i++) {
          if ((1 << i & mask) == 0)
            continue;
          let tokenizer = tokenizers[i], token = this.tokens[i];
          if (main && !tokenizer.fallback)
            continue;
          if (tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) {
            this.updateCachedToken(token, tokenizer, stack);
            token.mask = mask;
            token.context = context;
          }
          if (token.lookAhead > token.end + 25)
            lookAhead = Math.max(token.lookAhead, lookAhead);
          if (token.value != 0) {
            let startIndex = actionIndex;
            if (token.extended > -1)
              actionIndex = this.addActions(stack, token.extended, token.end, actionIndex);
            actionIndex = this.addActions(stack, token.value, token.end, actionIndex);
            if (!tokenizer.extend) {
              main = token;
              if (actionIndex > startIndex)
                break;
            }
          }
        }
        while (this.actions.length > actionIndex)
          this.actions.pop();
        if (lookAhead)
          stack.setLookAhead(lookAhead);
        if (!main && stack.pos == this.stream.end) {
          main = new CachedToken();
          main.value = stack.p.parser.eofTerm;
          main.start = main.end = stack.pos;
          actionIndex = this.addActions(stack, main.value, main.end, actionIndex);
        }
        this.mainToken = main;
        return this.actions;
      }
      getMainToken(stack) {
        if (this.mainToken)
          return this.mainToken;
        let main = new CachedToken(), { pos, p } = stack;
        main.start = pos;
        main.end = Math.min(pos + 1, p.stream.end);
        main.value = pos == p.stream.end ? p.parser.eofTerm : 0;
        return main;
      }
      updateCachedToken(token, tokenizer, stack) {
        let start = this.stream.clipPos(stack.pos);
        tokenizer.token(this.stream.reset(start, token), stack);
        if (token.value > -1) {
          let { parser: parser2 } = stack.p;
          for (let i = 0; i < parser2.specialized.length; i++)
            if (parser2.specialized[i] == token.value) {
              let result = parser2.specializers[i](this.stream.read(token.start, token.end), stack);
              if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
                if ((result & 1) == 0)
                  token.value = result >> 1;
                else
                  token.extended = result >> 1;
                break;
              }
            }
        } else {
          token.value = 0;
          token.end = this.stream.clipPos(start + 1);
        }
      }
      putAction(action, token, end, index) {
        for (let i = 0; i < index; i += 3)
          if (this.actions[i] == action)
            return index;
        this.actions[index++] = action;
        this.actions[index++] = token;
        this.actions[index++] = end;
        return index;
      }
      addActions(stack, token, end, index) {
        let { state } = stack, { parser: parser2 } = stack.p, { data } = parser2;
        for (let set2 = 0; set2 < 2; set2++) {
          for (let i = parser2.stateSlot(
            state,
            set2 ? 2 : 1
            /* ParseState.Actions */
          ); ; i += 3) {
            if (data[i] == 65535) {
              if (data[i + 1] == 1) {
                i = pair(data, i + 2);
              } else {
                if (index == 0 && data[i + 1] == 2)
                  index = this.putAction(pair(data, i + 2), token, end, index);
                break;
              }
            }
            if (data[i] == token)
              index = this.putAction(pair(data, i + 1), token, end, index);
          }
        }
        return index;
      }
    };
    Parse = class {
      constructor(parser2, input, fragments, ranges) {
        this.parser = parser2;
        this.input = input;
        this.ranges = ranges;
        this.recovering = 0;
        this.nextStackID = 9812;
        this.minStackPos = 0;
        this.reused = [];
        this.stoppedAt = null;
        this.lastBigReductionStart = -1;
        this.lastBigReductionSize = 0;
        this.bigReductionCount = 0;
        this.stream = new InputStream(input, ranges);
        this.tokens = new TokenCache(parser2, this.stream);
        this.topTerm = parser2.top[1];
        let { from } = ranges[0];
        this.stacks = [Stack.start(this, parser2.top[0], from)];
        this.fragments = fragments.length && this.stream.end - from > parser2.bufferLength * 4 ? new FragmentCursor(fragments, parser2.minRepeatTerm) : null;
      }
      get parsedPos() {
        return this.minStackPos;
      }
      // Move the parser forward. This will process all parse stacks at
      // `this.pos` and try to advance them to a further position. If no
      // stack for such a position is found, it'll start error-recovery.
      //
      // When the parse is finished, this will return a syntax tree. When
      // not, it returns `null`.
      advance() {
        let stacks = this.stacks, pos = this.minStackPos;
        let newStacks = this.stacks = [];
        let stopped, stoppedTokens;
        if (this.bigReductionCount > 300 && stacks.length == 1) {
          let [s] = stacks;
          while (s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart) {
          }
          this.bigReductionCount = this.lastBigReductionSize = 0;
        }
        for (let i = 0; i < stacks.length; i++) {
          let stack = stacks[i];
          for (; ; ) {
            this.tokens.mainToken = null;
            if (stack.pos > pos) {
              newStacks.push(stack);
            } else if (this.advanceStack(stack, newStacks, stacks)) {
              continue;
            } else {
              if (!stopped) {
                stopped = [];
                stoppedTokens = [];
              }
              stopped.push(stack);
              let tok = this.tokens.getMainToken(stack);
              stoppedTokens.push(tok.value, tok.end);
            }
            break;
          }
        }
        if (!newStacks.length) {
          let finished = stopped && findFinished(stopped);
          if (finished) {
            if (verbose)
              console.log("Finish with " + this.stackID(finished));
            return this.stackToTree(finished);
          }
          if (this.parser.strict) {
            if (verbose && stopped)
              console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none"));
            throw new SyntaxError("No parse at " + pos);
          }
          if (!this.recovering)
            this.recovering = 5;
        }
        if (this.recovering && stopped) {
          let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0] : this.runRecovery(stopped, stoppedTokens, newStacks);
          if (finished) {
            if (verbose)
              console.log("Force-finish " + this.stackID(finished));
            return this.stackToTree(finished.forceAll());
          }
        }
        if (this.recovering) {
          let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3;
          if (newStacks.length > maxRemaining) {
            newStacks.sort((a, b) => b.score - a.score);
            while (newStacks.length > maxRemaining)
              newStacks.pop();
          }
          if (newStacks.some((s) => s.reducePos > pos))
            this.recovering--;
        } else if (newStacks.length > 1) {
          outer: for (let i = 0; i < newStacks.length - 1; i++) {
            let stack = newStacks[i];
            for (let j = i + 1; j < newStacks.length; j++) {
              let other = newStacks[j];
              if (stack.sameState(other) || stack.buffer.length > 500 && other.buffer.length > 500) {
                if ((stack.score - other.score || stack.buffer.length - other.buffer.length) > 0) {
                  newStacks.splice(j--, 1);
                } else {
                  newStacks.splice(i--, 1);
                  continue outer;
                }
              }
            }
          }
          if (newStacks.length > 12) {
            newStacks.sort((a, b) => b.score - a.score);
            newStacks.splice(
              12,
              newStacks.length - 12
              /* Rec.MaxStackCount */
            );
          }
        }
        this.minStackPos = newStacks[0].pos;
        for (let i = 1; i < newStacks.length; i++)
          if (newStacks[i].pos < this.minStackPos)
            this.minStackPos = newStacks[i].pos;
        return null;
      }
      stopAt(pos) {
        if (this.stoppedAt != null && this.stoppedAt < pos)
          throw new RangeError("Can't move stoppedAt forward");
        this.stoppedAt = pos;
      }
      // See if a given tree, or a descendant right at its start, can be
      // reused in the given stack.
      tryReuse(stack, start, tree, repeatOnly) {
        if (!tree)
          return null;
        let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
        for (; tree; ) {
          let match = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1 : this.parser.getGoto(stack.state, tree.type.id);
          if (match > -1 && tree.length && (!strictCx || (tree.prop(NodeProp.contextHash) || 0) == cxHash)) {
            stack.useNode(tree, match, start);
            return tree;
          }
          if (tree.children.length == 0 || tree.positions[0] > 0)
            break;
          let inner = tree.children[0];
          if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
            tree = inner;
          else
            break;
        }
        return null;
      }
      // Returns an updated version of the given stack, or null if the
      // stack can't advance normally. When `split` and `stacks` are
      // given, stacks split off by ambiguous operations will be pushed to
      // `split`, or added to `stacks` if they move `pos` forward.
      advanceStack(stack, stacks, split) {
        let start = stack.pos, { parser: parser2 } = this;
        let base = verbose ? this.stackID(stack) + " -> " : "";
        if (this.stoppedAt != null && start > this.stoppedAt)
          return stack.forceReduce() ? stack : null;
        if (this.fragments) {
          let reused = stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos && this.fragments.lastRepeatPos == stack.reducePos && this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, true) || this.tryReuse(stack, start, this.fragments.nodeAt(start), false);
          if (reused) {
            if (verbose)
              console.log(base + this.stackID(stack) + ` (via reuse of ${parser2.getName(reused.type.id)})`);
            return true;
          }
        }
        let defaultReduce = parser2.stateSlot(
          stack.state,
          4
          /* ParseState.DefaultReduce */
        );
        if (defaultReduce > 0) {
          stack.reduce(defaultReduce);
          if (verbose)
            console.log(base + this.stackID(stack) + ` (via always-reduce ${parser2.getName(
              defaultReduce & 65535
              /* Action.ValueMask */
            )})`);
          return true;
        }
        if (stack.stack.length >= 8400) {
          while (stack.stack.length > 6e3 && stack.forceReduce()) {
          }
        }
        let actions = this.tokens.getActions(stack);
        for (let i = 0; i < actions.length; ) {
          let action = actions[i++], term = actions[i++], end = actions[i++];
          let last2 = i == actions.length || !split;
          let localStack = last2 ? stack : stack.split();
          let main = this.tokens.mainToken;
          localStack.apply(action, term, main ? main.start : localStack.pos, end);
          if (verbose)
            console.log(base + this.stackID(localStack) + ` (via ${(action & 65536) == 0 ? "shift" : `reduce of ${parser2.getName(
              action & 65535
              /* Action.ValueMask */
            )}`} for ${parser2.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`);
          if (last2)
            return true;
          else if (localStack.pos > start)
            stacks.push(localStack);
          else
            split.push(localStack);
        }
        return false;
      }
      // Advance a given stack forward as far as it will go. Returns the
      // (possibly updated) stack if it got stuck, or null if it moved
      // forward and was given to `pushStackDedup`.
      advanceFully(stack, newStacks) {
        let pos = stack.pos;
        for (; ; ) {
          if (!this.advanceStack(stack, null, null))
            return false;
          if (stack.pos > pos) {
            pushStackDedup(stack, newStacks);
            return true;
          }
        }
      }
      runRecovery(stacks, tokens, newStacks) {
        let finished = null, restarted = false;
        for (let i = 0; i < stacks.length; i++) {
          let stack = stacks[i], token = tokens[i << 1], tokenEnd = tokens[(i << 1) + 1];
          let base = verbose ? this.stackID(stack) + " -> " : "";
          if (stack.deadEnd) {
            if (restarted)
              continue;
            restarted = true;
            stack.restart();
            if (verbose)
              console.log(base + this.stackID(stack) + " (restarted)");
            let done = this.advanceFully(stack, newStacks);
            if (done)
              continue;
          }
          let force = stack.split(), forceBase = base;
          for (let j = 0; j < 10 && force.forceReduce(); j++) {
            if (verbose)
              console.log(forceBase + this.stackID(force) + " (via force-reduce)");
            let done = this.advanceFully(force, newStacks);
            if (done)
              break;
            if (verbose)
              forceBase = this.stackID(force) + " -> ";
          }
          for (let insert of stack.recoverByInsert(token)) {
            if (verbose)
              console.log(base + this.stackID(insert) + " (via recover-insert)");
            this.advanceFully(insert, newStacks);
          }
          if (this.stream.end > stack.pos) {
            if (tokenEnd == stack.pos) {
              tokenEnd++;
              token = 0;
            }
            stack.recoverByDelete(token, tokenEnd);
            if (verbose)
              console.log(base + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`);
            pushStackDedup(stack, newStacks);
          } else if (!finished || finished.score < force.score) {
            finished = force;
          }
        }
        return finished;
      }
      // Convert the stack's buffer to a syntax tree.
      stackToTree(stack) {
        stack.close();
        return Tree.build({
          buffer: StackBufferCursor.create(stack),
          nodeSet: this.parser.nodeSet,
          topID: this.topTerm,
          maxBufferLength: this.parser.bufferLength,
          reused: this.reused,
          start: this.ranges[0].from,
          length: stack.pos - this.ranges[0].from,
          minRepeatType: this.parser.minRepeatTerm
        });
      }
      stackID(stack) {
        let id = (stackIDs || (stackIDs = /* @__PURE__ */ new WeakMap())).get(stack);
        if (!id)
          stackIDs.set(stack, id = String.fromCodePoint(this.nextStackID++));
        return id + stack;
      }
    };
    Dialect = class {
      constructor(source, flags, disabled) {
        this.source = source;
        this.flags = flags;
        this.disabled = disabled;
      }
      allows(term) {
        return !this.disabled || this.disabled[term] == 0;
      }
    };
    LRParser = class _LRParser extends Parser {
      /**
      @internal
      */
      constructor(spec) {
        super();
        this.wrappers = [];
        if (spec.version != 14)
          throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (${14})`);
        let nodeNames = spec.nodeNames.split(" ");
        this.minRepeatTerm = nodeNames.length;
        for (let i = 0; i < spec.repeatNodeCount; i++)
          nodeNames.push("");
        let topTerms = Object.keys(spec.topRules).map((r) => spec.topRules[r][1]);
        let nodeProps = [];
        for (let i = 0; i < nodeNames.length; i++)
          nodeProps.push([]);
        function setProp(nodeID, prop, value) {
          nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
        }
        if (spec.nodeProps)
          for (let propSpec of spec.nodeProps) {
            let prop = propSpec[0];
            if (typeof prop == "string")
              prop = NodeProp[prop];
            for (let i = 1; i < propSpec.length; ) {
              let next = propSpec[i++];
              if (next >= 0) {
                setProp(next, prop, propSpec[i++]);
              } else {
                let value = propSpec[i + -next];
                for (let j = -next; j > 0; j--)
                  setProp(propSpec[i++], prop, value);
                i++;
              }
            }
          }
        this.nodeSet = new NodeSet(nodeNames.map((name2, i) => NodeType.define({
          name: i >= this.minRepeatTerm ? void 0 : name2,
          id: i,
          props: nodeProps[i],
          top: topTerms.indexOf(i) > -1,
          error: i == 0,
          skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i) > -1
        })));
        if (spec.propSources)
          this.nodeSet = this.nodeSet.extend(...spec.propSources);
        this.strict = false;
        this.bufferLength = DefaultBufferLength;
        let tokenArray = decodeArray(spec.tokenData);
        this.context = spec.context;
        this.specializerSpecs = spec.specialized || [];
        this.specialized = new Uint16Array(this.specializerSpecs.length);
        for (let i = 0; i < this.specializerSpecs.length; i++)
          this.specialized[i] = this.specializerSpecs[i].term;
        this.specializers = this.specializerSpecs.map(getSpecializer);
        this.states = decodeArray(spec.states, Uint32Array);
        this.data = decodeArray(spec.stateData);
        this.goto = decodeArray(spec.goto);
        this.maxTerm = spec.maxTerm;
        this.tokenizers = spec.tokenizers.map((value) => typeof value == "number" ? new TokenGroup(tokenArray, value) : value);
        this.topRules = spec.topRules;
        this.dialects = spec.dialects || {};
        this.dynamicPrecedences = spec.dynamicPrecedences || null;
        this.tokenPrecTable = spec.tokenPrec;
        this.termNames = spec.termNames || null;
        this.maxNode = this.nodeSet.types.length - 1;
        this.dialect = this.parseDialect();
        this.top = this.topRules[Object.keys(this.topRules)[0]];
      }
      createParse(input, fragments, ranges) {
        let parse3 = new Parse(this, input, fragments, ranges);
        for (let w of this.wrappers)
          parse3 = w(parse3, input, fragments, ranges);
        return parse3;
      }
      /**
      Get a goto table entry @internal
      */
      getGoto(state, term, loose = false) {
        let table = this.goto;
        if (term >= table[0])
          return -1;
        for (let pos = table[term + 1]; ; ) {
          let groupTag = table[pos++], last2 = groupTag & 1;
          let target = table[pos++];
          if (last2 && loose)
            return target;
          for (let end = pos + (groupTag >> 1); pos < end; pos++)
            if (table[pos] == state)
              return target;
          if (last2)
            return -1;
        }
      }
      /**
      Check if this state has an action for a given terminal @internal
      */
      hasAction(state, terminal) {
        let data = this.data;
        for (let set2 = 0; set2 < 2; set2++) {
          for (let i = this.stateSlot(
            state,
            set2 ? 2 : 1
            /* ParseState.Actions */
          ), next; ; i += 3) {
            if ((next = data[i]) == 65535) {
              if (data[i + 1] == 1)
                next = data[i = pair(data, i + 2)];
              else if (data[i + 1] == 2)
                return pair(data, i + 2);
              else
                break;
            }
            if (next == terminal || next == 0)
              return pair(data, i + 1);
          }
        }
        return 0;
      }
      /**
      @internal
      */
      stateSlot(state, slot) {
        return this.states[state * 6 + slot];
      }
      /**
      @internal
      */
      stateFlag(state, flag) {
        return (this.stateSlot(
          state,
          0
          /* ParseState.Flags */
        ) & flag) > 0;
      }
      /**
      @internal
      */
      validAction(state, action) {
        return !!this.allActions(state, (a) => a == action ? true : null);
      }
      /**
      @internal
      */
      allActions(state, action) {
        let deflt = this.stateSlot(
          state,
          4
          /* ParseState.DefaultReduce */
        );
        let result = deflt ? action(deflt) : void 0;
        for (let i = this.stateSlot(
          state,
          1
          /* ParseState.Actions */
        ); result == null; i += 3) {
          if (this.data[i] == 65535) {
            if (this.data[i + 1] == 1)
              i = pair(this.data, i + 2);
            else
              break;
          }
          result = action(pair(this.data, i + 1));
        }
        return result;
      }
      /**
      Get the states that can follow this one through shift actions or
      goto jumps. @internal
      */
      nextStates(state) {
        let result = [];
        for (let i = this.stateSlot(
          state,
          1
          /* ParseState.Actions */
        ); ; i += 3) {
          if (this.data[i] == 65535) {
            if (this.data[i + 1] == 1)
              i = pair(this.data, i + 2);
            else
              break;
          }
          if ((this.data[i + 2] & 65536 >> 16) == 0) {
            let value = this.data[i + 1];
            if (!result.some((v2, i2) => i2 & 1 && v2 == value))
              result.push(this.data[i], value);
          }
        }
        return result;
      }
      /**
      Configure the parser. Returns a new parser instance that has the
      given settings modified. Settings not provided in `config` are
      kept from the original parser.
      */
      configure(config3) {
        let copy2 = Object.assign(Object.create(_LRParser.prototype), this);
        if (config3.props)
          copy2.nodeSet = this.nodeSet.extend(...config3.props);
        if (config3.top) {
          let info = this.topRules[config3.top];
          if (!info)
            throw new RangeError(`Invalid top rule name ${config3.top}`);
          copy2.top = info;
        }
        if (config3.tokenizers)
          copy2.tokenizers = this.tokenizers.map((t2) => {
            let found2 = config3.tokenizers.find((r) => r.from == t2);
            return found2 ? found2.to : t2;
          });
        if (config3.specializers) {
          copy2.specializers = this.specializers.slice();
          copy2.specializerSpecs = this.specializerSpecs.map((s, i) => {
            let found2 = config3.specializers.find((r) => r.from == s.external);
            if (!found2)
              return s;
            let spec = Object.assign(Object.assign({}, s), { external: found2.to });
            copy2.specializers[i] = getSpecializer(spec);
            return spec;
          });
        }
        if (config3.contextTracker)
          copy2.context = config3.contextTracker;
        if (config3.dialect)
          copy2.dialect = this.parseDialect(config3.dialect);
        if (config3.strict != null)
          copy2.strict = config3.strict;
        if (config3.wrap)
          copy2.wrappers = copy2.wrappers.concat(config3.wrap);
        if (config3.bufferLength != null)
          copy2.bufferLength = config3.bufferLength;
        return copy2;
      }
      /**
      Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
      are registered for this parser.
      */
      hasWrappers() {
        return this.wrappers.length > 0;
      }
      /**
      Returns the name associated with a given term. This will only
      work for all terms when the parser was generated with the
      `--names` option. By default, only the names of tagged terms are
      stored.
      */
      getName(term) {
        return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
      }
      /**
      The eof term id is always allocated directly after the node
      types. @internal
      */
      get eofTerm() {
        return this.maxNode + 1;
      }
      /**
      The type of top node produced by the parser.
      */
      get topNode() {
        return this.nodeSet.types[this.top[1]];
      }
      /**
      @internal
      */
      dynamicPrecedence(term) {
        let prec = this.dynamicPrecedences;
        return prec == null ? 0 : prec[term] || 0;
      }
      /**
      @internal
      */
      parseDialect(dialect) {
        let values = Object.keys(this.dialects), flags = values.map(() => false);
        if (dialect)
          for (let part of dialect.split(" ")) {
            let id = values.indexOf(part);
            if (id >= 0)
              flags[id] = true;
          }
        let disabled = null;
        for (let i = 0; i < values.length; i++)
          if (!flags[i]) {
            for (let j = this.dialects[values[i]], id; (id = this.data[j++]) != 65535; )
              (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id] = 1;
          }
        return new Dialect(dialect, flags, disabled);
      }
      /**
      Used by the output of the parser generator. Not available to
      user code. @hide
      */
      static deserialize(spec) {
        return new _LRParser(spec);
      }
    };
  }
});

// node_modules/@lezer/highlight/dist/index.js
function sameArray(a, b) {
  return a.length == b.length && a.every((x, i) => x == b[i]);
}
function powerSet(array) {
  let sets = [[]];
  for (let i = 0; i < array.length; i++) {
    for (let j = 0, e = sets.length; j < e; j++) {
      sets.push(sets[j].concat(array[i]));
    }
  }
  return sets.sort((a, b) => b.length - a.length);
}
function styleTags(spec) {
  let byName2 = /* @__PURE__ */ Object.create(null);
  for (let prop in spec) {
    let tags2 = spec[prop];
    if (!Array.isArray(tags2))
      tags2 = [tags2];
    for (let part of prop.split(" "))
      if (part) {
        let pieces = [], mode = 2, rest = part;
        for (let pos = 0; ; ) {
          if (rest == "..." && pos > 0 && pos + 3 == part.length) {
            mode = 1;
            break;
          }
          let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
          if (!m)
            throw new RangeError("Invalid path: " + part);
          pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
          pos += m[0].length;
          if (pos == part.length)
            break;
          let next = part[pos++];
          if (pos == part.length && next == "!") {
            mode = 0;
            break;
          }
          if (next != "/")
            throw new RangeError("Invalid path: " + part);
          rest = part.slice(pos);
        }
        let last2 = pieces.length - 1, inner = pieces[last2];
        if (!inner)
          throw new RangeError("Invalid path: " + part);
        let rule = new Rule(tags2, mode, last2 > 0 ? pieces.slice(0, last2) : null);
        byName2[inner] = rule.sort(byName2[inner]);
      }
  }
  return ruleNodeProp.add(byName2);
}
function tagHighlighter(tags2, options2) {
  let map = /* @__PURE__ */ Object.create(null);
  for (let style of tags2) {
    if (!Array.isArray(style.tag))
      map[style.tag.id] = style.class;
    else
      for (let tag of style.tag)
        map[tag.id] = style.class;
  }
  let { scope, all = null } = options2 || {};
  return {
    style: (tags3) => {
      let cls = all;
      for (let tag of tags3) {
        for (let sub of tag.set) {
          let tagClass = map[sub.id];
          if (tagClass) {
            cls = cls ? cls + " " + tagClass : tagClass;
            break;
          }
        }
      }
      return cls;
    },
    scope
  };
}
var nextTagID, Tag, nextModifierID, Modifier, ruleNodeProp, Rule, t, comment, name, typeName, propertyName, literal, string, number, content, heading, keyword, operator, punctuation, bracket, meta, tags, classHighlighter;
var init_dist3 = __esm({
  "node_modules/@lezer/highlight/dist/index.js"() {
    init_define_OBSCOMPILE_PACKAGE();
    init_dist();
    nextTagID = 0;
    Tag = class _Tag {
      /**
      @internal
      */
      constructor(name2, set2, base, modified) {
        this.name = name2;
        this.set = set2;
        this.base = base;
        this.modified = modified;
        this.id = nextTagID++;
      }
      toString() {
        let { name: name2 } = this;
        for (let mod of this.modified)
          if (mod.name)
            name2 = `${mod.name}(${name2})`;
        return name2;
      }
      static define(nameOrParent, parent) {
        let name2 = typeof nameOrParent == "string" ? nameOrParent : "?";
        if (nameOrParent instanceof _Tag)
          parent = nameOrParent;
        if (parent === null || parent === void 0 ? void 0 : parent.base)
          throw new Error("Can not derive from a modified tag");
        let tag = new _Tag(name2, [], null, []);
        tag.set.push(tag);
        if (parent)
          for (let t2 of parent.set)
            tag.set.push(t2);
        return tag;
      }
      /**
      Define a tag _modifier_, which is a function that, given a tag,
      will return a tag that is a subtag of the original. Applying the
      same modifier to a twice tag will return the same value (`m1(t1)
      == m1(t1)`) and applying multiple modifiers will, regardless or
      order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
      
      When multiple modifiers are applied to a given base tag, each
      smaller set of modifiers is registered as a parent, so that for
      example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
      `m1(m3(t1)`, and so on.
      */
      static defineModifier(name2) {
        let mod = new Modifier(name2);
        return (tag) => {
          if (tag.modified.indexOf(mod) > -1)
            return tag;
          return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
        };
      }
    };
    nextModifierID = 0;
    Modifier = class _Modifier {
      constructor(name2) {
        this.name = name2;
        this.instances = [];
        this.id = nextModifierID++;
      }
      static get(base, mods) {
        if (!mods.length)
          return base;
        let exists = mods[0].instances.find((t2) => t2.base == base && sameArray(mods, t2.modified));
        if (exists)
          return exists;
        let set2 = [], tag = new Tag(base.name, set2, base, mods);
        for (let m of mods)
          m.instances.push(tag);
        let configs = powerSet(mods);
        for (let parent of base.set)
          if (!parent.modified.length)
            for (let config3 of configs)
              set2.push(_Modifier.get(parent, config3));
        return tag;
      }
    };
    ruleNodeProp = new NodeProp({
      combine(a, b) {
        let cur, root, take;
        while (a || b) {
          if (!a || b && a.depth <= b.depth) {
            take = b;
            b = b.next;
          } else {
            take = a;
            a = a.next;
          }
          if (cur && cur.mode == take.mode && !take.context && !cur.context)
            continue;
          let copy2 = new Rule(take.tags, take.mode, take.context);
          if (cur)
            cur.next = copy2;
          else
            root = copy2;
          cur = copy2;
        }
        return root;
      }
    });
    Rule = class {
      constructor(tags2, mode, context, next) {
        this.tags = tags2;
        this.mode = mode;
        this.context = context;
        this.next = next;
      }
      get opaque() {
        return this.mode == 0;
      }
      get inherit() {
        return this.mode == 1;
      }
      sort(other) {
        if (!other || other.depth < this.depth) {
          this.next = other;
          return this;
        }
        other.next = this.sort(other.next);
        return other;
      }
      get depth() {
        return this.context ? this.context.length : 0;
      }
    };
    Rule.empty = new Rule([], 2, null);
    t = Tag.define;
    comment = t();
    name = t();
    typeName = t(name);
    propertyName = t(name);
    literal = t();
    string = t(literal);
    number = t(literal);
    content = t();
    heading = t(content);
    keyword = t();
    operator = t();
    punctuation = t();
    bracket = t(punctuation);
    meta = t();
    tags = {
      /**
      A comment.
      */
      comment,
      /**
      A line [comment](#highlight.tags.comment).
      */
      lineComment: t(comment),
      /**
      A block [comment](#highlight.tags.comment).
      */
      blockComment: t(comment),
      /**
      A documentation [comment](#highlight.tags.comment).
      */
      docComment: t(comment),
      /**
      Any kind of identifier.
      */
      name,
      /**
      The [name](#highlight.tags.name) of a variable.
      */
      variableName: t(name),
      /**
      A type [name](#highlight.tags.name).
      */
      typeName,
      /**
      A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
      */
      tagName: t(typeName),
      /**
      A property or field [name](#highlight.tags.name).
      */
      propertyName,
      /**
      An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
      */
      attributeName: t(propertyName),
      /**
      The [name](#highlight.tags.name) of a class.
      */
      className: t(name),
      /**
      A label [name](#highlight.tags.name).
      */
      labelName: t(name),
      /**
      A namespace [name](#highlight.tags.name).
      */
      namespace: t(name),
      /**
      The [name](#highlight.tags.name) of a macro.
      */
      macroName: t(name),
      /**
      A literal value.
      */
      literal,
      /**
      A string [literal](#highlight.tags.literal).
      */
      string,
      /**
      A documentation [string](#highlight.tags.string).
      */
      docString: t(string),
      /**
      A character literal (subtag of [string](#highlight.tags.string)).
      */
      character: t(string),
      /**
      An attribute value (subtag of [string](#highlight.tags.string)).
      */
      attributeValue: t(string),
      /**
      A number [literal](#highlight.tags.literal).
      */
      number,
      /**
      An integer [number](#highlight.tags.number) literal.
      */
      integer: t(number),
      /**
      A floating-point [number](#highlight.tags.number) literal.
      */
      float: t(number),
      /**
      A boolean [literal](#highlight.tags.literal).
      */
      bool: t(literal),
      /**
      Regular expression [literal](#highlight.tags.literal).
      */
      regexp: t(literal),
      /**
      An escape [literal](#highlight.tags.literal), for example a
      backslash escape in a string.
      */
      escape: t(literal),
      /**
      A color [literal](#highlight.tags.literal).
      */
      color: t(literal),
      /**
      A URL [literal](#highlight.tags.literal).
      */
      url: t(literal),
      /**
      A language keyword.
      */
      keyword,
      /**
      The [keyword](#highlight.tags.keyword) for the self or this
      object.
      */
      self: t(keyword),
      /**
      The [keyword](#highlight.tags.keyword) for null.
      */
      null: t(keyword),
      /**
      A [keyword](#highlight.tags.keyword) denoting some atomic value.
      */
      atom: t(keyword),
      /**
      A [keyword](#highlight.tags.keyword) that represents a unit.
      */
      unit: t(keyword),
      /**
      A modifier [keyword](#highlight.tags.keyword).
      */
      modifier: t(keyword),
      /**
      A [keyword](#highlight.tags.keyword) that acts as an operator.
      */
      operatorKeyword: t(keyword),
      /**
      A control-flow related [keyword](#highlight.tags.keyword).
      */
      controlKeyword: t(keyword),
      /**
      A [keyword](#highlight.tags.keyword) that defines something.
      */
      definitionKeyword: t(keyword),
      /**
      A [keyword](#highlight.tags.keyword) related to defining or
      interfacing with modules.
      */
      moduleKeyword: t(keyword),
      /**
      An operator.
      */
      operator,
      /**
      An [operator](#highlight.tags.operator) that dereferences something.
      */
      derefOperator: t(operator),
      /**
      Arithmetic-related [operator](#highlight.tags.operator).
      */
      arithmeticOperator: t(operator),
      /**
      Logical [operator](#highlight.tags.operator).
      */
      logicOperator: t(operator),
      /**
      Bit [operator](#highlight.tags.operator).
      */
      bitwiseOperator: t(operator),
      /**
      Comparison [operator](#highlight.tags.operator).
      */
      compareOperator: t(operator),
      /**
      [Operator](#highlight.tags.operator) that updates its operand.
      */
      updateOperator: t(operator),
      /**
      [Operator](#highlight.tags.operator) that defines something.
      */
      definitionOperator: t(operator),
      /**
      Type-related [operator](#highlight.tags.operator).
      */
      typeOperator: t(operator),
      /**
      Control-flow [operator](#highlight.tags.operator).
      */
      controlOperator: t(operator),
      /**
      Program or markup punctuation.
      */
      punctuation,
      /**
      [Punctuation](#highlight.tags.punctuation) that separates
      things.
      */
      separator: t(punctuation),
      /**
      Bracket-style [punctuation](#highlight.tags.punctuation).
      */
      bracket,
      /**
      Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
      tokens).
      */
      angleBracket: t(bracket),
      /**
      Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
      tokens).
      */
      squareBracket: t(bracket),
      /**
      Parentheses (usually `(` and `)` tokens). Subtag of
      [bracket](#highlight.tags.bracket).
      */
      paren: t(bracket),
      /**
      Braces (usually `{` and `}` tokens). Subtag of
      [bracket](#highlight.tags.bracket).
      */
      brace: t(bracket),
      /**
      Content, for example plain text in XML or markup documents.
      */
      content,
      /**
      [Content](#highlight.tags.content) that represents a heading.
      */
      heading,
      /**
      A level 1 [heading](#highlight.tags.heading).
      */
      heading1: t(heading),
      /**
      A level 2 [heading](#highlight.tags.heading).
      */
      heading2: t(heading),
      /**
      A level 3 [heading](#highlight.tags.heading).
      */
      heading3: t(heading),
      /**
      A level 4 [heading](#highlight.tags.heading).
      */
      heading4: t(heading),
      /**
      A level 5 [heading](#highlight.tags.heading).
      */
      heading5: t(heading),
      /**
      A level 6 [heading](#highlight.tags.heading).
      */
      heading6: t(heading),
      /**
      A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
      */
      contentSeparator: t(content),
      /**
      [Content](#highlight.tags.content) that represents a list.
      */
      list: t(content),
      /**
      [Content](#highlight.tags.content) that represents a quote.
      */
      quote: t(content),
      /**
      [Content](#highlight.tags.content) that is emphasized.
      */
      emphasis: t(content),
      /**
      [Content](#highlight.tags.content) that is styled strong.
      */
      strong: t(content),
      /**
      [Content](#highlight.tags.content) that is part of a link.
      */
      link: t(content),
      /**
      [Content](#highlight.tags.content) that is styled as code or
      monospace.
      */
      monospace: t(content),
      /**
      [Content](#highlight.tags.content) that has a strike-through
      style.
      */
      strikethrough: t(content),
      /**
      Inserted text in a change-tracking format.
      */
      inserted: t(),
      /**
      Deleted text.
      */
      deleted: t(),
      /**
      Changed text.
      */
      changed: t(),
      /**
      An invalid or unsyntactic element.
      */
      invalid: t(),
      /**
      Metadata or meta-instruction.
      */
      meta,
      /**
      [Metadata](#highlight.tags.meta) that applies to the entire
      document.
      */
      documentMeta: t(meta),
      /**
      [Metadata](#highlight.tags.meta) that annotates or adds
      attributes to a given syntactic element.
      */
      annotation: t(meta),
      /**
      Processing instruction or preprocessor directive. Subtag of
      [meta](#highlight.tags.meta).
      */
      processingInstruction: t(meta),
      /**
      [Modifier](#highlight.Tag^defineModifier) that indicates that a
      given element is being defined. Expected to be used with the
      various [name](#highlight.tags.name) tags.
      */
      definition: Tag.defineModifier("definition"),
      /**
      [Modifier](#highlight.Tag^defineModifier) that indicates that
      something is constant. Mostly expected to be used with
      [variable names](#highlight.tags.variableName).
      */
      constant: Tag.defineModifier("constant"),
      /**
      [Modifier](#highlight.Tag^defineModifier) used to indicate that
      a [variable](#highlight.tags.variableName) or [property
      name](#highlight.tags.propertyName) is being called or defined
      as a function.
      */
      function: Tag.defineModifier("function"),
      /**
      [Modifier](#highlight.Tag^defineModifier) that can be applied to
      [names](#highlight.tags.name) to indicate that they belong to
      the language's standard environment.
      */
      standard: Tag.defineModifier("standard"),
      /**
      [Modifier](#highlight.Tag^defineModifier) that indicates a given
      [names](#highlight.tags.name) is local to some scope.
      */
      local: Tag.defineModifier("local"),
      /**
      A generic variant [modifier](#highlight.Tag^defineModifier) that
      can be used to tag language-specific alternative variants of
      some common tag. It is recommended for themes to define special
      forms of at least the [string](#highlight.tags.string) and
      [variable name](#highlight.tags.variableName) tags, since those
      come up a lot.
      */
      special: Tag.defineModifier("special")
    };
    for (let name2 in tags) {
      let val = tags[name2];
      if (val instanceof Tag)
        val.name = name2;
    }
    classHighlighter = tagHighlighter([
      { tag: tags.link, class: "tok-link" },
      { tag: tags.heading, class: "tok-heading" },
      { tag: tags.emphasis, class: "tok-emphasis" },
      { tag: tags.strong, class: "tok-strong" },
      { tag: tags.keyword, class: "tok-keyword" },
      { tag: tags.atom, class: "tok-atom" },
      { tag: tags.bool, class: "tok-bool" },
      { tag: tags.url, class: "tok-url" },
      { tag: tags.labelName, class: "tok-labelName" },
      { tag: tags.inserted, class: "tok-inserted" },
      { tag: tags.deleted, class: "tok-deleted" },
      { tag: tags.literal, class: "tok-literal" },
      { tag: tags.string, class: "tok-string" },
      { tag: tags.number, class: "tok-number" },
      { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
      { tag: tags.variableName, class: "tok-variableName" },
      { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
      { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
      { tag: tags.special(tags.variableName), class: "tok-variableName2" },
      { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
      { tag: tags.typeName, class: "tok-typeName" },
      { tag: tags.namespace, class: "tok-namespace" },
      { tag: tags.className, class: "tok-className" },
      { tag: tags.macroName, class: "tok-macroName" },
      { tag: tags.propertyName, class: "tok-propertyName" },
      { tag: tags.operator, class: "tok-operator" },
      { tag: tags.comment, class: "tok-comment" },
      { tag: tags.meta, class: "tok-meta" },
      { tag: tags.invalid, class: "tok-invalid" },
      { tag: tags.punctuation, class: "tok-punctuation" }
    ]);
  }
});

// node_modules/@prometheus-io/lezer-promql/dist/index.es.js
var inf$1, nan$1, Bool$1, Ignoring$1, On$1, GroupLeft$1, GroupRight$1, Offset$1, Atan2$1, Avg$1, Bottomk$1, Count$1, CountValues$1, Group$1, Max$1, Min$1, Quantile$1, LimitK$1, LimitRatio$1, Stddev$1, Stdvar$1, Sum$1, Topk$1, By$1, Without$1, And$1, Or$1, Unless$1, StartFn$1, EndFn$1, AtStart$1, AtEnd$1, Smoothed$1, Anchored$1, Fill$1, FillLeft$1, FillRight$1, keywordTokens, specializeIdentifier, contextualKeywordTokens, extendIdentifier, promQLHighLight, spec_Identifier, parser;
var init_index_es = __esm({
  "node_modules/@prometheus-io/lezer-promql/dist/index.es.js"() {
    init_define_OBSCOMPILE_PACKAGE();
    init_dist2();
    init_dist3();
    inf$1 = 188;
    nan$1 = 189;
    Bool$1 = 1;
    Ignoring$1 = 2;
    On$1 = 3;
    GroupLeft$1 = 4;
    GroupRight$1 = 5;
    Offset$1 = 6;
    Atan2$1 = 7;
    Avg$1 = 8;
    Bottomk$1 = 9;
    Count$1 = 10;
    CountValues$1 = 11;
    Group$1 = 12;
    Max$1 = 13;
    Min$1 = 14;
    Quantile$1 = 15;
    LimitK$1 = 16;
    LimitRatio$1 = 17;
    Stddev$1 = 18;
    Stdvar$1 = 19;
    Sum$1 = 20;
    Topk$1 = 21;
    By$1 = 22;
    Without$1 = 23;
    And$1 = 24;
    Or$1 = 25;
    Unless$1 = 26;
    StartFn$1 = 27;
    EndFn$1 = 28;
    AtStart$1 = 29;
    AtEnd$1 = 30;
    Smoothed$1 = 31;
    Anchored$1 = 32;
    Fill$1 = 33;
    FillLeft$1 = 34;
    FillRight$1 = 35;
    keywordTokens = {
      inf: inf$1,
      nan: nan$1,
      bool: Bool$1,
      ignoring: Ignoring$1,
      on: On$1,
      group_left: GroupLeft$1,
      group_right: GroupRight$1,
      offset: Offset$1
    };
    specializeIdentifier = (value, stack) => {
      return keywordTokens[value.toLowerCase()] || -1;
    };
    contextualKeywordTokens = {
      avg: Avg$1,
      atan2: Atan2$1,
      bottomk: Bottomk$1,
      count: Count$1,
      count_values: CountValues$1,
      group: Group$1,
      max: Max$1,
      min: Min$1,
      quantile: Quantile$1,
      limitk: LimitK$1,
      limit_ratio: LimitRatio$1,
      stddev: Stddev$1,
      stdvar: Stdvar$1,
      sum: Sum$1,
      topk: Topk$1,
      by: By$1,
      without: Without$1,
      and: And$1,
      or: Or$1,
      unless: Unless$1,
      smoothed: Smoothed$1,
      anchored: Anchored$1,
      fill: Fill$1,
      fill_left: FillLeft$1,
      fill_right: FillRight$1
    };
    extendIdentifier = (value, stack) => {
      if (value === "start" && stack.canShift(StartFn$1)) {
        return StartFn$1;
      }
      if (value === "end" && stack.canShift(EndFn$1)) {
        return EndFn$1;
      }
      if (value.toLowerCase() === "start" && stack.canShift(AtStart$1)) {
        return AtStart$1;
      }
      if (value.toLowerCase() === "end" && stack.canShift(AtEnd$1)) {
        return AtEnd$1;
      }
      const token = contextualKeywordTokens[value.toLowerCase()];
      if (token !== void 0 && stack.canShift(token)) {
        return token;
      }
      return -1;
    };
    promQLHighLight = styleTags({
      LineComment: tags.comment,
      LabelName: tags.labelName,
      StringLiteral: tags.string,
      NumberDurationLiteral: tags.number,
      NumberDurationLiteralInDurationContext: tags.number,
      Identifier: tags.variableName,
      "Abs Absent AbsentOverTime Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv EndFn Exp Floor HistogramAvg HistogramCount HistogramFraction HistogramQuantile HistogramSum DoubleExponentialSmoothing Hour Idelta Increase Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MaxOverTime MinOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Range Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc Sqrt StartFn Step StddevOverTime StdvarOverTime SumOverTime Tan Tanh Time Timestamp Vector Year": tags.function(tags.variableName),
      "Avg Bottomk Count Count_values Group LimitK LimitRatio Max Min Quantile Stddev Stdvar Sum Topk": tags.operatorKeyword,
      "AtModifierPreprocessors By Without Bool On Ignoring GroupLeft GroupRight Offset Smoothed Anchored": tags.modifier,
      "DurationExpr/DurationStep DurationExpr/DurationRange DurationExpr/DurationMinOf DurationExpr/DurationMaxOf OffsetDurationExpr/DurationStep OffsetDurationExpr/DurationRange OffsetDurationExpr/DurationMinOf OffsetDurationExpr/DurationMaxOf": tags.function(tags.variableName),
      "And Unless Or": tags.logicOperator,
      "Sub Add Mul Mod Div Atan2 Eql Neq Lte Lss Gte Gtr EqlRegex EqlSingle NeqRegex Pow At": tags.operator,
      UnaryOp: tags.arithmeticOperator,
      "( )": tags.paren,
      "[ ]": tags.squareBracket,
      "{ }": tags.brace,
      "\u26A0": tags.invalid
    });
    spec_Identifier = { __proto__: null, absent_over_time: 401, absent: 403, abs: 405, acos: 407, acosh: 409, asin: 411, asinh: 413, atan: 415, atanh: 417, avg_over_time: 419, ceil: 421, changes: 423, clamp: 425, clamp_max: 427, clamp_min: 429, cos: 431, cosh: 433, count_over_time: 435, days_in_month: 437, day_of_month: 439, day_of_week: 441, day_of_year: 443, deg: 445, delta: 447, deriv: 449, exp: 451, first_over_time: 453, floor: 455, histogram_count: 457, histogram_fraction: 459, histogram_quantile: 461, histogram_quantiles: 463, histogram_stddev: 465, histogram_stdvar: 467, histogram_sum: 469, histogram_avg: 471, double_exponential_smoothing: 473, hour: 475, idelta: 477, increase: 479, info: 481, irate: 483, label_replace: 485, label_join: 487, last_over_time: 489, ln: 491, log10: 493, log2: 495, mad_over_time: 497, max_over_time: 499, min_over_time: 501, ts_of_first_over_time: 503, ts_of_max_over_time: 505, ts_of_min_over_time: 507, ts_of_last_over_time: 509, minute: 511, month: 513, pi: 515, predict_linear: 517, present_over_time: 519, quantile_over_time: 521, rad: 523, rate: 525, resets: 527, round: 529, scalar: 531, sgn: 533, sin: 535, sinh: 537, sort: 539, sort_desc: 541, sort_by_label: 543, sort_by_label_desc: 545, start_timestamp: 547, range: 549, step: 551, sqrt: 553, stddev_over_time: 555, stdvar_over_time: 557, sum_over_time: 559, tan: 561, tanh: 563, timestamp: 565, time: 567, vector: 569, year: 571, min_of: 575, max_of: 577 };
    parser = LRParser.deserialize({
      version: 14,
      states: "BnOYQPOOO(gQPOOOOQO'#DT'#DTO(lQPO'#DSOOQO'#Db'#DbO(wQPO'#FqQ0_QQOOOOQO'#Ds'#DsO(rQPO'#DrOYQPO'#F{OYQPO'#F}O1xQSO'#GPO2TQQO'#GOOOQO'#GO'#GOOOQO'#Gd'#GdOOQO'#Dt'#DtOOQO'#Dv'#DvOOQO'#Dw'#DwOOQO'#Dx'#DxOOQO'#Dy'#DyOOQO'#Dz'#DzOOQO'#D{'#D{OOQO'#D|'#D|OOQO'#D}'#D}OOQO'#EO'#EOOOQO'#EP'#EPOOQO'#EQ'#EQOOQO'#ER'#EROOQO'#ES'#ESOOQO'#ET'#ETOOQO'#EU'#EUOOQO'#EV'#EVOOQO'#EW'#EWOOQO'#EX'#EXOOQO'#EY'#EYOOQO'#EZ'#EZOOQO'#E['#E[OOQO'#E]'#E]OOQO'#E^'#E^OOQO'#E_'#E_OOQO'#E`'#E`OOQO'#Ea'#EaOOQO'#Eb'#EbOOQO'#Ec'#EcOOQO'#Ed'#EdOOQO'#Ee'#EeOOQO'#Ef'#EfOOQO'#Eg'#EgOOQO'#Eh'#EhOOQO'#Ei'#EiOOQO'#Ej'#EjOOQO'#Ek'#EkOOQO'#El'#ElOOQO'#Em'#EmOOQO'#En'#EnOOQO'#Eo'#EoOOQO'#Ep'#EpOOQO'#Eq'#EqOOQO'#Er'#ErOOQO'#Es'#EsOOQO'#Et'#EtOOQO'#Eu'#EuOOQO'#Ev'#EvOOQO'#Ew'#EwOOQO'#Ex'#ExOOQO'#Ey'#EyOOQO'#Ez'#EzOOQO'#E{'#E{OOQO'#E|'#E|OOQO'#E}'#E}OOQO'#FO'#FOOOQO'#FP'#FPOOQO'#FQ'#FQOOQO'#FR'#FROOQO'#FS'#FSOOQO'#FT'#FTOOQO'#FU'#FUOOQO'#FV'#FVOOQO'#FW'#FWOOQO'#FX'#FXOOQO'#FY'#FYOOQO'#FZ'#FZOOQO'#F['#F[OOQO'#F]'#F]OOQO'#F^'#F^OOQO'#F_'#F_OOQO'#F`'#F`OOQO'#Fa'#FaOOQO'#Fb'#FbOOQO'#Fc'#FcOOQO'#Fd'#FdOOQO'#Fe'#FeOOQO'#Ff'#FfOOQO'#Fg'#FgOOQO'#Fh'#FhOOQO'#Fi'#FiOOQO'#Fj'#FjOOQO'#Fk'#FkOOQO'#Fl'#FlOOQO'#Fm'#FmOOQO'#Fn'#FnQOQPOOO3zQPO'#DUO4PQPO'#DZO(rQPO,59nO4WQQO,59nOOQO,59|,59|O6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO=qQPO,5<ZO>cQPO,5<cOOQO,5<e,5<eOOQO,5<f,5<fO?fQPO,5<rOOQO,5:^,5:^O?pQQO,5<gO?wQQO,5<iOOQO'#DX'#DXOAkQPO'#GQOAyQPO,5<kOOQO,5<k,5<kOBVQPO,5<kOOQO,5<j,5<jOB_QSO'#DVOOQO,59p,59pOOQO,59u,59uOBjQQO,59uOOQO1G/Y1G/YOOQO'#D^'#D^O3zQPO'#D_OBtQPO'#DaOByQPO'#DcOCOQPO'#DdOOQO'#D`'#D`OJbQPO'#D`OJiQPO'#D`OOQO'#Gh'#GhOJpQPO'#GhO!$WQPO'#GhOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOOQO'#Fq'#FqOOQO'#Fv'#FvO!$bQSO1G1uO=qQPO'#FpOOQO'#Fr'#FrOOQO'#Fs'#FsOOQO'#Ft'#FtOOQO'#Fu'#FuO!$|QPO'#FpO!%RQPO'#FpO=qQPO'#FpOOQO'#Fp'#FpO>cQPO'#FxOOQO1G1}1G1}O!%WQPO'#FxO!%]QPO'#FxO=qQPO'#FxOOQO'#Fx'#FxO!%bQPO'#DbOOQO'#GY'#GYOOQO1G2^1G2^O!%mQPO1G2^OOQO1G2R1G2ROOQO'#GR'#GRO!%rQPO,5<lO!%wQPO,5<qO!%|QSO1G2VO!&XQPO1G2VOOQO1G2V1G2VOOQO,59q,59qO!&aQPO,59qOYQPO'#G]O!&iQPO1G/aOOQO1G/a1G/aO!&qQPO,59yO?TQPO,59{O?TQPO,59}O?TQPO,5:OOOQO,59z,59zOOQO,5=S,5=SO!._QPO,5=SO!7]QQO7+$|O!7mQQO7+$|O!9XQQO7+$|O!9uQQO7+$|O!;jQQO7+$|O=qQPO,5<[O=qQPO,5<[OOQO7+'a7+'aO!<ZQPO7+'nO!<vQSO,5<[O!=QQPO,5<[O=qQPO,5<[O!=kQQO,5<[OOQO,5<d,5<dO!=rQPO,5<dO=qQPO,5<dO!=wQQO,5<dO!>OQPO7+'xOOQO1G2W1G2WOOQO1G2]1G2]O!>TQPO,5<xOOQO,5<x,5<xOOQO7+'q7+'qO!>iQSO7+'qOOQO-E:[-E:[O!>tQSO1G/]O!?PQPO1G/]OOQO1G/]1G/]O!?XQQO,5<wOOQO-E:Z-E:ZOOQO7+${7+${O!?cQPO1G/eO!FyQPO1G/gO!GOQPO1G/iO!GTQPO1G/jOOQO1G2n1G2nO!GnQSO1G1vO!GxQSO1G1vO!HdQQO<<KYOOQO<<KY<<KYOOQO1G1v1G1vO!HkQQO1G1vO!HrQQO,5<[OOQO1G2O1G2OO!IPQQO1G2OOOQO<<Kd<<KdOOQO<<K]<<K]P!IWQSO'#G^OOQO,5<v,5<vOOQO7+$w7+$wO!I`QSO7+$wOOQO-E:Y-E:YOOQO7+%P7+%POOQO7+%R7+%ROOQO7+%T7+%TOOQO7+%U7+%UOOQOAN@tAN@tO=qQPO7+'bO!IkQQO1G1vO!IxQQO1G1vO=qQPO7+'jOOQO<<Hc<<HcP!JgQSO'#G[O!JoQQO<<J|O!JvQQO<<KUOOQOAN@hAN@hOOQOAN@pAN@pO=qQPO'#FpO=qQPO,5<[O=qQPO,5<[",
      stateData: "!J}~O%VOStOS~OWQOXQOYQOZQO[QO]QO^QO_QO`QOaQObQOcQOdQOeQOkVOlVO|^O!i[O%SSO%TSO%XXO%]TO%^TO%_SO%`_O%a`O%baO%cbO%dcO%edO%feO%gfO%hgO%ihO%jiO%kjO%lkO%mlO%nmO%onO%poO%qpO%rqO%srO%tsO%utO%vuO%wvO%xwO%yxO%zyO%{zO%|{O%}|O&O}O&P!OO&Q!PO&R!QO&S!RO&T!SO&U!TO&V!UO&W!VO&X!WO&Y!XO&Z!YO&[!ZO&]![O&^!]O&_!^O&`!_O&a!`O&b!aO&c!bO&d!cO&e!dO&f!eO&g!fO&h!gO&i!hO&j!iO&k!jO&l!kO&m!lO&n!mO&o!nO&p!oO&q!pO&r!qO&s!rO&t!sO&u!tO&v!uO&w!vO&x!wO&y!xO&z!yO&{!zO&|!{O&}!|O'O!}O'P#OO'Q#PO'R#QO'S#RO'T#SO'U#TO'V#UO'W#VO'X#WO'_ZO~O!i#XO~Of#YOg#YO%X#ZO~O%S#^O%T#^O%_#^OW$eXX$eXY$eXZ$eX[$eX]$eX^$eX_$eX`$eXa$eXb$eXc$eXd$eXe$eXk$eXl$eX|$eX!i$eX%S$eX%T$eX%X$eX%]$eX%^$eX%_$eX%`$eX%a$eX%b$eX%c$eX%d$eX%e$eX%f$eX%g$eX%h$eX%i$eX%j$eX%k$eX%l$eX%m$eX%n$eX%o$eX%p$eX%q$eX%r$eX%s$eX%t$eX%u$eX%v$eX%w$eX%x$eX%y$eX%z$eX%{$eX%|$eX%}$eX&O$eX&P$eX&Q$eX&R$eX&S$eX&T$eX&U$eX&V$eX&W$eX&X$eX&Y$eX&Z$eX&[$eX&]$eX&^$eX&_$eX&`$eX&a$eX&b$eX&c$eX&d$eX&e$eX&f$eX&g$eX&h$eX&i$eX&j$eX&k$eX&l$eX&m$eX&n$eX&o$eX&p$eX&q$eX&r$eX&s$eX&t$eX&u$eX&v$eX&w$eX&x$eX&y$eX&z$eX&{$eX&|$eX&}$eX'O$eX'P$eX'Q$eX'R$eX'S$eX'T$eX'U$eX'V$eX'W$eX'X$eX'_$eX~OU#eOV#_Oh#bOi#cOj#bOo#gOp#fO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO${#hO'Y#dO~Oz#mO|#lO'`#oO~O'_ZOU$rXV$rXh$rXi$rXj$rXo$rXp$rX!P$rX!X$rX!Y$rX!Z$rX![$rX!]$rX!^$rX!_$rX!`$rX!a$rX!b$rX!c$rX!d$rX!e$rX${$rX%R$rX'Y$rX%Z$rX%Y$rX~O%X#rO~O%Z#tO~PYOf#YOg#YOUvaVvahvaivajvaovapva!Pva!Xva!Yva!Zva![va!]va!^va!_va!`va!ava!bva!cva!dva!eva${va%Rva'Yva%Zva%Yva~OP#wOQ#xOR#xOq#yOr#zOs#{OW%[PX%[PY%[PZ%[P[%[P]%[P^%[P_%[P`%[Pa%[Pb%[Pc%[Pd%[Pe%[Pk%[Pl%[P|%[P!i%[P%S%[P%T%[P%X%[P%]%[P%^%[P%_%[P%`%[P%a%[P%b%[P%c%[P%d%[P%e%[P%f%[P%g%[P%h%[P%i%[P%j%[P%k%[P%l%[P%m%[P%n%[P%o%[P%p%[P%q%[P%r%[P%s%[P%t%[P%u%[P%v%[P%w%[P%x%[P%y%[P%z%[P%{%[P%|%[P%}%[P&O%[P&P%[P&Q%[P&R%[P&S%[P&T%[P&U%[P&V%[P&W%[P&X%[P&Y%[P&Z%[P&[%[P&]%[P&^%[P&_%[P&`%[P&a%[P&b%[P&c%[P&d%[P&e%[P&f%[P&g%[P&h%[P&i%[P&j%[P&k%[P&l%[P&m%[P&n%[P&o%[P&p%[P&q%[P&r%[P&s%[P&t%[P&u%[P&v%[P&w%[P&x%[P&y%[P&z%[P&{%[P&|%[P&}%[P'O%[P'P%[P'Q%[P'R%[P'S%[P'T%[P'U%[P'V%[P'W%[P'X%[P'_%[P~O%S$YO%T$YO%X$cO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%S$YO%T$YO%X$iO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%SSO%TSO%]$kO%^$kO%_SO~Om$lOn$lO~P?TO%Z$oO~P0_O!P#_OU$qaV$qah$qai$qaj$qao$qap$qa!X$qa!Y$qa!Z$qa![$qa!]$qa!^$qa!_$qa!`$qa!a$qa!b$qa!c$qa!d$qa!e$qa${$qa%R$qa'Y$qa%Z$qa%Y$qa~O!e$pO$v$pO$w$pO$x$pO~O!e$pO$v$pO$w$pO$x$pO%Y$sO'`$uO~Oz$wO|#lO%Z$vO~O%Y$xO%Z$zO~P0_O%X$|O~O%X$}O~O%X%OO~OW!SXX!SXY!SXZ!SX[!SX]!SX^!SX_!SX`!SXa!SXb!SXc!SXd!SXe!SXk!SXl!SX|!SX!i!SX%S!SX%T!SX%X!SX%]!SX%^!SX%_!SX%`!SX%a!SX%b!SX%c!SX%d!SX%e!SX%f!SX%g!SX%h!SX%i!SX%j!SX%k!SX%l!SX%m!SX%n!SX%o!SX%p!SX%q!SX%r!SX%s!SX%t!SX%u!SX%v!SX%w!SX%x!SX%y!SX%z!SX%{!SX%|!SX%}!SX&O!SX&P!SX&Q!SX&R!SX&S!SX&T!SX&U!SX&V!SX&W!SX&X!SX&Y!SX&Z!SX&[!SX&]!SX&^!SX&_!SX&`!SX&a!SX&b!SX&c!SX&d!SX&e!SX&f!SX&g!SX&h!SX&i!SX&j!SX&k!SX&l!SX&m!SX&n!SX&o!SX&p!SX&q!SX&r!SX&s!SX&t!SX&u!SX&v!SX&w!SX&x!SX&y!SX&z!SX&{!SX&|!SX&}!SX'O!SX'P!SX'Q!SX'R!SX'S!SX'T!SX'U!SX'V!SX'W!SX'X!SX'_!SX~Os#{O~PCTOr#zO~PCTOq#yOr#zOs#{OW%[XX%[XY%[XZ%[X[%[X]%[X^%[X_%[X`%[Xa%[Xb%[Xc%[Xd%[Xe%[Xk%[Xl%[X|%[X!i%[X%S%[X%T%[X%X%[X%]%[X%^%[X%_%[X%`%[X%a%[X%b%[X%c%[X%d%[X%e%[X%f%[X%g%[X%h%[X%i%[X%j%[X%k%[X%l%[X%m%[X%n%[X%o%[X%p%[X%q%[X%r%[X%s%[X%t%[X%u%[X%v%[X%w%[X%x%[X%y%[X%z%[X%{%[X%|%[X%}%[X&O%[X&P%[X&Q%[X&R%[X&S%[X&T%[X&U%[X&V%[X&W%[X&X%[X&Y%[X&Z%[X&[%[X&]%[X&^%[X&_%[X&`%[X&a%[X&b%[X&c%[X&d%[X&e%[X&f%[X&g%[X&h%[X&i%[X&j%[X&k%[X&l%[X&m%[X&n%[X&o%[X&p%[X&q%[X&r%[X&s%[X&t%[X&u%[X&v%[X&w%[X&x%[X&y%[X&z%[X&{%[X&|%[X&}%[X'O%[X'P%[X'Q%[X'R%[X'S%[X'T%[X'U%[X'V%[X'W%[X'X%[X'_%[X~OQ#xOR#xO~PJpO!P%XO!X%XO!Y%XO!Z%XO![%YO!]%YO']%ZO'^%[O~O%X%^O~O%X%_O~O%X%bO~O%X%cO~O%S#^O%T#^O%_#^O~O%X%eO~O|%fO~O|%gO~Oz#mO|#lO'`%jO~O%Y%kO'`%jO~O%Y%mO%Z%oO~O%Y$xO%Z%rO~OS%sOT%sOW!RaX!RaY!RaZ!Ra[!Ra]!Ra^!Ra_!Ra`!Raa!Rab!Rac!Rad!Rae!Rak!Ral!Raq!Rar!Ras!Ra|!Ra!i!Ra%S!Ra%T!Ra%X!Ra%]!Ra%^!Ra%_!Ra%`!Ra%a!Ra%b!Ra%c!Ra%d!Ra%e!Ra%f!Ra%g!Ra%h!Ra%i!Ra%j!Ra%k!Ra%l!Ra%m!Ra%n!Ra%o!Ra%p!Ra%q!Ra%r!Ra%s!Ra%t!Ra%u!Ra%v!Ra%w!Ra%x!Ra%y!Ra%z!Ra%{!Ra%|!Ra%}!Ra&O!Ra&P!Ra&Q!Ra&R!Ra&S!Ra&T!Ra&U!Ra&V!Ra&W!Ra&X!Ra&Y!Ra&Z!Ra&[!Ra&]!Ra&^!Ra&_!Ra&`!Ra&a!Ra&b!Ra&c!Ra&d!Ra&e!Ra&f!Ra&g!Ra&h!Ra&i!Ra&j!Ra&k!Ra&l!Ra&m!Ra&n!Ra&o!Ra&p!Ra&q!Ra&r!Ra&s!Ra&t!Ra&u!Ra&v!Ra&w!Ra&x!Ra&y!Ra&z!Ra&{!Ra&|!Ra&}!Ra'O!Ra'P!Ra'Q!Ra'R!Ra'S!Ra'T!Ra'U!Ra'V!Ra'W!Ra'X!Ra'_!Ra~Oq#yOr#zOs#{OW%[aX%[aY%[aZ%[a[%[a]%[a^%[a_%[a`%[aa%[ab%[ac%[ad%[ae%[ak%[al%[a|%[a!i%[a%S%[a%T%[a%X%[a%]%[a%^%[a%_%[a%`%[a%a%[a%b%[a%c%[a%d%[a%e%[a%f%[a%g%[a%h%[a%i%[a%j%[a%k%[a%l%[a%m%[a%n%[a%o%[a%p%[a%q%[a%r%[a%s%[a%t%[a%u%[a%v%[a%w%[a%x%[a%y%[a%z%[a%{%[a%|%[a%}%[a&O%[a&P%[a&Q%[a&R%[a&S%[a&T%[a&U%[a&V%[a&W%[a&X%[a&Y%[a&Z%[a&[%[a&]%[a&^%[a&_%[a&`%[a&a%[a&b%[a&c%[a&d%[a&e%[a&f%[a&g%[a&h%[a&i%[a&j%[a&k%[a&l%[a&m%[a&n%[a&o%[a&p%[a&q%[a&r%[a&s%[a&t%[a&u%[a&v%[a&w%[a&x%[a&y%[a&z%[a&{%[a&|%[a&}%[a'O%[a'P%[a'Q%[a'R%[a'S%[a'T%[a'U%[a'V%[a'W%[a'X%[a'_%[a~O!P#_OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq![!Oq!]!Oq!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~OV!Oq!X!Oq!Y!Oq!Z!Oq~P!5uOV#_O!X#_O!Y#_O!Z#_O~P!5uOV#_O!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~O!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq~P!7}O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~P!7}OV#_Oh#bOj#bO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~OU!Oqi!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~P!:cO']%{O~P=qO!X$da!Y$da!Z$da![$da!]$da']$da~O!P%XO'^$da~P!<bO%Z%|O~O!P&jO!X&jO!Y&jO!Z&jO![&kO!]&kO~O%Z%|O~P!=VO%Z&PO~O%Z&PO~P!=VO%Z&RO~O!e$pO$v$pO$w$pO$x$pO%Y%Qa'`%Qa~Oz#mO|#lO'`&SO~Oz&UO|#lO%Z&VO~O%Y&WO%Z&VO~O%Y%Pa%Z%Pa~P0_O%X#rOW!RiX!RiY!RiZ!Ri[!Ri]!Ri^!Ri_!Ri`!Ria!Rib!Ric!Rid!Rie!Rik!Ril!Riq!Rir!Ris!Ri|!Ri!i!Ri%S!Ri%T!Ri%]!Ri%^!Ri%_!Ri%`!Ri%a!Ri%b!Ri%c!Ri%d!Ri%e!Ri%f!Ri%g!Ri%h!Ri%i!Ri%j!Ri%k!Ri%l!Ri%m!Ri%n!Ri%o!Ri%p!Ri%q!Ri%r!Ri%s!Ri%t!Ri%u!Ri%v!Ri%w!Ri%x!Ri%y!Ri%z!Ri%{!Ri%|!Ri%}!Ri&O!Ri&P!Ri&Q!Ri&R!Ri&S!Ri&T!Ri&U!Ri&V!Ri&W!Ri&X!Ri&Y!Ri&Z!Ri&[!Ri&]!Ri&^!Ri&_!Ri&`!Ri&a!Ri&b!Ri&c!Ri&d!Ri&e!Ri&f!Ri&g!Ri&h!Ri&i!Ri&j!Ri&k!Ri&l!Ri&m!Ri&n!Ri&o!Ri&p!Ri&q!Ri&r!Ri&s!Ri&t!Ri&u!Ri&v!Ri&w!Ri&x!Ri&y!Ri&z!Ri&{!Ri&|!Ri&}!Ri'O!Ri'P!Ri'Q!Ri'R!Ri'S!Ri'T!Ri'U!Ri'V!Ri'W!Ri'X!Ri'_!Ri~O%Z&ZO~O%Z&[O~O%Z&]O~O!X$di!Y$di!Z$di![$di!]$di']$di~O!P%XO'^$di~P!GYO!P%XO!X%XO!Y%XO!Z%XO![$di!]$di']$di'^$di~O']&^O~P!=VO%Y&_O~P!=VO!P&jO%Z$da%Y$da~P!<bO%Y&bO~P!=VOz#mO|#lO~Oz&UO|#lO%Z&cO~O!P&jO%Z$di%Y$di~P!GYO!P&jO!X&jO!Y&jO!Z&jO![$di!]$di%Z$di']$di%Y$di~Oz&UO|#lO~O%Z&gO~P!=VO%Z&hO~P!=VO",
      goto: ".b%]PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP%^%j%v%|P&VP&g%^P&p&w'R'a'k(T(bPPPPPPPPPPPPP%^(o({P({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({%^)X*T*w*w+]+]+q%^,V%^%^%^%^%^%^,],l,tPPP,l%^P,{P-O-U-[PPPPP-cPPP.Re^OXY#Z$S$T$U$V$W$xeROXY#Z$S$T$U$V$W$xQ#[RR#v#]Q#s#YQ${#xR&Y%sQ#nZQ$w#rU%h$s%k&TV&U%m&W&dQ#]RQ#iWR#v#[Z$R#_#`#a#b#cY$Q#_#`#a#b#cR%R$RY$P#_#`#a#b#cS%Q$Q$RR%w%Ra#|#_#`#a#b#c$Q$R%Rd^OXY#Z$S$T$U$V$W$xQ$m#hQ%t$|Q%u$}R%v%O`#}#_#`#a#b#c$Q$R%RR%P$O`$O#_#`#a#b#c$Q$R%RR%P#}eWOXY#Z$S$T$U$V$W$xeVOXY#Z$S$T$U$V$W$xQ$Z#dQ%]$[Q%`$cQ%d$iQ%x%XQ%y%YQ%z%[Q%}%_Q&O&iQ&Q%cQ&`&jQ&a&kQ&e&_R&f&bdYOXY#Z$S$T$U$V$W$xW$[#d$[%X%YS$e#e$ee&i$c$i%[%_%c&_&b&i&j&kl$a#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$g#e$el$b#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$h#e$el$d#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$j#e$eQ$f#eR%a$ed]OXY#Z$S$T$U$V$W$xR#q[Q#pZV%i$s%k&TQ$q#mT$r#n%hR$n#hQ%n$wR&X%nQ$y#uR%q$yS$t#n#pR%l$tQUOQ#jXQ#kYQ#u#ZQ%S$SQ%T$TQ%U$UQ%V$VQ%W$WR%p$xQ$S#_Q$T#`Q$U#aQ$V#bR$W#c",
      nodeNames: "\u26A0 Bool Ignoring On GroupLeft GroupRight Offset Atan2 Avg Bottomk Count CountValues Group Max Min Quantile LimitK LimitRatio Stddev Stdvar Sum Topk By Without And Or Unless StartFn EndFn AtStart AtEnd Smoothed Anchored Fill FillLeft FillRight LineComment PromQL AggregateExpr AggregateOp AggregateModifier GroupingLabels LabelName QuotedLabelName StringLiteral FunctionCallBody BinaryExpr Pow BoolModifier MatchingModifierClause FillModifier FillClause NumberDurationLiteral FillLeftClause FillRightClause Mul Div Mod Add Sub Eql Gte Gtr TrimUpper TrimLower Lte Lss Neq FunctionCall FunctionIdentifier AbsentOverTime Identifier Absent Abs Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv Exp FirstOverTime Floor HistogramCount HistogramFraction HistogramQuantile HistogramQuantiles HistogramStdDev HistogramStdVar HistogramSum HistogramAvg DoubleExponentialSmoothing Hour Idelta Increase Info Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MadOverTime MaxOverTime MinOverTime TsOfFirstOverTime TsOfMaxOverTime TsOfMinOverTime TsOfLastOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc StartTimestamp Range Step Sqrt StddevOverTime StdvarOverTime SumOverTime Tan Tanh Timestamp Time Vector Year MatrixSelector DurationExpr UnaryOp DurationStep DurationRange DurationMinOf DurationMaxOf NumberDurationLiteralInDurationContext OffsetExpr OffsetDurationExpr AnchoredExpr SmoothedExpr ParenExpr SubqueryExpr UnaryExpr VectorSelector LabelMatchers UnquotedLabelMatcher MatchOp EqlSingle EqlRegex NeqRegex QuotedLabelMatcher StepInvariantExpr At AtModifierPreprocessors MetricName",
      maxTerm: 292,
      nodeProps: [
        ["group", -14, 38, 44, 46, 52, 68, 157, 165, 167, 168, 169, 170, 171, 172, 180, "Expr"]
      ],
      propSources: [promQLHighLight],
      skippedNodes: [0, 36],
      repeatNodeCount: 3,
      tokenData: "4{~RwX^#lpq#lqr$ars$tst&luv'Twx'Yxy({yz)Qz{)V{|)[|})c}!O)h!O!P)o!P!Q*u!Q!R*z!R![+u![!]1O!^!_1z!_!`2a!`!a2v!b!c3]!c!}3b!}#O3x#P#Q3}#Q#R4S#R#S3b#S#T4X#T#o3b#o#p4q#q#r4v#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~#qY%V~X^#lpq#l#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~$dQ!_!`$j#r#s$o~$oO!e~~$tO$x~~$yW|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f<%lO$t~%hO|~~%kRO;'S$t;'S;=`%t;=`O$t~%yX|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f;=`<%l$t<%lO$t~&iP;=`<%l$t~&qSt~OY&lZ;'S&l;'S;=`&}<%lO&l~'QP;=`<%l&l~'YO!Z~~'_W|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u<%lO'Y~'zRO;'S'Y;'S;=`(T;=`O'Y~(YX|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u;=`<%l'Y<%lO'Y~(xP;=`<%l'Y~)QO%X~~)VO%Z~~)[O!X~V)cO%^P![U~)hO%Y~V)oO%]P!]U~)rP!Q![)u~)zS%_~!Q![)u!g!h*W#R#S)o#X#Y*W~*ZR{|*d}!O*d!Q![*j~*gP!Q![*j~*oQ%_~!Q![*j#R#S*d~*zO!Y~~+P[%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#l#m0d#m#n/u~+zZ%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#m#n/u~,pP!Q![,s~,xT%_~!O!P)o!Q![,s!g!h*W#R#S,m#X#Y*W~-^P%_~!Q![-a~-dS!Q![-a#[#]-p#a#b.U#g#h.x~-uP%_~!Q![-x~-{R!Q![-x#a#b.U#g#h.x~.ZQ%_~!Q![.a#g#h.s~.dR!Q![.a#a#b.m#g#h.x~.pP#g#h.s~.xO%_~~.}P%_~!Q![/Q~/TQ!Q![/Q#a#b.m~/`P%_~!Q![/c~/fT!Q![/c#W#X-X#[#]-p#a#b.U#g#h.x~/zP%_~!Q![/}~0QU!Q![/}#W#X-X#[#]-p#a#b.U#g#h.x#k#l/Z~0gR!Q![0p!c!i0p#T#Z0p~0uR%_~!Q![0p!c!i0p#T#Z0pV1VT'^S!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1fR1kT!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1f~2PQ!d~!P!Q2V!_!`2[~2[O!a~~2aO!c~~2fQ$vP!_!`2l#r#s2qQ2qO!^Q~2vO$w~~2{Q!`~!P!Q3R!_!`3W~3WO!b~~3]O!_~~3bO${~V3iT!iRzS!Q![3b![!]1f!c!}3b#R#S3b#T#o3b~3}O'Y~~4SO']~~4XO!P~~4[TO#S4X#S#T%c#T;'S4X;'S;=`4k<%lO4X~4nP;=`<%l4X~4vO'_~~4{O'`~",
      tokenizers: [0, 1, 2],
      topRules: { "PromQL": [0, 37], "MetricName": [1, 183] },
      specialized: [{ term: 71, get: (value, stack) => specializeIdentifier(value) << 1, external: specializeIdentifier }, { term: 71, get: (value, stack) => extendIdentifier(value, stack) << 1 | 1, external: extendIdentifier, extend: true }, { term: 71, get: (value) => spec_Identifier[value] || -1 }],
      tokenPrec: 0
    });
  }
});

// src/promql/analyze.ts
function stringValue(text2) {
  if (text2.startsWith("`")) return text2.slice(1, -1);
  const body = text2.slice(1, -1);
  return body.replace(/\\(.)/g, (_, c) => ({ n: "\n", t: "	", r: "\r" })[c] ?? c);
}
function unwrap(node) {
  let n = node;
  while (n?.name === "ParenExpr") n = n.firstChild;
  return n;
}
function analyzeQuery(expr) {
  const tree = parser.parse(expr);
  const out2 = { errors: [], selectors: [], groupings: [] };
  const text2 = (n) => expr.slice(n.from, n.to);
  tree.iterate({
    enter: (n) => {
      if (n.type.isError) out2.errors.push({ from: n.from, to: Math.max(n.to, n.from + 1), message: n.from >= expr.length ? "the expression ends too early" : `unexpected ${JSON.stringify(expr.slice(n.from, Math.max(n.to, n.from + 1)))}` });
    }
  });
  const selector2 = (node, ctx, comparedRaw) => {
    const id = node.getChild("Identifier");
    const matchers = [];
    for (const m of node.getChild("LabelMatchers")?.getChildren("UnquotedLabelMatcher") ?? []) {
      const label = m.getChild("LabelName");
      const op = m.getChild("MatchOp")?.firstChild;
      const value = m.getChild("StringLiteral");
      if (label && op && value) matchers.push({ label: text2(label), op: OPS[op.name] ?? "=", value: stringValue(text2(value)), from: label.from, to: label.to });
    }
    const byName2 = matchers.find((m) => m.label === "__name__" && m.op === "=");
    const s = { from: id?.from ?? node.from, to: id?.to ?? node.to, matchers: matchers.filter((m) => m !== byName2), comparedRaw };
    const name2 = id ? text2(id) : byName2?.value;
    if (name2 !== void 0) s.name = name2;
    if (ctx.rangeFunction) s.rangeFunction = ctx.rangeFunction;
    if (ctx.quantile) s.quantile = { ...ctx.quantile };
    for (const g of ctx.groupings) g.selectors.push(out2.selectors.length);
    out2.selectors.push(s);
  };
  const visit2 = (node, ctx, comparedRaw = false) => {
    if (!node) return;
    switch (node.name) {
      case "VectorSelector":
        return selector2(node, ctx, comparedRaw);
      case "MatrixSelector":
      case "SubqueryExpr":
        return visit2(node.firstChild, ctx, false);
      case "FunctionCall": {
        const fn = text2(node.getChild("FunctionIdentifier") ?? node);
        const args = node.getChild("FunctionCallBody");
        let i = 0;
        for (let arg = args?.firstChild ?? null; arg; arg = arg.nextSibling) {
          if (arg.type.isError || arg.name === ",") continue;
          const quantileArg = fn === "histogram_quantile" && i === 1;
          const range = unwrap(arg)?.name === "MatrixSelector" || unwrap(arg)?.name === "SubqueryExpr" ? fn : void 0;
          visit2(arg, { groupings: ctx.groupings, ...range ? { rangeFunction: range } : {}, ...quantileArg ? { quantile: { keepsLe: true } } : ctx.quantile ? { quantile: ctx.quantile } : {} });
          i++;
        }
        return;
      }
      case "AggregateExpr": {
        const modifier = node.getChild("AggregateModifier");
        const mode = modifier?.getChild("Without") ? "without" : "by";
        const labels = (modifier?.getChild("GroupingLabels")?.getChildren("LabelName") ?? []).map((l) => ({ name: text2(l), from: l.from, to: l.to }));
        const grouping = { mode, labels, selectors: [] };
        out2.groupings.push(grouping);
        const keeps = mode === "by" ? labels.some((l) => l.name === "le") : !labels.some((l) => l.name === "le");
        const quantile3 = ctx.quantile ? { keepsLe: ctx.quantile.keepsLe && keeps } : void 0;
        const inner = { groupings: [...ctx.groupings, grouping], ...quantile3 ? { quantile: quantile3 } : {} };
        for (let c = node.getChild("FunctionCallBody")?.firstChild ?? null; c; c = c.nextSibling) visit2(c, inner);
        return;
      }
      case "BinaryExpr": {
        const op = node.getChildren("Gtr").length + node.getChildren("Lss").length + node.getChildren("Gte").length + node.getChildren("Lte").length + node.getChildren("Eql").length + node.getChildren("Neq").length > 0;
        const sides = [node.firstChild, node.lastChild];
        const number2 = (n) => unwrap(n)?.name === "NumberDurationLiteral";
        for (const [i, side] of sides.entries()) {
          const other = sides[1 - i];
          visit2(side, { groupings: ctx.groupings, ...ctx.quantile ? { quantile: ctx.quantile } : {} }, op && number2(other) && unwrap(side)?.name === "VectorSelector");
        }
        return;
      }
      default:
        for (let c = node.firstChild; c; c = c.nextSibling) if (!COMPARISONS.has(c.name)) visit2(c, ctx, comparedRaw && node.name === "ParenExpr");
    }
  };
  visit2(tree.topNode.firstChild, { groupings: [] });
  return out2;
}
var COMPARISONS, OPS;
var init_analyze2 = __esm({
  "src/promql/analyze.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_index_es();
    COMPARISONS = /* @__PURE__ */ new Set(["Gtr", "Lss", "Gte", "Lte", "Eql", "Neq"]);
    OPS = { EqlSingle: "=", Neq: "!=", EqlRegex: "=~", NeqRegex: "!~" };
  }
});

// src/promql/check.ts
function nearMiss(name2, known) {
  const set2 = new Set(known);
  const variants = /* @__PURE__ */ new Set();
  const prefixes = [[/^([a-z]+)_/, "$1:"], [/^([a-z]+):/, "$1_"]];
  const suffixes = ["_total", "_seconds", "_bytes", "_bucket", "_seconds_total", "_bytes_total"];
  for (const [from, to] of prefixes) variants.add(name2.replace(from, to));
  for (const base of [name2, ...variants]) {
    for (const s of suffixes) {
      variants.add(`${base}${s}`);
      if (base.endsWith(s)) variants.add(base.slice(0, -s.length));
    }
  }
  for (const v2 of variants) if (v2 !== name2 && set2.has(v2)) return v2;
  if (known.length === 0) return void 0;
  const best = (0, import_fastest_levenshtein2.closest)(name2, [...known]);
  return (0, import_fastest_levenshtein2.distance)(name2, best) <= Math.max(2, Math.floor(name2.length / 4)) ? best : void 0;
}
function checkQuery(expr, series, context = {}) {
  const { recorded = /* @__PURE__ */ new Map(), anyLabels = [], analysis = analyzeQuery(expr) } = context;
  const out2 = [];
  const add = (f) => out2.push({ severity: "error", ...f });
  for (const e of analysis.errors) add({ code: "OBS_QUERY_SYNTAX", message: `PromQL syntax: ${e.message}`, hint: "check brackets, quotes and durations (Grafana variables such as $__rate_interval are replaced before a query is checked)", from: e.from, to: e.to });
  if (analysis.errors.length) return out2;
  const known = [...series.keys(), ...recorded.keys()];
  for (const s of analysis.selectors) {
    if (s.name === void 0) continue;
    const at2 = { from: s.from, to: s.to };
    const info = series.get(s.name);
    const recordedLabels = recorded.get(s.name);
    if (!info && !recordedLabels) {
      const guess = nearMiss(s.name, known);
      add({ code: "OBS_QUERY_UNKNOWN_METRIC", message: `no series \`${s.name}\` is stored by this stack's sources at their configured versions`, hint: guess ? `did you mean \`${guess}\`?` : "see metrics_catalog.md for the names each source exposes", ...at2 });
      continue;
    }
    const labels = /* @__PURE__ */ new Set([...info?.labels ?? [...recordedLabels, "job", "instance"], ...anyLabels]);
    for (const m of s.matchers) {
      if (labels.has(m.label) || m.op === "!=" || m.op === "!~") continue;
      add({ code: "OBS_QUERY_LABEL", message: `\`${s.name}\` carries no label \`${m.label}\`, so this matcher selects nothing`, hint: `its labels: ${[...labels].sort().join(", ")}`, from: m.from, to: m.to });
    }
    if (!info) continue;
    if (info.status === "off") add({ code: "OBS_QUERY_UNAVAILABLE", message: `\`${s.name}\` is not stored with this configuration: ${info.note ?? "its source is off"}`, hint: "turn on what it needs, or leave the query out", ...at2 });
    if (s.rangeFunction && COUNTER_FUNCTIONS.has(s.rangeFunction) && info.type === "gauge") {
      add({ code: "OBS_QUERY_TYPE", message: `${s.rangeFunction}() over \`${s.name}\`, a gauge: it assumes a value that only goes up`, hint: "use the gauge as it is, or deriv()/delta() for its change", ...at2 });
    }
    if (s.comparedRaw && info.type === "counter" && !info.part) {
      add({ code: "OBS_QUERY_TYPE", message: `\`${s.name}\` is a counter compared with a number as it is: its value is a total since the process started`, hint: `compare rate(${s.name}[5m]) or increase(${s.name}[\u2026]) instead`, ...at2 });
    }
    if (s.quantile) {
      if (info.part !== "bucket") add({ code: "OBS_QUERY_TYPE", message: `histogram_quantile() over \`${s.name}\`, which is not a histogram's _bucket series`, hint: info.type === "histogram" || series.has(`${s.name}_bucket`) ? `use \`${s.name}_bucket\`` : "only a histogram has buckets", ...at2 });
      else if (!s.quantile.keepsLe) add({ code: "OBS_QUERY_TYPE", message: `histogram_quantile() over \`${s.name}\` after an aggregation that drops \`le\`: every bucket is summed into one`, hint: "keep le in the grouping: sum by (le, \u2026)", ...at2 });
    }
    const le = s.matchers.find((m) => m.label === "le" && m.op === "=");
    if (le && info.buckets && !info.buckets.some((b) => b === Number(le.value)) && le.value !== "+Inf") {
      add({ code: "OBS_QUERY_BUCKET", message: `le="${le.value}" is not a bucket boundary of \`${s.name}\``, hint: `its boundaries: ${info.buckets.join(", ")}, +Inf`, from: le.from, to: le.to });
    }
  }
  for (const g of analysis.groupings) {
    if (g.mode !== "by" || g.selectors.length === 0) continue;
    const sets = g.selectors.map((i) => analysis.selectors[i]).map((s) => s.name === void 0 ? void 0 : series.get(s.name)?.labels ?? recorded.get(s.name));
    if (sets.some((l) => l === void 0)) continue;
    for (const l of g.labels) {
      if (l.name === "le" || anyLabels.includes(l.name) || sets.some((set2) => set2.has(l.name) || l.name === "job" || l.name === "instance")) continue;
      add({ code: "OBS_QUERY_LABEL", message: `by (${l.name}): none of the series this aggregates carries \`${l.name}\``, hint: "group by a label the series carry (metrics_catalog.md lists them)", from: l.from, to: l.to });
    }
  }
  return out2;
}
var import_fastest_levenshtein2, COUNTER_FUNCTIONS;
var init_check3 = __esm({
  "src/promql/check.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_fastest_levenshtein2 = __toESM(require_mod(), 1);
    init_analyze2();
    COUNTER_FUNCTIONS = /* @__PURE__ */ new Set(["rate", "increase", "irate"]);
  }
});

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text2, ignoreTrivia = false) {
  const len = text2.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text2.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text2.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text2.length && text2.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text2.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text2.length && (text2.charCodeAt(pos) === 69 || text2.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text2.length && text2.charCodeAt(pos) === 43 || text2.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
        pos++;
        while (pos < text2.length && isDigit(text2.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text2.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text2.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text2.charCodeAt(pos);
      if (ch === 34) {
        result += text2.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text2.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text2.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text2.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text2.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text2.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text2.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text2.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text2.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text2.substring(start, pos);
          return token = 12;
        }
        if (text2.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text2.charCodeAt(pos);
            if (ch === 42 && text2.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text2.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text2.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text2.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text2.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text2.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
var init_scanner = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/scanner.js"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    (function(CharacterCodes2) {
      CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
      CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
      CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
      CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
      CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
      CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
      CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
      CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
      CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
      CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
      CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
      CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
      CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
      CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
      CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
      CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
      CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
      CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
      CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
      CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
      CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
      CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
      CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
      CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
      CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
      CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
      CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
      CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
      CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
      CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
      CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
      CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
      CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
      CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
      CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
      CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
      CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
      CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
      CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
      CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
      CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
      CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
      CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
      CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
      CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
      CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
      CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
      CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
      CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
      CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
      CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
      CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
      CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
      CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
      CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
      CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
      CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
      CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
      CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
      CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
      CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
      CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
      CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
      CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
      CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
      CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
      CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
      CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
      CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
      CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
      CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
      CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
      CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
      CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
      CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
      CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
      CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
      CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
      CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
      CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces, maxCachedValues, cachedBreakLinesWithSpaces;
var init_string_intern = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/string-intern.js"() {
    init_define_OBSCOMPILE_PACKAGE();
    cachedSpaces = new Array(20).fill(0).map((_, index) => {
      return " ".repeat(index);
    });
    maxCachedValues = 200;
    cachedBreakLinesWithSpaces = {
      " ": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\n" + " ".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r" + " ".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r\n" + " ".repeat(index);
        })
      },
      "	": {
        "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\n" + "	".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r" + "	".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
          return "\r\n" + "	".repeat(index);
        })
      }
    };
  }
});

// node_modules/jsonc-parser/lib/esm/impl/format.js
var init_format2 = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/format.js"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_scanner();
    init_string_intern();
  }
});

// node_modules/jsonc-parser/lib/esm/impl/parser.js
function parseTree(text2, errors = [], options2 = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name2, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name2, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep2, offset, length) => {
      if (currentParent.type === "property") {
        if (sep2 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep2 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text2, visitor, options2);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text2, visitor, options2 = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text2, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options2 && options2.disallowComments;
  const allowTrailingComma = options2 && options2.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options2.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}
var ParseOptions;
var init_parser = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/parser.js"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_scanner();
    (function(ParseOptions2) {
      ParseOptions2.DEFAULT = {
        allowTrailingComma: false
      };
    })(ParseOptions || (ParseOptions = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/edit.js
var init_edit = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/edit.js"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_format2();
    init_parser();
  }
});

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError, SyntaxKind, parseTree2, ParseErrorCode;
var init_main = __esm({
  "node_modules/jsonc-parser/lib/esm/main.js"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_format2();
    init_edit();
    init_scanner();
    init_parser();
    (function(ScanError2) {
      ScanError2[ScanError2["None"] = 0] = "None";
      ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
      ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
      ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
      ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
      ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
      ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (ScanError = {}));
    (function(SyntaxKind2) {
      SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
      SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
      SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
      SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
      SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
      SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
      SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
      SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
      SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
      SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
      SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
      SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
      SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
      SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
      SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
      SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
      SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
    })(SyntaxKind || (SyntaxKind = {}));
    parseTree2 = parseTree;
    (function(ParseErrorCode2) {
      ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
      ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
      ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
      ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
      ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
      ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
      ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
      ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
      ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
      ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
      ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (ParseErrorCode = {}));
  }
});

// src/lint/extract.ts
function aligned(text2, start, end, value) {
  const map = [];
  let s = start;
  for (let v2 = 0; v2 < value.length && s < end; s++) if (text2[s] === value[v2]) map[v2++] = s;
  return (offset) => map[offset] ?? map[map.length - 1] ?? start;
}
function yamlRules(text2) {
  const doc = (0, import_yaml5.parseDocument)(text2, { keepSourceTokens: false });
  if (doc.errors.length) return { error: `not valid YAML: ${doc.errors[0].message.split("\n")[0]}`, offset: doc.errors[0].pos[0] };
  const root = doc.contents;
  const spec = (0, import_yaml5.isMap)(root) ? root.get("spec", true) : void 0;
  const groups = (0, import_yaml5.isMap)(root) ? root.get("groups", true) ?? ((0, import_yaml5.isMap)(spec) ? spec.get("groups", true) : void 0) : void 0;
  if (!(0, import_yaml5.isSeq)(groups)) return { error: "not a Prometheus rule file: no `groups` list (nor `spec.groups`)", offset: 0 };
  const queries = [];
  for (const group of groups.items) {
    const rules = (0, import_yaml5.isMap)(group) ? group.get("rules", true) : void 0;
    if (!(0, import_yaml5.isSeq)(rules)) continue;
    for (const rule of rules.items) {
      if (!(0, import_yaml5.isMap)(rule)) continue;
      const expr = rule.get("expr", true);
      if (!(0, import_yaml5.isScalar)(expr) || typeof expr.value !== "string" || !expr.range) continue;
      const record = rule.get("record");
      const name2 = rule.get("alert") ?? record;
      queries.push({ expr: expr.value, owner: `rule ${String(name2 ?? "(unnamed)")}`, at: aligned(text2, expr.range[0], expr.range[1], expr.value), ...typeof record === "string" ? { record } : {} });
    }
  }
  return { kind: "rules", queries };
}
function jsonTargets(node, text2, title, out2) {
  if (node.type === "object") {
    const props = new Map((node.children ?? []).map((p) => [p.children[0].value, p.children[1]]));
    const own = props.get("title");
    const here = own?.type === "string" ? String(own.value) : title;
    const targets = props.get("targets");
    if (targets?.type === "array") {
      for (const t2 of targets.children ?? []) {
        const expr = t2.type === "object" ? t2.children?.find((p) => p.children[0].value === "expr")?.children[1] : void 0;
        if (expr?.type === "string" && typeof expr.value === "string") out2.push({ expr: expr.value, owner: `panel ${JSON.stringify(here)}`, at: aligned(text2, expr.offset + 1, expr.offset + expr.length - 1, expr.value) });
      }
    }
    for (const [key, child2] of props) if (key !== "targets") jsonTargets(child2, text2, here, out2);
  } else if (node.type === "array") for (const child2 of node.children ?? []) jsonTargets(child2, text2, title, out2);
}
function jsonDashboard(text2) {
  const errors = [];
  const tree = parseTree2(text2, errors, { allowTrailingComma: false });
  if (!tree || errors.length) return { error: "not valid JSON", offset: errors[0]?.offset ?? 0 };
  const queries = [];
  jsonTargets(tree, text2, "(untitled)", queries);
  const hasPanels = /"panels"\s*:/.test(text2);
  if (!hasPanels) return { error: "not a Grafana dashboard: no `panels`", offset: 0 };
  return { kind: "dashboard", queries };
}
function extractQueries(text2) {
  return /^\s*[{[]/.test(text2) ? jsonDashboard(text2) : yamlRules(text2);
}
var import_yaml5;
var init_extract = __esm({
  "src/lint/extract.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_main();
    import_yaml5 = __toESM(require_yaml(), 1);
  }
});

// src/lint/grafana.ts
function quotedAt(expr, offset) {
  let quote2;
  for (let i = 0; i < offset; i++) {
    const c = expr[i];
    if (quote2) {
      if (c === "\\" && quote2 !== "`") i++;
      else if (c === quote2) quote2 = void 0;
    } else if (c === '"' || c === "'" || c === "`") quote2 = c;
  }
  return quote2 !== void 0;
}
function maskGrafana(expr) {
  return expr.replace(VARIABLE, (match, offset) => {
    if (quotedAt(expr, offset)) return match;
    const name2 = match.replace(/^\$\{?|\}$|^\[\[|\]\]$/g, "").split(":")[0];
    const number2 = /(_ms|_s)$/.test(name2);
    const duration = !number2 && (/^__(rate_)?interval$|^__range$/.test(name2) || /(\[|:|offset\s*)$/.test(expr.slice(0, offset).trimEnd()));
    return padded(duration ? "5m" : "1", match.length);
  });
}
var VARIABLE, padded;
var init_grafana4 = __esm({
  "src/lint/grafana.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    VARIABLE = /\$\{[^}\n]*\}|\$[A-Za-z_]\w*|\[\[[^\]\n]*\]\]/g;
    padded = (text2, length) => text2 + " ".repeat(Math.max(0, length - text2.length));
  }
});

// src/lint/lint.ts
function against(config3) {
  const { series, alerts } = alertingOf(config3, loadCatalog());
  const recorded = new Map((alerts?.recording ?? []).map((r) => [r.record, new Set(r.labels)]));
  return { series, recorded, anyLabels: [RUN_LABEL, HOST_LABEL, ...Object.keys(config3.prometheus.externalLabels)] };
}
function ownRecords(files, base) {
  for (const f of files) {
    f.queries.forEach((q) => {
      const name2 = q.record;
      if (!name2) return;
      const a = analyzeQuery(maskGrafana(q.expr));
      const outer = a.groupings.find((g) => g.mode === "by");
      const labels = outer ? outer.labels.map((l) => l.name) : a.selectors.flatMap((s) => [...s.name ? base.series.get(s.name)?.labels ?? [] : []]);
      base.recorded.set(name2, new Set(labels));
    });
  }
}
function lint(files, config3, upgraded) {
  const out2 = [];
  const read3 = files.map((f) => {
    const e = extractQueries(f.text);
    const lines = countLines(f.text);
    if ("error" in e) {
      out2.push(diagnosticAt(f.path, lines, [e.offset, e.offset], { code: "OBS_LINT_FILE", message: e.error, hint: "lint reads Prometheus rule files (YAML with `groups`) and Grafana dashboards (JSON)" }));
      return { file: f, lines, queries: [] };
    }
    return { file: f, lines, queries: e.queries };
  });
  const now = against(config3);
  ownRecords(read3, now);
  const later2 = upgraded && against(upgraded);
  if (later2) ownRecords(read3, later2);
  for (const { file, lines, queries } of read3) {
    for (const q of queries) {
      const current = findings(q, now);
      const shown = later2 ? findings(q, later2).filter((f) => !current.some((c) => c.code === f.code && c.from === f.from)) : current;
      for (const f of shown) {
        const message = later2 ? `${q.owner}: after the upgrade, ${f.message}` : `${q.owner}: ${f.message}`;
        out2.push(diagnosticAt(file.path, lines, [q.at(f.from), q.at(Math.max(f.from, f.to - 1)) + 1], { code: f.code, severity: f.severity, message, ...f.hint ? { hint: f.hint } : {} }));
      }
    }
  }
  if (!files.length) out2.push(usageDiagnostic("no file to lint", "name rule files and dashboards: `obscompile lint rules.yml dashboard.json`"));
  return out2;
}
var findings;
var init_lint = __esm({
  "src/lint/lint.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_analyze2();
    init_check3();
    init_make();
    init_fleet_settings();
    init_names();
    init_catalog_data();
    init_model();
    init_extract();
    init_grafana4();
    findings = (q, a) => checkQuery(maskGrafana(q.expr), a.series, { recorded: a.recorded, anyLabels: a.anyLabels });
  }
});

// src/lint/run.ts
function upgrade(config3, spec) {
  const versions = { ...config3.versions };
  for (const pair2 of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [name2, release] = pair2.split("=").map((s) => s.trim());
    if (!name2 || !release) return usageDiagnostic(`--versions ${pair2}: not COMPONENT=RELEASE`, "write them as `--versions sglang=0.6.0,prometheus=3.15.0`");
    if (!(name2 in versions)) return usageDiagnostic(`--versions ${pair2}: no component \`${name2}\``, `the components: ${Object.keys(versions).join(", ")}`);
    versions[name2] = release;
  }
  const upgraded = { ...config3, versions };
  if (!conformsConfig(upgraded)) return usageDiagnostic(`--versions ${spec}: a release the schema does not accept`, "run `obscompile explain versions.COMPONENT` for the releases each component takes");
  return upgraded;
}
async function runLint(opts) {
  const texts = /* @__PURE__ */ new Map();
  const analysis = await analyze({ cwd: opts.cwd, ...opts.config ? { config: opts.config } : {}, ...opts.maxConfigBytes ? { maxConfigBytes: opts.maxConfigBytes } : {} });
  if (analysis.source) texts.set(analysis.source.path, analysis.source.text);
  if (!analysis.config) return { diagnostics: analysis.diagnostics, texts };
  let upgraded;
  if (opts.versions !== void 0) {
    const u = upgrade(analysis.config, opts.versions);
    if ("code" in u) return { diagnostics: [u], texts };
    upgraded = u;
  }
  const files = [];
  const diagnostics = [];
  for (const path of opts.files) {
    try {
      const text2 = await readFile((0, import_node_path25.resolve)(opts.cwd, path), "utf8");
      files.push({ path, text: text2 });
      texts.set(path, text2);
    } catch (error) {
      diagnostics.push(ioErrorDiagnostic(error, opts.cwd));
    }
  }
  return { diagnostics: [...diagnostics, ...lint(files, analysis.config, upgraded)], texts };
}
var import_node_path25;
var init_run = __esm({
  "src/lint/run.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_path25 = require("node:path");
    init_analyze();
    init_fs();
    init_config_checks();
    init_make();
    init_lint();
  }
});

// src/cli/commands/lint.ts
var lint_exports = {};
__export(lint_exports, {
  lintCommand: () => lintCommand
});
async function lintCommand(opts, io, files) {
  const r = await runLint({ cwd: io.cwd, files, ...opts.config ? { config: opts.config } : {}, ...opts.maxConfigBytes ? { maxConfigBytes: opts.maxConfigBytes } : {}, ...opts.versions !== void 0 ? { versions: opts.versions } : {} });
  report(io, r.diagnostics, opts.format, void 0, r.texts);
  const code = exitFor(r.diagnostics);
  io.result?.({ files, clean: r.diagnostics.length === 0 });
  if (r.diagnostics.length === 0 && opts.format === "text") io.out(`${plural(files.length, "file")}: every query reads what the stack stores${opts.versions ? ` (and still will with ${opts.versions})` : ""}`);
  return code;
}
var init_lint2 = __esm({
  "src/cli/commands/lint.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_run();
    init_report();
  }
});

// src/verify/http.ts
function authorization(c) {
  if (c.bearerTokenFile) return `Bearer ${(0, import_node_fs8.readFileSync)(c.bearerTokenFile, "utf8").trim()}`;
  if (c.basicAuth) return `Basic ${Buffer.from(`${c.basicAuth.username}:${(0, import_node_fs8.readFileSync)(c.basicAuth.passwordFile, "utf8").trim()}`).toString("base64")}`;
  return void 0;
}
function getApi(c, path, params = {}) {
  const url = new URL(`${c.url.replace(/\/+$/, "")}${path}`);
  for (const [k, v2] of Object.entries(params)) url.searchParams.append(k, v2);
  const auth = authorization(c);
  const request = url.protocol === "https:" ? import_node_https.request : import_node_http.request;
  const tls = url.protocol === "https:" ? { ...c.caFile ? { ca: (0, import_node_fs8.readFileSync)(c.caFile) } : {}, rejectUnauthorized: !c.insecureSkipVerify } : {};
  return new Promise((resolve16, reject) => {
    const req = request(url, { method: "GET", headers: { Accept: "application/json", ...auth ? { Authorization: auth } : {} }, timeout: c.timeoutMs, ...tls }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => body += chunk);
      res.on("end", () => {
        let parsed;
        try {
          parsed = JSON.parse(body);
        } catch {
        }
        if (res.statusCode === 200 && parsed?.status === "success") resolve16(parsed.data);
        else reject(new Error(`${url.pathname} answered ${res.statusCode}${parsed?.error ? `: ${parsed.error}` : parsed ? "" : " with no Prometheus API answer"}`));
      });
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${c.timeoutMs} ms`)));
    req.on("error", (e) => reject(new Error(e.code ? `${e.code}: ${e.message}` : e.message)));
    req.end();
  });
}
var import_node_fs8, import_node_http, import_node_https;
var init_http = __esm({
  "src/verify/http.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_node_fs8 = require("node:fs");
    import_node_http = require("node:http");
    import_node_https = require("node:https");
  }
});

// src/verify/verify.ts
function storedNames(row) {
  if (row.type === "histogram") return [`${row.name}_bucket`, `${row.name}_sum`, `${row.name}_count`];
  if (row.type === "summary") return [row.name, `${row.name}_sum`, `${row.name}_count`];
  return [row.name];
}
function compareJob(section2, o, where2) {
  const out2 = [];
  const at2 = (severity, message, hint) => out2.push(placeDiagnostic(where2, { severity, code: "OBS_VERIFY_DRIFT", message, hint }));
  if (o.labels.size === 0) {
    at2("warning", `job \`${section2.job}\` has no series here: it is not scraped, or its targets are down`, "check the job in Prometheus (Status \u2192 Targets); nothing of it could be compared");
    return out2;
  }
  const known = /* @__PURE__ */ new Set();
  for (const row of section2.metrics) {
    const names = storedNames(row);
    names.forEach((n) => known.add(n));
    const seen = names.filter((n) => o.labels.has(n));
    if (row.status === "off") continue;
    if (seen.length === 0) {
      const conditional = row.status === "conditional";
      at2(conditional ? "warning" : "error", `\`${row.name}\` (${section2.job}) is catalogued but not stored${conditional ? `; the catalog allows that: ${row.note ?? "it appears only in some cases"}` : ""}`, conditional ? "nothing to do until it should have appeared" : "the source does not expose it as catalogued: a name, version or setting differs from the catalog's");
      continue;
    }
    const type = typeOf(row, o);
    if (type && type !== "unknown" && type !== row.type) at2("error", `\`${row.name}\` (${section2.job}) is a ${type} here, a ${row.type} in the catalog`, "queries that rely on its type (rate(), histogram_quantile()) read it wrongly");
    const listed = new Set(row.labels);
    const extra = [...new Set(seen.flatMap((n) => [...o.labels.get(n)]))].filter((l) => !OWN_LABELS.has(l) && !listed.has(l)).sort();
    if (extra.length) at2("error", `\`${row.name}\` (${section2.job}) carries ${extra.map((l) => `\`${l}\``).join(", ")}, which the catalog does not list`, `the catalog lists: ${[...listed].sort().join(", ") || "no labels"}`);
  }
  if (!section2.selection) {
    const uncatalogued = [...o.labels.keys()].filter((n) => !known.has(n) && !SYNTHETIC.test(n)).sort();
    if (uncatalogued.length) at2("warning", `job \`${section2.job}\` stores ${uncatalogued.length} name${uncatalogued.length === 1 ? "" : "s"} the catalog does not list: ${uncatalogued.slice(0, 15).map((n) => `\`${n}\``).join(", ")}${uncatalogued.length > 15 ? ", \u2026" : ""}`, "a newer release, a setting, or a gap in the catalog: please report it");
  }
  return out2;
}
async function observe(c, job, windowSeconds) {
  const end = Math.floor(Date.now() / 1e3);
  const selector2 = `{job=${JSON.stringify(job)}}`;
  const series = await getApi(c, "/api/v1/series", { "match[]": selector2, start: String(end - windowSeconds), end: String(end) });
  const labels = /* @__PURE__ */ new Map();
  for (const s of series) {
    const set2 = labels.get(s.__name__) ?? /* @__PURE__ */ new Set();
    for (const k of Object.keys(s)) set2.add(k);
    labels.set(s.__name__, set2);
  }
  const metadata = await getApi(c, "/api/v1/targets/metadata", { match_target: selector2 });
  return { labels, types: new Map(metadata.map((m) => [m.metric, m.type])) };
}
async function verify(c, sections, jobs, windowSeconds = 600) {
  const out2 = [];
  const scraped = new Set(jobs.map((j) => j.job));
  for (const section2 of sections.filter((s) => scraped.has(s.job) && s.upstream)) {
    try {
      out2.push(...compareJob(section2, await observe(c, section2.job, windowSeconds), c.url));
    } catch (error) {
      out2.push(placeDiagnostic(c.url, { code: "OBS_VERIFY_UNREACHABLE", message: `cannot read job \`${section2.job}\` from ${c.url}: ${error.message}`, hint: "check the URL, the credentials and that it is a Prometheus (its /api/v1 answers)" }));
      break;
    }
  }
  return out2;
}
var SYNTHETIC, OWN_LABELS, typeOf;
var init_verify = __esm({
  "src/verify/verify.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_make();
    init_http();
    SYNTHETIC = /^(up|scrape_[a-z_]+)$/;
    OWN_LABELS = /* @__PURE__ */ new Set(["__name__", "job", "instance", "le", "quantile"]);
    typeOf = (row, o) => o.types.get(row.name) ?? o.types.get(row.name.replace(/_total$/, ""));
  }
});

// src/verify/run.ts
async function runVerify(opts) {
  const analysis = await analyze({ cwd: opts.cwd, ...opts.config ? { config: opts.config } : {}, ...opts.maxConfigBytes ? { maxConfigBytes: opts.maxConfigBytes } : {} });
  const texts = new Map(analysis.source ? [[analysis.source.path, analysis.source.text]] : []);
  if (!analysis.config) return { diagnostics: analysis.diagnostics, texts, jobs: [] };
  const { jobs, catalog: catalog2 } = alertingOf(analysis.config, loadCatalog());
  const { cwd: _, config: __, maxConfigBytes: ___, ...connection } = opts;
  return { diagnostics: await verify(connection, catalog2, jobs), texts, jobs: catalog2.filter((s) => s.upstream).map((s) => s.job) };
}
var init_run2 = __esm({
  "src/verify/run.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_analyze();
    init_catalog_data();
    init_model();
    init_verify();
  }
});

// src/cli/commands/verify.ts
var verify_exports = {};
__export(verify_exports, {
  verifyCommand: () => verifyCommand
});
async function verifyCommand(opts, io) {
  const usage = (message, hint) => (report(io, [usageDiagnostic(message, hint)], opts.format), 2);
  if (opts.prometheus === void 0) return usage("verify needs --prometheus URL: the Prometheus to compare", "such as `obscompile verify --prometheus http://127.0.0.1:9090`");
  if (!/^https?:\/\/[^\s/]+/.test(opts.prometheus)) return usage(`--prometheus ${opts.prometheus}: not an http:// or https:// URL`, "give the Prometheus base URL, such as http://127.0.0.1:9090");
  if (!/^\d+(ms|s|m)$/.test(opts.timeout) || durationMs(opts.timeout) === 0) return usage(`--timeout ${opts.timeout}: not a duration`, "use ms, s or m, such as 10s");
  if (opts.basicAuthUser === void 0 !== (opts.basicAuthPasswordFile === void 0)) return usage("basic auth needs both --basic-auth-user and --basic-auth-password-file", "give both, or neither");
  if (opts.bearerTokenFile && opts.basicAuthUser) return usage("one way to authenticate: --bearer-token-file or basic auth", "keep one of the two");
  const r = await runVerify({
    cwd: io.cwd,
    url: opts.prometheus,
    timeoutMs: durationMs(opts.timeout),
    ...opts.config ? { config: opts.config } : {},
    ...opts.maxConfigBytes ? { maxConfigBytes: opts.maxConfigBytes } : {},
    ...opts.bearerTokenFile ? { bearerTokenFile: opts.bearerTokenFile } : {},
    ...opts.basicAuthUser && opts.basicAuthPasswordFile ? { basicAuth: { username: opts.basicAuthUser, passwordFile: opts.basicAuthPasswordFile } } : {},
    ...opts.caFile ? { caFile: opts.caFile } : {},
    ...opts.insecureSkipVerify ? { insecureSkipVerify: true } : {}
  });
  report(io, r.diagnostics, opts.format, void 0, r.texts);
  const code = exitFor(r.diagnostics);
  io.result?.({ prometheus: opts.prometheus, jobs: r.jobs, drift: code !== 0 });
  if (code === 0 && opts.format === "text") io.out(`${opts.prometheus}: ${r.jobs.join(", ")} match the catalog`);
  return code;
}
var init_verify2 = __esm({
  "src/cli/commands/verify.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_duration();
    init_make();
    init_run2();
    init_report();
  }
});

// src/cli/commands/init.ts
var init_exports = {};
__export(init_exports, {
  EXAMPLES: () => EXAMPLES,
  SCHEMA_REFERENCE: () => SCHEMA_REFERENCE,
  initCommand: () => initCommand,
  starterConfig: () => starterConfig
});
async function starterConfig(example) {
  if (!example) return renderTemplate("starter.config.yaml", { schema: SCHEMA_REFERENCE, name: "sglang-dev", outputDir: OUTPUT_DIR });
  const doc = (0, import_yaml6.parseDocument)(await readFile(EXAMPLES[example], "utf8"));
  doc.deleteIn(["devcontainer", "schemaPath"]);
  doc.setIn(["output", "dir"], OUTPUT_DIR);
  doc.setIn(["devcontainer", "workspaceRoot"], ".");
  const body = doc.toString({ lineWidth: 0 }).replace(/^# yaml-language-server:.*\n/, "");
  return `# yaml-language-server: $schema=${SCHEMA_REFERENCE}
${body}`;
}
async function initCommand(opts, io, args) {
  const dir = (0, import_node_path26.resolve)(io.cwd, args[0] ?? ".");
  const file = (0, import_node_path26.join)(dir, CONFIG_FILE_NAMES[0]);
  const copy2 = (0, import_node_path26.join)(dir, OUTPUT_DIR, SCHEMA_COPY);
  const shown = (f) => (0, import_node_path26.relative)(io.cwd, f) || f;
  const fail3 = (f, message, hint) => {
    report(io, [fileDiagnostic(shown(f), { code: "OBS_IO", message, hint })], opts.format ?? "text");
    return EXIT.usage;
  };
  const schema = await readFile(schemaFile(), "utf8");
  const [config3, existing] = await Promise.all([inspect(file), inspect(copy2)]);
  if (config3.kind !== "missing") return fail3(file, `${shown(file)} already exists; init never overwrites a config`, "edit the existing file, or remove it first");
  if (existing.kind === "other") return fail3(copy2, `${shown(copy2)} is ${existing.what}; init writes the editor's schema copy there and never replaces what it did not write`, "remove it, then run init again");
  if (existing.kind === "file" && existing.content.toString("utf8") !== schema) {
    return fail3(copy2, `${shown(copy2)} already exists and is not this obscompile's schema; init never overwrites a file`, "remove it (`obscompile build` writes it again), then run init again");
  }
  const created = [];
  try {
    await makeDirs((0, import_node_path26.dirname)(copy2));
    await writeFile(file, await starterConfig(opts.example), { flag: "wx" });
    created.push(file);
    if (existing.kind === "missing") await writeFile(copy2, schema, { flag: "wx" });
  } catch (error) {
    await Promise.all(created.map((f) => rm(f, { force: true })));
    const e = error;
    const at2 = e.path ?? file;
    return fail3(at2, `cannot write ${shown(at2)}: ${e.code === "EEXIST" ? "something appeared there while init ran" : e.message}`, "check the folder and its permissions, then run init again; nothing was left behind");
  }
  io.result?.({ wrote: shown(file) });
  io.out(`wrote ${shown(file)}; next: obscompile build`);
  return EXIT.ok;
}
var import_node_path26, import_yaml6, EXAMPLES, OUTPUT_DIR, SCHEMA_REFERENCE;
var init_init = __esm({
  "src/cli/commands/init.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_fs();
    init_fs_safe();
    import_node_path26 = require("node:path");
    import_yaml6 = __toESM(require_yaml(), 1);
    init_discover();
    init_make();
    init_templates2();
    init_io();
    init_report();
    init_paths();
    EXAMPLES = {
      "sglang-dev": shipped("examples", "sglang-dev", "observability.config.yaml"),
      "cpu-only": shipped("examples", "cpu-only", "observability.config.yaml"),
      "vllm-dev": shipped("examples", "vllm-dev", "observability.config.yaml")
    };
    OUTPUT_DIR = ".devcontainer/observability";
    SCHEMA_REFERENCE = `./${OUTPUT_DIR}/${SCHEMA_COPY}`;
  }
});

// src/cli/declarations.ts
var PROGRAM, format2, config2, fleet, size, watch2, COMMANDS;
var init_declarations = __esm({
  "src/cli/declarations.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    PROGRAM = {
      name: "obscompile",
      description: "Compile observability.config.yaml into the scripts, compose file, Prometheus config, devcontainer.json and metrics catalog of a GPU LLM dev container.",
      version: { flags: "-v, --version", description: "print the obscompile version" },
      help: { flags: "-h, --help", description: "show help for a command" },
      afterError: "(run with --help for usage)"
    };
    format2 = { flags: "--format <format>", description: "how to print diagnostics", choices: ["text", "json", "github", "sarif"], default: "text" };
    config2 = { flags: "-c, --config <file>", description: "config file (default: search for observability.config.yaml from the current folder upward)" };
    fleet = { flags: "--fleet <file>", description: "a fleet file (hosts over a shared base config) instead of one config" };
    size = {
      flags: "--max-config-bytes <n>",
      description: "largest config file accepted, in bytes (raise it for thousands of scrape targets)",
      default: 1024 * 1024,
      parse: (v2) => {
        if (!/^\d+$/.test(v2) || Number(v2) < 1) throw new Error("a whole number of bytes, such as 8388608");
        return Number(v2);
      }
    };
    watch2 = { flags: "--watch", description: "keep running: run again whenever the config (or a fleet file or its base) is saved; Ctrl-C stops", default: false };
    COMMANDS = {
      validate: {
        description: "check the config against the schema and the semantic rules; write nothing",
        options: [config2, size, fleet, format2],
        load: async () => (await Promise.resolve().then(() => (init_validate2(), validate_exports))).validateCommand
      },
      build: {
        description: "compile the config and write every artifact into the output folder",
        options: [
          config2,
          size,
          fleet,
          { flags: "-o, --out <dir>", description: "output folder (default: output.dir of the config, relative to it)" },
          { flags: "--stdout <artifact>", description: "print one artifact to stdout instead of writing files" },
          { flags: "--dry-run", description: "report what would be written, write nothing", default: false },
          { flags: "--force", description: "overwrite generated files that were edited by hand", default: false },
          watch2,
          format2
        ],
        load: async () => (await Promise.resolve().then(() => (init_build(), build_exports))).buildCommand
      },
      check: {
        description: "compile in memory and fail with a unified diff when the output folder drifted (for CI)",
        options: [config2, size, fleet, { flags: "-o, --out <dir>", description: "output folder to compare (default: output.dir of the config)" }, { flags: "--staged", description: "compare what git's index holds (the config and its output folder as a commit would contain them), for pre-commit hooks", default: false }, watch2, format2],
        load: async () => (await Promise.resolve().then(() => (init_check2(), check_exports))).checkCommand
      },
      schema: {
        description: "print the JSON Schema of observability.config.yaml, or of a fleet file (for editors)",
        options: [
          { flags: "--kind <kind>", description: "config: observability.config.yaml; fleet: observability.fleet.yaml, host overrides included", choices: ["config", "fleet"], default: "config" },
          { flags: "-o, --out <file>", description: "write the schema to a file instead of stdout (`-`: stdout; a device or pipe is written through; a link or folder is refused)" },
          format2
        ],
        load: async () => (await Promise.resolve().then(() => (init_schema(), schema_exports))).schemaCommand
      },
      docs: {
        description: "print the component, metrics, alerts and dashboards tables, or keep them current in a README",
        options: [
          config2,
          size,
          { flags: "--table <name>", description: "which table", choices: ["components", "metrics", "alerts", "dashboards", "all"], default: "all" },
          { flags: "--inject <readme>", description: "replace the tables between <!-- obscompile:begin NAME --> and <!-- obscompile:end NAME --> markers" },
          { flags: "--check", description: "with --inject: fail with a diff when the README is stale, write nothing", default: false },
          format2
        ],
        load: async () => (await Promise.resolve().then(() => (init_docs2(), docs_exports))).docsCommand
      },
      explain: {
        description: "print a config value as resolved, the file:line that set it, and the layers it overrode",
        arguments: [{ name: "<path>", description: "a config path, such as prometheus.port or prometheus.extraTargets[0].job" }],
        options: [config2, size, fleet, { flags: "--host <name>", description: "with --fleet: the host whose layered config to explain" }, format2],
        load: async () => (await Promise.resolve().then(() => (init_explain(), explain_exports))).explainCommand
      },
      lint: {
        description: "check the PromQL of rule files and Grafana dashboards against what the config's sources expose",
        arguments: [{ name: "<files...>", description: "Prometheus rule files (YAML) and Grafana dashboards (JSON)" }],
        options: [
          config2,
          size,
          { flags: "--versions <list>", description: "upgrade impact: what the queries would lose at these releases, such as sglang=0.6.0,prometheus=3.15.0" },
          format2
        ],
        load: async () => (await Promise.resolve().then(() => (init_lint2(), lint_exports))).lintCommand
      },
      verify: {
        description: "compare what a running Prometheus stores for each job with the catalog; write nothing",
        options: [
          config2,
          size,
          { flags: "--prometheus <url>", description: "the Prometheus to ask, such as http://127.0.0.1:9090 (required)" },
          { flags: "--timeout <duration>", description: "how long to wait for each answer", default: "10s" },
          { flags: "--bearer-token-file <file>", description: "file holding a bearer token to send" },
          { flags: "--basic-auth-user <name>", description: "basic-auth user name (with --basic-auth-password-file)" },
          { flags: "--basic-auth-password-file <file>", description: "file holding the basic-auth password" },
          { flags: "--ca-file <file>", description: "CA certificate to verify an https Prometheus with" },
          { flags: "--insecure-skip-verify", description: "do not verify the https certificate (testing only)", default: false },
          format2
        ],
        load: async () => (await Promise.resolve().then(() => (init_verify2(), verify_exports))).verifyCommand
      },
      init: {
        description: "write a commented starter observability.config.yaml with the editor schema modeline",
        arguments: [{ name: "[dir]", description: "folder to create it in", default: "." }],
        options: [{ flags: "--example <name>", description: "start from a shipped example instead of the minimal starter", choices: ["sglang-dev", "cpu-only", "vllm-dev"] }, format2],
        load: async () => (await Promise.resolve().then(() => (init_init(), init_exports))).initCommand
      }
    };
  }
});

// src/version.ts
var VERSION;
var init_version2 = __esm({
  "src/version.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_paths();
    VERSION = packageVersion();
  }
});

// src/diagnostics/codes.ts
var DIAGNOSTIC_CODES;
var init_codes = __esm({
  "src/diagnostics/codes.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    DIAGNOSTIC_CODES = {
      OBS_CONFIG_NOT_FOUND: "No config file was found or the given one does not exist.",
      OBS_IO: "A file could not be read or written.",
      OBS_CONFIG_TOO_LARGE: "The config file is larger than obscompile accepts.",
      OBS_EMPTY_CONFIG: "The config file is empty.",
      OBS_YAML_SYNTAX: "The file is not valid YAML.",
      OBS_YAML_DUPLICATE_KEY: "A mapping has the same key twice.",
      OBS_YAML_ALIAS_LIMIT: "YAML aliases expand beyond the allowed size.",
      OBS_YAML_TOO_DEEP: "The YAML document nests deeper than any valid config.",
      OBS_NOT_A_MAPPING: "The top level of the config is not a mapping.",
      OBS_UNSUPPORTED_VERSION: "The config declares a version obscompile does not know.",
      OBS_SCHEMA_REQUIRED: "A required property is missing.",
      OBS_SCHEMA_UNKNOWN_KEY: "A property is not part of the config language.",
      OBS_SCHEMA_TYPE: "A value has the wrong type.",
      OBS_SCHEMA_ENUM: "A value is not one of the allowed values.",
      OBS_SCHEMA_PATTERN: "A string does not have the required form.",
      OBS_SCHEMA_RANGE: "A number, string or list is outside its allowed size.",
      OBS_SCHEMA_INVALID: "A value does not match the schema.",
      OBS_PORT_COLLISION: "Two components listen on the same port.",
      OBS_PROFILING_NEEDS_SYS_ADMIN: "DCGM profiling is requested without the SYS_ADMIN capability.",
      OBS_MODEL_PORT_MISMATCH: "The model server's --port flag disagrees with its configured port.",
      OBS_METRICS_NOT_ENABLED: "Prometheus scrapes the model server but --enable-metrics is off.",
      OBS_DURATION_INVALID: "A duration would be rejected by Prometheus or Compose.",
      OBS_STORAGE_COLLISION: "Two storage folders or mounts collide.",
      OBS_STORAGE_ROOT_UNSAFE: "The storage root holds the config, the output folder or the workspace.",
      OBS_RESERVED_NAME: "A name is reserved by the generated stack.",
      OBS_SCHEMA_OUTSIDE_WORKSPACE: "The schema associated in devcontainer.json is not inside the mounted workspace.",
      OBS_IMAGE_UNPINNED: "An image is not pinned by a release tag or digest.",
      OBS_VERSION_DEPRECATED: "A configured version is end of life or not published where the config points.",
      OBS_REMOTE_WRITE_SELF: "A remote-write URL or trace forward points at the daemon that sends it.",
      OBS_REMOTE_WRITE_INVALID: "A remote-write or forwarding endpoint is one the daemon cannot use.",
      OBS_GPU_NEEDED: "A GPU exporter is enabled on a container without GPUs.",
      OBS_LITERAL_SECRET: "A secret is written in the config instead of read from a file.",
      OBS_FLAG_OVERRIDE: "A pass-through argument repeats a flag obscompile writes itself.",
      OBS_ENGINE_FLAGS: "Flags are written under the key of a model server engine that is not the chosen one.",
      OBS_RENDER_FAILED: "An artifact could not be rendered.",
      OBS_HAND_EDITED: "A generated file was edited by hand since the last build.",
      OBS_DRIFT: "A committed artifact differs from what the config compiles to.",
      OBS_OUTPUT_UNSAFE: "The output path leaves the output folder.",
      OBS_USAGE: "The command line asks for something that cannot work.",
      OBS_DOCS_MARKER: "README markers are missing or unbalanced.",
      OBS_LOCKED: "Another obscompile build is writing the same output folder.",
      OBS_QUERY_SYNTAX: "A PromQL expression does not parse.",
      OBS_QUERY_UNKNOWN_METRIC: "A query reads a metric no source of the stack exposes.",
      OBS_QUERY_TYPE: "A query uses a metric against its type (rate of a gauge, a raw counter, a quantile of what is not a histogram).",
      OBS_QUERY_BUCKET: "A query selects a histogram bucket boundary that does not exist.",
      OBS_QUERY_LABEL: "A query uses a label the metric does not carry.",
      OBS_QUERY_UNAVAILABLE: "A query reads a metric this configuration does not produce.",
      OBS_ALERT_THRESHOLD: "An alert threshold cannot be compared (a latency threshold that is not a bucket boundary).",
      OBS_ALERTMANAGER_RECEIVER: "An Alertmanager receiver is missing, used twice, or used by no route.",
      OBS_VERIFY_DRIFT: "What a running Prometheus stores differs from the catalog of the configured versions.",
      OBS_VERIFY_UNREACHABLE: "The Prometheus given to `verify` cannot be read.",
      OBS_LINT_FILE: "A file given to `lint` is not a Prometheus rule file or a Grafana dashboard.",
      OBS_GRAFANA: "Grafana cannot start, has nothing to show, or cannot reach Prometheus as configured.",
      OBS_SETTING_UNUSED: "A setting is written that the generated stack does not use as it stands.",
      OBS_ALERTMANAGER_UNUSED: "Alertmanager runs, but Prometheus sends it no alerts.",
      OBS_ALERT_FOR: "An alert duration (`alerting.for`) with which the alert could never fire.",
      OBS_ALERT_LEFT_OUT: "An alert rule is left out because what it reads is not available in this configuration."
    };
  }
});

// src/diagnostics/documents.ts
var documents_exports = {};
__export(documents_exports, {
  jsonEnvelope: () => jsonEnvelope,
  sarifLog: () => sarifLog
});
function jsonEnvelope(command, exitCode, diagnostics, result) {
  return inertJson({ command, exitCode, ok: exitCode === 0, diagnostics: diagnostics.map(diagnosticRow), result });
}
function sarifLog(diagnostics, version) {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "obscompile",
            version,
            informationUri: "https://github.com/obscompile/obscompile",
            rules: codes.map((id) => ({ id, shortDescription: { text: DIAGNOSTIC_CODES[id] } }))
          }
        },
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: codes.indexOf(d.code),
          level: d.severity === "error" ? "error" : "warning",
          message: { text: d.hint ? `${d.message} (${d.hint})` : d.message },
          // A usage error is about the command line, not a file: SARIF results may have no location.
          ...placeless(d) ? {} : { locations: [{ physicalLocation: { artifactLocation: { uri: d.file.split("\\").join("/") }, region: { startLine: d.line, startColumn: d.column } } }] }
        }))
      }
    ]
  };
  return JSON.stringify(log, null, 2);
}
var init_documents = __esm({
  "src/diagnostics/documents.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    init_make();
    init_codes();
    init_format();
  }
});

// chunk:commander
var require_commander = __commonJS({
  "chunk:commander"(exports2, module2) {
    init_define_OBSCOMPILE_PACKAGE();
    module2.exports = require("./obscompile-commander.cjs");
  }
});

// src/cli/help.ts
function helpAfter(command) {
  const examples = (EXAMPLES2[command] ?? []).map((e) => `  $ ${e}`).join("\n");
  return `
Examples:
${examples}

Exit codes: ${EXITS[command] ?? "0 ok, 1 invalid, 2 usage or I/O error"}.`;
}
var EXITS, EXAMPLES2;
var init_help = __esm({
  "src/cli/help.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    EXITS = {
      validate: "0 valid (warnings allowed), 1 invalid config, 2 usage or I/O error",
      build: "0 written or up to date, 1 invalid config or a hand-edited artifact (use --force), 2 usage, I/O error or locked folder",
      check: "0 up to date, 1 drift (missing, stale, hand-edited or orphaned files) or invalid config, 2 usage or I/O error",
      schema: "0 printed or written, 2 usage or I/O error",
      docs: "0 printed, injected or up to date, 1 stale (--check) or bad markers, 2 usage or I/O error",
      init: "0 written, 2 the file exists (init never overwrites) or I/O error",
      explain: "0 explained, 1 invalid config, 2 usage error (no such host) or I/O error",
      lint: "0 every query reads what the stack stores, 1 findings or an invalid config, 2 usage or I/O error (a file that cannot be read)",
      verify: "0 the Prometheus matches the catalog (warnings allowed), 1 drift, an unreachable Prometheus or an invalid config, 2 usage error"
    };
    EXAMPLES2 = {
      validate: ["obscompile validate", "obscompile validate --config deploy/observability.config.yaml --format json", "obscompile validate --fleet observability.fleet.yaml"],
      build: ["obscompile build", "obscompile build --dry-run", "obscompile build --stdout prometheus.yml", "obscompile build --out /tmp/stack --force"],
      check: ["obscompile check", "npx --no-install obscompile check --format github   # in GitHub Actions", "obscompile check --format sarif > obscompile.sarif"],
      schema: ["obscompile schema > observability.schema.json", "obscompile schema --out .vscode/observability.schema.json", "obscompile schema --kind fleet --out fleet.schema.json"],
      docs: ["obscompile docs --table components", "obscompile docs --inject README.md", "obscompile docs --inject README.md --check   # in CI"],
      init: ["obscompile init", "obscompile init infra --example cpu-only"],
      explain: ["obscompile explain prometheus.port", "obscompile explain exporters.dcgmExporter.port --fleet observability.fleet.yaml --host gpu-b"],
      lint: ["obscompile lint rules/*.yml dashboards/*.json", "obscompile lint alerts.yml --format github   # in CI", "obscompile lint alerts.yml --versions sglang=0.6.0,dcgmExporter=4.6.0-4.8.3"],
      verify: ["obscompile verify --prometheus http://127.0.0.1:9090", "obscompile verify --prometheus https://prom.lab.internal --bearer-token-file /run/secrets/prom-token --ca-file ca.pem --format json"]
    };
  }
});

// src/cli/program.ts
var program_exports = {};
__export(program_exports, {
  commanderProgram: () => commanderProgram,
  runProgram: () => runProgram
});
function option(spec) {
  const o = new import_commander.Option(spec.flags, spec.description);
  if (spec.choices) o.choices(spec.choices);
  if (spec.default !== void 0) o.default(spec.default);
  const parse3 = spec.parse;
  if (parse3) {
    o.argParser((v2) => {
      try {
        return parse3(v2);
      } catch (error) {
        throw new import_commander.InvalidArgumentError(error.message);
      }
    });
  }
  return o;
}
function commanderProgram(io, argv, onAction) {
  const cli = new import_commander.Command(PROGRAM.name).description(PROGRAM.description).version(VERSION, PROGRAM.version.flags, PROGRAM.version.description).helpOption(PROGRAM.help.flags, PROGRAM.help.description).showHelpAfterError(PROGRAM.afterError).configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) }).exitOverride();
  const only = argv[0] !== void 0 && Object.hasOwn(COMMANDS, argv[0]) ? argv[0] : void 0;
  for (const [name2, spec] of Object.entries(COMMANDS)) {
    if (only && name2 !== only) continue;
    const command = cli.command(name2).description(spec.description);
    for (const a of spec.arguments ?? []) command.argument(a.name, a.description, a.default);
    for (const o of spec.options) command.addOption(option(o));
    command.action(async (...params) => {
      const self = params[params.length - 1];
      await onAction(self.name(), self.opts(), self.args);
    });
    command.addHelpText("after", helpAfter(name2));
  }
  return cli;
}
function wantsJson(argv) {
  return argv.some((a, i) => a === "--format=json" || a === "--format" && argv[i + 1] === "json");
}
async function runProgram(argv, io, runCommand2) {
  let code = EXIT.ok;
  const cli = commanderProgram(io, argv, async (name2, opts, args) => {
    code = await runCommand2(name2, opts, args);
  });
  try {
    await cli.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (!(error instanceof import_commander.CommanderError)) throw error;
    const quiet = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(error.code);
    if (!quiet && wantsJson(argv)) {
      const [{ jsonEnvelope: jsonEnvelope2 }, { usageDiagnostic: usageDiagnostic2 }] = await Promise.all([Promise.resolve().then(() => (init_documents(), documents_exports)), Promise.resolve().then(() => (init_make(), make_exports))]);
      const usage = usageDiagnostic2(error.message.replace(/^error: /, ""), "run `obscompile --help` or `obscompile COMMAND --help`");
      io.out(jsonEnvelope2(argv.find((a) => !a.startsWith("-")) ?? "", EXIT.usage, [usage], {}));
    }
    return quiet ? EXIT.ok : EXIT.usage;
  }
}
var import_commander;
var init_program = __esm({
  "src/cli/program.ts"() {
    "use strict";
    init_define_OBSCOMPILE_PACKAGE();
    import_commander = __toESM(require_commander(), 1);
    init_io();
    init_declarations();
    init_help();
    init_version2();
  }
});

// src/cli/bin.ts
init_define_OBSCOMPILE_PACKAGE();

// src/cli/cli.ts
init_define_OBSCOMPILE_PACKAGE();
init_io();

// src/cli/argv.ts
init_define_OBSCOMPILE_PACKAGE();
init_declarations();
var FLAGS = /^(?:(-[A-Za-z]), )?(--[a-z][a-z-]*)( <[a-z]+>)?$/;
function flagsOf(spec) {
  const flags = /* @__PURE__ */ new Map();
  for (const option2 of spec.options) {
    const m = FLAGS.exec(option2.flags);
    if (!m) return void 0;
    const flag = { spec: option2, attribute: m[2].slice(2).replace(/-([a-z])/g, (_, c) => c.toUpperCase()), takesValue: m[3] !== void 0 };
    flags.set(m[2], flag);
    if (m[1]) flags.set(m[1], flag);
  }
  return flags;
}
function readCommandLine(argv) {
  const command = argv[0];
  if (command === void 0 || !Object.hasOwn(COMMANDS, command)) return void 0;
  const spec = COMMANDS[command];
  const flags = flagsOf(spec);
  if (!flags) return void 0;
  const opts = {};
  for (const flag of flags.values()) if (flag.spec.default !== void 0) opts[flag.attribute] = flag.spec.default;
  const args = [];
  for (let i = 1; i < argv.length; i++) {
    const token = argv[i];
    if (!token.startsWith("-")) {
      args.push(token);
      continue;
    }
    const eq = token.startsWith("--") ? token.indexOf("=") : -1;
    const flag = flags.get(eq === -1 ? token : token.slice(0, eq));
    if (!flag) return void 0;
    if (!flag.takesValue) {
      if (eq !== -1) return void 0;
      opts[flag.attribute] = true;
      continue;
    }
    const text2 = eq === -1 ? argv[++i] : token.slice(eq + 1);
    if (text2 === void 0 || text2.startsWith("-")) return void 0;
    const value = valueOf(flag.spec, text2);
    if (value === void 0) return void 0;
    opts[flag.attribute] = value.value;
  }
  const declared = spec.arguments ?? [];
  const rest = declared.length > 0 && declared[declared.length - 1].name.endsWith("...>");
  if (!rest && args.length > declared.length || declared.some((a, i) => a.name.startsWith("<") && args[i] === void 0)) return void 0;
  return { command, opts, args };
}
function valueOf(spec, text2) {
  if (spec.choices && !spec.choices.includes(text2)) return void 0;
  if (!spec.parse) return { value: text2 };
  try {
    return { value: spec.parse(text2) };
  } catch {
    return void 0;
  }
}

// src/cli/cli.ts
init_declarations();
init_version2();
async function runCommand(name2, opts, args, io) {
  const action = await COMMANDS[name2].load();
  const format3 = opts.format ?? "text";
  const document = format3 === "json" || format3 === "sarif" ? { diagnostics: [], result: {} } : void 0;
  const commandIo = document ? { cwd: io.cwd, ...io.cacheDir ? { cacheDir: io.cacheDir } : {}, out: () => void 0, err: io.err, result: (f) => Object.assign(document.result, f), diagnostics: (d) => document.diagnostics.push(...d) } : io;
  let code;
  try {
    code = await action(opts, commandIo, args);
  } catch (error) {
    if (!error.code) throw error;
    const { ioErrorDiagnostic: ioErrorDiagnostic2 } = await Promise.resolve().then(() => (init_make(), make_exports));
    const { report: report2 } = await Promise.resolve().then(() => (init_report(), report_exports));
    report2(commandIo, [ioErrorDiagnostic2(error, io.cwd)], format3);
    code = EXIT.usage;
  }
  if (!document) return code;
  const { jsonEnvelope: jsonEnvelope2, sarifLog: sarifLog2 } = await Promise.resolve().then(() => (init_documents(), documents_exports));
  io.out(format3 === "json" ? jsonEnvelope2(name2, code, document.diagnostics, document.result) : sarifLog2(document.diagnostics, VERSION));
  return code;
}
async function run2(argv, io = processIo()) {
  try {
    const line = readCommandLine(argv);
    if (line) return await runCommand(line.command, line.opts, line.args, io);
    const { runProgram: runProgram2 } = await Promise.resolve().then(() => (init_program(), program_exports));
    return await runProgram2(argv, io, (name2, opts, args) => runCommand(name2, opts, args, io));
  } catch (error) {
    const e = error;
    io.err(`obscompile: ${e.code ? `${e.code}: ` : ""}${e.message}`);
    return EXIT.usage;
  }
}

// src/cli/bin.ts
init_io();
void run2(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (!outputStreamed()) process.exit();
});

})
