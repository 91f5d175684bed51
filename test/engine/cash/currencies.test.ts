import type { Invoice } from "../../../src/engine/model/types";
import type { RateTable } from "../../../src/engine/model/rates";
import { cashInReporting, itemCurrency } from "../../../src/engine/cash/currencies";
import type { OtherFlow } from "../../../src/engine/cash/types";

const A = 45_800;
const inv = (customer: string, amount: number, over: Partial<Invoice> = {}): Invoice => ({
  row: 0,
  customer,
  invoiceNumber: `${customer}-${amount}`,
  invoiceDate: A - 20,
  dueDate: A + 10,
  dueDateDerived: false,
  amount,
  paidAmount: 0,
  paidDate: null,
  openAmount: amount,
  disputed: false,
  currency: null,
  termsDays: 30,
  ...over,
});
/** An invoice the analysis converted at its booked rate (原币 kept in `original`). */
const converted = (customer: string, currency: string, open: number, booked: number): Invoice =>
  inv(customer, Math.round(open * booked * 100) / 100, {
    currency,
    original: {
      currency,
      amount: open,
      paidAmount: 0,
      openAmount: open,
      rate: booked,
      rateSource: "ledger",
      bookedRate: booked,
    },
  });
const rates: RateTable = {
  reportingCurrency: "CNY",
  rates: [
    { currency: "USD", rate: 7.1234, date: A },
    { currency: "JPY", rate: 0.0477, date: A },
  ],
};
const flow = (description: string, amount: number, currency?: string): OtherFlow => ({
  description,
  amount,
  direction: "out",
  firstDate: A + 3,
  repeat: "once",
  until: null,
  ...(currency ? { currency } : {}),
});

describe("the cash plan's items in the reporting currency (本币)", () => {
  const byCustomer = new Map([
    ["Acme", [converted("Acme", "USD", 1_000.55, 7.0), inv("Acme", 500, { currency: "CNY" })]],
    ["Euro", [converted("Euro", "EUR", 333.33, 7.8)]],
    ["Pound", [inv("Pound", 200, { currency: "GBP" })]],
  ]);
  const bills = [inv("Steel", 8_000, { currency: "CNY" }), inv("Chip", 10_000, { currency: "JPY" })];
  const bill = inv("Gb", 50, { currency: "gbp" });
  const c = cashInReporting({ byCustomer, bills: [...bills, bill], flows: [flow("Rent", 99.99, "USD")] }, rates);

  it("receivables: at the rates table's rate (today's) when it has one, else the invoice's own rate", () => {
    const [usd, cny] = c.byCustomer.get("Acme")!;
    expect(usd.openAmount).toBe(7_127.32); // 1,000.55 × 7.1234 = 7,127.317… → 7,127.32
    expect(usd.original).toMatchObject({ currency: "USD", openAmount: 1_000.55, rate: 7.1234, rateSource: "table" });
    expect(cny.openAmount).toBe(500);
    expect(c.byCustomer.get("Euro")![0].openAmount).toBe(2_599.97); // 333.33 × 7.8 = 2,599.974 (booked rate)
  });

  it("a currency without a rate is named and left out, never added unconverted", () => {
    expect(c.byCustomer.has("Pound")).toBe(false);
    expect(c.bills.map((b) => b.openAmount)).toEqual([8_000, 477]); // JPY 10,000 × 0.0477
    expect(c.leftOut).toEqual([
      { currency: "GBP", part: "receivables", items: 1, amount: 200 },
      { currency: "GBP", part: "payables", items: 1, amount: 50 },
    ]);
    expect(c.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["cash.currency.noRate.receivables", "cash.currency.noRate.payables"]),
    );
    expect(c.reasons.find((r) => r.code === "cash.currency.noRate.payables")!.text).toMatch(/GBP 50\.00.*CNY/);
  });

  it("other flows in their own currency, converted per flow to the cent", () => {
    expect(c.flows).toEqual([{ ...flow("Rent", 712.27), currency: "CNY" }]); // 99.99 × 7.1234 = 712.269…
  });

  it("a currency move re-converts exactly the items in that currency", () => {
    const down = cashInReporting(
      { byCustomer, bills, flows: [flow("Rent", 99.99, "USD"), flow("Wages", 100)] },
      rates,
      { currency: "USD", move: -0.05 },
    );
    expect(down.byCustomer.get("Acme")![0].openAmount).toBe(6_770.95); // 1,000.55 × 6.76723 = 6,770.951…
    expect(down.byCustomer.get("Acme")![1].openAmount).toBe(500);
    expect(down.byCustomer.get("Euro")![0].openAmount).toBe(2_599.97);
    expect(down.bills.map((b) => b.openAmount)).toEqual([8_000, 477]);
    expect(down.flows.map((f) => f.amount)).toEqual([676.66, 100]); // 99.99 × 6.76723 = 676.655…
  });

  it("an item's currency: its original, else its own, else the reporting currency", () => {
    expect(itemCurrency(inv("x", 1), "CNY")).toBe("CNY");
    expect(itemCurrency(inv("x", 1, { currency: " usd " }), "CNY")).toBe("USD");
  });
});
