/* Without a currency column, the currency marks of the amount cells and their number formats are one. */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { AnalysisSettings, LedgerInput } from "../../../src/engine/analysis/types";
import { amountCurrencies } from "../../../src/engine/ledger/amountCurrency";
import { d } from "../analysis/handLedger";

const HEAD = ["Customer", "Invoice", "Invoice Date", "Due Date", "Amount"];
const row = (n: number, amount: unknown) => ["Acme", `INV-${n}`, d("2025-05-01"), d("2025-05-31"), amount];
const settings: AnalysisSettings = {
  asOf: d("2025-06-30"),
  agingBasis: "due",
  dateOrder: "auto",
  riskAppetite: "balanced",
};
const run = (input: Omit<LedgerInput, "sheet" | "topLeft">, more: Partial<AnalysisSettings> = {}) =>
  analyzeLedger({ sheet: "S", topLeft: "A1", ...input }, { ...settings, ...more });

describe("currency marks in the amount cells", () => {
  const values = [HEAD, row(1, "$1,000.00"), row(2, "€1,000.00"), row(3, "$500.00")];

  test("$1,000 + €1,000 + $500 is never 2,500: without rates both are left out of the CNY figures, and named", () => {
    const a = run({ values });
    expect(a.notes.map((n) => [n.code, n.params.currencies])).toEqual([
      ["analysis.noRate", "EUR 1,000.00 (1); USD 1,500.00 (2)"],
    ]);
    expect(a.portfolio.totalOpen).toBe(0);
    expect(a.ledgerCurrencies).toEqual([
      { code: "USD", rows: 2 },
      { code: "EUR", rows: 1 },
    ]);
    expect(a.settings.currency).toBe("CNY");
    const inUsd = run({ values }, { reportingCurrency: "USD", rates: [{ currency: "EUR", rate: 1.1, date: null }] });
    expect(inUsd.portfolio.totalOpen).toBe(2600);
  });

  test("one currency chosen: only its rows are analysed, the others named at their amount cell", () => {
    const usd = run({ values }, { onlyCurrency: "USD" });
    expect(usd.portfolio.totalOpen).toBe(1500);
    expect(usd.notes).toEqual([]);
    expect(usd.issues.map((i) => [i.address, i.reason.code, i.reason.params.currency])).toEqual([
      ["S!E3", "row.otherCurrency", "EUR"],
    ]);
    const eur = run({ values }, { onlyCurrency: "EUR" });
    expect(eur.portfolio.totalOpen).toBe(1000);
  });

  test.each([
    ["¥1,000.00", "CNY"],
    ["CNY 100", "CNY"],
    ["US$5", "USD"],
    ["HK$5", "HKD"],
    ["1,000.00 元", "CNY"],
    ["£3", "GBP"],
    ["RMB 8", "CNY"],
  ])("%s is read as %s", (text, code) => {
    expect(run({ values: [HEAD, row(1, text), row(2, "€1")] }).ledgerCurrencies.map((c) => c.code)).toContain(code);
  });

  test("a single currency throughout gives no note", () => {
    const a = run({ values: [HEAD, row(1, "$1,000.00"), row(2, "$500.00"), row(3, 20)] });
    expect(a.notes).toEqual([]);
    expect(a.settings.currency).toBe("USD");
  });
});

describe("currency number formats of the amount cells", () => {
  test('[$$-409] and [$€-407] on numbers are two currencies, left out without rates; [$¥-804] and "¥" are CNY', () => {
    const values = [HEAD, row(1, 1000), row(2, 1000), row(3, 500), row(4, 7), row(5, 8)];
    const fmt = (f: string) => ["@", "@", "yyyy-mm-dd", "yyyy-mm-dd", f];
    const numberFormats = [
      fmt("General"),
      fmt("[$$-409]#,##0.00"),
      fmt("[$€-407] #,##0.00"),
      fmt("[$$-409]#,##0.00"),
      fmt("[$¥-804]#,##0.00"),
      fmt('"¥"#,##0.00'),
    ];
    const a = run({ values, numberFormats });
    expect(a.ledgerCurrencies).toEqual([
      { code: "CNY", rows: 2 },
      { code: "USD", rows: 2 },
      { code: "EUR", rows: 1 },
    ]);
    expect(a.notes.map((n) => [n.code, n.params.currencies])).toEqual([
      ["analysis.noRate", "EUR 1,000.00 (1); USD 1,500.00 (2)"],
    ]);
  });
});

describe("the money cells of one row", () => {
  test("a payment marked in another currency than its invoice is an issue naming the paid cell", () => {
    const values = [
      [...HEAD, "Paid Amount"],
      [...row(1, "$1,000.00"), "€400.00"],
      [...row(2, "$1,000.00"), "$400.00"],
    ];
    const a = run({ values });
    expect(a.issues.map((i) => [i.address, i.severity, i.reason.code])).toEqual([
      ["S!F2", "excluded", "row.currencyMarkDiffers"],
    ]);
    expect(a.portfolio.totalOpen).toBe(600);
  });

  test("a currency column wins; an amount marked otherwise on its row is an issue", () => {
    const values = [
      [...HEAD, "Currency"],
      [...row(1, "€1,000.00"), "USD"],
      [...row(2, "$1,000.00"), "USD"],
    ];
    const a = run({ values });
    expect(a.issues.map((i) => [i.address, i.reason.code, i.reason.params.mark, i.reason.params.currency])).toEqual([
      ["S!E2", "row.currencyMarkDiffers", "EUR", "USD"],
    ]);
  });
});

describe("amountCurrencies", () => {
  test("reads text marks first, then the cell's number format, and caches formats", () => {
    const read = amountCurrencies([["General", "[$€-407] #,##0.00"]]);
    expect(read("$5", 0, 1)).toBe("USD");
    expect(read(5, 0, 1)).toBe("EUR");
    expect(read(5, 0, 0)).toBeNull();
    expect(read("5", 0, 0)).toBeNull();
    expect(amountCurrencies(undefined)(5, 0, 0)).toBeNull();
  });
});
