/**
 * ts-jest, with the JavaScript built-ins a module uses read once into the module's own scope.
 *
 * Why: jest runs each test file in a Node `vm` context, and on Node 20 every read of a global from code in such a
 * context goes through the context's property interceptor, which V8 cannot cache: `Math.floor` in a loop ran 150
 * times slower under jest than in Node (2×10⁷ calls: 5.3–8.0 s against 36 ms), and the engine's hot loops read
 * `Math`, `Number`, `Map`, `Infinity`, typed arrays (`undefined` is a constant to V8, not read). A module-scope
 * constant is read like any local variable.
 *
 * What: after ts-jest's output opens ("use strict";), on the same line so that line numbers stay, one declaration
 * `const { Math, Number, … } = globalThis;` of the built-ins the module names and does not declare itself. They
 * are the context's very objects (a spy on `Math.random` still works); nothing a test fakes is captured (Date,
 * timers, performance, console).
 */
"use strict";

const { TsJestTransformer } = require("ts-jest");

const BUILTINS = [
  "Math",
  "Number",
  "Array",
  "Object",
  "String",
  "Boolean",
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
  "JSON",
  "Symbol",
  "Reflect",
  "BigInt",
  "Int8Array",
  "Uint8Array",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
  "Infinity",
  "NaN",
  "isNaN",
  "isFinite",
  "parseInt",
  "parseFloat",
  "Intl",
  "RegExp",
  "Error",
  "TypeError",
  "RangeError",
];
const VERSION = "module-scope-builtins-2";

/**
 * The built-ins `code` names and does not declare: a declaration of its own (or a shorthand `{ Map }`, which may
 * be one) would clash with the constant, so that name is left to the global.
 */
function builtinsOf(code) {
  return BUILTINS.filter(
    (name) =>
      new RegExp(`\\b${name}\\b`).test(code) &&
      !new RegExp(`\\b(?:const|let|var|function|class)\\s+${name}\\b|[{,]\\s*${name}\\s*[,}]`).test(code),
  );
}

/** `code` with the built-ins it names read into module scope, on its first line. */
function withModuleScopeBuiltins(code) {
  const names = builtinsOf(code);
  if (names.length === 0) return code;
  const declaration = `const { ${names.join(", ")} } = globalThis;`;
  const strict = /^(\s*(?:\/\/[^\n]*\n\s*)*)(["']use strict["'];?)/.exec(code);
  if (!strict) return `${declaration}${code}`;
  const at = strict[0].length;
  return `${code.slice(0, at)}${declaration}${code.slice(at)}`;
}

function createTransformer(options) {
  const inner = new TsJestTransformer(options);
  const wrap = (result) => ({ ...result, code: withModuleScopeBuiltins(result.code) });
  return {
    canInstrument: false,
    process: (source, path, transformOptions) => wrap(inner.process(source, path, transformOptions)),
    processAsync: async (source, path, transformOptions) =>
      wrap(await inner.processAsync(source, path, transformOptions)),
    getCacheKey: (source, path, transformOptions) => `${inner.getCacheKey(source, path, transformOptions)}${VERSION}`,
    getCacheKeyAsync: async (source, path, transformOptions) =>
      `${await inner.getCacheKeyAsync(source, path, transformOptions)}${VERSION}`,
  };
}

module.exports = { createTransformer, withModuleScopeBuiltins, builtinsOf };
