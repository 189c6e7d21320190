var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/generated/validate-fleet.js
var validate_fleet_exports = {};
__export(validate_fleet_exports, {
  default: () => validate_fleet_default,
  validate: () => validate
});
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.output === void 0) {
      data.output = {};
    }
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.base === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.hosts === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "hosts" }, message: "must have required property 'hosts'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "version" || key0 === "base" || key0 === "output" || key0 === "common" || key0 === "central" || key0 === "hosts")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (!(data1 === 1)) {
        const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/enum", keyword: "enum", params: { allowedValues: schema11.properties.version.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.base !== void 0) {
      let data2 = data.base;
      if (typeof data2 === "string") {
        if (!pattern0.test(data2)) {
          const err7 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/@+-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/@+-]+$"' };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    let data3 = data.output;
    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
      if (data3.dir === void 0) {
        data3.dir = "fleet";
      }
      for (const key1 in data3) {
        if (!(key1 === "dir")) {
          const err9 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      let data4 = data3.dir;
      if (typeof data4 === "string") {
        if (!pattern0.test(data4)) {
          const err10 = { instancePath: instancePath + "/output/dir", schemaPath: "#/properties/output/properties/dir/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/@+-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/@+-]+$"' };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/output/dir", schemaPath: "#/properties/output/properties/dir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    } else {
      const err12 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: "object" }, message: "must be object" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.common !== void 0) {
      let data5 = data.common;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
        const err13 = { instancePath: instancePath + "/common", schemaPath: "#/properties/common/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5))) {
        const err14 = { instancePath: instancePath + "/common", schemaPath: "#/definitions/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.central !== void 0) {
      let data6 = data.central;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.port === void 0) {
          data6.port = 9090;
        }
        if (data6.retention === void 0) {
          data6.retention = "30d";
        }
        if (data6.storage === void 0) {
          data6.storage = "data";
        }
        if (data6.jaeger === void 0) {
          data6.jaeger = {};
        }
        if (data6.alertmanager === void 0) {
          data6.alertmanager = {};
        }
        if (data6.grafana === void 0) {
          data6.grafana = {};
        }
        if (data6.address === void 0) {
          const err15 = { instancePath: instancePath + "/central", schemaPath: "#/properties/central/required", keyword: "required", params: { missingProperty: "address" }, message: "must have required property 'address'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key2 in data6) {
          if (!(key2 === "address" || key2 === "port" || key2 === "retention" || key2 === "storage" || key2 === "jaeger" || key2 === "alertmanager" || key2 === "grafana")) {
            const err16 = { instancePath: instancePath + "/central", schemaPath: "#/properties/central/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data6.address !== void 0) {
          let data7 = data6.address;
          if (typeof data7 === "string") {
            if (!pattern2.test(data7)) {
              const err17 = { instancePath: instancePath + "/central/address", schemaPath: "#/properties/central/properties/address/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/central/address", schemaPath: "#/properties/central/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        let data8 = data6.port;
        if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
          const err19 = { instancePath: instancePath + "/central/port", schemaPath: "#/properties/central/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (typeof data8 == "number" && isFinite(data8)) {
          if (data8 > 65535 || isNaN(data8)) {
            const err20 = { instancePath: instancePath + "/central/port", schemaPath: "#/properties/central/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (data8 < 1 || isNaN(data8)) {
            const err21 = { instancePath: instancePath + "/central/port", schemaPath: "#/properties/central/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        let data9 = data6.retention;
        if (typeof data9 === "string") {
          if (!pattern3.test(data9)) {
            const err22 = { instancePath: instancePath + "/central/retention", schemaPath: "#/properties/central/properties/retention/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        } else {
          const err23 = { instancePath: instancePath + "/central/retention", schemaPath: "#/properties/central/properties/retention/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        let data10 = data6.storage;
        if (typeof data10 === "string") {
          if (!pattern0.test(data10)) {
            const err24 = { instancePath: instancePath + "/central/storage", schemaPath: "#/properties/central/properties/storage/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/@+-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/@+-]+$"' };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        } else {
          const err25 = { instancePath: instancePath + "/central/storage", schemaPath: "#/properties/central/properties/storage/type", keyword: "type", params: { type: "string" }, message: "must be string" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        let data11 = data6.jaeger;
        if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
          if (data11.enabled === void 0) {
            data11.enabled = true;
          }
          if (data11.otlpGrpcPort === void 0) {
            data11.otlpGrpcPort = 4317;
          }
          if (data11.otlpHttpPort === void 0) {
            data11.otlpHttpPort = 4318;
          }
          if (data11.uiPort === void 0) {
            data11.uiPort = 16686;
          }
          if (data11.retention === void 0) {
            data11.retention = "72h";
          }
          for (const key3 in data11) {
            if (!(key3 === "enabled" || key3 === "otlpGrpcPort" || key3 === "otlpHttpPort" || key3 === "uiPort" || key3 === "retention")) {
              const err26 = { instancePath: instancePath + "/central/jaeger", schemaPath: "#/properties/central/properties/jaeger/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
          if (typeof data11.enabled !== "boolean") {
            const err27 = { instancePath: instancePath + "/central/jaeger/enabled", schemaPath: "#/properties/central/properties/jaeger/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          let data13 = data11.otlpGrpcPort;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err28 = { instancePath: instancePath + "/central/jaeger/otlpGrpcPort", schemaPath: "#/properties/central/properties/jaeger/properties/otlpGrpcPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 > 65535 || isNaN(data13)) {
              const err29 = { instancePath: instancePath + "/central/jaeger/otlpGrpcPort", schemaPath: "#/properties/central/properties/jaeger/properties/otlpGrpcPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data13 < 1 || isNaN(data13)) {
              const err30 = { instancePath: instancePath + "/central/jaeger/otlpGrpcPort", schemaPath: "#/properties/central/properties/jaeger/properties/otlpGrpcPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          let data14 = data11.otlpHttpPort;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err31 = { instancePath: instancePath + "/central/jaeger/otlpHttpPort", schemaPath: "#/properties/central/properties/jaeger/properties/otlpHttpPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 > 65535 || isNaN(data14)) {
              const err32 = { instancePath: instancePath + "/central/jaeger/otlpHttpPort", schemaPath: "#/properties/central/properties/jaeger/properties/otlpHttpPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data14 < 1 || isNaN(data14)) {
              const err33 = { instancePath: instancePath + "/central/jaeger/otlpHttpPort", schemaPath: "#/properties/central/properties/jaeger/properties/otlpHttpPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
          let data15 = data11.uiPort;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err34 = { instancePath: instancePath + "/central/jaeger/uiPort", schemaPath: "#/properties/central/properties/jaeger/properties/uiPort/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 65535 || isNaN(data15)) {
              const err35 = { instancePath: instancePath + "/central/jaeger/uiPort", schemaPath: "#/properties/central/properties/jaeger/properties/uiPort/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data15 < 1 || isNaN(data15)) {
              const err36 = { instancePath: instancePath + "/central/jaeger/uiPort", schemaPath: "#/properties/central/properties/jaeger/properties/uiPort/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
          let data16 = data11.retention;
          if (typeof data16 === "string") {
            if (!pattern5.test(data16)) {
              const err37 = { instancePath: instancePath + "/central/jaeger/retention", schemaPath: "#/properties/central/properties/jaeger/properties/retention/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h)$"' };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/central/jaeger/retention", schemaPath: "#/properties/central/properties/jaeger/properties/retention/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        } else {
          const err39 = { instancePath: instancePath + "/central/jaeger", schemaPath: "#/properties/central/properties/jaeger/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        let data17 = data6.alertmanager;
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
          if (data17.enabled === void 0) {
            data17.enabled = true;
          }
          if (data17.port === void 0) {
            data17.port = 9093;
          }
          for (const key4 in data17) {
            if (!(key4 === "enabled" || key4 === "port")) {
              const err40 = { instancePath: instancePath + "/central/alertmanager", schemaPath: "#/properties/central/properties/alertmanager/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
          }
          if (typeof data17.enabled !== "boolean") {
            const err41 = { instancePath: instancePath + "/central/alertmanager/enabled", schemaPath: "#/properties/central/properties/alertmanager/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          let data19 = data17.port;
          if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
            const err42 = { instancePath: instancePath + "/central/alertmanager/port", schemaPath: "#/properties/central/properties/alertmanager/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (typeof data19 == "number" && isFinite(data19)) {
            if (data19 > 65535 || isNaN(data19)) {
              const err43 = { instancePath: instancePath + "/central/alertmanager/port", schemaPath: "#/properties/central/properties/alertmanager/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data19 < 1 || isNaN(data19)) {
              const err44 = { instancePath: instancePath + "/central/alertmanager/port", schemaPath: "#/properties/central/properties/alertmanager/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          }
        } else {
          const err45 = { instancePath: instancePath + "/central/alertmanager", schemaPath: "#/properties/central/properties/alertmanager/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        let data20 = data6.grafana;
        if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
          if (data20.enabled === void 0) {
            data20.enabled = false;
          }
          if (data20.port === void 0) {
            data20.port = 3e3;
          }
          if (data20.anonymous === void 0) {
            data20.anonymous = false;
          }
          for (const key5 in data20) {
            if (!(key5 === "enabled" || key5 === "port" || key5 === "adminPasswordFile" || key5 === "anonymous")) {
              const err46 = { instancePath: instancePath + "/central/grafana", schemaPath: "#/properties/central/properties/grafana/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (typeof data20.enabled !== "boolean") {
            const err47 = { instancePath: instancePath + "/central/grafana/enabled", schemaPath: "#/properties/central/properties/grafana/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          let data22 = data20.port;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err48 = { instancePath: instancePath + "/central/grafana/port", schemaPath: "#/properties/central/properties/grafana/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 > 65535 || isNaN(data22)) {
              const err49 = { instancePath: instancePath + "/central/grafana/port", schemaPath: "#/properties/central/properties/grafana/properties/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            if (data22 < 1 || isNaN(data22)) {
              const err50 = { instancePath: instancePath + "/central/grafana/port", schemaPath: "#/properties/central/properties/grafana/properties/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
          if (data20.adminPasswordFile !== void 0) {
            let data23 = data20.adminPasswordFile;
            if (typeof data23 === "string") {
              if (!pattern0.test(data23)) {
                const err51 = { instancePath: instancePath + "/central/grafana/adminPasswordFile", schemaPath: "#/properties/central/properties/grafana/properties/adminPasswordFile/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/@+-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/@+-]+$"' };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            } else {
              const err52 = { instancePath: instancePath + "/central/grafana/adminPasswordFile", schemaPath: "#/properties/central/properties/grafana/properties/adminPasswordFile/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          }
          if (typeof data20.anonymous !== "boolean") {
            const err53 = { instancePath: instancePath + "/central/grafana/anonymous", schemaPath: "#/properties/central/properties/grafana/properties/anonymous/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        } else {
          const err54 = { instancePath: instancePath + "/central/grafana", schemaPath: "#/properties/central/properties/grafana/type", keyword: "type", params: { type: "object" }, message: "must be object" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      } else {
        const err55 = { instancePath: instancePath + "/central", schemaPath: "#/properties/central/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.hosts !== void 0) {
      let data25 = data.hosts;
      if (Array.isArray(data25)) {
        if (data25.length < 1) {
          const err56 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
        const len0 = data25.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data26 = data25[i0];
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            if (data26.name === void 0) {
              const err57 = { instancePath: instancePath + "/hosts/" + i0, schemaPath: "#/properties/hosts/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
            for (const key6 in data26) {
              if (!(key6 === "name" || key6 === "config")) {
                const err58 = { instancePath: instancePath + "/hosts/" + i0, schemaPath: "#/properties/hosts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data26.name !== void 0) {
              let data27 = data26.name;
              if (typeof data27 === "string") {
                if (!pattern2.test(data27)) {
                  const err59 = { instancePath: instancePath + "/hosts/" + i0 + "/name", schemaPath: "#/properties/hosts/items/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
              } else {
                const err60 = { instancePath: instancePath + "/hosts/" + i0 + "/name", schemaPath: "#/properties/hosts/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data26.config !== void 0) {
              let data28 = data26.config;
              if (!(data28 && typeof data28 == "object" && !Array.isArray(data28))) {
                const err61 = { instancePath: instancePath + "/hosts/" + i0 + "/config", schemaPath: "#/properties/hosts/items/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              if (!(data28 && typeof data28 == "object" && !Array.isArray(data28))) {
                const err62 = { instancePath: instancePath + "/hosts/" + i0 + "/config", schemaPath: "#/definitions/overrides/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
          } else {
            const err63 = { instancePath: instancePath + "/hosts/" + i0, schemaPath: "#/properties/hosts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
      } else {
        const err64 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
    }
  } else {
    const err65 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err65];
    } else {
      vErrors.push(err65);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var validate, validate_fleet_default, schema11, pattern0, pattern2, pattern3, pattern5;
var init_validate_fleet = __esm({
  "src/generated/validate-fleet.js"() {
    "use strict";
    validate = validate10;
    validate_fleet_default = validate10;
    schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://obscompile.dev/schema/fleet.schema.json", "$comment": "`definitions` is generated by `npm run generate` from observability.schema.json (the config overrides under `common` and each host's `config`, for editors); edit everything else here.", "title": "obscompile fleet", "description": "Several GPU hosts over one shared base config: each host's config is the base with the host's overrides on top (mappings merge, lists and scalars replace, null removes a key).", "type": "object", "additionalProperties": false, "required": ["version", "base", "hosts"], "properties": { "$schema": { "title": "Schema", "description": "Optional JSON Schema reference for editors.", "type": "string" }, "version": { "title": "Fleet file version", "description": "Version of the fleet file language. Only `1` exists today.", "type": "integer", "enum": [1] }, "base": { "title": "Base config", "description": "The shared observability.config.yaml, relative to this file.", "type": "string", "pattern": "^[A-Za-z0-9._/@+-]+$", "errorMessage": "a path of letters, digits and . _ / @ + -" }, "output": { "title": "Output", "description": "Where `obscompile build --fleet` writes one folder per host, relative to this file.", "type": "object", "additionalProperties": false, "properties": { "dir": { "title": "Folder", "description": "Each host's bundle goes to DIR/HOST.", "type": "string", "pattern": "^[A-Za-z0-9._/@+-]+$", "errorMessage": "a path of letters, digits and . _ / @ + -", "default": "fleet" } }, "default": {} }, "common": { "title": "Common overrides", "description": "Keys of observability.config.yaml set on every host, on top of the base (for example `prometheus.remoteWrite` to the central store); a host's own `config` goes on top of these.", "type": "object", "allOf": [{ "$ref": "#/definitions/overrides" }] }, "central": { "title": "Central store", "description": "Generate a central store in OUTPUT/central (a Prometheus with its remote-write receiver, an Alertmanager and a Jaeger 2 receiving OTLP), send every host's samples and alerts to it and, from hosts running Jaeger 2, every trace. Leave it out when you already run a remote-write endpoint: name it in `common.prometheus.remoteWrite` instead (and an OTLP endpoint in `common.jaeger.forwardOtlp`).", "type": "object", "additionalProperties": false, "required": ["address"], "properties": { "address": { "title": "Address", "description": "Host name or IPv4 address the hosts reach the central store at.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "errorMessage": "a host name or IPv4 address" }, "port": { "title": "Port", "description": "Port of the central Prometheus.", "type": "integer", "minimum": 1, "maximum": 65535, "default": 9090 }, "retention": { "title": "Retention", "description": "How long the central store keeps samples.", "type": "string", "pattern": "^[0-9]+(ms|s|m|h|d|w|y)$", "errorMessage": "a duration such as 30d", "default": "30d" }, "storage": { "title": "Storage folder", "description": "Host folder of the central store's data, relative to the central bundle (or absolute): `prometheus/` inside it, and `jaeger/` and `alertmanager/` when those run, created by the bundle's setup-storage.sh.", "type": "string", "pattern": "^[A-Za-z0-9._/@+-]+$", "errorMessage": "a path of letters, digits and . _ / @ + -", "default": "data" }, "jaeger": { "title": "Central Jaeger", "description": "A Jaeger 2 in the central bundle that receives the traces of every host that sends them over OTLP and keeps them in badger; generated only when at least one host sends its traces there.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "title": "Enabled", "description": "Run a central Jaeger and point at it the `jaeger.forwardOtlp` of every host that runs Jaeger 2 and forwards nowhere else (unless a layer sets its own).", "type": "boolean", "default": true }, "otlpGrpcPort": { "title": "OTLP gRPC port", "description": "Port the hosts send traces to (OTLP over gRPC).", "type": "integer", "minimum": 1, "maximum": 65535, "default": 4317 }, "otlpHttpPort": { "title": "OTLP HTTP port", "description": "OTLP over HTTP, for senders that cannot use gRPC.", "type": "integer", "minimum": 1, "maximum": 65535, "default": 4318 }, "uiPort": { "title": "UI port", "description": "Jaeger's query UI and API.", "type": "integer", "minimum": 1, "maximum": 65535, "default": 16686 }, "retention": { "title": "Retention", "description": "How long the central Jaeger keeps spans (badger `ttl.spans`, a Go duration: hours at most, such as 720h).", "type": "string", "pattern": "^[0-9]+(ms|s|m|h)$", "errorMessage": "a duration in ms, s, m or h, such as 720h", "default": "72h" } }, "default": {} }, "alertmanager": { "title": "Central Alertmanager", "description": "An Alertmanager in the central bundle that every host's Prometheus sends its alerts to (`alerting.alertmanagers`), instead of one per host (`alertmanager.enabled` is turned off on the hosts). It routes with the `alertmanager` receivers, route and Watchdog of the hosts' config, which must be the same for every host (set them in the base config or `common`), and groups by `host` too.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "title": "Enabled", "description": "Run a central Alertmanager and send every host's alerts to it.", "type": "boolean", "default": true }, "port": { "title": "Port", "description": "Its web and API port, which the hosts send alerts to.", "type": "integer", "minimum": 1, "maximum": 65535, "default": 9093 } }, "default": {} }, "grafana": { "title": "Central Grafana", "description": "A Grafana in the central bundle with the same dashboards as the hosts (every panel any host fills), reading the central Prometheus: the `host` and `container_run` variables pick a host and a run.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "title": "Enabled", "description": "Run a central Grafana. Needs `adminPasswordFile`.", "type": "boolean", "default": false }, "port": { "title": "Port", "description": "Its web port.", "type": "integer", "minimum": 1, "maximum": 65535, "default": 3e3 }, "adminPasswordFile": { "title": "Admin password file", "description": "File holding the password of Grafana's `admin` user, relative to this fleet file (or absolute): a Compose secret. Keep it out of git.", "type": "string", "pattern": "^[A-Za-z0-9._/@+-]+$", "errorMessage": "a path of letters, digits and . _ / @ + -" }, "anonymous": { "title": "Anonymous viewers", "description": "Let anyone who reaches the port view the dashboards without logging in (Viewer role).", "type": "boolean", "default": false } }, "default": {} } } }, "hosts": { "title": "Hosts", "description": "Every host of the fleet, with what differs from the base.", "type": "array", "minItems": 1, "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "title": "Host name", "description": "Unique name of the host; it becomes the `host` label of its series in the central store.", "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "errorMessage": "a host name starts with a letter or digit and uses only letters, digits and _ . -" }, "config": { "title": "Overrides", "description": "Keys of observability.config.yaml whose values differ on this host; `null` removes a key of the base.", "type": "object", "allOf": [{ "$ref": "#/definitions/overrides" }] } } } } }, "definitions": { "overrides": { "type": "object" } } };
    pattern0 = new RegExp("^[A-Za-z0-9._/@+-]+$", "u");
    pattern2 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
    pattern3 = new RegExp("^[0-9]+(ms|s|m|h|d|w|y)$", "u");
    pattern5 = new RegExp("^[0-9]+(ms|s|m|h)$", "u");
  }
});

// <stdin>
module.exports = (init_validate_fleet(), __toCommonJS(validate_fleet_exports));
