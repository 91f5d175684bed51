import { compareText } from "../../../src/engine/core/compareText";

describe("compareText", () => {
  test("orders by code unit: capitals before small letters, shorter text before its continuation", () => {
    expect(["beta", "Beta", "alpha", "al", "Zeta"].sort(compareText)).toEqual(["Beta", "Zeta", "al", "alpha", "beta"]);
  });
  test("the same text is 0; the sign says which comes first", () => {
    expect(compareText("华东", "华东")).toBe(0);
    expect(compareText("A", "B")).toBeLessThan(0);
    expect(compareText("B", "A")).toBeGreaterThan(0);
  });
  test("Chinese names in code-unit order, whatever the machine's language", () => {
    expect(["上海", "北京", "Acme"].sort(compareText)).toEqual(["Acme", "上海", "北京"]);
  });
});
