import { convertCurrencies } from "../../../src/engine/ledger/convertCurrencies";
import type { Invoice } from "../../../src/engine/model/types";
import { toCents } from "../../../src/engine/model/money";

const inv = (row: number, currency: string | null, amount: number, open: number): Invoice => ({
  row,
  customer: "Acme",
  invoiceNumber: `INV-${row}`,
  invoiceDate: 46000,
  dueDate: 46030,
  dueDateDerived: false,
  amount,
  paidAmount: (toCents(amount) - toCents(open)) / 100,
  paidDate: null,
  openAmount: open,
  disputed: false,
  currency,
  termsDays: null,
});
const at = (i: Invoice) => `S!F${i.row + 1}`;
const table = [
  { currency: "USD", rate: 7.19, date: 46357 },
  { currency: "EUR", rate: 7.8123, date: 46357 },
];

describe("converting a ledger in several currencies, invoice by invoice", () => {
  const ledger = [inv(1, "CNY", 1000, 1000), inv(2, "USD", 100.01, 100.01), inv(3, "美元", 333.33, 111.11)];

  test("each invoice to the cent at the table's rate; the originals kept with the rate and its source", () => {
    const r = convertCurrencies(ledger, { reportingCurrency: "CNY", rates: table, addressOf: at });
    expect(r.invoices.map((i) => [i.currency, i.amount, i.paidAmount, i.openAmount])).toEqual([
      ["CNY", 1000, 0, 1000],
      ["CNY", 719.07, 0, 719.07], // 100.01 × 7.19 = 719.0719
      ["CNY", 2396.64, 1597.76, 798.88], // 333.33 × 7.19 = 2396.6427; 111.11 × 7.19 = 798.8809
    ]);
    expect(r.invoices[2].original).toEqual({
      currency: "USD",
      amount: 333.33,
      paidAmount: 222.22,
      openAmount: 111.11,
      rate: 7.19,
      rateSource: "table",
      bookedRate: null,
    });
    expect(r.invoices[0].original).toBeUndefined();
    expect(r.issues).toEqual([]);
    const usd = r.conversion.lines.find((l) => l.currency === "USD")!;
    expect(usd).toMatchObject({ invoices: 2, openOriginal: 211.12, openConverted: 1517.95, rate: 7.19 });
    expect(usd).toMatchObject({ rateSource: "table", rateDate: 46357, leftOut: 0, revaluation: null });
    expect(r.conversion.totalOpen).toBe(2517.95);
    expect(r.conversion.lines[0]).toMatchObject({ currency: "CNY", invoices: 1, openConverted: 1000, rate: 1 });
  });

  test("a currency without any rate is named and left out, never added unconverted", () => {
    const r = convertCurrencies([...ledger, inv(4, "GBP", 50, 50), inv(5, "GBP", 20, 20)], {
      reportingCurrency: "CNY",
      rates: table,
      addressOf: at,
    });
    expect(r.invoices.map((i) => i.row)).toEqual([1, 2, 3]);
    expect(r.issues.map((i) => [i.address, i.severity, i.reason.code, i.reason.params.currency])).toEqual([
      ["S!F5", "excluded", "row.noRate", "GBP"],
      ["S!F6", "excluded", "row.noRate", "GBP"],
    ]);
    expect(r.conversion.missing).toEqual(["GBP"]);
    const gbp = r.conversion.lines.find((l) => l.currency === "GBP")!;
    expect(gbp).toMatchObject({ invoices: 0, leftOut: 2, leftOutOpen: 70, openConverted: 0, rate: null });
    expect(r.notes.map((n) => [n.code, n.params.currencies])).toEqual([["analysis.noRate", "GBP 70.00 (2)"]]);
    expect(r.notes[0].text).toMatch(/never added unconverted/);
  });

  test("the ledger's booked rate comes first; today's table rate gives the exchange gain or loss", () => {
    const booked = (i: Invoice) => (i.row === 2 ? 7.1 : null);
    const r = convertCurrencies(ledger, { reportingCurrency: "CNY", rates: table, addressOf: at, bookedRate: booked });
    expect(r.invoices[1].openAmount).toBe(710.07); // 100.01 × 7.1 = 710.071
    expect(r.invoices[1].original).toMatchObject({ rate: 7.1, rateSource: "ledger", bookedRate: 7.1 });
    expect(r.invoices[2].original).toMatchObject({ rate: 7.19, rateSource: "table", bookedRate: null });
    const usd = r.conversion.lines.find((l) => l.currency === "USD")!;
    expect(usd.rateSource).toBe("ledger");
    // Only the booked invoice is revalued: 719.07 at today's 7.19 against 710.07 booked: a gain of 9.00.
    expect(usd.revaluation).toEqual({
      atBooked: 710.07,
      atToday: 719.07,
      todayRate: 7.19,
      rateDate: 46357,
      gainLoss: 9,
    });
    expect(r.conversion.gainLoss).toBe(9);
  });

  test("converted open amounts add up to the total to the cent, whatever the rates", () => {
    const many = Array.from({ length: 200 }, (_, k) =>
      inv(k, k % 3 === 0 ? "EUR" : "USD", 10 + k * 1.37, 7 + k * 0.91),
    );
    const r = convertCurrencies(many, { reportingCurrency: "CNY", rates: table, addressOf: at });
    const cents = r.invoices.reduce((s, i) => s + toCents(i.openAmount), 0);
    expect(toCents(r.conversion.totalOpen)).toBe(cents);
    const lines = r.conversion.lines.reduce((s, l) => s + toCents(l.openConverted), 0);
    expect(lines).toBe(cents);
    for (const i of r.invoices) expect(toCents(i.amount) - toCents(i.paidAmount)).toBe(toCents(i.openAmount));
  });
});
