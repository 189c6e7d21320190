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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
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

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
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
          if (!equal(a[key], b[key])) return false;
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
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// src/generated/validate-config.js
var validate_config_exports = {};
__export(validate_config_exports, {
  default: () => validate_config_default,
  validate: () => validate
});
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.job === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "job" }, message: "must have required property 'job'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.targets === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "targets" }, message: "must have required property 'targets'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "job" || key0 === "targets" || key0 === "metricsPath" || key0 === "scrapeInterval" || key0 === "labels" || key0 === "metrics")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.job !== void 0) {
      let data0 = data.job;
      if (typeof data0 === "string") {
        if (!pattern41.test(data0)) {
          const err3 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_][a-zA-Z0-9_-]*$" }, message: 'must match pattern "^[a-zA-Z_][a-zA-Z0-9_-]*$"' };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/job", schemaPath: "#/properties/job/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.targets !== void 0) {
      let data1 = data.targets;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err5 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern42.test(data2)) {
              const err6 = { instancePath: instancePath + "/targets/" + i0, schemaPath: "#/properties/targets/items/pattern", keyword: "pattern", params: { pattern: "^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_][A-Za-z0-9_.-]*):([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$" }, message: 'must match pattern "^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_][A-Za-z0-9_.-]*):([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$"' };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/targets/" + i0, schemaPath: "#/properties/targets/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/targets", schemaPath: "#/properties/targets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.metricsPath !== void 0) {
      let data3 = data.metricsPath;
      if (typeof data3 === "string") {
        if (!pattern43.test(data3)) {
          const err9 = { instancePath: instancePath + "/metricsPath", schemaPath: "#/properties/metricsPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/-]*$"' };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/metricsPath", schemaPath: "#/properties/metricsPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.scrapeInterval !== void 0) {
      let data4 = data.scrapeInterval;
      if (typeof data4 === "string") {
        if (!pattern25.test(data4)) {
          const err11 = { instancePath: instancePath + "/scrapeInterval", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/scrapeInterval", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data5 = data.labels;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          const _errs15 = errors;
          if (typeof key1 === "string") {
            if (!pattern29.test(key1)) {
              const err13 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?!__)[a-zA-Z_][a-zA-Z0-9_]*$" }, message: 'must match pattern "^(?!__)[a-zA-Z_][a-zA-Z0-9_]*$"', propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          var valid4 = _errs15 === errors;
          if (!valid4) {
            const err14 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        for (const key2 in data5) {
          let data6 = data5[key2];
          if (typeof data6 === "string") {
            if (func3(data6) > 200) {
              const err15 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
            if (!pattern1.test(data6)) {
              const err16 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$"' };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/labels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data7 = data.metrics;
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.name === void 0) {
              const err19 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/definitions/metric/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data8.type === void 0) {
              const err20 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/definitions/metric/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data8.help === void 0) {
              const err21 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/definitions/metric/required", keyword: "required", params: { missingProperty: "help" }, message: "must have required property 'help'" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key3 in data8) {
              if (!(key3 === "name" || key3 === "type" || key3 === "help" || key3 === "labels")) {
                const err22 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/definitions/metric/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data8.name !== void 0) {
              let data9 = data8.name;
              if (typeof data9 === "string") {
                if (!pattern47.test(data9)) {
                  const err23 = { instancePath: instancePath + "/metrics/" + i1 + "/name", schemaPath: "#/definitions/metric/properties/name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/metrics/" + i1 + "/name", schemaPath: "#/definitions/metric/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data8.type !== void 0) {
              let data10 = data8.type;
              if (typeof data10 !== "string") {
                const err25 = { instancePath: instancePath + "/metrics/" + i1 + "/type", schemaPath: "#/definitions/metric/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
              if (!(data10 === "counter" || data10 === "gauge" || data10 === "histogram" || data10 === "summary" || data10 === "untyped")) {
                const err26 = { instancePath: instancePath + "/metrics/" + i1 + "/type", schemaPath: "#/definitions/metric/properties/type/enum", keyword: "enum", params: { allowedValues: schema35.properties.type.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data8.help !== void 0) {
              let data11 = data8.help;
              if (typeof data11 === "string") {
                if (func3(data11) > 300) {
                  const err27 = { instancePath: instancePath + "/metrics/" + i1 + "/help", schemaPath: "#/definitions/metric/properties/help/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters" };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                if (!pattern1.test(data11)) {
                  const err28 = { instancePath: instancePath + "/metrics/" + i1 + "/help", schemaPath: "#/definitions/metric/properties/help/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$"' };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/metrics/" + i1 + "/help", schemaPath: "#/definitions/metric/properties/help/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data8.labels !== void 0) {
              let data12 = data8.labels;
              if (Array.isArray(data12)) {
                const len2 = data12.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data13 = data12[i2];
                  if (typeof data13 === "string") {
                    if (!pattern49.test(data13)) {
                      const err30 = { instancePath: instancePath + "/metrics/" + i1 + "/labels/" + i2, schemaPath: "#/definitions/metric/properties/labels/items/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$" }, message: 'must match pattern "^[a-zA-Z_][a-zA-Z0-9_]*$"' };
                      if (vErrors === null) {
                        vErrors = [err30];
                      } else {
                        vErrors.push(err30);
                      }
                      errors++;
                    }
                  } else {
                    const err31 = { instancePath: instancePath + "/metrics/" + i1 + "/labels/" + i2, schemaPath: "#/definitions/metric/properties/labels/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                }
              } else {
                const err32 = { instancePath: instancePath + "/metrics/" + i1 + "/labels", schemaPath: "#/definitions/metric/properties/labels/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
            }
          } else {
            const err33 = { instancePath: instancePath + "/metrics/" + i1, schemaPath: "#/definitions/metric/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === 1)) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/enum", keyword: "enum", params: { allowedValues: schema11.properties.version.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.project !== void 0) {
      let data2 = data.project;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "description")) {
            const err5 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func3(data3) > 63) {
              const err6 = { instancePath: instancePath + "/project/name", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (!pattern0.test(data3)) {
              const err7 = { instancePath: instancePath + "/project/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/project/name", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.description !== void 0) {
          let data4 = data2.description;
          if (typeof data4 === "string") {
            if (func3(data4) > 200) {
              const err9 = { instancePath: instancePath + "/project/description", schemaPath: "#/properties/project/properties/description/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern1.test(data4)) {
              const err10 = { instancePath: instancePath + "/project/description", schemaPath: "#/properties/project/properties/description/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$"' };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/project/description", schemaPath: "#/properties/project/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/project", schemaPath: "#/properties/project/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.versions !== void 0) {
      let data5 = data.versions;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key2 in data5) {
          if (!func2.call(schema11.properties.versions.properties, key2)) {
            const err13 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data5.sglang !== void 0) {
          let data6 = data5.sglang;
          if (typeof data6 === "string") {
            if (!pattern2.test(data6)) {
              const err14 = { instancePath: instancePath + "/versions/sglang", schemaPath: "#/properties/versions/properties/sglang/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+\\.\\d+(\\.post\\d+)?$" }, message: 'must match pattern "^\\d+\\.\\d+\\.\\d+(\\.post\\d+)?$"' };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/versions/sglang", schemaPath: "#/properties/versions/properties/sglang/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data5.prometheus !== void 0) {
          let data7 = data5.prometheus;
          if (typeof data7 === "string") {
            if (!pattern3.test(data7)) {
              const err16 = { instancePath: instancePath + "/versions/prometheus", schemaPath: "#/properties/versions/properties/prometheus/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+\\.\\d+$"' };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/versions/prometheus", schemaPath: "#/properties/versions/properties/prometheus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data5.jaeger !== void 0) {
          let data8 = data5.jaeger;
          if (typeof data8 === "string") {
            if (!pattern3.test(data8)) {
              const err18 = { instancePath: instancePath + "/versions/jaeger", schemaPath: "#/properties/versions/properties/jaeger/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+\\.\\d+$"' };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/versions/jaeger", schemaPath: "#/properties/versions/properties/jaeger/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.nodeExporter !== void 0) {
          let data9 = data5.nodeExporter;
          if (typeof data9 === "string") {
            if (!pattern3.test(data9)) {
              const err20 = { instancePath: instancePath + "/versions/nodeExporter", schemaPath: "#/properties/versions/properties/nodeExporter/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+\\.\\d+$"' };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/versions/nodeExporter", schemaPath: "#/properties/versions/properties/nodeExporter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data5.dcgmExporter !== void 0) {
          let data10 = data5.dcgmExporter;
          if (typeof data10 !== "string") {
            const err22 = { instancePath: instancePath + "/versions/dcgmExporter", schemaPath: "#/properties/versions/properties/dcgmExporter/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (!(data10 === "4.0.0-4.0.1" || data10 === "4.1.1-4.0.3" || data10 === "4.1.1-4.0.4" || data10 === "4.2.0-4.1.0" || data10 === "4.2.3-4.1.1" || data10 === "4.2.3-4.1.3" || data10 === "4.2.3-4.2.0" || data10 === "4.3.1-4.4.0" || data10 === "4.4.0-4.5.0" || data10 === "4.4.1-4.5.2" || data10 === "4.4.1-4.6.0" || data10 === "4.4.2-4.7.0" || data10 === "4.4.2-4.7.1" || data10 === "4.5.1-4.8.0" || data10 === "4.5.2-4.8.1" || data10 === "4.5.3-4.8.2" || data10 === "4.6.0-4.8.3")) {
            const err23 = { instancePath: instancePath + "/versions/dcgmExporter", schemaPath: "#/properties/versions/properties/dcgmExporter/enum", keyword: "enum", params: { allowedValues: schema11.properties.versions.properties.dcgmExporter.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data5.cadvisor !== void 0) {
          let data11 = data5.cadvisor;
          if (typeof data11 === "string") {
            if (!pattern3.test(data11)) {
              const err24 = { instancePath: instancePath + "/versions/cadvisor", schemaPath: "#/properties/versions/properties/cadvisor/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+\\.\\d+$"' };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/versions/cadvisor", schemaPath: "#/properties/versions/properties/cadvisor/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data5.alertmanager !== void 0) {
          let data12 = data5.alertmanager;
          if (typeof data12 === "string") {
            if (!pattern3.test(data12)) {
              const err26 = { instancePath: instancePath + "/versions/alertmanager", schemaPath: "#/properties/versions/properties/alertmanager/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+\\.\\d+$"' };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/versions/alertmanager", schemaPath: "#/properties/versions/properties/alertmanager/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data5.grafana !== void 0) {
          let data13 = data5.grafana;
          if (typeof data13 === "string") {
            if (!pattern3.test(data13)) {
              const err28 = { instancePath: instancePath + "/versions/grafana", schemaPath: "#/properties/versions/properties/grafana/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+\\.\\d+$"' };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/versions/grafana", schemaPath: "#/properties/versions/properties/grafana/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data5.vllm !== void 0) {
          let data14 = data5.vllm;
          if (typeof data14 === "string") {
            if (!pattern3.test(data14)) {
              const err30 = { instancePath: instancePath + "/versions/vllm", schemaPath: "#/properties/versions/properties/vllm/pattern", keyword: "pattern", params: { pattern: "^\\d+\\.\\d+\\.\\d+$" }, message: 'must match pattern "^\\d+\\.\\d+\\.\\d+$"' };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/versions/vllm", schemaPath: "#/properties/versions/properties/vllm/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/versions", schemaPath: "#/properties/versions/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.output !== void 0) {
      let data15 = data.output;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key3 in data15) {
          if (!(key3 === "dir")) {
            const err33 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
        if (data15.dir !== void 0) {
          let data16 = data15.dir;
          if (typeof data16 === "string") {
            if (func3(data16) < 1) {
              const err34 = { instancePath: instancePath + "/output/dir", schemaPath: "#/definitions/hostPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (!pattern10.test(data16)) {
              const err35 = { instancePath: instancePath + "/output/dir", schemaPath: "#/definitions/hostPath/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/@+-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/@+-]+$"' };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/output/dir", schemaPath: "#/definitions/hostPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.network !== void 0) {
      let data17 = data.network;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key4 in data17) {
          if (!(key4 === "bindAddress" || key4 === "publishAddress")) {
            const err38 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data17.bindAddress !== void 0) {
          let data18 = data17.bindAddress;
          if (typeof data18 !== "string") {
            const err39 = { instancePath: instancePath + "/network/bindAddress", schemaPath: "#/properties/network/properties/bindAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (!(data18 === "0.0.0.0" || data18 === "127.0.0.1")) {
            const err40 = { instancePath: instancePath + "/network/bindAddress", schemaPath: "#/properties/network/properties/bindAddress/enum", keyword: "enum", params: { allowedValues: schema11.properties.network.properties.bindAddress.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data17.publishAddress !== void 0) {
          let data19 = data17.publishAddress;
          if (typeof data19 === "string") {
            if (!pattern11.test(data19)) {
              const err41 = { instancePath: instancePath + "/network/publishAddress", schemaPath: "#/properties/network/properties/publishAddress/pattern", keyword: "pattern", params: { pattern: "^(((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])|([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,7}:|([0-9A-Fa-f]{1,4}:){1,6}:[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,5}(:[0-9A-Fa-f]{1,4}){1,2}|([0-9A-Fa-f]{1,4}:){1,4}(:[0-9A-Fa-f]{1,4}){1,3}|([0-9A-Fa-f]{1,4}:){1,3}(:[0-9A-Fa-f]{1,4}){1,4}|([0-9A-Fa-f]{1,4}:){1,2}(:[0-9A-Fa-f]{1,4}){1,5}|[0-9A-Fa-f]{1,4}:(:[0-9A-Fa-f]{1,4}){1,6}|:((:[0-9A-Fa-f]{1,4}){1,7}|:))$" }, message: 'must match pattern "^(((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])|([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,7}:|([0-9A-Fa-f]{1,4}:){1,6}:[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,5}(:[0-9A-Fa-f]{1,4}){1,2}|([0-9A-Fa-f]{1,4}:){1,4}(:[0-9A-Fa-f]{1,4}){1,3}|([0-9A-Fa-f]{1,4}:){1,3}(:[0-9A-Fa-f]{1,4}){1,4}|([0-9A-Fa-f]{1,4}:){1,2}(:[0-9A-Fa-f]{1,4}){1,5}|[0-9A-Fa-f]{1,4}:(:[0-9A-Fa-f]{1,4}){1,6}|:((:[0-9A-Fa-f]{1,4}){1,7}|:))$"' };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
          } else {
            const err42 = { instancePath: instancePath + "/network/publishAddress", schemaPath: "#/properties/network/properties/publishAddress/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
      } else {
        const err43 = { instancePath: instancePath + "/network", schemaPath: "#/properties/network/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.container !== void 0) {
      let data20 = data.container;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key5 in data20) {
          if (!func2.call(schema11.properties.container.properties, key5)) {
            const err44 = { instancePath: instancePath + "/container", schemaPath: "#/properties/container/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data20.service !== void 0) {
          let data21 = data20.service;
          if (typeof data21 === "string") {
            if (func3(data21) > 63) {
              const err45 = { instancePath: instancePath + "/container/service", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            if (!pattern0.test(data21)) {
              const err46 = { instancePath: instancePath + "/container/service", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/container/service", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (typeof data21 === "string") {
            if (func3(data21) < 2) {
              const err48 = { instancePath: instancePath + "/container/service", schemaPath: "#/properties/container/properties/service/minLength", keyword: "minLength", params: { limit: 2 }, message: "must NOT have fewer than 2 characters" };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/container/service", schemaPath: "#/properties/container/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data20.image !== void 0) {
          let data22 = data20.image;
          if (typeof data22 !== "string" && data22 !== null) {
            const err50 = { instancePath: instancePath + "/container/image", schemaPath: "#/properties/container/properties/image/type", keyword: "type", params: { type: schema11.properties.container.properties.image.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (typeof data22 === "string") {
            if (!pattern13.test(data22)) {
              const err51 = { instancePath: instancePath + "/container/image", schemaPath: "#/properties/container/properties/image/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, message: 'must match pattern "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$"' };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
        }
        if (data20.bundleDaemons !== void 0) {
          if (typeof data20.bundleDaemons !== "boolean") {
            const err52 = { instancePath: instancePath + "/container/bundleDaemons", schemaPath: "#/properties/container/properties/bundleDaemons/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data20.command !== void 0) {
          let data24 = data20.command;
          if (Array.isArray(data24)) {
            if (data24.length < 1) {
              const err53 = { instancePath: instancePath + "/container/command", schemaPath: "#/properties/container/properties/command/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            const len0 = data24.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data25 = data24[i0];
              if (typeof data25 === "string") {
                if (func3(data25) < 1) {
                  const err54 = { instancePath: instancePath + "/container/command/" + i0, schemaPath: "#/properties/container/properties/command/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err54];
                  } else {
                    vErrors.push(err54);
                  }
                  errors++;
                }
                if (!pattern1.test(data25)) {
                  const err55 = { instancePath: instancePath + "/container/command/" + i0, schemaPath: "#/properties/container/properties/command/items/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$"' };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/container/command/" + i0, schemaPath: "#/properties/container/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/container/command", schemaPath: "#/properties/container/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data20.capabilities !== void 0) {
          let data26 = data20.capabilities;
          if (Array.isArray(data26)) {
            const len1 = data26.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data27 = data26[i1];
              if (typeof data27 !== "string") {
                const err58 = { instancePath: instancePath + "/container/capabilities/" + i1, schemaPath: "#/properties/container/properties/capabilities/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (!(data27 === "SYS_ADMIN" || data27 === "SYS_PTRACE" || data27 === "SYS_NICE" || data27 === "SYS_RESOURCE" || data27 === "IPC_LOCK" || data27 === "NET_ADMIN" || data27 === "NET_RAW" || data27 === "PERFMON" || data27 === "BPF" || data27 === "SYS_RAWIO")) {
                const err59 = { instancePath: instancePath + "/container/capabilities/" + i1, schemaPath: "#/properties/container/properties/capabilities/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.container.properties.capabilities.items.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            let i2 = data26.length;
            let j0;
            if (i2 > 1) {
              const indices0 = {};
              for (; i2--; ) {
                let item0 = data26[i2];
                if (typeof item0 !== "string") {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err60 = { instancePath: instancePath + "/container/capabilities", schemaPath: "#/properties/container/properties/capabilities/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i2;
              }
            }
          } else {
            const err61 = { instancePath: instancePath + "/container/capabilities", schemaPath: "#/properties/container/properties/capabilities/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
        if (data20.gpus !== void 0) {
          let data28 = data20.gpus;
          const _errs68 = errors;
          let valid14 = false;
          let passing0 = null;
          const _errs69 = errors;
          if (typeof data28 !== "string") {
            const err62 = { instancePath: instancePath + "/container/gpus", schemaPath: "#/properties/container/properties/gpus/oneOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
          if (!(data28 === "all" || data28 === "none")) {
            const err63 = { instancePath: instancePath + "/container/gpus", schemaPath: "#/properties/container/properties/gpus/oneOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.container.properties.gpus.oneOf[0].enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
          var _valid0 = _errs69 === errors;
          if (_valid0) {
            valid14 = true;
            passing0 = 0;
          }
          const _errs71 = errors;
          if (!(typeof data28 == "number" && (!(data28 % 1) && !isNaN(data28)) && isFinite(data28))) {
            const err64 = { instancePath: instancePath + "/container/gpus", schemaPath: "#/properties/container/properties/gpus/oneOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
          if (typeof data28 == "number" && isFinite(data28)) {
            if (data28 > 1024 || isNaN(data28)) {
              const err65 = { instancePath: instancePath + "/container/gpus", schemaPath: "#/properties/container/properties/gpus/oneOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1024 }, message: "must be <= 1024" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data28 < 1 || isNaN(data28)) {
              const err66 = { instancePath: instancePath + "/container/gpus", schemaPath: "#/properties/container/properties/gpus/oneOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
          }
          var _valid0 = _errs71 === errors;
          if (_valid0 && valid14) {
            valid14 = false;
            passing0 = [passing0, 1];
          } else {
            if (_valid0) {
              valid14 = true;
              passing0 = 1;
            }
          }
          if (!valid14) {
            const err67 = { instancePath: instancePath + "/container/gpus", schemaPath: "#/properties/container/properties/gpus/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          } else {
            errors = _errs68;
            if (vErrors !== null) {
              if (_errs68) {
                vErrors.length = _errs68;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data20.shmSize !== void 0) {
          let data29 = data20.shmSize;
          if (typeof data29 === "string") {
            if (!pattern15.test(data29)) {
              const err68 = { instancePath: instancePath + "/container/shmSize", schemaPath: "#/properties/container/properties/shmSize/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(b|k|kb|m|mb|g|gb)$" }, message: 'must match pattern "^[0-9]+(b|k|kb|m|mb|g|gb)$"' };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          } else {
            const err69 = { instancePath: instancePath + "/container/shmSize", schemaPath: "#/properties/container/properties/shmSize/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data20.ipc !== void 0) {
          let data30 = data20.ipc;
          if (typeof data30 !== "string") {
            const err70 = { instancePath: instancePath + "/container/ipc", schemaPath: "#/properties/container/properties/ipc/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          if (!(data30 === "host" || data30 === "private" || data30 === "shareable")) {
            const err71 = { instancePath: instancePath + "/container/ipc", schemaPath: "#/properties/container/properties/ipc/enum", keyword: "enum", params: { allowedValues: schema11.properties.container.properties.ipc.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data20.environment !== void 0) {
          let data31 = data20.environment;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            for (const key6 in data31) {
              const _errs79 = errors;
              if (typeof key6 === "string") {
                if (!pattern16.test(key6)) {
                  const err72 = { instancePath: instancePath + "/container/environment", schemaPath: "#/properties/container/properties/environment/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?!__proto__$)[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^(?!__proto__$)[A-Za-z_][A-Za-z0-9_]*$"', propertyName: key6 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
              var valid15 = _errs79 === errors;
              if (!valid15) {
                const err73 = { instancePath: instancePath + "/container/environment", schemaPath: "#/properties/container/properties/environment/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            for (const key7 in data31) {
              let data32 = data31[key7];
              if (typeof data32 === "string") {
                if (!pattern1.test(data32)) {
                  const err74 = { instancePath: instancePath + "/container/environment/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/container/properties/environment/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$"' };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
              } else {
                const err75 = { instancePath: instancePath + "/container/environment/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/container/properties/environment/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/container/environment", schemaPath: "#/properties/container/properties/environment/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = { instancePath: instancePath + "/container", schemaPath: "#/properties/container/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.storage !== void 0) {
      let data33 = data.storage;
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        for (const key8 in data33) {
          if (!(key8 === "hostRoot" || key8 === "telemetryRoot" || key8 === "durable" || key8 === "profiles")) {
            const err78 = { instancePath: instancePath + "/storage", schemaPath: "#/properties/storage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data33.hostRoot !== void 0) {
          let data34 = data33.hostRoot;
          if (typeof data34 === "string") {
            if (func3(data34) < 1) {
              const err79 = { instancePath: instancePath + "/storage/hostRoot", schemaPath: "#/definitions/hostPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (!pattern10.test(data34)) {
              const err80 = { instancePath: instancePath + "/storage/hostRoot", schemaPath: "#/definitions/hostPath/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/@+-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/@+-]+$"' };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
          } else {
            const err81 = { instancePath: instancePath + "/storage/hostRoot", schemaPath: "#/definitions/hostPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data33.telemetryRoot !== void 0) {
          let data35 = data33.telemetryRoot;
          if (typeof data35 === "string") {
            if (!pattern19.test(data35)) {
              const err82 = { instancePath: instancePath + "/storage/telemetryRoot", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          } else {
            const err83 = { instancePath: instancePath + "/storage/telemetryRoot", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data33.durable !== void 0) {
          let data36 = data33.durable;
          if (Array.isArray(data36)) {
            const len2 = data36.length;
            for (let i3 = 0; i3 < len2; i3++) {
              let data37 = data36[i3];
              if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                if (data37.dir === void 0) {
                  const err84 = { instancePath: instancePath + "/storage/durable/" + i3, schemaPath: "#/properties/storage/properties/durable/items/required", keyword: "required", params: { missingProperty: "dir" }, message: "must have required property 'dir'" };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
                if (data37.containerPath === void 0) {
                  const err85 = { instancePath: instancePath + "/storage/durable/" + i3, schemaPath: "#/properties/storage/properties/durable/items/required", keyword: "required", params: { missingProperty: "containerPath" }, message: "must have required property 'containerPath'" };
                  if (vErrors === null) {
                    vErrors = [err85];
                  } else {
                    vErrors.push(err85);
                  }
                  errors++;
                }
                for (const key9 in data37) {
                  if (!(key9 === "dir" || key9 === "containerPath" || key9 === "comment")) {
                    const err86 = { instancePath: instancePath + "/storage/durable/" + i3, schemaPath: "#/properties/storage/properties/durable/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err86];
                    } else {
                      vErrors.push(err86);
                    }
                    errors++;
                  }
                }
                if (data37.dir !== void 0) {
                  let data38 = data37.dir;
                  if (typeof data38 === "string") {
                    if (!pattern20.test(data38)) {
                      const err87 = { instancePath: instancePath + "/storage/durable/" + i3 + "/dir", schemaPath: "#/definitions/relativeDir/pattern", keyword: "pattern", params: { pattern: "^(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9_][A-Za-z0-9._/-]*$" }, message: 'must match pattern "^(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9_][A-Za-z0-9._/-]*$"' };
                      if (vErrors === null) {
                        vErrors = [err87];
                      } else {
                        vErrors.push(err87);
                      }
                      errors++;
                    }
                  } else {
                    const err88 = { instancePath: instancePath + "/storage/durable/" + i3 + "/dir", schemaPath: "#/definitions/relativeDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err88];
                    } else {
                      vErrors.push(err88);
                    }
                    errors++;
                  }
                }
                if (data37.containerPath !== void 0) {
                  let data39 = data37.containerPath;
                  if (typeof data39 === "string") {
                    if (!pattern19.test(data39)) {
                      const err89 = { instancePath: instancePath + "/storage/durable/" + i3 + "/containerPath", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
                      if (vErrors === null) {
                        vErrors = [err89];
                      } else {
                        vErrors.push(err89);
                      }
                      errors++;
                    }
                  } else {
                    const err90 = { instancePath: instancePath + "/storage/durable/" + i3 + "/containerPath", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err90];
                    } else {
                      vErrors.push(err90);
                    }
                    errors++;
                  }
                }
                if (data37.comment !== void 0) {
                  let data40 = data37.comment;
                  if (typeof data40 === "string") {
                    if (func3(data40) > 120) {
                      const err91 = { instancePath: instancePath + "/storage/durable/" + i3 + "/comment", schemaPath: "#/properties/storage/properties/durable/items/properties/comment/maxLength", keyword: "maxLength", params: { limit: 120 }, message: "must NOT have more than 120 characters" };
                      if (vErrors === null) {
                        vErrors = [err91];
                      } else {
                        vErrors.push(err91);
                      }
                      errors++;
                    }
                    if (!pattern1.test(data40)) {
                      const err92 = { instancePath: instancePath + "/storage/durable/" + i3 + "/comment", schemaPath: "#/properties/storage/properties/durable/items/properties/comment/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$"' };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                  } else {
                    const err93 = { instancePath: instancePath + "/storage/durable/" + i3 + "/comment", schemaPath: "#/properties/storage/properties/durable/items/properties/comment/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath + "/storage/durable/" + i3, schemaPath: "#/properties/storage/properties/durable/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
          } else {
            const err95 = { instancePath: instancePath + "/storage/durable", schemaPath: "#/properties/storage/properties/durable/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
        if (data33.profiles !== void 0) {
          let data41 = data33.profiles;
          if (Array.isArray(data41)) {
            const len3 = data41.length;
            for (let i4 = 0; i4 < len3; i4++) {
              let data42 = data41[i4];
              if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                if (data42.dir === void 0) {
                  const err96 = { instancePath: instancePath + "/storage/profiles/" + i4, schemaPath: "#/properties/storage/properties/profiles/items/required", keyword: "required", params: { missingProperty: "dir" }, message: "must have required property 'dir'" };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
                for (const key10 in data42) {
                  if (!(key10 === "dir" || key10 === "env")) {
                    const err97 = { instancePath: instancePath + "/storage/profiles/" + i4, schemaPath: "#/properties/storage/properties/profiles/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data42.dir !== void 0) {
                  let data43 = data42.dir;
                  if (typeof data43 === "string") {
                    if (!pattern20.test(data43)) {
                      const err98 = { instancePath: instancePath + "/storage/profiles/" + i4 + "/dir", schemaPath: "#/definitions/relativeDir/pattern", keyword: "pattern", params: { pattern: "^(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9_][A-Za-z0-9._/-]*$" }, message: 'must match pattern "^(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9_][A-Za-z0-9._/-]*$"' };
                      if (vErrors === null) {
                        vErrors = [err98];
                      } else {
                        vErrors.push(err98);
                      }
                      errors++;
                    }
                  } else {
                    const err99 = { instancePath: instancePath + "/storage/profiles/" + i4 + "/dir", schemaPath: "#/definitions/relativeDir/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
                if (data42.env !== void 0) {
                  let data44 = data42.env;
                  if (typeof data44 === "string") {
                    if (!pattern24.test(data44)) {
                      const err100 = { instancePath: instancePath + "/storage/profiles/" + i4 + "/env", schemaPath: "#/properties/storage/properties/profiles/items/properties/env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"' };
                      if (vErrors === null) {
                        vErrors = [err100];
                      } else {
                        vErrors.push(err100);
                      }
                      errors++;
                    }
                  } else {
                    const err101 = { instancePath: instancePath + "/storage/profiles/" + i4 + "/env", schemaPath: "#/properties/storage/properties/profiles/items/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err101];
                    } else {
                      vErrors.push(err101);
                    }
                    errors++;
                  }
                }
              } else {
                const err102 = { instancePath: instancePath + "/storage/profiles/" + i4, schemaPath: "#/properties/storage/properties/profiles/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
          } else {
            const err103 = { instancePath: instancePath + "/storage/profiles", schemaPath: "#/properties/storage/properties/profiles/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
      } else {
        const err104 = { instancePath: instancePath + "/storage", schemaPath: "#/properties/storage/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
    }
    if (data.prometheus !== void 0) {
      let data45 = data.prometheus;
      if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
        for (const key11 in data45) {
          if (!func2.call(schema11.properties.prometheus.properties, key11)) {
            const err105 = { instancePath: instancePath + "/prometheus", schemaPath: "#/properties/prometheus/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
        if (data45.enabled !== void 0) {
          if (typeof data45.enabled !== "boolean") {
            const err106 = { instancePath: instancePath + "/prometheus/enabled", schemaPath: "#/properties/prometheus/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err106];
            } else {
              vErrors.push(err106);
            }
            errors++;
          }
        }
        if (data45.port !== void 0) {
          let data47 = data45.port;
          if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)) && isFinite(data47))) {
            const err107 = { instancePath: instancePath + "/prometheus/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err107];
            } else {
              vErrors.push(err107);
            }
            errors++;
          }
          if (typeof data47 == "number" && isFinite(data47)) {
            if (data47 > 65535 || isNaN(data47)) {
              const err108 = { instancePath: instancePath + "/prometheus/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
            if (data47 < 1 || isNaN(data47)) {
              const err109 = { instancePath: instancePath + "/prometheus/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
          }
        }
        if (data45.scrapeInterval !== void 0) {
          let data48 = data45.scrapeInterval;
          if (typeof data48 === "string") {
            if (!pattern25.test(data48)) {
              const err110 = { instancePath: instancePath + "/prometheus/scrapeInterval", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
          } else {
            const err111 = { instancePath: instancePath + "/prometheus/scrapeInterval", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
        if (data45.scrapeTimeout !== void 0) {
          let data49 = data45.scrapeTimeout;
          if (typeof data49 === "string") {
            if (!pattern25.test(data49)) {
              const err112 = { instancePath: instancePath + "/prometheus/scrapeTimeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
              if (vErrors === null) {
                vErrors = [err112];
              } else {
                vErrors.push(err112);
              }
              errors++;
            }
          } else {
            const err113 = { instancePath: instancePath + "/prometheus/scrapeTimeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data45.evaluationInterval !== void 0) {
          let data50 = data45.evaluationInterval;
          if (typeof data50 === "string") {
            if (!pattern25.test(data50)) {
              const err114 = { instancePath: instancePath + "/prometheus/evaluationInterval", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
              if (vErrors === null) {
                vErrors = [err114];
              } else {
                vErrors.push(err114);
              }
              errors++;
            }
          } else {
            const err115 = { instancePath: instancePath + "/prometheus/evaluationInterval", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
        if (data45.retention !== void 0) {
          let data51 = data45.retention;
          if (typeof data51 === "string") {
            if (!pattern25.test(data51)) {
              const err116 = { instancePath: instancePath + "/prometheus/retention", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
              if (vErrors === null) {
                vErrors = [err116];
              } else {
                vErrors.push(err116);
              }
              errors++;
            }
          } else {
            const err117 = { instancePath: instancePath + "/prometheus/retention", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
        if (data45.scrapeSelf !== void 0) {
          if (typeof data45.scrapeSelf !== "boolean") {
            const err118 = { instancePath: instancePath + "/prometheus/scrapeSelf", schemaPath: "#/properties/prometheus/properties/scrapeSelf/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err118];
            } else {
              vErrors.push(err118);
            }
            errors++;
          }
        }
        if (data45.externalLabels !== void 0) {
          let data53 = data45.externalLabels;
          if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
            for (const key12 in data53) {
              const _errs139 = errors;
              if (typeof key12 === "string") {
                if (!pattern29.test(key12)) {
                  const err119 = { instancePath: instancePath + "/prometheus/externalLabels", schemaPath: "#/properties/prometheus/properties/externalLabels/propertyNames/pattern", keyword: "pattern", params: { pattern: "^(?!__)[a-zA-Z_][a-zA-Z0-9_]*$" }, message: 'must match pattern "^(?!__)[a-zA-Z_][a-zA-Z0-9_]*$"', propertyName: key12 };
                  if (vErrors === null) {
                    vErrors = [err119];
                  } else {
                    vErrors.push(err119);
                  }
                  errors++;
                }
              }
              var valid35 = _errs139 === errors;
              if (!valid35) {
                const err120 = { instancePath: instancePath + "/prometheus/externalLabels", schemaPath: "#/properties/prometheus/properties/externalLabels/propertyNames", keyword: "propertyNames", params: { propertyName: key12 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
            for (const key13 in data53) {
              let data54 = data53[key13];
              if (typeof data54 === "string") {
                if (func3(data54) > 200) {
                  const err121 = { instancePath: instancePath + "/prometheus/externalLabels/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prometheus/properties/externalLabels/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err121];
                  } else {
                    vErrors.push(err121);
                  }
                  errors++;
                }
                if (!pattern1.test(data54)) {
                  const err122 = { instancePath: instancePath + "/prometheus/externalLabels/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prometheus/properties/externalLabels/additionalProperties/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$"' };
                  if (vErrors === null) {
                    vErrors = [err122];
                  } else {
                    vErrors.push(err122);
                  }
                  errors++;
                }
              } else {
                const err123 = { instancePath: instancePath + "/prometheus/externalLabels/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/prometheus/properties/externalLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            }
          } else {
            const err124 = { instancePath: instancePath + "/prometheus/externalLabels", schemaPath: "#/properties/prometheus/properties/externalLabels/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err124];
            } else {
              vErrors.push(err124);
            }
            errors++;
          }
        }
        if (data45.remoteWrite !== void 0) {
          let data55 = data45.remoteWrite;
          if (Array.isArray(data55)) {
            const len4 = data55.length;
            for (let i5 = 0; i5 < len4; i5++) {
              let data56 = data55[i5];
              if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                if (data56.url === void 0) {
                  const err125 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5, schemaPath: "#/properties/prometheus/properties/remoteWrite/items/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
                  if (vErrors === null) {
                    vErrors = [err125];
                  } else {
                    vErrors.push(err125);
                  }
                  errors++;
                }
                for (const key14 in data56) {
                  if (!(key14 === "url" || key14 === "name" || key14 === "basicAuth" || key14 === "bearerTokenFile" || key14 === "tls" || key14 === "queue")) {
                    const err126 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5, schemaPath: "#/properties/prometheus/properties/remoteWrite/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
                if (data56.url !== void 0) {
                  let data57 = data56.url;
                  if (typeof data57 === "string") {
                    if (!pattern31.test(data57)) {
                      const err127 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/url", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s\"'`$]+$" }, message: 'must match pattern "^https?://[^\\s"\'`$]+$"' };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                  } else {
                    const err128 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/url", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                }
                if (data56.name !== void 0) {
                  let data58 = data56.name;
                  if (typeof data58 === "string") {
                    if (func3(data58) > 63) {
                      const err129 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/name", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                      if (vErrors === null) {
                        vErrors = [err129];
                      } else {
                        vErrors.push(err129);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data58)) {
                      const err130 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                  } else {
                    const err131 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/name", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
                if (data56.basicAuth !== void 0) {
                  let data59 = data56.basicAuth;
                  if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                    if (data59.username === void 0) {
                      const err132 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/basicAuth", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/basicAuth/required", keyword: "required", params: { missingProperty: "username" }, message: "must have required property 'username'" };
                      if (vErrors === null) {
                        vErrors = [err132];
                      } else {
                        vErrors.push(err132);
                      }
                      errors++;
                    }
                    if (data59.passwordFile === void 0) {
                      const err133 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/basicAuth", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/basicAuth/required", keyword: "required", params: { missingProperty: "passwordFile" }, message: "must have required property 'passwordFile'" };
                      if (vErrors === null) {
                        vErrors = [err133];
                      } else {
                        vErrors.push(err133);
                      }
                      errors++;
                    }
                    for (const key15 in data59) {
                      if (!(key15 === "username" || key15 === "passwordFile")) {
                        const err134 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/basicAuth", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/basicAuth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err134];
                        } else {
                          vErrors.push(err134);
                        }
                        errors++;
                      }
                    }
                    if (data59.username !== void 0) {
                      let data60 = data59.username;
                      if (typeof data60 === "string") {
                        if (!pattern33.test(data60)) {
                          const err135 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/basicAuth/username", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/basicAuth/properties/username/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f$]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f$]+$"' };
                          if (vErrors === null) {
                            vErrors = [err135];
                          } else {
                            vErrors.push(err135);
                          }
                          errors++;
                        }
                      } else {
                        const err136 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/basicAuth/username", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/basicAuth/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err136];
                        } else {
                          vErrors.push(err136);
                        }
                        errors++;
                      }
                    }
                    if (data59.passwordFile !== void 0) {
                      let data61 = data59.passwordFile;
                      if (typeof data61 === "string") {
                        if (!pattern19.test(data61)) {
                          const err137 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/basicAuth/passwordFile", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
                          if (vErrors === null) {
                            vErrors = [err137];
                          } else {
                            vErrors.push(err137);
                          }
                          errors++;
                        }
                      } else {
                        const err138 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/basicAuth/passwordFile", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err138];
                        } else {
                          vErrors.push(err138);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err139 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/basicAuth", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/basicAuth/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err139];
                    } else {
                      vErrors.push(err139);
                    }
                    errors++;
                  }
                }
                if (data56.bearerTokenFile !== void 0) {
                  let data62 = data56.bearerTokenFile;
                  if (typeof data62 === "string") {
                    if (!pattern19.test(data62)) {
                      const err140 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/bearerTokenFile", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
                      if (vErrors === null) {
                        vErrors = [err140];
                      } else {
                        vErrors.push(err140);
                      }
                      errors++;
                    }
                  } else {
                    const err141 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/bearerTokenFile", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err141];
                    } else {
                      vErrors.push(err141);
                    }
                    errors++;
                  }
                }
                if (data56.tls !== void 0) {
                  let data63 = data56.tls;
                  if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                    for (const key16 in data63) {
                      if (!(key16 === "caFile" || key16 === "certFile" || key16 === "keyFile" || key16 === "serverName" || key16 === "insecureSkipVerify")) {
                        const err142 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/tls", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err142];
                        } else {
                          vErrors.push(err142);
                        }
                        errors++;
                      }
                    }
                    if (data63.caFile !== void 0) {
                      let data64 = data63.caFile;
                      if (typeof data64 === "string") {
                        if (!pattern19.test(data64)) {
                          const err143 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/tls/caFile", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
                          if (vErrors === null) {
                            vErrors = [err143];
                          } else {
                            vErrors.push(err143);
                          }
                          errors++;
                        }
                      } else {
                        const err144 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/tls/caFile", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err144];
                        } else {
                          vErrors.push(err144);
                        }
                        errors++;
                      }
                    }
                    if (data63.certFile !== void 0) {
                      let data65 = data63.certFile;
                      if (typeof data65 === "string") {
                        if (!pattern19.test(data65)) {
                          const err145 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/tls/certFile", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
                          if (vErrors === null) {
                            vErrors = [err145];
                          } else {
                            vErrors.push(err145);
                          }
                          errors++;
                        }
                      } else {
                        const err146 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/tls/certFile", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err146];
                        } else {
                          vErrors.push(err146);
                        }
                        errors++;
                      }
                    }
                    if (data63.keyFile !== void 0) {
                      let data66 = data63.keyFile;
                      if (typeof data66 === "string") {
                        if (!pattern19.test(data66)) {
                          const err147 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/tls/keyFile", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
                          if (vErrors === null) {
                            vErrors = [err147];
                          } else {
                            vErrors.push(err147);
                          }
                          errors++;
                        }
                      } else {
                        const err148 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/tls/keyFile", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err148];
                        } else {
                          vErrors.push(err148);
                        }
                        errors++;
                      }
                    }
                    if (data63.serverName !== void 0) {
                      let data67 = data63.serverName;
                      if (typeof data67 === "string") {
                        if (func3(data67) > 63) {
                          const err149 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/tls/serverName", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                          if (vErrors === null) {
                            vErrors = [err149];
                          } else {
                            vErrors.push(err149);
                          }
                          errors++;
                        }
                        if (!pattern0.test(data67)) {
                          const err150 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/tls/serverName", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
                          if (vErrors === null) {
                            vErrors = [err150];
                          } else {
                            vErrors.push(err150);
                          }
                          errors++;
                        }
                      } else {
                        const err151 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/tls/serverName", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err151];
                        } else {
                          vErrors.push(err151);
                        }
                        errors++;
                      }
                    }
                    if (data63.insecureSkipVerify !== void 0) {
                      if (typeof data63.insecureSkipVerify !== "boolean") {
                        const err152 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/tls/insecureSkipVerify", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/tls/properties/insecureSkipVerify/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err152];
                        } else {
                          vErrors.push(err152);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err153 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/tls", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err153];
                    } else {
                      vErrors.push(err153);
                    }
                    errors++;
                  }
                }
                if (data56.queue !== void 0) {
                  let data69 = data56.queue;
                  if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                    for (const key17 in data69) {
                      if (!(key17 === "capacity" || key17 === "maxShards" || key17 === "minShards" || key17 === "maxSamplesPerSend" || key17 === "batchSendDeadline")) {
                        const err154 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err154];
                        } else {
                          vErrors.push(err154);
                        }
                        errors++;
                      }
                    }
                    if (data69.capacity !== void 0) {
                      let data70 = data69.capacity;
                      if (!(typeof data70 == "number" && (!(data70 % 1) && !isNaN(data70)) && isFinite(data70))) {
                        const err155 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/capacity", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/properties/capacity/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err155];
                        } else {
                          vErrors.push(err155);
                        }
                        errors++;
                      }
                      if (typeof data70 == "number" && isFinite(data70)) {
                        if (data70 > 2147483647 || isNaN(data70)) {
                          const err156 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/capacity", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/properties/capacity/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
                          if (vErrors === null) {
                            vErrors = [err156];
                          } else {
                            vErrors.push(err156);
                          }
                          errors++;
                        }
                        if (data70 < 1 || isNaN(data70)) {
                          const err157 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/capacity", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/properties/capacity/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err157];
                          } else {
                            vErrors.push(err157);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data69.maxShards !== void 0) {
                      let data71 = data69.maxShards;
                      if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)) && isFinite(data71))) {
                        const err158 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/maxShards", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/properties/maxShards/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err158];
                        } else {
                          vErrors.push(err158);
                        }
                        errors++;
                      }
                      if (typeof data71 == "number" && isFinite(data71)) {
                        if (data71 > 2147483647 || isNaN(data71)) {
                          const err159 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/maxShards", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/properties/maxShards/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
                          if (vErrors === null) {
                            vErrors = [err159];
                          } else {
                            vErrors.push(err159);
                          }
                          errors++;
                        }
                        if (data71 < 1 || isNaN(data71)) {
                          const err160 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/maxShards", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/properties/maxShards/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err160];
                          } else {
                            vErrors.push(err160);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data69.minShards !== void 0) {
                      let data72 = data69.minShards;
                      if (!(typeof data72 == "number" && (!(data72 % 1) && !isNaN(data72)) && isFinite(data72))) {
                        const err161 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/minShards", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/properties/minShards/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err161];
                        } else {
                          vErrors.push(err161);
                        }
                        errors++;
                      }
                      if (typeof data72 == "number" && isFinite(data72)) {
                        if (data72 > 2147483647 || isNaN(data72)) {
                          const err162 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/minShards", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/properties/minShards/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
                          if (vErrors === null) {
                            vErrors = [err162];
                          } else {
                            vErrors.push(err162);
                          }
                          errors++;
                        }
                        if (data72 < 1 || isNaN(data72)) {
                          const err163 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/minShards", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/properties/minShards/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err163];
                          } else {
                            vErrors.push(err163);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data69.maxSamplesPerSend !== void 0) {
                      let data73 = data69.maxSamplesPerSend;
                      if (!(typeof data73 == "number" && (!(data73 % 1) && !isNaN(data73)) && isFinite(data73))) {
                        const err164 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/maxSamplesPerSend", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/properties/maxSamplesPerSend/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                          vErrors = [err164];
                        } else {
                          vErrors.push(err164);
                        }
                        errors++;
                      }
                      if (typeof data73 == "number" && isFinite(data73)) {
                        if (data73 > 2147483647 || isNaN(data73)) {
                          const err165 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/maxSamplesPerSend", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/properties/maxSamplesPerSend/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
                          if (vErrors === null) {
                            vErrors = [err165];
                          } else {
                            vErrors.push(err165);
                          }
                          errors++;
                        }
                        if (data73 < 1 || isNaN(data73)) {
                          const err166 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/maxSamplesPerSend", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/properties/maxSamplesPerSend/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                          if (vErrors === null) {
                            vErrors = [err166];
                          } else {
                            vErrors.push(err166);
                          }
                          errors++;
                        }
                      }
                    }
                    if (data69.batchSendDeadline !== void 0) {
                      let data74 = data69.batchSendDeadline;
                      if (typeof data74 === "string") {
                        if (!pattern25.test(data74)) {
                          const err167 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/batchSendDeadline", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
                          if (vErrors === null) {
                            vErrors = [err167];
                          } else {
                            vErrors.push(err167);
                          }
                          errors++;
                        }
                      } else {
                        const err168 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue/batchSendDeadline", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err168];
                        } else {
                          vErrors.push(err168);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err169 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5 + "/queue", schemaPath: "#/properties/prometheus/properties/remoteWrite/items/properties/queue/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err169];
                    } else {
                      vErrors.push(err169);
                    }
                    errors++;
                  }
                }
              } else {
                const err170 = { instancePath: instancePath + "/prometheus/remoteWrite/" + i5, schemaPath: "#/properties/prometheus/properties/remoteWrite/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
          } else {
            const err171 = { instancePath: instancePath + "/prometheus/remoteWrite", schemaPath: "#/properties/prometheus/properties/remoteWrite/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err171];
            } else {
              vErrors.push(err171);
            }
            errors++;
          }
        }
        if (data45.extraTargets !== void 0) {
          let data75 = data45.extraTargets;
          if (Array.isArray(data75)) {
            const len5 = data75.length;
            for (let i6 = 0; i6 < len5; i6++) {
              if (!validate11(data75[i6], { instancePath: instancePath + "/prometheus/extraTargets/" + i6, parentData: data75, parentDataProperty: i6, rootData })) {
                vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err172 = { instancePath: instancePath + "/prometheus/extraTargets", schemaPath: "#/properties/prometheus/properties/extraTargets/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err172];
            } else {
              vErrors.push(err172);
            }
            errors++;
          }
        }
      } else {
        const err173 = { instancePath: instancePath + "/prometheus", schemaPath: "#/properties/prometheus/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err173];
        } else {
          vErrors.push(err173);
        }
        errors++;
      }
    }
    if (data.jaeger !== void 0) {
      let data77 = data.jaeger;
      if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
        for (const key18 in data77) {
          if (!(key18 === "enabled" || key18 === "uiPort" || key18 === "otlpGrpcPort" || key18 === "otlpHttpPort" || key18 === "metricsPort" || key18 === "forwardOtlp")) {
            const err174 = { instancePath: instancePath + "/jaeger", schemaPath: "#/properties/jaeger/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err174];
            } else {
              vErrors.push(err174);
            }
            errors++;
          }
        }
        if (data77.enabled !== void 0) {
          if (typeof data77.enabled !== "boolean") {
            const err175 = { instancePath: instancePath + "/jaeger/enabled", schemaPath: "#/properties/jaeger/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err175];
            } else {
              vErrors.push(err175);
            }
            errors++;
          }
        }
        if (data77.uiPort !== void 0) {
          let data79 = data77.uiPort;
          if (!(typeof data79 == "number" && (!(data79 % 1) && !isNaN(data79)) && isFinite(data79))) {
            const err176 = { instancePath: instancePath + "/jaeger/uiPort", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err176];
            } else {
              vErrors.push(err176);
            }
            errors++;
          }
          if (typeof data79 == "number" && isFinite(data79)) {
            if (data79 > 65535 || isNaN(data79)) {
              const err177 = { instancePath: instancePath + "/jaeger/uiPort", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err177];
              } else {
                vErrors.push(err177);
              }
              errors++;
            }
            if (data79 < 1 || isNaN(data79)) {
              const err178 = { instancePath: instancePath + "/jaeger/uiPort", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err178];
              } else {
                vErrors.push(err178);
              }
              errors++;
            }
          }
        }
        if (data77.otlpGrpcPort !== void 0) {
          let data80 = data77.otlpGrpcPort;
          if (!(typeof data80 == "number" && (!(data80 % 1) && !isNaN(data80)) && isFinite(data80))) {
            const err179 = { instancePath: instancePath + "/jaeger/otlpGrpcPort", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err179];
            } else {
              vErrors.push(err179);
            }
            errors++;
          }
          if (typeof data80 == "number" && isFinite(data80)) {
            if (data80 > 65535 || isNaN(data80)) {
              const err180 = { instancePath: instancePath + "/jaeger/otlpGrpcPort", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err180];
              } else {
                vErrors.push(err180);
              }
              errors++;
            }
            if (data80 < 1 || isNaN(data80)) {
              const err181 = { instancePath: instancePath + "/jaeger/otlpGrpcPort", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err181];
              } else {
                vErrors.push(err181);
              }
              errors++;
            }
          }
        }
        if (data77.otlpHttpPort !== void 0) {
          let data81 = data77.otlpHttpPort;
          if (!(typeof data81 == "number" && (!(data81 % 1) && !isNaN(data81)) && isFinite(data81))) {
            const err182 = { instancePath: instancePath + "/jaeger/otlpHttpPort", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          }
          if (typeof data81 == "number" && isFinite(data81)) {
            if (data81 > 65535 || isNaN(data81)) {
              const err183 = { instancePath: instancePath + "/jaeger/otlpHttpPort", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err183];
              } else {
                vErrors.push(err183);
              }
              errors++;
            }
            if (data81 < 1 || isNaN(data81)) {
              const err184 = { instancePath: instancePath + "/jaeger/otlpHttpPort", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err184];
              } else {
                vErrors.push(err184);
              }
              errors++;
            }
          }
        }
        if (data77.metricsPort !== void 0) {
          let data82 = data77.metricsPort;
          if (!(typeof data82 == "number" && (!(data82 % 1) && !isNaN(data82)) && isFinite(data82))) {
            const err185 = { instancePath: instancePath + "/jaeger/metricsPort", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err185];
            } else {
              vErrors.push(err185);
            }
            errors++;
          }
          if (typeof data82 == "number" && isFinite(data82)) {
            if (data82 > 65535 || isNaN(data82)) {
              const err186 = { instancePath: instancePath + "/jaeger/metricsPort", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err186];
              } else {
                vErrors.push(err186);
              }
              errors++;
            }
            if (data82 < 1 || isNaN(data82)) {
              const err187 = { instancePath: instancePath + "/jaeger/metricsPort", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err187];
              } else {
                vErrors.push(err187);
              }
              errors++;
            }
          }
        }
        if (data77.forwardOtlp !== void 0) {
          let data83 = data77.forwardOtlp;
          if (!(data83 && typeof data83 == "object" && !Array.isArray(data83)) && data83 !== null) {
            const err188 = { instancePath: instancePath + "/jaeger/forwardOtlp", schemaPath: "#/properties/jaeger/properties/forwardOtlp/type", keyword: "type", params: { type: schema11.properties.jaeger.properties.forwardOtlp.type }, message: "must be object,null" };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
          if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
            if (data83.endpoint === void 0) {
              const err189 = { instancePath: instancePath + "/jaeger/forwardOtlp", schemaPath: "#/properties/jaeger/properties/forwardOtlp/required", keyword: "required", params: { missingProperty: "endpoint" }, message: "must have required property 'endpoint'" };
              if (vErrors === null) {
                vErrors = [err189];
              } else {
                vErrors.push(err189);
              }
              errors++;
            }
            for (const key19 in data83) {
              if (!(key19 === "endpoint" || key19 === "insecure" || key19 === "caFile")) {
                const err190 = { instancePath: instancePath + "/jaeger/forwardOtlp", schemaPath: "#/properties/jaeger/properties/forwardOtlp/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err190];
                } else {
                  vErrors.push(err190);
                }
                errors++;
              }
            }
            if (data83.endpoint !== void 0) {
              let data84 = data83.endpoint;
              if (typeof data84 === "string") {
                if (!pattern50.test(data84)) {
                  const err191 = { instancePath: instancePath + "/jaeger/forwardOtlp/endpoint", schemaPath: "#/properties/jaeger/properties/forwardOtlp/properties/endpoint/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]*:[0-9]{1,5}$" }, message: 'must match pattern "^[A-Za-z0-9_][A-Za-z0-9_.-]*:[0-9]{1,5}$"' };
                  if (vErrors === null) {
                    vErrors = [err191];
                  } else {
                    vErrors.push(err191);
                  }
                  errors++;
                }
              } else {
                const err192 = { instancePath: instancePath + "/jaeger/forwardOtlp/endpoint", schemaPath: "#/properties/jaeger/properties/forwardOtlp/properties/endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err192];
                } else {
                  vErrors.push(err192);
                }
                errors++;
              }
            }
            if (data83.insecure !== void 0) {
              if (typeof data83.insecure !== "boolean") {
                const err193 = { instancePath: instancePath + "/jaeger/forwardOtlp/insecure", schemaPath: "#/properties/jaeger/properties/forwardOtlp/properties/insecure/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
            if (data83.caFile !== void 0) {
              let data86 = data83.caFile;
              if (typeof data86 === "string") {
                if (!pattern19.test(data86)) {
                  const err194 = { instancePath: instancePath + "/jaeger/forwardOtlp/caFile", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err194];
                  } else {
                    vErrors.push(err194);
                  }
                  errors++;
                }
              } else {
                const err195 = { instancePath: instancePath + "/jaeger/forwardOtlp/caFile", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err195];
                } else {
                  vErrors.push(err195);
                }
                errors++;
              }
            }
          }
        }
      } else {
        const err196 = { instancePath: instancePath + "/jaeger", schemaPath: "#/properties/jaeger/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err196];
        } else {
          vErrors.push(err196);
        }
        errors++;
      }
    }
    if (data.exporters !== void 0) {
      let data87 = data.exporters;
      if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
        for (const key20 in data87) {
          if (!(key20 === "nodeExporter" || key20 === "dcgmExporter" || key20 === "cadvisor")) {
            const err197 = { instancePath: instancePath + "/exporters", schemaPath: "#/properties/exporters/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err197];
            } else {
              vErrors.push(err197);
            }
            errors++;
          }
        }
        if (data87.nodeExporter !== void 0) {
          let data88 = data87.nodeExporter;
          if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
            for (const key21 in data88) {
              if (!(key21 === "enabled" || key21 === "port")) {
                const err198 = { instancePath: instancePath + "/exporters/nodeExporter", schemaPath: "#/properties/exporters/properties/nodeExporter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err198];
                } else {
                  vErrors.push(err198);
                }
                errors++;
              }
            }
            if (data88.enabled !== void 0) {
              if (typeof data88.enabled !== "boolean") {
                const err199 = { instancePath: instancePath + "/exporters/nodeExporter/enabled", schemaPath: "#/properties/exporters/properties/nodeExporter/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err199];
                } else {
                  vErrors.push(err199);
                }
                errors++;
              }
            }
            if (data88.port !== void 0) {
              let data90 = data88.port;
              if (!(typeof data90 == "number" && (!(data90 % 1) && !isNaN(data90)) && isFinite(data90))) {
                const err200 = { instancePath: instancePath + "/exporters/nodeExporter/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err200];
                } else {
                  vErrors.push(err200);
                }
                errors++;
              }
              if (typeof data90 == "number" && isFinite(data90)) {
                if (data90 > 65535 || isNaN(data90)) {
                  const err201 = { instancePath: instancePath + "/exporters/nodeExporter/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                  if (vErrors === null) {
                    vErrors = [err201];
                  } else {
                    vErrors.push(err201);
                  }
                  errors++;
                }
                if (data90 < 1 || isNaN(data90)) {
                  const err202 = { instancePath: instancePath + "/exporters/nodeExporter/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err202];
                  } else {
                    vErrors.push(err202);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err203 = { instancePath: instancePath + "/exporters/nodeExporter", schemaPath: "#/properties/exporters/properties/nodeExporter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          }
        }
        if (data87.dcgmExporter !== void 0) {
          let data91 = data87.dcgmExporter;
          if (data91 && typeof data91 == "object" && !Array.isArray(data91)) {
            for (const key22 in data91) {
              if (!(key22 === "enabled" || key22 === "port" || key22 === "profiling")) {
                const err204 = { instancePath: instancePath + "/exporters/dcgmExporter", schemaPath: "#/properties/exporters/properties/dcgmExporter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err204];
                } else {
                  vErrors.push(err204);
                }
                errors++;
              }
            }
            if (data91.enabled !== void 0) {
              if (typeof data91.enabled !== "boolean") {
                const err205 = { instancePath: instancePath + "/exporters/dcgmExporter/enabled", schemaPath: "#/properties/exporters/properties/dcgmExporter/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err205];
                } else {
                  vErrors.push(err205);
                }
                errors++;
              }
            }
            if (data91.port !== void 0) {
              let data93 = data91.port;
              if (!(typeof data93 == "number" && (!(data93 % 1) && !isNaN(data93)) && isFinite(data93))) {
                const err206 = { instancePath: instancePath + "/exporters/dcgmExporter/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err206];
                } else {
                  vErrors.push(err206);
                }
                errors++;
              }
              if (typeof data93 == "number" && isFinite(data93)) {
                if (data93 > 65535 || isNaN(data93)) {
                  const err207 = { instancePath: instancePath + "/exporters/dcgmExporter/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                  if (vErrors === null) {
                    vErrors = [err207];
                  } else {
                    vErrors.push(err207);
                  }
                  errors++;
                }
                if (data93 < 1 || isNaN(data93)) {
                  const err208 = { instancePath: instancePath + "/exporters/dcgmExporter/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err208];
                  } else {
                    vErrors.push(err208);
                  }
                  errors++;
                }
              }
            }
            if (data91.profiling !== void 0) {
              if (typeof data91.profiling !== "boolean") {
                const err209 = { instancePath: instancePath + "/exporters/dcgmExporter/profiling", schemaPath: "#/properties/exporters/properties/dcgmExporter/properties/profiling/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err209];
                } else {
                  vErrors.push(err209);
                }
                errors++;
              }
            }
          } else {
            const err210 = { instancePath: instancePath + "/exporters/dcgmExporter", schemaPath: "#/properties/exporters/properties/dcgmExporter/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err210];
            } else {
              vErrors.push(err210);
            }
            errors++;
          }
        }
        if (data87.cadvisor !== void 0) {
          let data95 = data87.cadvisor;
          if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
            for (const key23 in data95) {
              if (!(key23 === "enabled" || key23 === "image" || key23 === "port" || key23 === "hostPort" || key23 === "dockerSocket" || key23 === "scrapeInterval" || key23 === "healthcheck" || key23 === "dropMetrics")) {
                const err211 = { instancePath: instancePath + "/exporters/cadvisor", schemaPath: "#/properties/exporters/properties/cadvisor/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err211];
                } else {
                  vErrors.push(err211);
                }
                errors++;
              }
            }
            if (data95.enabled !== void 0) {
              if (typeof data95.enabled !== "boolean") {
                const err212 = { instancePath: instancePath + "/exporters/cadvisor/enabled", schemaPath: "#/properties/exporters/properties/cadvisor/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err212];
                } else {
                  vErrors.push(err212);
                }
                errors++;
              }
            }
            if (data95.image !== void 0) {
              let data97 = data95.image;
              if (typeof data97 !== "string" && data97 !== null) {
                const err213 = { instancePath: instancePath + "/exporters/cadvisor/image", schemaPath: "#/properties/exporters/properties/cadvisor/properties/image/type", keyword: "type", params: { type: schema11.properties.exporters.properties.cadvisor.properties.image.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err213];
                } else {
                  vErrors.push(err213);
                }
                errors++;
              }
              if (typeof data97 === "string") {
                if (!pattern13.test(data97)) {
                  const err214 = { instancePath: instancePath + "/exporters/cadvisor/image", schemaPath: "#/properties/exporters/properties/cadvisor/properties/image/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, message: 'must match pattern "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$"' };
                  if (vErrors === null) {
                    vErrors = [err214];
                  } else {
                    vErrors.push(err214);
                  }
                  errors++;
                }
              }
            }
            if (data95.port !== void 0) {
              let data98 = data95.port;
              if (!(typeof data98 == "number" && (!(data98 % 1) && !isNaN(data98)) && isFinite(data98))) {
                const err215 = { instancePath: instancePath + "/exporters/cadvisor/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err215];
                } else {
                  vErrors.push(err215);
                }
                errors++;
              }
              if (typeof data98 == "number" && isFinite(data98)) {
                if (data98 > 65535 || isNaN(data98)) {
                  const err216 = { instancePath: instancePath + "/exporters/cadvisor/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                  if (vErrors === null) {
                    vErrors = [err216];
                  } else {
                    vErrors.push(err216);
                  }
                  errors++;
                }
                if (data98 < 1 || isNaN(data98)) {
                  const err217 = { instancePath: instancePath + "/exporters/cadvisor/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err217];
                  } else {
                    vErrors.push(err217);
                  }
                  errors++;
                }
              }
            }
            if (data95.hostPort !== void 0) {
              let data99 = data95.hostPort;
              const _errs257 = errors;
              let valid67 = false;
              let passing1 = null;
              const _errs258 = errors;
              if (!(typeof data99 == "number" && (!(data99 % 1) && !isNaN(data99)) && isFinite(data99))) {
                const err218 = { instancePath: instancePath + "/exporters/cadvisor/hostPort", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err218];
                } else {
                  vErrors.push(err218);
                }
                errors++;
              }
              if (typeof data99 == "number" && isFinite(data99)) {
                if (data99 > 65535 || isNaN(data99)) {
                  const err219 = { instancePath: instancePath + "/exporters/cadvisor/hostPort", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                  if (vErrors === null) {
                    vErrors = [err219];
                  } else {
                    vErrors.push(err219);
                  }
                  errors++;
                }
                if (data99 < 1 || isNaN(data99)) {
                  const err220 = { instancePath: instancePath + "/exporters/cadvisor/hostPort", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err220];
                  } else {
                    vErrors.push(err220);
                  }
                  errors++;
                }
              }
              var _valid1 = _errs258 === errors;
              if (_valid1) {
                valid67 = true;
                passing1 = 0;
              }
              const _errs261 = errors;
              if (data99 !== null) {
                const err221 = { instancePath: instancePath + "/exporters/cadvisor/hostPort", schemaPath: "#/properties/exporters/properties/cadvisor/properties/hostPort/oneOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                  vErrors = [err221];
                } else {
                  vErrors.push(err221);
                }
                errors++;
              }
              var _valid1 = _errs261 === errors;
              if (_valid1 && valid67) {
                valid67 = false;
                passing1 = [passing1, 1];
              } else {
                if (_valid1) {
                  valid67 = true;
                  passing1 = 1;
                }
              }
              if (!valid67) {
                const err222 = { instancePath: instancePath + "/exporters/cadvisor/hostPort", schemaPath: "#/properties/exporters/properties/cadvisor/properties/hostPort/oneOf", keyword: "oneOf", params: { passingSchemas: passing1 }, message: "must match exactly one schema in oneOf" };
                if (vErrors === null) {
                  vErrors = [err222];
                } else {
                  vErrors.push(err222);
                }
                errors++;
              } else {
                errors = _errs257;
                if (vErrors !== null) {
                  if (_errs257) {
                    vErrors.length = _errs257;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data95.dockerSocket !== void 0) {
              let data100 = data95.dockerSocket;
              if (typeof data100 === "string") {
                if (!pattern19.test(data100)) {
                  const err223 = { instancePath: instancePath + "/exporters/cadvisor/dockerSocket", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err223];
                  } else {
                    vErrors.push(err223);
                  }
                  errors++;
                }
              } else {
                const err224 = { instancePath: instancePath + "/exporters/cadvisor/dockerSocket", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err224];
                } else {
                  vErrors.push(err224);
                }
                errors++;
              }
            }
            if (data95.scrapeInterval !== void 0) {
              let data101 = data95.scrapeInterval;
              if (typeof data101 === "string") {
                if (!pattern25.test(data101)) {
                  const err225 = { instancePath: instancePath + "/exporters/cadvisor/scrapeInterval", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
                  if (vErrors === null) {
                    vErrors = [err225];
                  } else {
                    vErrors.push(err225);
                  }
                  errors++;
                }
              } else {
                const err226 = { instancePath: instancePath + "/exporters/cadvisor/scrapeInterval", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err226];
                } else {
                  vErrors.push(err226);
                }
                errors++;
              }
            }
            if (data95.healthcheck !== void 0) {
              let data102 = data95.healthcheck;
              if (data102 && typeof data102 == "object" && !Array.isArray(data102)) {
                for (const key24 in data102) {
                  if (!(key24 === "interval" || key24 === "timeout" || key24 === "retries")) {
                    const err227 = { instancePath: instancePath + "/exporters/cadvisor/healthcheck", schemaPath: "#/properties/exporters/properties/cadvisor/properties/healthcheck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err227];
                    } else {
                      vErrors.push(err227);
                    }
                    errors++;
                  }
                }
                if (data102.interval !== void 0) {
                  let data103 = data102.interval;
                  if (typeof data103 === "string") {
                    if (!pattern25.test(data103)) {
                      const err228 = { instancePath: instancePath + "/exporters/cadvisor/healthcheck/interval", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
                      if (vErrors === null) {
                        vErrors = [err228];
                      } else {
                        vErrors.push(err228);
                      }
                      errors++;
                    }
                  } else {
                    const err229 = { instancePath: instancePath + "/exporters/cadvisor/healthcheck/interval", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err229];
                    } else {
                      vErrors.push(err229);
                    }
                    errors++;
                  }
                }
                if (data102.timeout !== void 0) {
                  let data104 = data102.timeout;
                  if (typeof data104 === "string") {
                    if (!pattern25.test(data104)) {
                      const err230 = { instancePath: instancePath + "/exporters/cadvisor/healthcheck/timeout", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
                      if (vErrors === null) {
                        vErrors = [err230];
                      } else {
                        vErrors.push(err230);
                      }
                      errors++;
                    }
                  } else {
                    const err231 = { instancePath: instancePath + "/exporters/cadvisor/healthcheck/timeout", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err231];
                    } else {
                      vErrors.push(err231);
                    }
                    errors++;
                  }
                }
                if (data102.retries !== void 0) {
                  let data105 = data102.retries;
                  if (!(typeof data105 == "number" && (!(data105 % 1) && !isNaN(data105)) && isFinite(data105))) {
                    const err232 = { instancePath: instancePath + "/exporters/cadvisor/healthcheck/retries", schemaPath: "#/properties/exporters/properties/cadvisor/properties/healthcheck/properties/retries/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err232];
                    } else {
                      vErrors.push(err232);
                    }
                    errors++;
                  }
                  if (typeof data105 == "number" && isFinite(data105)) {
                    if (data105 > 100 || isNaN(data105)) {
                      const err233 = { instancePath: instancePath + "/exporters/cadvisor/healthcheck/retries", schemaPath: "#/properties/exporters/properties/cadvisor/properties/healthcheck/properties/retries/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100" };
                      if (vErrors === null) {
                        vErrors = [err233];
                      } else {
                        vErrors.push(err233);
                      }
                      errors++;
                    }
                    if (data105 < 1 || isNaN(data105)) {
                      const err234 = { instancePath: instancePath + "/exporters/cadvisor/healthcheck/retries", schemaPath: "#/properties/exporters/properties/cadvisor/properties/healthcheck/properties/retries/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                      if (vErrors === null) {
                        vErrors = [err234];
                      } else {
                        vErrors.push(err234);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err235 = { instancePath: instancePath + "/exporters/cadvisor/healthcheck", schemaPath: "#/properties/exporters/properties/cadvisor/properties/healthcheck/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err235];
                } else {
                  vErrors.push(err235);
                }
                errors++;
              }
            }
            if (data95.dropMetrics !== void 0) {
              let data106 = data95.dropMetrics;
              if (Array.isArray(data106)) {
                const len6 = data106.length;
                for (let i7 = 0; i7 < len6; i7++) {
                  let data107 = data106[i7];
                  if (typeof data107 === "string") {
                    if (!pattern47.test(data107)) {
                      const err236 = { instancePath: instancePath + "/exporters/cadvisor/dropMetrics/" + i7, schemaPath: "#/properties/exporters/properties/cadvisor/properties/dropMetrics/items/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, message: 'must match pattern "^[a-zA-Z_:][a-zA-Z0-9_:]*$"' };
                      if (vErrors === null) {
                        vErrors = [err236];
                      } else {
                        vErrors.push(err236);
                      }
                      errors++;
                    }
                  } else {
                    const err237 = { instancePath: instancePath + "/exporters/cadvisor/dropMetrics/" + i7, schemaPath: "#/properties/exporters/properties/cadvisor/properties/dropMetrics/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err237];
                    } else {
                      vErrors.push(err237);
                    }
                    errors++;
                  }
                }
                let i8 = data106.length;
                let j1;
                if (i8 > 1) {
                  const indices1 = {};
                  for (; i8--; ) {
                    let item1 = data106[i8];
                    if (typeof item1 !== "string") {
                      continue;
                    }
                    if (typeof indices1[item1] == "number") {
                      j1 = indices1[item1];
                      const err238 = { instancePath: instancePath + "/exporters/cadvisor/dropMetrics", schemaPath: "#/properties/exporters/properties/cadvisor/properties/dropMetrics/uniqueItems", keyword: "uniqueItems", params: { i: i8, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i8 + " are identical)" };
                      if (vErrors === null) {
                        vErrors = [err238];
                      } else {
                        vErrors.push(err238);
                      }
                      errors++;
                      break;
                    }
                    indices1[item1] = i8;
                  }
                }
              } else {
                const err239 = { instancePath: instancePath + "/exporters/cadvisor/dropMetrics", schemaPath: "#/properties/exporters/properties/cadvisor/properties/dropMetrics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err239];
                } else {
                  vErrors.push(err239);
                }
                errors++;
              }
            }
          } else {
            const err240 = { instancePath: instancePath + "/exporters/cadvisor", schemaPath: "#/properties/exporters/properties/cadvisor/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err240];
            } else {
              vErrors.push(err240);
            }
            errors++;
          }
        }
      } else {
        const err241 = { instancePath: instancePath + "/exporters", schemaPath: "#/properties/exporters/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err241];
        } else {
          vErrors.push(err241);
        }
        errors++;
      }
    }
    if (data.modelServer !== void 0) {
      let data108 = data.modelServer;
      if (data108 && typeof data108 == "object" && !Array.isArray(data108)) {
        for (const key25 in data108) {
          if (!func2.call(schema11.properties.modelServer.properties, key25)) {
            const err242 = { instancePath: instancePath + "/modelServer", schemaPath: "#/properties/modelServer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err242];
            } else {
              vErrors.push(err242);
            }
            errors++;
          }
        }
        if (data108.enabled !== void 0) {
          if (typeof data108.enabled !== "boolean") {
            const err243 = { instancePath: instancePath + "/modelServer/enabled", schemaPath: "#/properties/modelServer/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err243];
            } else {
              vErrors.push(err243);
            }
            errors++;
          }
        }
        if (data108.engine !== void 0) {
          let data110 = data108.engine;
          if (typeof data110 !== "string") {
            const err244 = { instancePath: instancePath + "/modelServer/engine", schemaPath: "#/properties/modelServer/properties/engine/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err244];
            } else {
              vErrors.push(err244);
            }
            errors++;
          }
          if (!(data110 === "sglang" || data110 === "vllm")) {
            const err245 = { instancePath: instancePath + "/modelServer/engine", schemaPath: "#/properties/modelServer/properties/engine/enum", keyword: "enum", params: { allowedValues: schema11.properties.modelServer.properties.engine.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err245];
            } else {
              vErrors.push(err245);
            }
            errors++;
          }
        }
        if (data108.kind !== void 0) {
          let data111 = data108.kind;
          if (typeof data111 !== "string") {
            const err246 = { instancePath: instancePath + "/modelServer/kind", schemaPath: "#/properties/modelServer/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err246];
            } else {
              vErrors.push(err246);
            }
            errors++;
          }
          if (!(data111 === "sglang")) {
            const err247 = { instancePath: instancePath + "/modelServer/kind", schemaPath: "#/properties/modelServer/properties/kind/enum", keyword: "enum", params: { allowedValues: schema11.properties.modelServer.properties.kind.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err247];
            } else {
              vErrors.push(err247);
            }
            errors++;
          }
        }
        if (data108.python !== void 0) {
          let data112 = data108.python;
          if (typeof data112 === "string") {
            if (!pattern58.test(data112)) {
              const err248 = { instancePath: instancePath + "/modelServer/python", schemaPath: "#/properties/modelServer/properties/python/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/-]+$"' };
              if (vErrors === null) {
                vErrors = [err248];
              } else {
                vErrors.push(err248);
              }
              errors++;
            }
          } else {
            const err249 = { instancePath: instancePath + "/modelServer/python", schemaPath: "#/properties/modelServer/properties/python/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err249];
            } else {
              vErrors.push(err249);
            }
            errors++;
          }
        }
        if (data108.modelPath !== void 0) {
          let data113 = data108.modelPath;
          if (typeof data113 === "string") {
            if (!pattern19.test(data113)) {
              const err250 = { instancePath: instancePath + "/modelServer/modelPath", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
              if (vErrors === null) {
                vErrors = [err250];
              } else {
                vErrors.push(err250);
              }
              errors++;
            }
          } else {
            const err251 = { instancePath: instancePath + "/modelServer/modelPath", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err251];
            } else {
              vErrors.push(err251);
            }
            errors++;
          }
        }
        if (data108.host !== void 0) {
          let data114 = data108.host;
          if (typeof data114 !== "string") {
            const err252 = { instancePath: instancePath + "/modelServer/host", schemaPath: "#/properties/modelServer/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err252];
            } else {
              vErrors.push(err252);
            }
            errors++;
          }
          if (!(data114 === "0.0.0.0" || data114 === "127.0.0.1")) {
            const err253 = { instancePath: instancePath + "/modelServer/host", schemaPath: "#/properties/modelServer/properties/host/enum", keyword: "enum", params: { allowedValues: schema11.properties.modelServer.properties.host.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err253];
            } else {
              vErrors.push(err253);
            }
            errors++;
          }
        }
        if (data108.port !== void 0) {
          let data115 = data108.port;
          if (!(typeof data115 == "number" && (!(data115 % 1) && !isNaN(data115)) && isFinite(data115))) {
            const err254 = { instancePath: instancePath + "/modelServer/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err254];
            } else {
              vErrors.push(err254);
            }
            errors++;
          }
          if (typeof data115 == "number" && isFinite(data115)) {
            if (data115 > 65535 || isNaN(data115)) {
              const err255 = { instancePath: instancePath + "/modelServer/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err255];
              } else {
                vErrors.push(err255);
              }
              errors++;
            }
            if (data115 < 1 || isNaN(data115)) {
              const err256 = { instancePath: instancePath + "/modelServer/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err256];
              } else {
                vErrors.push(err256);
              }
              errors++;
            }
          }
        }
        if (data108.extraPorts !== void 0) {
          let data116 = data108.extraPorts;
          if (Array.isArray(data116)) {
            const len7 = data116.length;
            for (let i9 = 0; i9 < len7; i9++) {
              let data117 = data116[i9];
              if (!(typeof data117 == "number" && (!(data117 % 1) && !isNaN(data117)) && isFinite(data117))) {
                const err257 = { instancePath: instancePath + "/modelServer/extraPorts/" + i9, schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err257];
                } else {
                  vErrors.push(err257);
                }
                errors++;
              }
              if (typeof data117 == "number" && isFinite(data117)) {
                if (data117 > 65535 || isNaN(data117)) {
                  const err258 = { instancePath: instancePath + "/modelServer/extraPorts/" + i9, schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                  if (vErrors === null) {
                    vErrors = [err258];
                  } else {
                    vErrors.push(err258);
                  }
                  errors++;
                }
                if (data117 < 1 || isNaN(data117)) {
                  const err259 = { instancePath: instancePath + "/modelServer/extraPorts/" + i9, schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err259];
                  } else {
                    vErrors.push(err259);
                  }
                  errors++;
                }
              }
            }
            let i10 = data116.length;
            let j2;
            if (i10 > 1) {
              outer0: for (; i10--; ) {
                for (j2 = i10; j2--; ) {
                  if (func0(data116[i10], data116[j2])) {
                    const err260 = { instancePath: instancePath + "/modelServer/extraPorts", schemaPath: "#/properties/modelServer/properties/extraPorts/uniqueItems", keyword: "uniqueItems", params: { i: i10, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i10 + " are identical)" };
                    if (vErrors === null) {
                      vErrors = [err260];
                    } else {
                      vErrors.push(err260);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err261 = { instancePath: instancePath + "/modelServer/extraPorts", schemaPath: "#/properties/modelServer/properties/extraPorts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err261];
            } else {
              vErrors.push(err261);
            }
            errors++;
          }
        }
        if (data108.scrape !== void 0) {
          if (typeof data108.scrape !== "boolean") {
            const err262 = { instancePath: instancePath + "/modelServer/scrape", schemaPath: "#/properties/modelServer/properties/scrape/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err262];
            } else {
              vErrors.push(err262);
            }
            errors++;
          }
        }
        if (data108.flags !== void 0) {
          let data119 = data108.flags;
          if (data119 && typeof data119 == "object" && !Array.isArray(data119)) {
            for (const key26 in data119) {
              if (!func2.call(schema11.properties.modelServer.properties.flags.properties, key26)) {
                const err263 = { instancePath: instancePath + "/modelServer/flags", schemaPath: "#/properties/modelServer/properties/flags/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err263];
                } else {
                  vErrors.push(err263);
                }
                errors++;
              }
            }
            if (data119.contextLength !== void 0) {
              let data120 = data119.contextLength;
              if (!(typeof data120 == "number" && (!(data120 % 1) && !isNaN(data120)) && isFinite(data120))) {
                const err264 = { instancePath: instancePath + "/modelServer/flags/contextLength", schemaPath: "#/properties/modelServer/properties/flags/properties/contextLength/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err264];
                } else {
                  vErrors.push(err264);
                }
                errors++;
              }
              if (typeof data120 == "number" && isFinite(data120)) {
                if (data120 > 2147483647 || isNaN(data120)) {
                  const err265 = { instancePath: instancePath + "/modelServer/flags/contextLength", schemaPath: "#/properties/modelServer/properties/flags/properties/contextLength/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
                  if (vErrors === null) {
                    vErrors = [err265];
                  } else {
                    vErrors.push(err265);
                  }
                  errors++;
                }
                if (data120 < 1 || isNaN(data120)) {
                  const err266 = { instancePath: instancePath + "/modelServer/flags/contextLength", schemaPath: "#/properties/modelServer/properties/flags/properties/contextLength/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err266];
                  } else {
                    vErrors.push(err266);
                  }
                  errors++;
                }
              }
            }
            if (data119.maxRunningRequests !== void 0) {
              let data121 = data119.maxRunningRequests;
              if (!(typeof data121 == "number" && (!(data121 % 1) && !isNaN(data121)) && isFinite(data121))) {
                const err267 = { instancePath: instancePath + "/modelServer/flags/maxRunningRequests", schemaPath: "#/properties/modelServer/properties/flags/properties/maxRunningRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err267];
                } else {
                  vErrors.push(err267);
                }
                errors++;
              }
              if (typeof data121 == "number" && isFinite(data121)) {
                if (data121 > 2147483647 || isNaN(data121)) {
                  const err268 = { instancePath: instancePath + "/modelServer/flags/maxRunningRequests", schemaPath: "#/properties/modelServer/properties/flags/properties/maxRunningRequests/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
                  if (vErrors === null) {
                    vErrors = [err268];
                  } else {
                    vErrors.push(err268);
                  }
                  errors++;
                }
                if (data121 < 1 || isNaN(data121)) {
                  const err269 = { instancePath: instancePath + "/modelServer/flags/maxRunningRequests", schemaPath: "#/properties/modelServer/properties/flags/properties/maxRunningRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err269];
                  } else {
                    vErrors.push(err269);
                  }
                  errors++;
                }
              }
            }
            if (data119.maxTotalTokens !== void 0) {
              let data122 = data119.maxTotalTokens;
              if (!(typeof data122 == "number" && (!(data122 % 1) && !isNaN(data122)) && isFinite(data122))) {
                const err270 = { instancePath: instancePath + "/modelServer/flags/maxTotalTokens", schemaPath: "#/properties/modelServer/properties/flags/properties/maxTotalTokens/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err270];
                } else {
                  vErrors.push(err270);
                }
                errors++;
              }
              if (typeof data122 == "number" && isFinite(data122)) {
                if (data122 > 2147483647 || isNaN(data122)) {
                  const err271 = { instancePath: instancePath + "/modelServer/flags/maxTotalTokens", schemaPath: "#/properties/modelServer/properties/flags/properties/maxTotalTokens/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
                  if (vErrors === null) {
                    vErrors = [err271];
                  } else {
                    vErrors.push(err271);
                  }
                  errors++;
                }
                if (data122 < 1 || isNaN(data122)) {
                  const err272 = { instancePath: instancePath + "/modelServer/flags/maxTotalTokens", schemaPath: "#/properties/modelServer/properties/flags/properties/maxTotalTokens/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err272];
                  } else {
                    vErrors.push(err272);
                  }
                  errors++;
                }
              }
            }
            if (data119.enableMetrics !== void 0) {
              if (typeof data119.enableMetrics !== "boolean") {
                const err273 = { instancePath: instancePath + "/modelServer/flags/enableMetrics", schemaPath: "#/properties/modelServer/properties/flags/properties/enableMetrics/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err273];
                } else {
                  vErrors.push(err273);
                }
                errors++;
              }
            }
            if (data119.tensorParallelSize !== void 0) {
              let data124 = data119.tensorParallelSize;
              if (!(typeof data124 == "number" && (!(data124 % 1) && !isNaN(data124)) && isFinite(data124))) {
                const err274 = { instancePath: instancePath + "/modelServer/flags/tensorParallelSize", schemaPath: "#/properties/modelServer/properties/flags/properties/tensorParallelSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err274];
                } else {
                  vErrors.push(err274);
                }
                errors++;
              }
              if (typeof data124 == "number" && isFinite(data124)) {
                if (data124 > 2147483647 || isNaN(data124)) {
                  const err275 = { instancePath: instancePath + "/modelServer/flags/tensorParallelSize", schemaPath: "#/properties/modelServer/properties/flags/properties/tensorParallelSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
                  if (vErrors === null) {
                    vErrors = [err275];
                  } else {
                    vErrors.push(err275);
                  }
                  errors++;
                }
                if (data124 < 1 || isNaN(data124)) {
                  const err276 = { instancePath: instancePath + "/modelServer/flags/tensorParallelSize", schemaPath: "#/properties/modelServer/properties/flags/properties/tensorParallelSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err276];
                  } else {
                    vErrors.push(err276);
                  }
                  errors++;
                }
              }
            }
            if (data119.disableCudaGraph !== void 0) {
              if (typeof data119.disableCudaGraph !== "boolean") {
                const err277 = { instancePath: instancePath + "/modelServer/flags/disableCudaGraph", schemaPath: "#/properties/modelServer/properties/flags/properties/disableCudaGraph/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err277];
                } else {
                  vErrors.push(err277);
                }
                errors++;
              }
            }
            if (data119.memFractionStatic !== void 0) {
              let data126 = data119.memFractionStatic;
              if (typeof data126 == "number" && isFinite(data126)) {
                if (data126 > 1 || isNaN(data126)) {
                  const err278 = { instancePath: instancePath + "/modelServer/flags/memFractionStatic", schemaPath: "#/properties/modelServer/properties/flags/properties/memFractionStatic/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err278];
                  } else {
                    vErrors.push(err278);
                  }
                  errors++;
                }
                if (data126 <= 0 || isNaN(data126)) {
                  const err279 = { instancePath: instancePath + "/modelServer/flags/memFractionStatic", schemaPath: "#/properties/modelServer/properties/flags/properties/memFractionStatic/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err279];
                  } else {
                    vErrors.push(err279);
                  }
                  errors++;
                }
              } else {
                const err280 = { instancePath: instancePath + "/modelServer/flags/memFractionStatic", schemaPath: "#/properties/modelServer/properties/flags/properties/memFractionStatic/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err280];
                } else {
                  vErrors.push(err280);
                }
                errors++;
              }
            }
            if (data119.dtype !== void 0) {
              let data127 = data119.dtype;
              if (typeof data127 !== "string") {
                const err281 = { instancePath: instancePath + "/modelServer/flags/dtype", schemaPath: "#/properties/modelServer/properties/flags/properties/dtype/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err281];
                } else {
                  vErrors.push(err281);
                }
                errors++;
              }
              if (!(data127 === "auto" || data127 === "half" || data127 === "float16" || data127 === "bfloat16" || data127 === "float" || data127 === "float32")) {
                const err282 = { instancePath: instancePath + "/modelServer/flags/dtype", schemaPath: "#/properties/modelServer/properties/flags/properties/dtype/enum", keyword: "enum", params: { allowedValues: schema11.properties.modelServer.properties.flags.properties.dtype.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err282];
                } else {
                  vErrors.push(err282);
                }
                errors++;
              }
            }
            if (data119.trustRemoteCode !== void 0) {
              if (typeof data119.trustRemoteCode !== "boolean") {
                const err283 = { instancePath: instancePath + "/modelServer/flags/trustRemoteCode", schemaPath: "#/properties/modelServer/properties/flags/properties/trustRemoteCode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err283];
                } else {
                  vErrors.push(err283);
                }
                errors++;
              }
            }
            if (data119.enableTrace !== void 0) {
              if (typeof data119.enableTrace !== "boolean") {
                const err284 = { instancePath: instancePath + "/modelServer/flags/enableTrace", schemaPath: "#/properties/modelServer/properties/flags/properties/enableTrace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err284];
                } else {
                  vErrors.push(err284);
                }
                errors++;
              }
            }
            if (data119.port !== void 0) {
              let data130 = data119.port;
              if (!(typeof data130 == "number" && (!(data130 % 1) && !isNaN(data130)) && isFinite(data130))) {
                const err285 = { instancePath: instancePath + "/modelServer/flags/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err285];
                } else {
                  vErrors.push(err285);
                }
                errors++;
              }
              if (typeof data130 == "number" && isFinite(data130)) {
                if (data130 > 65535 || isNaN(data130)) {
                  const err286 = { instancePath: instancePath + "/modelServer/flags/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
                  if (vErrors === null) {
                    vErrors = [err286];
                  } else {
                    vErrors.push(err286);
                  }
                  errors++;
                }
                if (data130 < 1 || isNaN(data130)) {
                  const err287 = { instancePath: instancePath + "/modelServer/flags/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err287];
                  } else {
                    vErrors.push(err287);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err288 = { instancePath: instancePath + "/modelServer/flags", schemaPath: "#/properties/modelServer/properties/flags/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err288];
            } else {
              vErrors.push(err288);
            }
            errors++;
          }
        }
        if (data108.vllm !== void 0) {
          let data131 = data108.vllm;
          if (data131 && typeof data131 == "object" && !Array.isArray(data131)) {
            for (const key27 in data131) {
              if (!func2.call(schema11.properties.modelServer.properties.vllm.properties, key27)) {
                const err289 = { instancePath: instancePath + "/modelServer/vllm", schemaPath: "#/properties/modelServer/properties/vllm/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err289];
                } else {
                  vErrors.push(err289);
                }
                errors++;
              }
            }
            if (data131.servedModelName !== void 0) {
              let data132 = data131.servedModelName;
              if (typeof data132 === "string") {
                if (func3(data132) > 200) {
                  const err290 = { instancePath: instancePath + "/modelServer/vllm/servedModelName", schemaPath: "#/properties/modelServer/properties/vllm/properties/servedModelName/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                  if (vErrors === null) {
                    vErrors = [err290];
                  } else {
                    vErrors.push(err290);
                  }
                  errors++;
                }
                if (!pattern60.test(data132)) {
                  const err291 = { instancePath: instancePath + "/modelServer/vllm/servedModelName", schemaPath: "#/properties/modelServer/properties/vllm/properties/servedModelName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/:@+-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._/:@+-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err291];
                  } else {
                    vErrors.push(err291);
                  }
                  errors++;
                }
              } else {
                const err292 = { instancePath: instancePath + "/modelServer/vllm/servedModelName", schemaPath: "#/properties/modelServer/properties/vllm/properties/servedModelName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err292];
                } else {
                  vErrors.push(err292);
                }
                errors++;
              }
            }
            if (data131.maxModelLen !== void 0) {
              let data133 = data131.maxModelLen;
              if (!(typeof data133 == "number" && (!(data133 % 1) && !isNaN(data133)) && isFinite(data133))) {
                const err293 = { instancePath: instancePath + "/modelServer/vllm/maxModelLen", schemaPath: "#/properties/modelServer/properties/vllm/properties/maxModelLen/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err293];
                } else {
                  vErrors.push(err293);
                }
                errors++;
              }
              if (typeof data133 == "number" && isFinite(data133)) {
                if (data133 > 2147483647 || isNaN(data133)) {
                  const err294 = { instancePath: instancePath + "/modelServer/vllm/maxModelLen", schemaPath: "#/properties/modelServer/properties/vllm/properties/maxModelLen/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
                  if (vErrors === null) {
                    vErrors = [err294];
                  } else {
                    vErrors.push(err294);
                  }
                  errors++;
                }
                if (data133 < 1 || isNaN(data133)) {
                  const err295 = { instancePath: instancePath + "/modelServer/vllm/maxModelLen", schemaPath: "#/properties/modelServer/properties/vllm/properties/maxModelLen/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err295];
                  } else {
                    vErrors.push(err295);
                  }
                  errors++;
                }
              }
            }
            if (data131.tensorParallelSize !== void 0) {
              let data134 = data131.tensorParallelSize;
              if (!(typeof data134 == "number" && (!(data134 % 1) && !isNaN(data134)) && isFinite(data134))) {
                const err296 = { instancePath: instancePath + "/modelServer/vllm/tensorParallelSize", schemaPath: "#/properties/modelServer/properties/vllm/properties/tensorParallelSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err296];
                } else {
                  vErrors.push(err296);
                }
                errors++;
              }
              if (typeof data134 == "number" && isFinite(data134)) {
                if (data134 > 1024 || isNaN(data134)) {
                  const err297 = { instancePath: instancePath + "/modelServer/vllm/tensorParallelSize", schemaPath: "#/properties/modelServer/properties/vllm/properties/tensorParallelSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1024 }, message: "must be <= 1024" };
                  if (vErrors === null) {
                    vErrors = [err297];
                  } else {
                    vErrors.push(err297);
                  }
                  errors++;
                }
                if (data134 < 1 || isNaN(data134)) {
                  const err298 = { instancePath: instancePath + "/modelServer/vllm/tensorParallelSize", schemaPath: "#/properties/modelServer/properties/vllm/properties/tensorParallelSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err298];
                  } else {
                    vErrors.push(err298);
                  }
                  errors++;
                }
              }
            }
            if (data131.pipelineParallelSize !== void 0) {
              let data135 = data131.pipelineParallelSize;
              if (!(typeof data135 == "number" && (!(data135 % 1) && !isNaN(data135)) && isFinite(data135))) {
                const err299 = { instancePath: instancePath + "/modelServer/vllm/pipelineParallelSize", schemaPath: "#/properties/modelServer/properties/vllm/properties/pipelineParallelSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err299];
                } else {
                  vErrors.push(err299);
                }
                errors++;
              }
              if (typeof data135 == "number" && isFinite(data135)) {
                if (data135 > 1024 || isNaN(data135)) {
                  const err300 = { instancePath: instancePath + "/modelServer/vllm/pipelineParallelSize", schemaPath: "#/properties/modelServer/properties/vllm/properties/pipelineParallelSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1024 }, message: "must be <= 1024" };
                  if (vErrors === null) {
                    vErrors = [err300];
                  } else {
                    vErrors.push(err300);
                  }
                  errors++;
                }
                if (data135 < 1 || isNaN(data135)) {
                  const err301 = { instancePath: instancePath + "/modelServer/vllm/pipelineParallelSize", schemaPath: "#/properties/modelServer/properties/vllm/properties/pipelineParallelSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err301];
                  } else {
                    vErrors.push(err301);
                  }
                  errors++;
                }
              }
            }
            if (data131.gpuMemoryUtilization !== void 0) {
              let data136 = data131.gpuMemoryUtilization;
              if (typeof data136 == "number" && isFinite(data136)) {
                if (data136 > 1 || isNaN(data136)) {
                  const err302 = { instancePath: instancePath + "/modelServer/vllm/gpuMemoryUtilization", schemaPath: "#/properties/modelServer/properties/vllm/properties/gpuMemoryUtilization/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err302];
                  } else {
                    vErrors.push(err302);
                  }
                  errors++;
                }
                if (data136 <= 0 || isNaN(data136)) {
                  const err303 = { instancePath: instancePath + "/modelServer/vllm/gpuMemoryUtilization", schemaPath: "#/properties/modelServer/properties/vllm/properties/gpuMemoryUtilization/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err303];
                  } else {
                    vErrors.push(err303);
                  }
                  errors++;
                }
              } else {
                const err304 = { instancePath: instancePath + "/modelServer/vllm/gpuMemoryUtilization", schemaPath: "#/properties/modelServer/properties/vllm/properties/gpuMemoryUtilization/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err304];
                } else {
                  vErrors.push(err304);
                }
                errors++;
              }
            }
            if (data131.maxNumSeqs !== void 0) {
              let data137 = data131.maxNumSeqs;
              if (!(typeof data137 == "number" && (!(data137 % 1) && !isNaN(data137)) && isFinite(data137))) {
                const err305 = { instancePath: instancePath + "/modelServer/vllm/maxNumSeqs", schemaPath: "#/properties/modelServer/properties/vllm/properties/maxNumSeqs/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err305];
                } else {
                  vErrors.push(err305);
                }
                errors++;
              }
              if (typeof data137 == "number" && isFinite(data137)) {
                if (data137 > 2147483647 || isNaN(data137)) {
                  const err306 = { instancePath: instancePath + "/modelServer/vllm/maxNumSeqs", schemaPath: "#/properties/modelServer/properties/vllm/properties/maxNumSeqs/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
                  if (vErrors === null) {
                    vErrors = [err306];
                  } else {
                    vErrors.push(err306);
                  }
                  errors++;
                }
                if (data137 < 1 || isNaN(data137)) {
                  const err307 = { instancePath: instancePath + "/modelServer/vllm/maxNumSeqs", schemaPath: "#/properties/modelServer/properties/vllm/properties/maxNumSeqs/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err307];
                  } else {
                    vErrors.push(err307);
                  }
                  errors++;
                }
              }
            }
            if (data131.enablePrefixCaching !== void 0) {
              if (typeof data131.enablePrefixCaching !== "boolean") {
                const err308 = { instancePath: instancePath + "/modelServer/vllm/enablePrefixCaching", schemaPath: "#/properties/modelServer/properties/vllm/properties/enablePrefixCaching/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err308];
                } else {
                  vErrors.push(err308);
                }
                errors++;
              }
            }
            if (data131.dtype !== void 0) {
              let data139 = data131.dtype;
              if (typeof data139 !== "string") {
                const err309 = { instancePath: instancePath + "/modelServer/vllm/dtype", schemaPath: "#/properties/modelServer/properties/vllm/properties/dtype/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err309];
                } else {
                  vErrors.push(err309);
                }
                errors++;
              }
              if (!(data139 === "auto" || data139 === "half" || data139 === "float16" || data139 === "bfloat16" || data139 === "float" || data139 === "float32")) {
                const err310 = { instancePath: instancePath + "/modelServer/vllm/dtype", schemaPath: "#/properties/modelServer/properties/vllm/properties/dtype/enum", keyword: "enum", params: { allowedValues: schema11.properties.modelServer.properties.vllm.properties.dtype.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err310];
                } else {
                  vErrors.push(err310);
                }
                errors++;
              }
            }
            if (data131.trustRemoteCode !== void 0) {
              if (typeof data131.trustRemoteCode !== "boolean") {
                const err311 = { instancePath: instancePath + "/modelServer/vllm/trustRemoteCode", schemaPath: "#/properties/modelServer/properties/vllm/properties/trustRemoteCode/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err311];
                } else {
                  vErrors.push(err311);
                }
                errors++;
              }
            }
            if (data131.enableTrace !== void 0) {
              if (typeof data131.enableTrace !== "boolean") {
                const err312 = { instancePath: instancePath + "/modelServer/vllm/enableTrace", schemaPath: "#/properties/modelServer/properties/vllm/properties/enableTrace/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err312];
                } else {
                  vErrors.push(err312);
                }
                errors++;
              }
            }
          } else {
            const err313 = { instancePath: instancePath + "/modelServer/vllm", schemaPath: "#/properties/modelServer/properties/vllm/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err313];
            } else {
              vErrors.push(err313);
            }
            errors++;
          }
        }
        if (data108.extraArgs !== void 0) {
          let data142 = data108.extraArgs;
          if (Array.isArray(data142)) {
            const len8 = data142.length;
            for (let i11 = 0; i11 < len8; i11++) {
              let data143 = data142[i11];
              if (typeof data143 === "string") {
                if (func3(data143) < 1) {
                  const err314 = { instancePath: instancePath + "/modelServer/extraArgs/" + i11, schemaPath: "#/properties/modelServer/properties/extraArgs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err314];
                  } else {
                    vErrors.push(err314);
                  }
                  errors++;
                }
                if (!pattern1.test(data143)) {
                  const err315 = { instancePath: instancePath + "/modelServer/extraArgs/" + i11, schemaPath: "#/properties/modelServer/properties/extraArgs/items/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$"' };
                  if (vErrors === null) {
                    vErrors = [err315];
                  } else {
                    vErrors.push(err315);
                  }
                  errors++;
                }
              } else {
                const err316 = { instancePath: instancePath + "/modelServer/extraArgs/" + i11, schemaPath: "#/properties/modelServer/properties/extraArgs/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err316];
                } else {
                  vErrors.push(err316);
                }
                errors++;
              }
            }
          } else {
            const err317 = { instancePath: instancePath + "/modelServer/extraArgs", schemaPath: "#/properties/modelServer/properties/extraArgs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err317];
            } else {
              vErrors.push(err317);
            }
            errors++;
          }
        }
      } else {
        const err318 = { instancePath: instancePath + "/modelServer", schemaPath: "#/properties/modelServer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err318];
        } else {
          vErrors.push(err318);
        }
        errors++;
      }
    }
    if (data.devcontainer !== void 0) {
      let data144 = data.devcontainer;
      if (data144 && typeof data144 == "object" && !Array.isArray(data144)) {
        for (const key28 in data144) {
          if (!(key28 === "name" || key28 === "workspaceFolder" || key28 === "workspaceRoot" || key28 === "extensions" || key28 === "schemaPath" || key28 === "initializeStorage")) {
            const err319 = { instancePath: instancePath + "/devcontainer", schemaPath: "#/properties/devcontainer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err319];
            } else {
              vErrors.push(err319);
            }
            errors++;
          }
        }
        if (data144.name !== void 0) {
          let data145 = data144.name;
          if (typeof data145 === "string") {
            if (func3(data145) > 100) {
              const err320 = { instancePath: instancePath + "/devcontainer/name", schemaPath: "#/properties/devcontainer/properties/name/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
              if (vErrors === null) {
                vErrors = [err320];
              } else {
                vErrors.push(err320);
              }
              errors++;
            }
            if (!pattern1.test(data145)) {
              const err321 = { instancePath: instancePath + "/devcontainer/name", schemaPath: "#/properties/devcontainer/properties/name/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" }, message: 'must match pattern "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$"' };
              if (vErrors === null) {
                vErrors = [err321];
              } else {
                vErrors.push(err321);
              }
              errors++;
            }
          } else {
            const err322 = { instancePath: instancePath + "/devcontainer/name", schemaPath: "#/properties/devcontainer/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err322];
            } else {
              vErrors.push(err322);
            }
            errors++;
          }
        }
        if (data144.workspaceFolder !== void 0) {
          let data146 = data144.workspaceFolder;
          if (typeof data146 === "string") {
            if (!pattern19.test(data146)) {
              const err323 = { instancePath: instancePath + "/devcontainer/workspaceFolder", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
              if (vErrors === null) {
                vErrors = [err323];
              } else {
                vErrors.push(err323);
              }
              errors++;
            }
          } else {
            const err324 = { instancePath: instancePath + "/devcontainer/workspaceFolder", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err324];
            } else {
              vErrors.push(err324);
            }
            errors++;
          }
        }
        if (data144.workspaceRoot !== void 0) {
          let data147 = data144.workspaceRoot;
          if (typeof data147 === "string") {
            if (func3(data147) < 1) {
              const err325 = { instancePath: instancePath + "/devcontainer/workspaceRoot", schemaPath: "#/definitions/hostPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err325];
              } else {
                vErrors.push(err325);
              }
              errors++;
            }
            if (!pattern10.test(data147)) {
              const err326 = { instancePath: instancePath + "/devcontainer/workspaceRoot", schemaPath: "#/definitions/hostPath/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/@+-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/@+-]+$"' };
              if (vErrors === null) {
                vErrors = [err326];
              } else {
                vErrors.push(err326);
              }
              errors++;
            }
          } else {
            const err327 = { instancePath: instancePath + "/devcontainer/workspaceRoot", schemaPath: "#/definitions/hostPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err327];
            } else {
              vErrors.push(err327);
            }
            errors++;
          }
        }
        if (data144.extensions !== void 0) {
          let data148 = data144.extensions;
          if (Array.isArray(data148)) {
            const len9 = data148.length;
            for (let i12 = 0; i12 < len9; i12++) {
              let data149 = data148[i12];
              if (typeof data149 === "string") {
                if (!pattern65.test(data149)) {
                  const err328 = { instancePath: instancePath + "/devcontainer/extensions/" + i12, schemaPath: "#/properties/devcontainer/properties/extensions/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+\\.[a-zA-Z0-9-]+$" }, message: 'must match pattern "^[a-z0-9-]+\\.[a-zA-Z0-9-]+$"' };
                  if (vErrors === null) {
                    vErrors = [err328];
                  } else {
                    vErrors.push(err328);
                  }
                  errors++;
                }
              } else {
                const err329 = { instancePath: instancePath + "/devcontainer/extensions/" + i12, schemaPath: "#/properties/devcontainer/properties/extensions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err329];
                } else {
                  vErrors.push(err329);
                }
                errors++;
              }
            }
            let i13 = data148.length;
            let j3;
            if (i13 > 1) {
              const indices2 = {};
              for (; i13--; ) {
                let item2 = data148[i13];
                if (typeof item2 !== "string") {
                  continue;
                }
                if (typeof indices2[item2] == "number") {
                  j3 = indices2[item2];
                  const err330 = { instancePath: instancePath + "/devcontainer/extensions", schemaPath: "#/properties/devcontainer/properties/extensions/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i13 + " are identical)" };
                  if (vErrors === null) {
                    vErrors = [err330];
                  } else {
                    vErrors.push(err330);
                  }
                  errors++;
                  break;
                }
                indices2[item2] = i13;
              }
            }
          } else {
            const err331 = { instancePath: instancePath + "/devcontainer/extensions", schemaPath: "#/properties/devcontainer/properties/extensions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err331];
            } else {
              vErrors.push(err331);
            }
            errors++;
          }
        }
        if (data144.schemaPath !== void 0) {
          let data150 = data144.schemaPath;
          if (typeof data150 !== "string" && data150 !== null) {
            const err332 = { instancePath: instancePath + "/devcontainer/schemaPath", schemaPath: "#/properties/devcontainer/properties/schemaPath/type", keyword: "type", params: { type: schema11.properties.devcontainer.properties.schemaPath.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err332];
            } else {
              vErrors.push(err332);
            }
            errors++;
          }
          if (typeof data150 === "string") {
            if (!pattern66.test(data150)) {
              const err333 = { instancePath: instancePath + "/devcontainer/schemaPath", schemaPath: "#/properties/devcontainer/properties/schemaPath/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/@:+-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/@:+-]+$"' };
              if (vErrors === null) {
                vErrors = [err333];
              } else {
                vErrors.push(err333);
              }
              errors++;
            }
          }
        }
        if (data144.initializeStorage !== void 0) {
          if (typeof data144.initializeStorage !== "boolean") {
            const err334 = { instancePath: instancePath + "/devcontainer/initializeStorage", schemaPath: "#/properties/devcontainer/properties/initializeStorage/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err334];
            } else {
              vErrors.push(err334);
            }
            errors++;
          }
        }
      } else {
        const err335 = { instancePath: instancePath + "/devcontainer", schemaPath: "#/properties/devcontainer/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err335];
        } else {
          vErrors.push(err335);
        }
        errors++;
      }
    }
    if (data.alerting !== void 0) {
      let data152 = data.alerting;
      if (data152 && typeof data152 == "object" && !Array.isArray(data152)) {
        for (const key29 in data152) {
          if (!(key29 === "enabled" || key29 === "alertmanagers" || key29 === "packs" || key29 === "disable" || key29 === "for" || key29 === "thresholds")) {
            const err336 = { instancePath: instancePath + "/alerting", schemaPath: "#/properties/alerting/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key29 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err336];
            } else {
              vErrors.push(err336);
            }
            errors++;
          }
        }
        if (data152.enabled !== void 0) {
          if (typeof data152.enabled !== "boolean") {
            const err337 = { instancePath: instancePath + "/alerting/enabled", schemaPath: "#/properties/alerting/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err337];
            } else {
              vErrors.push(err337);
            }
            errors++;
          }
        }
        if (data152.alertmanagers !== void 0) {
          let data154 = data152.alertmanagers;
          if (Array.isArray(data154)) {
            const len10 = data154.length;
            for (let i14 = 0; i14 < len10; i14++) {
              let data155 = data154[i14];
              if (typeof data155 === "string") {
                if (!pattern42.test(data155)) {
                  const err338 = { instancePath: instancePath + "/alerting/alertmanagers/" + i14, schemaPath: "#/properties/alerting/properties/alertmanagers/items/pattern", keyword: "pattern", params: { pattern: "^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_][A-Za-z0-9_.-]*):([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$" }, message: 'must match pattern "^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_][A-Za-z0-9_.-]*):([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$"' };
                  if (vErrors === null) {
                    vErrors = [err338];
                  } else {
                    vErrors.push(err338);
                  }
                  errors++;
                }
              } else {
                const err339 = { instancePath: instancePath + "/alerting/alertmanagers/" + i14, schemaPath: "#/properties/alerting/properties/alertmanagers/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err339];
                } else {
                  vErrors.push(err339);
                }
                errors++;
              }
            }
          } else {
            const err340 = { instancePath: instancePath + "/alerting/alertmanagers", schemaPath: "#/properties/alerting/properties/alertmanagers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err340];
            } else {
              vErrors.push(err340);
            }
            errors++;
          }
        }
        if (data152.packs !== void 0) {
          let data156 = data152.packs;
          if (data156 && typeof data156 == "object" && !Array.isArray(data156)) {
            for (const key30 in data156) {
              if (!(key30 === "gpu" || key30 === "serving" || key30 === "stack")) {
                const err341 = { instancePath: instancePath + "/alerting/packs", schemaPath: "#/properties/alerting/properties/packs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key30 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err341];
                } else {
                  vErrors.push(err341);
                }
                errors++;
              }
            }
            if (data156.gpu !== void 0) {
              if (typeof data156.gpu !== "boolean") {
                const err342 = { instancePath: instancePath + "/alerting/packs/gpu", schemaPath: "#/properties/alerting/properties/packs/properties/gpu/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err342];
                } else {
                  vErrors.push(err342);
                }
                errors++;
              }
            }
            if (data156.serving !== void 0) {
              if (typeof data156.serving !== "boolean") {
                const err343 = { instancePath: instancePath + "/alerting/packs/serving", schemaPath: "#/properties/alerting/properties/packs/properties/serving/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err343];
                } else {
                  vErrors.push(err343);
                }
                errors++;
              }
            }
            if (data156.stack !== void 0) {
              if (typeof data156.stack !== "boolean") {
                const err344 = { instancePath: instancePath + "/alerting/packs/stack", schemaPath: "#/properties/alerting/properties/packs/properties/stack/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err344];
                } else {
                  vErrors.push(err344);
                }
                errors++;
              }
            }
          } else {
            const err345 = { instancePath: instancePath + "/alerting/packs", schemaPath: "#/properties/alerting/properties/packs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err345];
            } else {
              vErrors.push(err345);
            }
            errors++;
          }
        }
        if (data152.disable !== void 0) {
          let data160 = data152.disable;
          if (Array.isArray(data160)) {
            const len11 = data160.length;
            for (let i15 = 0; i15 < len11; i15++) {
              let data161 = data160[i15];
              if (typeof data161 !== "string") {
                const err346 = { instancePath: instancePath + "/alerting/disable/" + i15, schemaPath: "#/definitions/alertName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err346];
                } else {
                  vErrors.push(err346);
                }
                errors++;
              }
              if (!(data161 === "Watchdog" || data161 === "TargetDown" || data161 === "PrometheusRuleEvaluationFailures" || data161 === "PrometheusWalCorruptions" || data161 === "PrometheusTsdbCompactionsFailing" || data161 === "PrometheusTsdbReloadsFailing" || data161 === "PrometheusWalWritesFailing" || data161 === "PrometheusConfigReloadFailed" || data161 === "PrometheusNotificationsFailing" || data161 === "PrometheusRemoteWriteFailing" || data161 === "AlertmanagerNotificationsFailing" || data161 === "JaegerRefusingSpans" || data161 === "JaegerExportFailing" || data161 === "ContainerOomKilled" || data161 === "ContainerRestarted" || data161 === "GpuXidErrors" || data161 === "GpuThermalThrottling" || data161 === "GpuPowerThrottling" || data161 === "GpuEccUncorrectableErrors" || data161 === "GpuRowRemapFailed" || data161 === "GpuRowsRemappedUncorrectable" || data161 === "GpuMemoryNearlyFull" || data161 === "GpuMissing" || data161 === "DcgmExporterDown" || data161 === "ModelServerDown" || data161 === "ModelServerQueueGrowing" || data161 === "TimeToFirstTokenHigh" || data161 === "InterTokenLatencyHigh" || data161 === "KvCachePressure" || data161 === "RequestsAborted" || data161 === "RequestsRetracted" || data161 === "RequestsPreempted")) {
                const err347 = { instancePath: instancePath + "/alerting/disable/" + i15, schemaPath: "#/definitions/alertName/enum", keyword: "enum", params: { allowedValues: schema55.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err347];
                } else {
                  vErrors.push(err347);
                }
                errors++;
              }
            }
            let i16 = data160.length;
            let j4;
            if (i16 > 1) {
              outer1: for (; i16--; ) {
                for (j4 = i16; j4--; ) {
                  if (func0(data160[i16], data160[j4])) {
                    const err348 = { instancePath: instancePath + "/alerting/disable", schemaPath: "#/properties/alerting/properties/disable/uniqueItems", keyword: "uniqueItems", params: { i: i16, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i16 + " are identical)" };
                    if (vErrors === null) {
                      vErrors = [err348];
                    } else {
                      vErrors.push(err348);
                    }
                    errors++;
                    break outer1;
                  }
                }
              }
            }
          } else {
            const err349 = { instancePath: instancePath + "/alerting/disable", schemaPath: "#/properties/alerting/properties/disable/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err349];
            } else {
              vErrors.push(err349);
            }
            errors++;
          }
        }
        if (data152.for !== void 0) {
          let data162 = data152.for;
          if (data162 && typeof data162 == "object" && !Array.isArray(data162)) {
            for (const key31 in data162) {
              const _errs407 = errors;
              if (typeof key31 !== "string") {
                const err350 = { instancePath: instancePath + "/alerting/for", schemaPath: "#/definitions/alertName/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key31 };
                if (vErrors === null) {
                  vErrors = [err350];
                } else {
                  vErrors.push(err350);
                }
                errors++;
              }
              if (!(key31 === "Watchdog" || key31 === "TargetDown" || key31 === "PrometheusRuleEvaluationFailures" || key31 === "PrometheusWalCorruptions" || key31 === "PrometheusTsdbCompactionsFailing" || key31 === "PrometheusTsdbReloadsFailing" || key31 === "PrometheusWalWritesFailing" || key31 === "PrometheusConfigReloadFailed" || key31 === "PrometheusNotificationsFailing" || key31 === "PrometheusRemoteWriteFailing" || key31 === "AlertmanagerNotificationsFailing" || key31 === "JaegerRefusingSpans" || key31 === "JaegerExportFailing" || key31 === "ContainerOomKilled" || key31 === "ContainerRestarted" || key31 === "GpuXidErrors" || key31 === "GpuThermalThrottling" || key31 === "GpuPowerThrottling" || key31 === "GpuEccUncorrectableErrors" || key31 === "GpuRowRemapFailed" || key31 === "GpuRowsRemappedUncorrectable" || key31 === "GpuMemoryNearlyFull" || key31 === "GpuMissing" || key31 === "DcgmExporterDown" || key31 === "ModelServerDown" || key31 === "ModelServerQueueGrowing" || key31 === "TimeToFirstTokenHigh" || key31 === "InterTokenLatencyHigh" || key31 === "KvCachePressure" || key31 === "RequestsAborted" || key31 === "RequestsRetracted" || key31 === "RequestsPreempted")) {
                const err351 = { instancePath: instancePath + "/alerting/for", schemaPath: "#/definitions/alertName/enum", keyword: "enum", params: { allowedValues: schema55.enum }, message: "must be equal to one of the allowed values", propertyName: key31 };
                if (vErrors === null) {
                  vErrors = [err351];
                } else {
                  vErrors.push(err351);
                }
                errors++;
              }
              var valid104 = _errs407 === errors;
              if (!valid104) {
                const err352 = { instancePath: instancePath + "/alerting/for", schemaPath: "#/properties/alerting/properties/for/propertyNames", keyword: "propertyNames", params: { propertyName: key31 }, message: "property name must be valid" };
                if (vErrors === null) {
                  vErrors = [err352];
                } else {
                  vErrors.push(err352);
                }
                errors++;
              }
            }
            for (const key32 in data162) {
              let data163 = data162[key32];
              if (typeof data163 === "string") {
                if (!pattern25.test(data163)) {
                  const err353 = { instancePath: instancePath + "/alerting/for/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
                  if (vErrors === null) {
                    vErrors = [err353];
                  } else {
                    vErrors.push(err353);
                  }
                  errors++;
                }
              } else {
                const err354 = { instancePath: instancePath + "/alerting/for/" + key32.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err354];
                } else {
                  vErrors.push(err354);
                }
                errors++;
              }
            }
          } else {
            const err355 = { instancePath: instancePath + "/alerting/for", schemaPath: "#/properties/alerting/properties/for/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err355];
            } else {
              vErrors.push(err355);
            }
            errors++;
          }
        }
        if (data152.thresholds !== void 0) {
          let data164 = data152.thresholds;
          if (data164 && typeof data164 == "object" && !Array.isArray(data164)) {
            for (const key33 in data164) {
              if (!func2.call(schema11.properties.alerting.properties.thresholds.properties, key33)) {
                const err356 = { instancePath: instancePath + "/alerting/thresholds", schemaPath: "#/properties/alerting/properties/thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key33 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err356];
                } else {
                  vErrors.push(err356);
                }
                errors++;
              }
            }
            if (data164.gpuMemoryUsedRatio !== void 0) {
              let data165 = data164.gpuMemoryUsedRatio;
              if (typeof data165 == "number" && isFinite(data165)) {
                if (data165 > 1 || isNaN(data165)) {
                  const err357 = { instancePath: instancePath + "/alerting/thresholds/gpuMemoryUsedRatio", schemaPath: "#/properties/alerting/properties/thresholds/properties/gpuMemoryUsedRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err357];
                  } else {
                    vErrors.push(err357);
                  }
                  errors++;
                }
                if (data165 < 0 || isNaN(data165)) {
                  const err358 = { instancePath: instancePath + "/alerting/thresholds/gpuMemoryUsedRatio", schemaPath: "#/properties/alerting/properties/thresholds/properties/gpuMemoryUsedRatio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err358];
                  } else {
                    vErrors.push(err358);
                  }
                  errors++;
                }
              } else {
                const err359 = { instancePath: instancePath + "/alerting/thresholds/gpuMemoryUsedRatio", schemaPath: "#/properties/alerting/properties/thresholds/properties/gpuMemoryUsedRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err359];
                } else {
                  vErrors.push(err359);
                }
                errors++;
              }
            }
            if (data164.gpuThrottleRatio !== void 0) {
              let data166 = data164.gpuThrottleRatio;
              if (typeof data166 == "number" && isFinite(data166)) {
                if (data166 > 1 || isNaN(data166)) {
                  const err360 = { instancePath: instancePath + "/alerting/thresholds/gpuThrottleRatio", schemaPath: "#/properties/alerting/properties/thresholds/properties/gpuThrottleRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err360];
                  } else {
                    vErrors.push(err360);
                  }
                  errors++;
                }
                if (data166 < 0 || isNaN(data166)) {
                  const err361 = { instancePath: instancePath + "/alerting/thresholds/gpuThrottleRatio", schemaPath: "#/properties/alerting/properties/thresholds/properties/gpuThrottleRatio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err361];
                  } else {
                    vErrors.push(err361);
                  }
                  errors++;
                }
              } else {
                const err362 = { instancePath: instancePath + "/alerting/thresholds/gpuThrottleRatio", schemaPath: "#/properties/alerting/properties/thresholds/properties/gpuThrottleRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err362];
                } else {
                  vErrors.push(err362);
                }
                errors++;
              }
            }
            if (data164.latencyQuantile !== void 0) {
              let data167 = data164.latencyQuantile;
              if (typeof data167 == "number" && isFinite(data167)) {
                if (data167 >= 1 || isNaN(data167)) {
                  const err363 = { instancePath: instancePath + "/alerting/thresholds/latencyQuantile", schemaPath: "#/properties/alerting/properties/thresholds/properties/latencyQuantile/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" };
                  if (vErrors === null) {
                    vErrors = [err363];
                  } else {
                    vErrors.push(err363);
                  }
                  errors++;
                }
                if (data167 <= 0 || isNaN(data167)) {
                  const err364 = { instancePath: instancePath + "/alerting/thresholds/latencyQuantile", schemaPath: "#/properties/alerting/properties/thresholds/properties/latencyQuantile/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err364];
                  } else {
                    vErrors.push(err364);
                  }
                  errors++;
                }
              } else {
                const err365 = { instancePath: instancePath + "/alerting/thresholds/latencyQuantile", schemaPath: "#/properties/alerting/properties/thresholds/properties/latencyQuantile/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err365];
                } else {
                  vErrors.push(err365);
                }
                errors++;
              }
            }
            if (data164.ttftSeconds !== void 0) {
              let data168 = data164.ttftSeconds;
              if (typeof data168 == "number" && isFinite(data168)) {
                if (data168 <= 0 || isNaN(data168)) {
                  const err366 = { instancePath: instancePath + "/alerting/thresholds/ttftSeconds", schemaPath: "#/properties/alerting/properties/thresholds/properties/ttftSeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err366];
                  } else {
                    vErrors.push(err366);
                  }
                  errors++;
                }
              } else {
                const err367 = { instancePath: instancePath + "/alerting/thresholds/ttftSeconds", schemaPath: "#/properties/alerting/properties/thresholds/properties/ttftSeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err367];
                } else {
                  vErrors.push(err367);
                }
                errors++;
              }
            }
            if (data164.interTokenLatencySeconds !== void 0) {
              let data169 = data164.interTokenLatencySeconds;
              if (typeof data169 == "number" && isFinite(data169)) {
                if (data169 <= 0 || isNaN(data169)) {
                  const err368 = { instancePath: instancePath + "/alerting/thresholds/interTokenLatencySeconds", schemaPath: "#/properties/alerting/properties/thresholds/properties/interTokenLatencySeconds/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                  if (vErrors === null) {
                    vErrors = [err368];
                  } else {
                    vErrors.push(err368);
                  }
                  errors++;
                }
              } else {
                const err369 = { instancePath: instancePath + "/alerting/thresholds/interTokenLatencySeconds", schemaPath: "#/properties/alerting/properties/thresholds/properties/interTokenLatencySeconds/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err369];
                } else {
                  vErrors.push(err369);
                }
                errors++;
              }
            }
            if (data164.queueRequests !== void 0) {
              let data170 = data164.queueRequests;
              if (!(typeof data170 == "number" && (!(data170 % 1) && !isNaN(data170)) && isFinite(data170))) {
                const err370 = { instancePath: instancePath + "/alerting/thresholds/queueRequests", schemaPath: "#/properties/alerting/properties/thresholds/properties/queueRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err370];
                } else {
                  vErrors.push(err370);
                }
                errors++;
              }
              if (typeof data170 == "number" && isFinite(data170)) {
                if (data170 > 1e6 || isNaN(data170)) {
                  const err371 = { instancePath: instancePath + "/alerting/thresholds/queueRequests", schemaPath: "#/properties/alerting/properties/thresholds/properties/queueRequests/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000" };
                  if (vErrors === null) {
                    vErrors = [err371];
                  } else {
                    vErrors.push(err371);
                  }
                  errors++;
                }
                if (data170 < 0 || isNaN(data170)) {
                  const err372 = { instancePath: instancePath + "/alerting/thresholds/queueRequests", schemaPath: "#/properties/alerting/properties/thresholds/properties/queueRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err372];
                  } else {
                    vErrors.push(err372);
                  }
                  errors++;
                }
              }
            }
            if (data164.kvCacheUsageRatio !== void 0) {
              let data171 = data164.kvCacheUsageRatio;
              if (typeof data171 == "number" && isFinite(data171)) {
                if (data171 > 1 || isNaN(data171)) {
                  const err373 = { instancePath: instancePath + "/alerting/thresholds/kvCacheUsageRatio", schemaPath: "#/properties/alerting/properties/thresholds/properties/kvCacheUsageRatio/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
                  if (vErrors === null) {
                    vErrors = [err373];
                  } else {
                    vErrors.push(err373);
                  }
                  errors++;
                }
                if (data171 < 0 || isNaN(data171)) {
                  const err374 = { instancePath: instancePath + "/alerting/thresholds/kvCacheUsageRatio", schemaPath: "#/properties/alerting/properties/thresholds/properties/kvCacheUsageRatio/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err374];
                  } else {
                    vErrors.push(err374);
                  }
                  errors++;
                }
              } else {
                const err375 = { instancePath: instancePath + "/alerting/thresholds/kvCacheUsageRatio", schemaPath: "#/properties/alerting/properties/thresholds/properties/kvCacheUsageRatio/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err375];
                } else {
                  vErrors.push(err375);
                }
                errors++;
              }
            }
            if (data164.abortedRequests !== void 0) {
              let data172 = data164.abortedRequests;
              if (!(typeof data172 == "number" && (!(data172 % 1) && !isNaN(data172)) && isFinite(data172))) {
                const err376 = { instancePath: instancePath + "/alerting/thresholds/abortedRequests", schemaPath: "#/properties/alerting/properties/thresholds/properties/abortedRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err376];
                } else {
                  vErrors.push(err376);
                }
                errors++;
              }
              if (typeof data172 == "number" && isFinite(data172)) {
                if (data172 > 1e6 || isNaN(data172)) {
                  const err377 = { instancePath: instancePath + "/alerting/thresholds/abortedRequests", schemaPath: "#/properties/alerting/properties/thresholds/properties/abortedRequests/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000" };
                  if (vErrors === null) {
                    vErrors = [err377];
                  } else {
                    vErrors.push(err377);
                  }
                  errors++;
                }
                if (data172 < 0 || isNaN(data172)) {
                  const err378 = { instancePath: instancePath + "/alerting/thresholds/abortedRequests", schemaPath: "#/properties/alerting/properties/thresholds/properties/abortedRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err378];
                  } else {
                    vErrors.push(err378);
                  }
                  errors++;
                }
              }
            }
            if (data164.retractedRequests !== void 0) {
              let data173 = data164.retractedRequests;
              if (!(typeof data173 == "number" && (!(data173 % 1) && !isNaN(data173)) && isFinite(data173))) {
                const err379 = { instancePath: instancePath + "/alerting/thresholds/retractedRequests", schemaPath: "#/properties/alerting/properties/thresholds/properties/retractedRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err379];
                } else {
                  vErrors.push(err379);
                }
                errors++;
              }
              if (typeof data173 == "number" && isFinite(data173)) {
                if (data173 > 1e6 || isNaN(data173)) {
                  const err380 = { instancePath: instancePath + "/alerting/thresholds/retractedRequests", schemaPath: "#/properties/alerting/properties/thresholds/properties/retractedRequests/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000" };
                  if (vErrors === null) {
                    vErrors = [err380];
                  } else {
                    vErrors.push(err380);
                  }
                  errors++;
                }
                if (data173 < 0 || isNaN(data173)) {
                  const err381 = { instancePath: instancePath + "/alerting/thresholds/retractedRequests", schemaPath: "#/properties/alerting/properties/thresholds/properties/retractedRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err381];
                  } else {
                    vErrors.push(err381);
                  }
                  errors++;
                }
              }
            }
            if (data164.preemptedRequests !== void 0) {
              let data174 = data164.preemptedRequests;
              if (!(typeof data174 == "number" && (!(data174 % 1) && !isNaN(data174)) && isFinite(data174))) {
                const err382 = { instancePath: instancePath + "/alerting/thresholds/preemptedRequests", schemaPath: "#/properties/alerting/properties/thresholds/properties/preemptedRequests/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err382];
                } else {
                  vErrors.push(err382);
                }
                errors++;
              }
              if (typeof data174 == "number" && isFinite(data174)) {
                if (data174 > 1e6 || isNaN(data174)) {
                  const err383 = { instancePath: instancePath + "/alerting/thresholds/preemptedRequests", schemaPath: "#/properties/alerting/properties/thresholds/properties/preemptedRequests/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e6 }, message: "must be <= 1000000" };
                  if (vErrors === null) {
                    vErrors = [err383];
                  } else {
                    vErrors.push(err383);
                  }
                  errors++;
                }
                if (data174 < 0 || isNaN(data174)) {
                  const err384 = { instancePath: instancePath + "/alerting/thresholds/preemptedRequests", schemaPath: "#/properties/alerting/properties/thresholds/properties/preemptedRequests/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err384];
                  } else {
                    vErrors.push(err384);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err385 = { instancePath: instancePath + "/alerting/thresholds", schemaPath: "#/properties/alerting/properties/thresholds/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err385];
            } else {
              vErrors.push(err385);
            }
            errors++;
          }
        }
      } else {
        const err386 = { instancePath: instancePath + "/alerting", schemaPath: "#/properties/alerting/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err386];
        } else {
          vErrors.push(err386);
        }
        errors++;
      }
    }
    if (data.alertmanager !== void 0) {
      let data175 = data.alertmanager;
      if (data175 && typeof data175 == "object" && !Array.isArray(data175)) {
        for (const key34 in data175) {
          if (!(key34 === "enabled" || key34 === "port" || key34 === "receivers" || key34 === "route" || key34 === "watchdog")) {
            const err387 = { instancePath: instancePath + "/alertmanager", schemaPath: "#/properties/alertmanager/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key34 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err387];
            } else {
              vErrors.push(err387);
            }
            errors++;
          }
        }
        if (data175.enabled !== void 0) {
          if (typeof data175.enabled !== "boolean") {
            const err388 = { instancePath: instancePath + "/alertmanager/enabled", schemaPath: "#/properties/alertmanager/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err388];
            } else {
              vErrors.push(err388);
            }
            errors++;
          }
        }
        if (data175.port !== void 0) {
          let data177 = data175.port;
          if (!(typeof data177 == "number" && (!(data177 % 1) && !isNaN(data177)) && isFinite(data177))) {
            const err389 = { instancePath: instancePath + "/alertmanager/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err389];
            } else {
              vErrors.push(err389);
            }
            errors++;
          }
          if (typeof data177 == "number" && isFinite(data177)) {
            if (data177 > 65535 || isNaN(data177)) {
              const err390 = { instancePath: instancePath + "/alertmanager/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err390];
              } else {
                vErrors.push(err390);
              }
              errors++;
            }
            if (data177 < 1 || isNaN(data177)) {
              const err391 = { instancePath: instancePath + "/alertmanager/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err391];
              } else {
                vErrors.push(err391);
              }
              errors++;
            }
          }
        }
        if (data175.receivers !== void 0) {
          let data178 = data175.receivers;
          if (Array.isArray(data178)) {
            const len12 = data178.length;
            for (let i17 = 0; i17 < len12; i17++) {
              let data179 = data178[i17];
              if (data179 && typeof data179 == "object" && !Array.isArray(data179)) {
                if (data179.name === void 0) {
                  const err392 = { instancePath: instancePath + "/alertmanager/receivers/" + i17, schemaPath: "#/properties/alertmanager/properties/receivers/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
                  if (vErrors === null) {
                    vErrors = [err392];
                  } else {
                    vErrors.push(err392);
                  }
                  errors++;
                }
                for (const key35 in data179) {
                  if (!(key35 === "name" || key35 === "webhook" || key35 === "email" || key35 === "slack")) {
                    const err393 = { instancePath: instancePath + "/alertmanager/receivers/" + i17, schemaPath: "#/properties/alertmanager/properties/receivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key35 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err393];
                    } else {
                      vErrors.push(err393);
                    }
                    errors++;
                  }
                }
                if (data179.name !== void 0) {
                  let data180 = data179.name;
                  if (typeof data180 === "string") {
                    if (func3(data180) > 63) {
                      const err394 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/name", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                      if (vErrors === null) {
                        vErrors = [err394];
                      } else {
                        vErrors.push(err394);
                      }
                      errors++;
                    }
                    if (!pattern0.test(data180)) {
                      const err395 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
                      if (vErrors === null) {
                        vErrors = [err395];
                      } else {
                        vErrors.push(err395);
                      }
                      errors++;
                    }
                  } else {
                    const err396 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/name", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err396];
                    } else {
                      vErrors.push(err396);
                    }
                    errors++;
                  }
                }
                if (data179.webhook !== void 0) {
                  let data181 = data179.webhook;
                  if (data181 && typeof data181 == "object" && !Array.isArray(data181)) {
                    if (data181.url === void 0) {
                      const err397 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/webhook/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'" };
                      if (vErrors === null) {
                        vErrors = [err397];
                      } else {
                        vErrors.push(err397);
                      }
                      errors++;
                    }
                    for (const key36 in data181) {
                      if (!(key36 === "url" || key36 === "bearerTokenFile" || key36 === "basicAuth")) {
                        const err398 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/webhook/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key36 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err398];
                        } else {
                          vErrors.push(err398);
                        }
                        errors++;
                      }
                    }
                    if (data181.url !== void 0) {
                      let data182 = data181.url;
                      if (typeof data182 === "string") {
                        if (!pattern70.test(data182)) {
                          const err399 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook/url", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/webhook/properties/url/pattern", keyword: "pattern", params: { pattern: "^https?://[^\\s\"'`$@]+$" }, message: 'must match pattern "^https?://[^\\s"\'`$@]+$"' };
                          if (vErrors === null) {
                            vErrors = [err399];
                          } else {
                            vErrors.push(err399);
                          }
                          errors++;
                        }
                      } else {
                        const err400 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook/url", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/webhook/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err400];
                        } else {
                          vErrors.push(err400);
                        }
                        errors++;
                      }
                    }
                    if (data181.bearerTokenFile !== void 0) {
                      let data183 = data181.bearerTokenFile;
                      if (typeof data183 === "string") {
                        if (!pattern19.test(data183)) {
                          const err401 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook/bearerTokenFile", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
                          if (vErrors === null) {
                            vErrors = [err401];
                          } else {
                            vErrors.push(err401);
                          }
                          errors++;
                        }
                      } else {
                        const err402 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook/bearerTokenFile", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err402];
                        } else {
                          vErrors.push(err402);
                        }
                        errors++;
                      }
                    }
                    if (data181.basicAuth !== void 0) {
                      let data184 = data181.basicAuth;
                      if (data184 && typeof data184 == "object" && !Array.isArray(data184)) {
                        if (data184.username === void 0) {
                          const err403 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook/basicAuth", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/webhook/properties/basicAuth/required", keyword: "required", params: { missingProperty: "username" }, message: "must have required property 'username'" };
                          if (vErrors === null) {
                            vErrors = [err403];
                          } else {
                            vErrors.push(err403);
                          }
                          errors++;
                        }
                        if (data184.passwordFile === void 0) {
                          const err404 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook/basicAuth", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/webhook/properties/basicAuth/required", keyword: "required", params: { missingProperty: "passwordFile" }, message: "must have required property 'passwordFile'" };
                          if (vErrors === null) {
                            vErrors = [err404];
                          } else {
                            vErrors.push(err404);
                          }
                          errors++;
                        }
                        for (const key37 in data184) {
                          if (!(key37 === "username" || key37 === "passwordFile")) {
                            const err405 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook/basicAuth", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/webhook/properties/basicAuth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key37 }, message: "must NOT have additional properties" };
                            if (vErrors === null) {
                              vErrors = [err405];
                            } else {
                              vErrors.push(err405);
                            }
                            errors++;
                          }
                        }
                        if (data184.username !== void 0) {
                          let data185 = data184.username;
                          if (typeof data185 === "string") {
                            if (!pattern33.test(data185)) {
                              const err406 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook/basicAuth/username", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/webhook/properties/basicAuth/properties/username/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f$]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f$]+$"' };
                              if (vErrors === null) {
                                vErrors = [err406];
                              } else {
                                vErrors.push(err406);
                              }
                              errors++;
                            }
                          } else {
                            const err407 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook/basicAuth/username", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/webhook/properties/basicAuth/properties/username/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err407];
                            } else {
                              vErrors.push(err407);
                            }
                            errors++;
                          }
                        }
                        if (data184.passwordFile !== void 0) {
                          let data186 = data184.passwordFile;
                          if (typeof data186 === "string") {
                            if (!pattern19.test(data186)) {
                              const err408 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook/basicAuth/passwordFile", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
                              if (vErrors === null) {
                                vErrors = [err408];
                              } else {
                                vErrors.push(err408);
                              }
                              errors++;
                            }
                          } else {
                            const err409 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook/basicAuth/passwordFile", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                              vErrors = [err409];
                            } else {
                              vErrors.push(err409);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err410 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook/basicAuth", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/webhook/properties/basicAuth/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                          vErrors = [err410];
                        } else {
                          vErrors.push(err410);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err411 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/webhook", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/webhook/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err411];
                    } else {
                      vErrors.push(err411);
                    }
                    errors++;
                  }
                }
                if (data179.email !== void 0) {
                  let data187 = data179.email;
                  if (data187 && typeof data187 == "object" && !Array.isArray(data187)) {
                    if (data187.to === void 0) {
                      const err412 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/required", keyword: "required", params: { missingProperty: "to" }, message: "must have required property 'to'" };
                      if (vErrors === null) {
                        vErrors = [err412];
                      } else {
                        vErrors.push(err412);
                      }
                      errors++;
                    }
                    if (data187.from === void 0) {
                      const err413 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
                      if (vErrors === null) {
                        vErrors = [err413];
                      } else {
                        vErrors.push(err413);
                      }
                      errors++;
                    }
                    if (data187.smarthost === void 0) {
                      const err414 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/required", keyword: "required", params: { missingProperty: "smarthost" }, message: "must have required property 'smarthost'" };
                      if (vErrors === null) {
                        vErrors = [err414];
                      } else {
                        vErrors.push(err414);
                      }
                      errors++;
                    }
                    for (const key38 in data187) {
                      if (!(key38 === "to" || key38 === "from" || key38 === "smarthost" || key38 === "authUsername" || key38 === "authPasswordFile" || key38 === "requireTls")) {
                        const err415 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key38 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err415];
                        } else {
                          vErrors.push(err415);
                        }
                        errors++;
                      }
                    }
                    if (data187.to !== void 0) {
                      let data188 = data187.to;
                      if (typeof data188 === "string") {
                        if (!pattern74.test(data188)) {
                          const err416 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email/to", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/properties/to/pattern", keyword: "pattern", params: { pattern: '^[^\\s@<>"]+@[^\\s@<>"]+$' }, message: 'must match pattern "^[^\\s@<>"]+@[^\\s@<>"]+$"' };
                          if (vErrors === null) {
                            vErrors = [err416];
                          } else {
                            vErrors.push(err416);
                          }
                          errors++;
                        }
                      } else {
                        const err417 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email/to", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/properties/to/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err417];
                        } else {
                          vErrors.push(err417);
                        }
                        errors++;
                      }
                    }
                    if (data187.from !== void 0) {
                      let data189 = data187.from;
                      if (typeof data189 === "string") {
                        if (!pattern74.test(data189)) {
                          const err418 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email/from", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/properties/from/pattern", keyword: "pattern", params: { pattern: '^[^\\s@<>"]+@[^\\s@<>"]+$' }, message: 'must match pattern "^[^\\s@<>"]+@[^\\s@<>"]+$"' };
                          if (vErrors === null) {
                            vErrors = [err418];
                          } else {
                            vErrors.push(err418);
                          }
                          errors++;
                        }
                      } else {
                        const err419 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email/from", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err419];
                        } else {
                          vErrors.push(err419);
                        }
                        errors++;
                      }
                    }
                    if (data187.smarthost !== void 0) {
                      let data190 = data187.smarthost;
                      if (typeof data190 === "string") {
                        if (!pattern50.test(data190)) {
                          const err420 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email/smarthost", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/properties/smarthost/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_][A-Za-z0-9_.-]*:[0-9]{1,5}$" }, message: 'must match pattern "^[A-Za-z0-9_][A-Za-z0-9_.-]*:[0-9]{1,5}$"' };
                          if (vErrors === null) {
                            vErrors = [err420];
                          } else {
                            vErrors.push(err420);
                          }
                          errors++;
                        }
                      } else {
                        const err421 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email/smarthost", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/properties/smarthost/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err421];
                        } else {
                          vErrors.push(err421);
                        }
                        errors++;
                      }
                    }
                    if (data187.authUsername !== void 0) {
                      let data191 = data187.authUsername;
                      if (typeof data191 === "string") {
                        if (!pattern33.test(data191)) {
                          const err422 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email/authUsername", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/properties/authUsername/pattern", keyword: "pattern", params: { pattern: "^[^\\u0000-\\u001f\\u007f$]+$" }, message: 'must match pattern "^[^\\u0000-\\u001f\\u007f$]+$"' };
                          if (vErrors === null) {
                            vErrors = [err422];
                          } else {
                            vErrors.push(err422);
                          }
                          errors++;
                        }
                      } else {
                        const err423 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email/authUsername", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/properties/authUsername/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err423];
                        } else {
                          vErrors.push(err423);
                        }
                        errors++;
                      }
                    }
                    if (data187.authPasswordFile !== void 0) {
                      let data192 = data187.authPasswordFile;
                      if (typeof data192 === "string") {
                        if (!pattern19.test(data192)) {
                          const err424 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email/authPasswordFile", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
                          if (vErrors === null) {
                            vErrors = [err424];
                          } else {
                            vErrors.push(err424);
                          }
                          errors++;
                        }
                      } else {
                        const err425 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email/authPasswordFile", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err425];
                        } else {
                          vErrors.push(err425);
                        }
                        errors++;
                      }
                    }
                    if (data187.requireTls !== void 0) {
                      if (typeof data187.requireTls !== "boolean") {
                        const err426 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email/requireTls", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/properties/requireTls/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err426];
                        } else {
                          vErrors.push(err426);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err427 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/email", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/email/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err427];
                    } else {
                      vErrors.push(err427);
                    }
                    errors++;
                  }
                }
                if (data179.slack !== void 0) {
                  let data194 = data179.slack;
                  if (data194 && typeof data194 == "object" && !Array.isArray(data194)) {
                    if (data194.apiUrlFile === void 0) {
                      const err428 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/slack", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/slack/required", keyword: "required", params: { missingProperty: "apiUrlFile" }, message: "must have required property 'apiUrlFile'" };
                      if (vErrors === null) {
                        vErrors = [err428];
                      } else {
                        vErrors.push(err428);
                      }
                      errors++;
                    }
                    for (const key39 in data194) {
                      if (!(key39 === "apiUrlFile" || key39 === "channel")) {
                        const err429 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/slack", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/slack/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key39 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err429];
                        } else {
                          vErrors.push(err429);
                        }
                        errors++;
                      }
                    }
                    if (data194.apiUrlFile !== void 0) {
                      let data195 = data194.apiUrlFile;
                      if (typeof data195 === "string") {
                        if (!pattern19.test(data195)) {
                          const err430 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/slack/apiUrlFile", schemaPath: "#/definitions/containerPath/pattern", keyword: "pattern", params: { pattern: "^/[A-Za-z0-9._/@+-]*$" }, message: 'must match pattern "^/[A-Za-z0-9._/@+-]*$"' };
                          if (vErrors === null) {
                            vErrors = [err430];
                          } else {
                            vErrors.push(err430);
                          }
                          errors++;
                        }
                      } else {
                        const err431 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/slack/apiUrlFile", schemaPath: "#/definitions/containerPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err431];
                        } else {
                          vErrors.push(err431);
                        }
                        errors++;
                      }
                    }
                    if (data194.channel !== void 0) {
                      let data196 = data194.channel;
                      if (typeof data196 === "string") {
                        if (!pattern80.test(data196)) {
                          const err432 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/slack/channel", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/slack/properties/channel/pattern", keyword: "pattern", params: { pattern: "^[#@]?[A-Za-z0-9_.-]+$" }, message: 'must match pattern "^[#@]?[A-Za-z0-9_.-]+$"' };
                          if (vErrors === null) {
                            vErrors = [err432];
                          } else {
                            vErrors.push(err432);
                          }
                          errors++;
                        }
                      } else {
                        const err433 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/slack/channel", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/slack/properties/channel/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err433];
                        } else {
                          vErrors.push(err433);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err434 = { instancePath: instancePath + "/alertmanager/receivers/" + i17 + "/slack", schemaPath: "#/properties/alertmanager/properties/receivers/items/properties/slack/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err434];
                    } else {
                      vErrors.push(err434);
                    }
                    errors++;
                  }
                }
              } else {
                const err435 = { instancePath: instancePath + "/alertmanager/receivers/" + i17, schemaPath: "#/properties/alertmanager/properties/receivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err435];
                } else {
                  vErrors.push(err435);
                }
                errors++;
              }
            }
          } else {
            const err436 = { instancePath: instancePath + "/alertmanager/receivers", schemaPath: "#/properties/alertmanager/properties/receivers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err436];
            } else {
              vErrors.push(err436);
            }
            errors++;
          }
        }
        if (data175.route !== void 0) {
          let data197 = data175.route;
          if (data197 && typeof data197 == "object" && !Array.isArray(data197)) {
            for (const key40 in data197) {
              if (!(key40 === "receiver" || key40 === "groupWait" || key40 === "groupInterval" || key40 === "repeatInterval")) {
                const err437 = { instancePath: instancePath + "/alertmanager/route", schemaPath: "#/properties/alertmanager/properties/route/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key40 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err437];
                } else {
                  vErrors.push(err437);
                }
                errors++;
              }
            }
            if (data197.receiver !== void 0) {
              let data198 = data197.receiver;
              if (typeof data198 === "string") {
                if (func3(data198) > 63) {
                  const err438 = { instancePath: instancePath + "/alertmanager/route/receiver", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                  if (vErrors === null) {
                    vErrors = [err438];
                  } else {
                    vErrors.push(err438);
                  }
                  errors++;
                }
                if (!pattern0.test(data198)) {
                  const err439 = { instancePath: instancePath + "/alertmanager/route/receiver", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err439];
                  } else {
                    vErrors.push(err439);
                  }
                  errors++;
                }
              } else {
                const err440 = { instancePath: instancePath + "/alertmanager/route/receiver", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err440];
                } else {
                  vErrors.push(err440);
                }
                errors++;
              }
            }
            if (data197.groupWait !== void 0) {
              let data199 = data197.groupWait;
              if (typeof data199 === "string") {
                if (!pattern25.test(data199)) {
                  const err441 = { instancePath: instancePath + "/alertmanager/route/groupWait", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
                  if (vErrors === null) {
                    vErrors = [err441];
                  } else {
                    vErrors.push(err441);
                  }
                  errors++;
                }
              } else {
                const err442 = { instancePath: instancePath + "/alertmanager/route/groupWait", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err442];
                } else {
                  vErrors.push(err442);
                }
                errors++;
              }
            }
            if (data197.groupInterval !== void 0) {
              let data200 = data197.groupInterval;
              if (typeof data200 === "string") {
                if (!pattern25.test(data200)) {
                  const err443 = { instancePath: instancePath + "/alertmanager/route/groupInterval", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
                  if (vErrors === null) {
                    vErrors = [err443];
                  } else {
                    vErrors.push(err443);
                  }
                  errors++;
                }
              } else {
                const err444 = { instancePath: instancePath + "/alertmanager/route/groupInterval", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err444];
                } else {
                  vErrors.push(err444);
                }
                errors++;
              }
            }
            if (data197.repeatInterval !== void 0) {
              let data201 = data197.repeatInterval;
              if (typeof data201 === "string") {
                if (!pattern25.test(data201)) {
                  const err445 = { instancePath: instancePath + "/alertmanager/route/repeatInterval", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
                  if (vErrors === null) {
                    vErrors = [err445];
                  } else {
                    vErrors.push(err445);
                  }
                  errors++;
                }
              } else {
                const err446 = { instancePath: instancePath + "/alertmanager/route/repeatInterval", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err446];
                } else {
                  vErrors.push(err446);
                }
                errors++;
              }
            }
          } else {
            const err447 = { instancePath: instancePath + "/alertmanager/route", schemaPath: "#/properties/alertmanager/properties/route/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err447];
            } else {
              vErrors.push(err447);
            }
            errors++;
          }
        }
        if (data175.watchdog !== void 0) {
          let data202 = data175.watchdog;
          if (data202 && typeof data202 == "object" && !Array.isArray(data202)) {
            for (const key41 in data202) {
              if (!(key41 === "receiver" || key41 === "repeatInterval")) {
                const err448 = { instancePath: instancePath + "/alertmanager/watchdog", schemaPath: "#/properties/alertmanager/properties/watchdog/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key41 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err448];
                } else {
                  vErrors.push(err448);
                }
                errors++;
              }
            }
            if (data202.receiver !== void 0) {
              let data203 = data202.receiver;
              if (typeof data203 === "string") {
                if (func3(data203) > 63) {
                  const err449 = { instancePath: instancePath + "/alertmanager/watchdog/receiver", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
                  if (vErrors === null) {
                    vErrors = [err449];
                  } else {
                    vErrors.push(err449);
                  }
                  errors++;
                }
                if (!pattern0.test(data203)) {
                  const err450 = { instancePath: instancePath + "/alertmanager/watchdog/receiver", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"' };
                  if (vErrors === null) {
                    vErrors = [err450];
                  } else {
                    vErrors.push(err450);
                  }
                  errors++;
                }
              } else {
                const err451 = { instancePath: instancePath + "/alertmanager/watchdog/receiver", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err451];
                } else {
                  vErrors.push(err451);
                }
                errors++;
              }
            }
            if (data202.repeatInterval !== void 0) {
              let data204 = data202.repeatInterval;
              if (typeof data204 === "string") {
                if (!pattern25.test(data204)) {
                  const err452 = { instancePath: instancePath + "/alertmanager/watchdog/repeatInterval", schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(ms|s|m|h|d|w|y)$" }, message: 'must match pattern "^[0-9]+(ms|s|m|h|d|w|y)$"' };
                  if (vErrors === null) {
                    vErrors = [err452];
                  } else {
                    vErrors.push(err452);
                  }
                  errors++;
                }
              } else {
                const err453 = { instancePath: instancePath + "/alertmanager/watchdog/repeatInterval", schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err453];
                } else {
                  vErrors.push(err453);
                }
                errors++;
              }
            }
          } else {
            const err454 = { instancePath: instancePath + "/alertmanager/watchdog", schemaPath: "#/properties/alertmanager/properties/watchdog/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err454];
            } else {
              vErrors.push(err454);
            }
            errors++;
          }
        }
      } else {
        const err455 = { instancePath: instancePath + "/alertmanager", schemaPath: "#/properties/alertmanager/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err455];
        } else {
          vErrors.push(err455);
        }
        errors++;
      }
    }
    if (data.grafana !== void 0) {
      let data205 = data.grafana;
      if (data205 && typeof data205 == "object" && !Array.isArray(data205)) {
        for (const key42 in data205) {
          if (!(key42 === "dashboards" || key42 === "enabled" || key42 === "port" || key42 === "adminPasswordFile" || key42 === "anonymous")) {
            const err456 = { instancePath: instancePath + "/grafana", schemaPath: "#/properties/grafana/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key42 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err456];
            } else {
              vErrors.push(err456);
            }
            errors++;
          }
        }
        if (data205.dashboards !== void 0) {
          if (typeof data205.dashboards !== "boolean") {
            const err457 = { instancePath: instancePath + "/grafana/dashboards", schemaPath: "#/properties/grafana/properties/dashboards/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err457];
            } else {
              vErrors.push(err457);
            }
            errors++;
          }
        }
        if (data205.enabled !== void 0) {
          if (typeof data205.enabled !== "boolean") {
            const err458 = { instancePath: instancePath + "/grafana/enabled", schemaPath: "#/properties/grafana/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err458];
            } else {
              vErrors.push(err458);
            }
            errors++;
          }
        }
        if (data205.port !== void 0) {
          let data208 = data205.port;
          if (!(typeof data208 == "number" && (!(data208 % 1) && !isNaN(data208)) && isFinite(data208))) {
            const err459 = { instancePath: instancePath + "/grafana/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err459];
            } else {
              vErrors.push(err459);
            }
            errors++;
          }
          if (typeof data208 == "number" && isFinite(data208)) {
            if (data208 > 65535 || isNaN(data208)) {
              const err460 = { instancePath: instancePath + "/grafana/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535" };
              if (vErrors === null) {
                vErrors = [err460];
              } else {
                vErrors.push(err460);
              }
              errors++;
            }
            if (data208 < 1 || isNaN(data208)) {
              const err461 = { instancePath: instancePath + "/grafana/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err461];
              } else {
                vErrors.push(err461);
              }
              errors++;
            }
          }
        }
        if (data205.adminPasswordFile !== void 0) {
          let data209 = data205.adminPasswordFile;
          if (typeof data209 === "string") {
            if (func3(data209) < 1) {
              const err462 = { instancePath: instancePath + "/grafana/adminPasswordFile", schemaPath: "#/definitions/hostPath/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err462];
              } else {
                vErrors.push(err462);
              }
              errors++;
            }
            if (!pattern10.test(data209)) {
              const err463 = { instancePath: instancePath + "/grafana/adminPasswordFile", schemaPath: "#/definitions/hostPath/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/@+-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/@+-]+$"' };
              if (vErrors === null) {
                vErrors = [err463];
              } else {
                vErrors.push(err463);
              }
              errors++;
            }
          } else {
            const err464 = { instancePath: instancePath + "/grafana/adminPasswordFile", schemaPath: "#/definitions/hostPath/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err464];
            } else {
              vErrors.push(err464);
            }
            errors++;
          }
        }
        if (data205.anonymous !== void 0) {
          if (typeof data205.anonymous !== "boolean") {
            const err465 = { instancePath: instancePath + "/grafana/anonymous", schemaPath: "#/properties/grafana/properties/anonymous/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err465];
            } else {
              vErrors.push(err465);
            }
            errors++;
          }
        }
      } else {
        const err466 = { instancePath: instancePath + "/grafana", schemaPath: "#/properties/grafana/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err466];
        } else {
          vErrors.push(err466);
        }
        errors++;
      }
    }
  } else {
    const err467 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err467];
    } else {
      vErrors.push(err467);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var import_ucs2length, import_equal, validate, validate_config_default, schema11, schema55, func2, func3, func0, pattern0, pattern1, pattern2, pattern3, pattern10, pattern11, pattern13, pattern15, pattern16, pattern19, pattern20, pattern24, pattern25, pattern29, pattern31, pattern33, pattern50, pattern47, pattern58, pattern60, pattern65, pattern66, pattern42, pattern70, pattern74, pattern80, schema35, pattern41, pattern43, pattern49;
var init_validate_config = __esm({
  "src/generated/validate-config.js"() {
    "use strict";
    import_ucs2length = __toESM(require_ucs2length(), 1);
    import_equal = __toESM(require_equal(), 1);
    validate = validate10;
    validate_config_default = validate10;
    schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://obscompile.dev/schema/observability.schema.json", "type": "object", "additionalProperties": false, "required": ["version"], "properties": { "$schema": { "type": "string" }, "version": { "type": "integer", "enum": [1] }, "project": { "type": "object", "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/name" }, "description": { "type": "string", "maxLength": 200, "pattern": "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" } } }, "versions": { "type": "object", "additionalProperties": false, "properties": { "sglang": { "type": "string", "pattern": "^\\d+\\.\\d+\\.\\d+(\\.post\\d+)?$" }, "prometheus": { "type": "string", "pattern": "^\\d+\\.\\d+\\.\\d+$" }, "jaeger": { "type": "string", "pattern": "^\\d+\\.\\d+\\.\\d+$" }, "nodeExporter": { "type": "string", "pattern": "^\\d+\\.\\d+\\.\\d+$" }, "dcgmExporter": { "type": "string", "enum": ["4.0.0-4.0.1", "4.1.1-4.0.3", "4.1.1-4.0.4", "4.2.0-4.1.0", "4.2.3-4.1.1", "4.2.3-4.1.3", "4.2.3-4.2.0", "4.3.1-4.4.0", "4.4.0-4.5.0", "4.4.1-4.5.2", "4.4.1-4.6.0", "4.4.2-4.7.0", "4.4.2-4.7.1", "4.5.1-4.8.0", "4.5.2-4.8.1", "4.5.3-4.8.2", "4.6.0-4.8.3"] }, "cadvisor": { "type": "string", "pattern": "^\\d+\\.\\d+\\.\\d+$" }, "alertmanager": { "type": "string", "pattern": "^\\d+\\.\\d+\\.\\d+$" }, "grafana": { "type": "string", "pattern": "^\\d+\\.\\d+\\.\\d+$" }, "vllm": { "type": "string", "pattern": "^\\d+\\.\\d+\\.\\d+$" } } }, "output": { "type": "object", "additionalProperties": false, "properties": { "dir": { "$ref": "#/definitions/hostPath" } } }, "network": { "type": "object", "additionalProperties": false, "properties": { "bindAddress": { "type": "string", "enum": ["0.0.0.0", "127.0.0.1"] }, "publishAddress": { "type": "string", "pattern": "^(((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])|([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,7}:|([0-9A-Fa-f]{1,4}:){1,6}:[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,5}(:[0-9A-Fa-f]{1,4}){1,2}|([0-9A-Fa-f]{1,4}:){1,4}(:[0-9A-Fa-f]{1,4}){1,3}|([0-9A-Fa-f]{1,4}:){1,3}(:[0-9A-Fa-f]{1,4}){1,4}|([0-9A-Fa-f]{1,4}:){1,2}(:[0-9A-Fa-f]{1,4}){1,5}|[0-9A-Fa-f]{1,4}:(:[0-9A-Fa-f]{1,4}){1,6}|:((:[0-9A-Fa-f]{1,4}){1,7}|:))$" } } }, "container": { "type": "object", "additionalProperties": false, "properties": { "service": { "$ref": "#/definitions/name", "minLength": 2, "type": "string" }, "image": { "type": ["string", "null"], "pattern": "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, "bundleDaemons": { "type": "boolean" }, "command": { "type": "array", "items": { "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" }, "minItems": 1 }, "capabilities": { "type": "array", "uniqueItems": true, "items": { "type": "string", "enum": ["SYS_ADMIN", "SYS_PTRACE", "SYS_NICE", "SYS_RESOURCE", "IPC_LOCK", "NET_ADMIN", "NET_RAW", "PERFMON", "BPF", "SYS_RAWIO"] } }, "gpus": { "oneOf": [{ "type": "string", "enum": ["all", "none"] }, { "type": "integer", "minimum": 1, "maximum": 1024 }] }, "shmSize": { "type": "string", "pattern": "^[0-9]+(b|k|kb|m|mb|g|gb)$" }, "ipc": { "type": "string", "enum": ["host", "private", "shareable"] }, "environment": { "type": "object", "propertyNames": { "pattern": "^(?!__proto__$)[A-Za-z_][A-Za-z0-9_]*$" }, "additionalProperties": { "type": "string", "pattern": "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" } } } }, "storage": { "type": "object", "additionalProperties": false, "properties": { "hostRoot": { "$ref": "#/definitions/hostPath" }, "telemetryRoot": { "$ref": "#/definitions/containerPath" }, "durable": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["dir", "containerPath"], "properties": { "dir": { "$ref": "#/definitions/relativeDir" }, "containerPath": { "$ref": "#/definitions/containerPath" }, "comment": { "type": "string", "maxLength": 120, "pattern": "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" } } } }, "profiles": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["dir"], "properties": { "dir": { "$ref": "#/definitions/relativeDir" }, "env": { "type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" } } } } } }, "prometheus": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "port": { "$ref": "#/definitions/port" }, "scrapeInterval": { "$ref": "#/definitions/duration" }, "scrapeTimeout": { "$ref": "#/definitions/duration" }, "evaluationInterval": { "$ref": "#/definitions/duration" }, "retention": { "$ref": "#/definitions/duration" }, "scrapeSelf": { "type": "boolean" }, "externalLabels": { "type": "object", "propertyNames": { "pattern": "^(?!__)[a-zA-Z_][a-zA-Z0-9_]*$" }, "additionalProperties": { "type": "string", "maxLength": 200, "pattern": "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" } }, "remoteWrite": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "url": { "type": "string", "pattern": "^https?://[^\\s\"'`$]+$" }, "name": { "$ref": "#/definitions/name" }, "basicAuth": { "type": "object", "additionalProperties": false, "required": ["username", "passwordFile"], "properties": { "username": { "type": "string", "pattern": "^[^\\u0000-\\u001f\\u007f$]+$" }, "passwordFile": { "$ref": "#/definitions/containerPath" } } }, "bearerTokenFile": { "$ref": "#/definitions/containerPath" }, "tls": { "type": "object", "additionalProperties": false, "properties": { "caFile": { "$ref": "#/definitions/containerPath" }, "certFile": { "$ref": "#/definitions/containerPath" }, "keyFile": { "$ref": "#/definitions/containerPath" }, "serverName": { "$ref": "#/definitions/name" }, "insecureSkipVerify": { "type": "boolean" } } }, "queue": { "type": "object", "additionalProperties": false, "properties": { "capacity": { "type": "integer", "minimum": 1, "maximum": 2147483647 }, "maxShards": { "type": "integer", "minimum": 1, "maximum": 2147483647 }, "minShards": { "type": "integer", "minimum": 1, "maximum": 2147483647 }, "maxSamplesPerSend": { "type": "integer", "minimum": 1, "maximum": 2147483647 }, "batchSendDeadline": { "$ref": "#/definitions/duration" } } } } } }, "extraTargets": { "type": "array", "items": { "$ref": "#/definitions/scrapeTarget" } } } }, "jaeger": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "uiPort": { "$ref": "#/definitions/port" }, "otlpGrpcPort": { "$ref": "#/definitions/port" }, "otlpHttpPort": { "$ref": "#/definitions/port" }, "metricsPort": { "$ref": "#/definitions/port" }, "forwardOtlp": { "type": ["object", "null"], "additionalProperties": false, "required": ["endpoint"], "properties": { "endpoint": { "type": "string", "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.-]*:[0-9]{1,5}$" }, "insecure": { "type": "boolean" }, "caFile": { "$ref": "#/definitions/containerPath" } } } } }, "exporters": { "type": "object", "additionalProperties": false, "properties": { "nodeExporter": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "port": { "$ref": "#/definitions/port" } } }, "dcgmExporter": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "port": { "$ref": "#/definitions/port" }, "profiling": { "type": "boolean" } } }, "cadvisor": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "image": { "type": ["string", "null"], "pattern": "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, "port": { "$ref": "#/definitions/port" }, "hostPort": { "oneOf": [{ "$ref": "#/definitions/port" }, { "type": "null" }] }, "dockerSocket": { "$ref": "#/definitions/containerPath" }, "scrapeInterval": { "$ref": "#/definitions/duration" }, "healthcheck": { "type": "object", "additionalProperties": false, "properties": { "interval": { "$ref": "#/definitions/duration" }, "timeout": { "$ref": "#/definitions/duration" }, "retries": { "type": "integer", "minimum": 1, "maximum": 100 } } }, "dropMetrics": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$" } } } } } }, "modelServer": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "engine": { "type": "string", "enum": ["sglang", "vllm"] }, "kind": { "type": "string", "enum": ["sglang"] }, "python": { "type": "string", "pattern": "^[A-Za-z0-9._/-]+$" }, "modelPath": { "$ref": "#/definitions/containerPath" }, "host": { "type": "string", "enum": ["0.0.0.0", "127.0.0.1"] }, "port": { "$ref": "#/definitions/port" }, "extraPorts": { "type": "array", "items": { "$ref": "#/definitions/port" }, "uniqueItems": true }, "scrape": { "type": "boolean" }, "flags": { "type": "object", "additionalProperties": false, "properties": { "contextLength": { "type": "integer", "minimum": 1, "maximum": 2147483647 }, "maxRunningRequests": { "type": "integer", "minimum": 1, "maximum": 2147483647 }, "maxTotalTokens": { "type": "integer", "minimum": 1, "maximum": 2147483647 }, "enableMetrics": { "type": "boolean" }, "tensorParallelSize": { "type": "integer", "minimum": 1, "maximum": 2147483647 }, "disableCudaGraph": { "type": "boolean" }, "memFractionStatic": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, "dtype": { "type": "string", "enum": ["auto", "half", "float16", "bfloat16", "float", "float32"] }, "trustRemoteCode": { "type": "boolean" }, "enableTrace": { "type": "boolean" }, "port": { "$ref": "#/definitions/port" } } }, "vllm": { "type": "object", "additionalProperties": false, "properties": { "servedModelName": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._/:@+-]*$", "maxLength": 200 }, "maxModelLen": { "type": "integer", "minimum": 1, "maximum": 2147483647 }, "tensorParallelSize": { "type": "integer", "minimum": 1, "maximum": 1024 }, "pipelineParallelSize": { "type": "integer", "minimum": 1, "maximum": 1024 }, "gpuMemoryUtilization": { "type": "number", "exclusiveMinimum": 0, "maximum": 1 }, "maxNumSeqs": { "type": "integer", "minimum": 1, "maximum": 2147483647 }, "enablePrefixCaching": { "type": "boolean" }, "dtype": { "type": "string", "enum": ["auto", "half", "float16", "bfloat16", "float", "float32"] }, "trustRemoteCode": { "type": "boolean" }, "enableTrace": { "type": "boolean" } } }, "extraArgs": { "type": "array", "items": { "type": "string", "minLength": 1, "pattern": "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" } } }, "allOf": [{}] }, "devcontainer": { "type": "object", "additionalProperties": false, "properties": { "name": { "type": "string", "maxLength": 100, "pattern": "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" }, "workspaceFolder": { "$ref": "#/definitions/containerPath" }, "workspaceRoot": { "$ref": "#/definitions/hostPath" }, "extensions": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z0-9-]+\\.[a-zA-Z0-9-]+$" } }, "schemaPath": { "type": ["string", "null"], "pattern": "^[A-Za-z0-9._/@:+-]+$" }, "initializeStorage": { "type": "boolean" } } }, "alerting": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "alertmanagers": { "type": "array", "items": { "type": "string", "pattern": "^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_][A-Za-z0-9_.-]*):([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$" } }, "packs": { "type": "object", "additionalProperties": false, "properties": { "gpu": { "type": "boolean" }, "serving": { "type": "boolean" }, "stack": { "type": "boolean" } } }, "disable": { "type": "array", "items": { "$ref": "#/definitions/alertName" }, "uniqueItems": true }, "for": { "type": "object", "propertyNames": { "$ref": "#/definitions/alertName" }, "additionalProperties": { "$ref": "#/definitions/duration" } }, "thresholds": { "type": "object", "additionalProperties": false, "properties": { "gpuMemoryUsedRatio": { "type": "number", "minimum": 0, "maximum": 1 }, "gpuThrottleRatio": { "type": "number", "minimum": 0, "maximum": 1 }, "latencyQuantile": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 }, "ttftSeconds": { "type": "number", "exclusiveMinimum": 0 }, "interTokenLatencySeconds": { "type": "number", "exclusiveMinimum": 0 }, "queueRequests": { "type": "integer", "minimum": 0, "maximum": 1e6 }, "kvCacheUsageRatio": { "type": "number", "minimum": 0, "maximum": 1 }, "abortedRequests": { "type": "integer", "minimum": 0, "maximum": 1e6 }, "retractedRequests": { "type": "integer", "minimum": 0, "maximum": 1e6 }, "preemptedRequests": { "type": "integer", "minimum": 0, "maximum": 1e6 } } } } }, "alertmanager": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean" }, "port": { "$ref": "#/definitions/port" }, "receivers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "#/definitions/name" }, "webhook": { "type": "object", "additionalProperties": false, "required": ["url"], "properties": { "url": { "type": "string", "pattern": "^https?://[^\\s\"'`$@]+$" }, "bearerTokenFile": { "$ref": "#/definitions/containerPath" }, "basicAuth": { "type": "object", "additionalProperties": false, "required": ["username", "passwordFile"], "properties": { "username": { "type": "string", "pattern": "^[^\\u0000-\\u001f\\u007f$]+$" }, "passwordFile": { "$ref": "#/definitions/containerPath" } } } } }, "email": { "type": "object", "additionalProperties": false, "required": ["to", "from", "smarthost"], "properties": { "to": { "type": "string", "pattern": '^[^\\s@<>"]+@[^\\s@<>"]+$' }, "from": { "type": "string", "pattern": '^[^\\s@<>"]+@[^\\s@<>"]+$' }, "smarthost": { "type": "string", "pattern": "^[A-Za-z0-9_][A-Za-z0-9_.-]*:[0-9]{1,5}$" }, "authUsername": { "type": "string", "pattern": "^[^\\u0000-\\u001f\\u007f$]+$" }, "authPasswordFile": { "$ref": "#/definitions/containerPath" }, "requireTls": { "type": "boolean" } } }, "slack": { "type": "object", "additionalProperties": false, "required": ["apiUrlFile"], "properties": { "apiUrlFile": { "$ref": "#/definitions/containerPath" }, "channel": { "type": "string", "pattern": "^[#@]?[A-Za-z0-9_.-]+$" } } } } } }, "route": { "type": "object", "additionalProperties": false, "properties": { "receiver": { "$ref": "#/definitions/name" }, "groupWait": { "$ref": "#/definitions/duration" }, "groupInterval": { "$ref": "#/definitions/duration" }, "repeatInterval": { "$ref": "#/definitions/duration" } } }, "watchdog": { "type": "object", "additionalProperties": false, "properties": { "receiver": { "$ref": "#/definitions/name" }, "repeatInterval": { "$ref": "#/definitions/duration" } } } } }, "grafana": { "type": "object", "additionalProperties": false, "properties": { "dashboards": { "type": "boolean" }, "enabled": { "type": "boolean" }, "port": { "$ref": "#/definitions/port" }, "adminPasswordFile": { "$ref": "#/definitions/hostPath" }, "anonymous": { "type": "boolean" } } } }, "definitions": { "port": { "type": "integer", "minimum": 1, "maximum": 65535 }, "duration": { "type": "string", "pattern": "^[0-9]+(ms|s|m|h|d|w|y)$" }, "containerPath": { "type": "string", "pattern": "^/[A-Za-z0-9._/@+-]*$" }, "hostPath": { "type": "string", "minLength": 1, "pattern": "^[A-Za-z0-9._/@+-]+$" }, "relativeDir": { "type": "string", "pattern": "^(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9_][A-Za-z0-9._/-]*$" }, "image": { "type": "string", "pattern": "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, "name": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$", "maxLength": 63 }, "scrapeTarget": { "type": "object", "additionalProperties": false, "required": ["job", "targets"], "properties": { "job": { "type": "string", "pattern": "^[a-zA-Z_][a-zA-Z0-9_-]*$" }, "targets": { "type": "array", "minItems": 1, "items": { "type": "string", "pattern": "^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_][A-Za-z0-9_.-]*):([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$" } }, "metricsPath": { "type": "string", "pattern": "^/[A-Za-z0-9._/-]*$" }, "scrapeInterval": { "$ref": "#/definitions/duration" }, "labels": { "type": "object", "propertyNames": { "pattern": "^(?!__)[a-zA-Z_][a-zA-Z0-9_]*$" }, "additionalProperties": { "type": "string", "maxLength": 200, "pattern": "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" } }, "metrics": { "type": "array", "items": { "$ref": "#/definitions/metric" } } } }, "metric": { "type": "object", "additionalProperties": false, "required": ["name", "type", "help"], "properties": { "name": { "type": "string", "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, "type": { "type": "string", "enum": ["counter", "gauge", "histogram", "summary", "untyped"] }, "help": { "type": "string", "maxLength": 300, "pattern": "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" }, "labels": { "type": "array", "items": { "type": "string", "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$" } } } }, "alertName": { "type": "string", "enum": ["Watchdog", "TargetDown", "PrometheusRuleEvaluationFailures", "PrometheusWalCorruptions", "PrometheusTsdbCompactionsFailing", "PrometheusTsdbReloadsFailing", "PrometheusWalWritesFailing", "PrometheusConfigReloadFailed", "PrometheusNotificationsFailing", "PrometheusRemoteWriteFailing", "AlertmanagerNotificationsFailing", "JaegerRefusingSpans", "JaegerExportFailing", "ContainerOomKilled", "ContainerRestarted", "GpuXidErrors", "GpuThermalThrottling", "GpuPowerThrottling", "GpuEccUncorrectableErrors", "GpuRowRemapFailed", "GpuRowsRemappedUncorrectable", "GpuMemoryNearlyFull", "GpuMissing", "DcgmExporterDown", "ModelServerDown", "ModelServerQueueGrowing", "TimeToFirstTokenHigh", "InterTokenLatencyHigh", "KvCachePressure", "RequestsAborted", "RequestsRetracted", "RequestsPreempted"] } } };
    schema55 = { "type": "string", "enum": ["Watchdog", "TargetDown", "PrometheusRuleEvaluationFailures", "PrometheusWalCorruptions", "PrometheusTsdbCompactionsFailing", "PrometheusTsdbReloadsFailing", "PrometheusWalWritesFailing", "PrometheusConfigReloadFailed", "PrometheusNotificationsFailing", "PrometheusRemoteWriteFailing", "AlertmanagerNotificationsFailing", "JaegerRefusingSpans", "JaegerExportFailing", "ContainerOomKilled", "ContainerRestarted", "GpuXidErrors", "GpuThermalThrottling", "GpuPowerThrottling", "GpuEccUncorrectableErrors", "GpuRowRemapFailed", "GpuRowsRemappedUncorrectable", "GpuMemoryNearlyFull", "GpuMissing", "DcgmExporterDown", "ModelServerDown", "ModelServerQueueGrowing", "TimeToFirstTokenHigh", "InterTokenLatencyHigh", "KvCachePressure", "RequestsAborted", "RequestsRetracted", "RequestsPreempted"] };
    func2 = Object.prototype.hasOwnProperty;
    func3 = import_ucs2length.default.default;
    func0 = import_equal.default.default;
    pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
    pattern1 = new RegExp("^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$", "u");
    pattern2 = new RegExp("^\\d+\\.\\d+\\.\\d+(\\.post\\d+)?$", "u");
    pattern3 = new RegExp("^\\d+\\.\\d+\\.\\d+$", "u");
    pattern10 = new RegExp("^[A-Za-z0-9._/@+-]+$", "u");
    pattern11 = new RegExp("^(((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])|([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,7}:|([0-9A-Fa-f]{1,4}:){1,6}:[0-9A-Fa-f]{1,4}|([0-9A-Fa-f]{1,4}:){1,5}(:[0-9A-Fa-f]{1,4}){1,2}|([0-9A-Fa-f]{1,4}:){1,4}(:[0-9A-Fa-f]{1,4}){1,3}|([0-9A-Fa-f]{1,4}:){1,3}(:[0-9A-Fa-f]{1,4}){1,4}|([0-9A-Fa-f]{1,4}:){1,2}(:[0-9A-Fa-f]{1,4}){1,5}|[0-9A-Fa-f]{1,4}:(:[0-9A-Fa-f]{1,4}){1,6}|:((:[0-9A-Fa-f]{1,4}){1,7}|:))$", "u");
    pattern13 = new RegExp("^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", "u");
    pattern15 = new RegExp("^[0-9]+(b|k|kb|m|mb|g|gb)$", "u");
    pattern16 = new RegExp("^(?!__proto__$)[A-Za-z_][A-Za-z0-9_]*$", "u");
    pattern19 = new RegExp("^/[A-Za-z0-9._/@+-]*$", "u");
    pattern20 = new RegExp("^(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9_][A-Za-z0-9._/-]*$", "u");
    pattern24 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
    pattern25 = new RegExp("^[0-9]+(ms|s|m|h|d|w|y)$", "u");
    pattern29 = new RegExp("^(?!__)[a-zA-Z_][a-zA-Z0-9_]*$", "u");
    pattern31 = new RegExp("^https?://[^\\s\"'`$]+$", "u");
    pattern33 = new RegExp("^[^\\u0000-\\u001f\\u007f$]+$", "u");
    pattern50 = new RegExp("^[A-Za-z0-9_][A-Za-z0-9_.-]*:[0-9]{1,5}$", "u");
    pattern47 = new RegExp("^[a-zA-Z_:][a-zA-Z0-9_:]*$", "u");
    pattern58 = new RegExp("^[A-Za-z0-9._/-]+$", "u");
    pattern60 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/:@+-]*$", "u");
    pattern65 = new RegExp("^[a-z0-9-]+\\.[a-zA-Z0-9-]+$", "u");
    pattern66 = new RegExp("^[A-Za-z0-9._/@:+-]+$", "u");
    pattern42 = new RegExp("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_][A-Za-z0-9_.-]*):([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])$", "u");
    pattern70 = new RegExp("^https?://[^\\s\"'`$@]+$", "u");
    pattern74 = new RegExp('^[^\\s@<>"]+@[^\\s@<>"]+$', "u");
    pattern80 = new RegExp("^[#@]?[A-Za-z0-9_.-]+$", "u");
    schema35 = { "type": "object", "additionalProperties": false, "required": ["name", "type", "help"], "properties": { "name": { "type": "string", "pattern": "^[a-zA-Z_:][a-zA-Z0-9_:]*$" }, "type": { "type": "string", "enum": ["counter", "gauge", "histogram", "summary", "untyped"] }, "help": { "type": "string", "maxLength": 300, "pattern": "^[^\\u0000-\\u0008\\u000b-\\u001f\\u007f]*$" }, "labels": { "type": "array", "items": { "type": "string", "pattern": "^[a-zA-Z_][a-zA-Z0-9_]*$" } } } };
    pattern41 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_-]*$", "u");
    pattern43 = new RegExp("^/[A-Za-z0-9._/-]*$", "u");
    pattern49 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_]*$", "u");
  }
});

// <stdin>
module.exports = (init_validate_config(), __toCommonJS(validate_config_exports));
