const lazy = require("./lazyFluentComponents") as Record<string, unknown>;

test("the lazy components export every name the package's index exports, the very same objects", () => {
  const real = require("@fluentui/react-components") as Record<string, unknown>;
  expect(Object.keys(real).length).toBeGreaterThan(1000);
  expect(Object.keys(lazy).sort()).toEqual(Object.keys(real).sort());
  expect(Object.keys(real).filter((name) => lazy[name] !== real[name])).toEqual([]);
}, 60_000);
