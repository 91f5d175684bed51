const { builtinsOf, withModuleScopeBuiltins } = require("./tsTransform") as {
  builtinsOf: (code: string) => string[];
  withModuleScopeBuiltins: (code: string) => string;
};

test("the built-ins a module names are read into its scope on its first line, after its 'use strict'", () => {
  const code =
    '"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nexports.f = (x) => Math.floor(x);';
  const out = withModuleScopeBuiltins(code);
  expect(out.split("\n")).toHaveLength(3);
  expect(out.split("\n")[0]).toBe('"use strict";const { Math, Object } = globalThis;');
  // Still strict, and it runs: the module's exports work as before.
  const exports: Record<string, (x: number) => number> = {};
  new Function("exports", out)(exports);
  expect(exports.f(2.7)).toBe(2);
});

test("a name the module declares itself, or may bind in a shorthand, is left to the global", () => {
  expect(builtinsOf("const Map = new WeakMap(); Math.abs(1);")).toEqual(["Math", "WeakMap"]);
  expect(builtinsOf("function Set() {} const o = { Number }; Infinity;")).toEqual(["Infinity"]);
  expect(withModuleScopeBuiltins("exports.x = 1;")).toBe("exports.x = 1;");
});

test("the constants are the context's very objects: a spy on Math.random is seen by the module", () => {
  const spy = jest.spyOn(Math, "random").mockReturnValue(0.25);
  try {
    const run = new Function(withModuleScopeBuiltins('"use strict";\nreturn Math.random();'));
    expect(run()).toBe(0.25);
  } finally {
    spy.mockRestore();
  }
});
