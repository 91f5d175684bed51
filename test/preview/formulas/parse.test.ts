import { parseFormula } from "../../../src/preview/formulas/parse";

describe("formula parser", () => {
  test("references, sheets, calls with empty arguments, precedence", () => {
    expect(parseFormula("=AR.AGING(G2:G200,'My sheet'!F2:F200,DATE(2013,9,30),,TRUE)")).toEqual({
      kind: "call",
      name: "AR.AGING",
      args: [
        { kind: "ref", sheet: null, from: "G2", to: "G200" },
        { kind: "ref", sheet: "My sheet", from: "F2", to: "F200" },
        { kind: "call", name: "DATE", args: [2013, 9, 30].map((value) => ({ kind: "number", value })) },
        { kind: "empty" },
        { kind: "boolean", value: true },
      ],
    });
    expect(parseFormula("=1+2*3")).toEqual({
      kind: "binary",
      op: "+",
      left: { kind: "number", value: 1 },
      right: { kind: "binary", op: "*", left: { kind: "number", value: 2 }, right: { kind: "number", value: 3 } },
    });
    expect(parseFormula('=台账!$A$1&"x"')).toMatchObject({
      kind: "binary",
      op: "&",
      left: { kind: "ref", sheet: "台账", from: "A1" },
    });
    expect(() => parseFormula("=AR.DSO(1,")).toThrow(/ends too early/);
  });
});
