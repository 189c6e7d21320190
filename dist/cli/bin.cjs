#!/usr/bin/env node
"use strict";

// src/cli/launcher.ts
var import_node_fs = require("node:fs");
var import_node_path2 = require("node:path");
var import_node_vm = require("node:vm");

// src/cli/cache-home.ts
var import_node_path = require("node:path");
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

// src/generated/checksum-wasm.js
var CHECKSUM_WASM = [
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

// src/checksum.ts
var instance;
function wasm(size) {
  instance ??= new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(CHECKSUM_WASM))).exports;
  const pages = Math.ceil(size / 65536) - instance.m.buffer.byteLength / 65536;
  if (pages > 0) instance.m.grow(pages);
  return instance;
}
var hex = (h) => BigInt.asUintN(64, h).toString(16).padStart(16, "0");
function checksum(data) {
  const { m, h } = wasm(data.length);
  new Uint8Array(m.buffer, 0, data.length).set(data);
  return hex(h(data.length));
}
function readInto(read, position, size) {
  const data = new Uint8Array(wasm(size).m.buffer, 0, size);
  let got = 0;
  while (got < size) {
    const n = read(data, got, size - got, position + got);
    if (n <= 0) break;
    got += n;
  }
  return data.subarray(0, got);
}
function readWithChecksum(read, position, size) {
  const data = readInto(read, position, size);
  return { data, sum: hex(wasm(data.length).h(data.length)) };
}

// src/cli/launcher.ts
var COMMANDS = ["validate", "build", "check", "schema", "docs", "init", "explain"];
var HEADER = 16;
var STALE_AFTER_MS = 30 * 24 * 3600 * 1e3;
var BUILD_ID = /^\/\/obscompile-build:([0-9a-f]{16})$/;
function cacheFile(firstLine, size, mtimeMs, command2) {
  if (process.env.OBSCOMPILE_NO_COMPILE_CACHE) return void 0;
  const home = cacheHome();
  const id = BUILD_ID.exec(firstLine)?.[1];
  if (!home || !id) return void 0;
  const install = checksum(Buffer.from(bundle)).slice(0, 12);
  const key = checksum(Buffer.from(`${id}\0${process.version}\0${process.arch}\0${size}\0${mtimeMs}`));
  return (0, import_node_path2.join)(home, "obscompile", "v8", `${command2}-${install}-${key}.bin`);
}
function readCache(file2) {
  let fd;
  try {
    fd = (0, import_node_fs.openSync)(file2, "r");
    const size = (0, import_node_fs.fstatSync)(fd).size;
    if (size <= HEADER) return void 0;
    const recorded = Buffer.alloc(HEADER);
    if ((0, import_node_fs.readSync)(fd, recorded, 0, HEADER, 0) !== HEADER) return void 0;
    const handle = fd;
    const { data, sum } = readWithChecksum((into, offset, length, position) => (0, import_node_fs.readSync)(handle, into, offset, length, position), HEADER, size - HEADER);
    return data.length === size - HEADER && recorded.toString("latin1") === sum ? data : void 0;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
}
function writeCache(file2, data) {
  try {
    const dir = (0, import_node_path2.dirname)(file2);
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    const temp = `${file2}.${process.pid}.${Date.now()}.tmp`;
    (0, import_node_fs.writeFileSync)(temp, Buffer.concat([Buffer.from(checksum(data), "latin1"), data]), { mode: 384 });
    (0, import_node_fs.renameSync)(temp, file2);
    const prefix = (0, import_node_path2.basename)(file2).slice(0, (0, import_node_path2.basename)(file2).lastIndexOf("-") + 1);
    const stale = Date.now() - STALE_AFTER_MS;
    for (const old of (0, import_node_fs.readdirSync)(dir)) {
      if (!old.endsWith(".bin") || old === (0, import_node_path2.basename)(file2)) continue;
      if (old.startsWith(prefix) || (0, import_node_fs.statSync)((0, import_node_path2.join)(dir, old)).mtimeMs < stale) (0, import_node_fs.rmSync)((0, import_node_path2.join)(dir, old), { force: true });
    }
  } catch {
  }
}
function readBundle() {
  const fd = (0, import_node_fs.openSync)(bundle, "r");
  try {
    const stats2 = (0, import_node_fs.fstatSync)(fd);
    const bytes = readInto((into, offset, length, position) => (0, import_node_fs.readSync)(fd, into, offset, length, position), 0, stats2.size);
    return { source: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1"), stats: stats2 };
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
var here = __dirname;
var bundle = (0, import_node_path2.join)(here, "obscompile.cjs");
var { source, stats } = readBundle();
var command = process.argv.slice(2).find((a) => COMMANDS.includes(a)) ?? "other";
var file = cacheFile(source.slice(0, Math.max(0, source.indexOf("\n"))), stats.size, Math.trunc(stats.mtimeMs), command);
var cachedData = file ? readCache(file) : void 0;
var script = new import_node_vm.Script(source, {
  filename: bundle,
  ...cachedData ? { cachedData } : {},
  importModuleDynamically: import_node_vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER
});
if (file && (!cachedData || script.cachedDataRejected)) process.once("exit", () => writeCache(file, script.createCachedData()));
var main = { exports: {} };
script.runInThisContext()(main.exports, require, main, bundle, here);
