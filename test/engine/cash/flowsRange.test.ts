import { readFlowsRange } from "../../../src/engine/cash/flowsRange";
import { cashReasonsZh } from "../../../src/i18n/cash";

const d = (iso: string) => iso; // ISO text, as a user may type it

describe("other flows read from a selected range", () => {
  it("reads English headers: description, amount, first date, repeat, until, in/out", () => {
    const r = readFlowsRange(
      [
        ["Description", "Amount", "First date", "Repeat", "Until", "In/out"],
        ["Payroll", 120000, 45900, "monthly", 46100, "out"],
        ["Rent", "8,500.50", d("2025-09-01"), "Quarterly", "", "Out"],
        ["Loan drawdown", 50000, 45910, "", "", "in"],
      ],
      "Flows",
      "B2",
    );
    expect(r.flows).toEqual([
      { description: "Payroll", amount: 120000, direction: "out", firstDate: 45900, repeat: "monthly", until: 46100 },
      { description: "Rent", amount: 8500.5, direction: "out", firstDate: 45901, repeat: "quarterly", until: null },
      { description: "Loan drawdown", amount: 50000, direction: "in", firstDate: 45910, repeat: "once", until: null },
    ]);
    expect(r.issues).toEqual([]);
    expect([r.dataRows, r.blankRows]).toEqual([3, 0]);
  });

  it("reads Chinese headers and words; without an in/out column the sign says it", () => {
    const r = readFlowsRange(
      [
        ["说明", "金额", "首次日期", "频率", "截止日期"],
        ["工资", -80000, "2025年9月15日", "每月", ""],
        ["退税", 3000, 45920, "一次", ""],
      ],
      "现金流",
      "A1",
    );
    expect(r.flows.map((f) => [f.description, f.amount, f.direction, f.repeat])).toEqual([
      ["工资", 80000, "out", "monthly"],
      ["退税", 3000, "in", "once"],
    ]);
  });

  it("every bad row is an issue with its cell address; blank rows are counted; nothing is dropped", () => {
    const r = readFlowsRange(
      [
        ["Description", "Amount", "First date", "Repeat", "Until", "In/out"],
        ["Bad amount", "abc", 45900, "once", "", "out"],
        ["Bad date", 100, "31/31/2025", "once", "", "out"],
        ["Bad repeat", 100, 45900, "fortnightly", "", "out"],
        ["", "", "", "", "", ""],
        ["Until first", 100, 45900, "weekly", 45800, "out"],
        ["Bad direction", 100, 45900, "once", "", "sideways"],
        ["Negative with direction", -100, 45900, "once", "", "in"],
        ["Good", 100, 45900, "weekly", "", "in"],
      ],
      "Flows",
      "C3",
    );
    expect(r.issues.map((i) => [i.address, i.reason.code])).toEqual([
      ["Flows!D4", "cash.flow.badAmount"],
      ["Flows!E5", "cash.flow.badDate"],
      ["Flows!F6", "cash.flow.badRepeat"],
      ["Flows!G8", "cash.flow.untilBefore"],
      ["Flows!H9", "cash.flow.badDirection"],
      ["Flows!D10", "cash.flow.negativeWithDirection"],
    ]);
    expect(r.flows.map((f) => f.description)).toEqual(["Good"]);
    // Every row below the header is a flow, a blank row or an issue.
    expect(r.flows.length + r.blankRows + r.issues.length).toBe(r.dataRows);
    for (const i of r.issues) expect(cashReasonsZh[i.reason.code]).toBeTruthy();
  });

  it("says which required column is missing, naming the header row", () => {
    expect(() =>
      readFlowsRange(
        [
          ["Description", "Sum", "When"],
          ["x", 1, 45900],
        ],
        "Flows",
        "A1",
      ),
    ).toThrow(/header row Flows!A1 has no amount \(金额\) and first date \(首次日期\) column/);
  });
});

describe("flows in several currencies", () => {
  it("reads a currency column (币种): a code per flow, blank = the reporting currency, a bad code an issue", () => {
    const r = readFlowsRange(
      [
        ["说明", "金额", "首次日期", "币种"],
        ["海运费", -1200, 45920, "usd"],
        ["工资", -80000, 45925, ""],
        ["佣金", -300, 45925, "美元"],
      ],
      "现金流",
      "A1",
    );
    expect(r.flows.map((f) => [f.description, f.amount, f.currency])).toEqual([
      ["海运费", 1200, "USD"],
      ["工资", 80000, undefined],
    ]);
    expect(r.issues.map((i) => [i.address, i.reason.code])).toEqual([["'现金流'!D4", "cash.flow.badCurrency"]]);
    expect(cashReasonsZh["cash.flow.badCurrency"]).toContain("币种");
  });
});
