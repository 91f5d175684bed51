import fc from "fast-check";
import { customerKey } from "../../../src/engine/ledger/customerKey";
import { customerNames } from "../../../src/engine/ledger/customerNames";

describe("one customer, one name", () => {
  test("spellings of one customer take the first spelling met; each other spelling is written down once", () => {
    const names = customerNames();
    expect(names.nameOf("ＡＣＭＥ  Ltd")).toBe("ＡＣＭＥ  Ltd");
    expect(names.nameOf("ACME Ltd")).toBe("ＡＣＭＥ  Ltd");
    expect(names.nameOf("ACME Ltd")).toBe("ＡＣＭＥ  Ltd");
    expect(names.nameOf("Beta")).toBe("Beta");
    expect(names.nameOf("上海贸易(集团)有限公司")).toBe("上海贸易(集团)有限公司");
    expect(names.nameOf("上海贸易（集团）有限公司")).toBe("上海贸易(集团)有限公司");
    expect(names.merged).toEqual([
      ["ＡＣＭＥ  Ltd", "ACME Ltd"],
      ["上海贸易(集团)有限公司", "上海贸易（集团）有限公司"],
    ]);
  });

  test("different customers stay apart", () => {
    const names = customerNames();
    expect(["Alpha", "Alphabet", "Beta"].map(names.nameOf)).toEqual(["Alpha", "Alphabet", "Beta"]);
    expect(names.merged).toEqual([]);
  });

  test("a plain name met first keeps its spelling; other spellings of it are written down once, in the order met", () => {
    const names = customerNames();
    const met = ["Acme Ltd", "ACME  Ltd", "Acme Ltd", "Acme\u200b Ltd", "ACME  Ltd", "Beta", "Acme\u200b Ltd", "Beta"];
    expect(met.map(names.nameOf)).toEqual([
      "Acme Ltd",
      "ACME  Ltd",
      "Acme Ltd",
      "Acme Ltd",
      "ACME  Ltd",
      "Beta",
      "Acme Ltd",
      "Beta",
    ]);
    expect(names.merged).toEqual([["Acme Ltd", "Acme\u200b Ltd"]]);
  });

  test("any sequence of spellings: the first spelling met per customer key, each other spelling written down once", () => {
    const spellings = [
      "Acme Ltd",
      "ACME  Ltd",
      "Acme\u200b Ltd",
      "ＡＣＭＥ Ltd",
      "上海贸易(集团)",
      "上海贸易（集团）",
      "上海贸易 (集团)",
      "B",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...spellings), { maxLength: 40 }), (met) => {
        const first = new Map<string, string>();
        const merged: [string, string][] = [];
        const want = met.map((written) => {
          const key = customerKey(written);
          const name = first.get(key) ?? (first.set(key, written), written);
          if (name !== written && !merged.some(([, w]) => w === written)) merged.push([name, written]);
          return name;
        });
        const names = customerNames();
        expect(met.map(names.nameOf)).toEqual(want);
        expect(names.merged).toEqual(merged);
      }),
      { numRuns: 500 },
    );
  });
});
