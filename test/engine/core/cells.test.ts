import { cellText, isBlank, parseFlag, parseMoney, parseNumber } from "../../../src/engine/core/cells";

const money = (v: unknown) => {
  const r = parseMoney(v);
  return r.ok ? r.value : `problem: ${r.problem}`;
};

describe("parseMoney", () => {
  it.each([
    [1234.5, 1234.5],
    ["1,234.50", 1234.5],
    ["¥1,234.50", 1234.5],
    ["￥1,234.50", 1234.5],
    ["$ 99", 99],
    ["USD 99.10", 99.1],
    ["1 234.50 元", 1234.5],
    ["(120.00)", -120],
    ["120.00-", -120],
    ["120.00 CR", -120],
    ["-¥5", -5],
    ["¥-5", -5],
    ["+7", 7],
    [".5", 0.5],
    ["1,234,567", 1234567],
    ["1.2万", 12000],
    ["¥3亿", 300000000],
    ["-2.5万元", -25000],
  ])("reads %p as %p", (input, expected) => {
    expect(money(input)).toBe(expected);
  });
  it.each([["abc"], [""], [null], [true], ["#VALUE!"], ["1.2.3"], ["12abc"], ["万"]])(
    "rejects %p with a reason",
    (input) => {
      expect(money(input)).toMatch(/^problem: /);
    },
  );
  // Brackets already say "negative": a minus sign or CR inside them as well is two signs, and reading it as +100
  // (two negatives) or −100 would be a guess either way.
  it.each([["(-100)"], ["(100-)"], ["(100 CR)"], ["(¥-100)"], ["-(100)"]])(
    "refuses %p: brackets and a minus sign",
    (input) => {
      expect(money(input)).toMatch(/^problem: .*both brackets and a minus sign/);
    },
  );
  // A decimal comma read as a thousands separator would multiply the amount by 100: refused, never guessed.
  it.each([["1 234,50"], ["1.234,50"], ["12,5"], ["1,23"], ["1,2345.00"]])(
    "refuses %p: commas must group thousands",
    (input) => {
      expect(money(input)).toMatch(/^problem: .*commas must separate thousands/);
    },
  );
});

describe("parseNumber, parseFlag, cellText, isBlank", () => {
  it("reads numbers with separators and percentages", () => {
    expect(parseNumber("1,000")).toEqual({ ok: true, value: 1000 });
    expect(parseNumber("12.5%")).toEqual({ ok: true, value: 0.125 });
    expect(parseNumber("x").ok).toBe(false);
  });
  it("reads yes/no flags in English and Chinese", () => {
    for (const yes of ["Yes", "TRUE", "y", "是", 1, true]) expect(parseFlag(yes)).toEqual({ ok: true, value: true });
    for (const no of ["No", "false", "否", 0, false, "", null])
      expect(parseFlag(no)).toEqual({ ok: true, value: false });
    expect(parseFlag("maybe").ok).toBe(false);
  });
  it("treats empty strings and null as blank, keeps identifiers as text", () => {
    expect(isBlank("  ")).toBe(true);
    // Any white space JavaScript's trim knows: tabs, line breaks, no-break and ideographic spaces, BOM.
    for (const ws of ["\t", "\r\n", "\u00a0", "\u3000", "\u2003", "\ufeff", " \u3000 "]) expect(isBlank(ws)).toBe(true);
    for (const text of ["a", " a", "\u3000客户", "客户", "0", "~"]) expect(isBlank(text)).toBe(false);
    expect(isBlank(0)).toBe(false);
    expect(cellText(611365)).toBe("611365");
    expect(cellText(" ACME ")).toBe("ACME");
  });
});
