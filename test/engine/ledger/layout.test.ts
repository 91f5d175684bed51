import { blockHeaders, headerBlockAt, normalizeHeader } from "../../../src/engine/ledger/layout";

describe("the header block of an export", () => {
  it("normalises a header: lower case, no spaces or punctuation", () => {
    expect(normalizeHeader("Invoice No.")).toBe("invoiceno");
    expect(normalizeHeader("客户 名称")).toBe("客户名称");
    expect(normalizeHeader("Due_Date (USD)")).toBe("duedateusd");
    expect(normalizeHeader(null)).toBe("");
  });

  it("carries a merged upper cell over the columns below it and joins the names", () => {
    const values = [
      ["客户", "借方", "", "贷方"],
      ["", "发生", "金额", ""],
    ];
    // 借方 spans the two columns under it that have names; 贷方 has none below, so stands alone.
    expect(blockHeaders(values, 0, 1)).toEqual(["客户", "借方 发生", "借方 金额", "贷方"]);
    expect(blockHeaders(values, 0, 0)).toEqual(["客户", "借方", "", "贷方"]);
  });

  it("takes the rows under a header only when they name more fields; stops at a row with numbers", () => {
    const values = [
      ["Customer", "Amount", ""],
      ["", "Billed", "Paid"],
      [1, 2, 3],
    ];
    const fields = (headers: string[]) => headers.filter((h) => h !== "").length;
    const block = headerBlockAt(values, 0, fields);
    expect([block.first, block.last, block.score]).toEqual([0, 1, 3]);
    expect(block.headers).toEqual(["Customer", "Amount Billed", "Amount Paid"]); // "Amount" merged over both
    const flat = headerBlockAt(values, 0, () => 1);
    expect([flat.last, flat.headers]).toEqual([0, ["Customer", "Amount", ""]]);
  });
});
