import { join } from "path";

const lib = join(__dirname, "../../node_modules/@fluentui/react-icons/lib-cjs");

test("the lazy icons export what the package's index exports, the same objects", () => {
  const lazy = require("./lazyFluentIcons") as Record<string, unknown>;
  const real = require(join(lib, "index.cjs")) as Record<string, unknown>;
  expect(Object.keys(real).length).toBeGreaterThan(5000);
  expect(Object.keys(lazy).sort()).toEqual(Object.keys(real).sort());
  for (const name of ["DismissRegular", "ChevronDownRegular", "Calendar20Color", "bundleIcon", "useIconContext"])
    expect(lazy[name]).toBe(real[name]);
}, 30_000);
