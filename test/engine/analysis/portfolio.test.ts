import {
  agingDate,
  customerRowsOf,
  groupByCustomer,
  LONG_LISTS,
  isSettled,
  paymentBehaviour,
  summarizePortfolio,
  type PortfolioSettings,
} from "../../../src/engine/analysis/portfolio";
import type { Invoice } from "../../../src/engine/analysis/types";
import { invoiceOf } from "../invoiceOf";

const AS_OF = 46_000;
const inv = (over: Partial<Invoice>): Invoice =>
  invoiceOf({ row: 0, customer: "A", invoiceDate: AS_OF - 60, dueDate: AS_OF - 30, termsDays: 30, ...over });
const paid = (over: Partial<Invoice>) => inv({ paidAmount: 1000, openAmount: 0, ...over });
/** Aged by due date in the usual buckets, DSO over 90 days. */
const DUE_90: PortfolioSettings = {
  asOf: AS_OF,
  agingBasis: "due",
  agingEdges: [0, 30, 60, 90],
  dsoWindowDays: 90,
  currency: "USD",
};

describe("the portfolio summary", () => {
  it("ages from the due date, or the invoice date when asked and known", () => {
    const i = inv({});
    expect([agingDate(i, "due"), agingDate(i, "invoice")]).toEqual([AS_OF - 30, AS_OF - 60]);
    expect(agingDate(inv({ invoiceDate: null }), "invoice")).toBe(AS_OF - 30);
  });

  it("a settled invoice is fully paid with a date; a partial payment or a credit note is not", () => {
    expect(isSettled(paid({ paidDate: AS_OF - 5 }))).toBe(true);
    expect(isSettled(inv({ paidAmount: 400, openAmount: 600, paidDate: AS_OF - 5 }))).toBe(false);
    expect(isSettled(paid({ paidDate: null }))).toBe(false);
    expect(isSettled(paid({ amount: -100, paidDate: AS_OF - 5 }))).toBe(false);
  });

  it("weighted days to pay and late over settled invoices (early payment counts 0 days late)", () => {
    // 1,000 paid 40 days after billing (10 late) and 3,000 paid 20 days after billing (10 early).
    const behaviour = paymentBehaviour([
      paid({ paidDate: AS_OF - 20 }),
      paid({ amount: 3000, paidAmount: 3000, paidDate: AS_OF - 40 }),
      inv({}),
    ]);
    expect(behaviour).toEqual({ weightedDaysToPay: (1000 * 40 + 3000 * 20) / 4000, weightedDaysLate: 2.5 });
    expect(paymentBehaviour([inv({})])).toEqual({ weightedDaysToPay: null, weightedDaysLate: null });
  });

  it("ages the open amounts in buckets, by customer largest first, with DSO over the window", () => {
    const settings = DUE_90;
    const invoices = [
      inv({ customer: "B", dueDate: AS_OF + 10, amount: 500, openAmount: 500 }), // current
      inv({}), // 30 days past due: 1–30
      inv({ customer: "B", dueDate: AS_OF - 100, invoiceDate: AS_OF - 130, disputed: true }), // 91+, before window
    ];
    const { portfolio, aging } = summarizePortfolio(invoices, settings);
    expect(aging.totals).toEqual([500, 1000, 0, 0, 1000]);
    expect(aging.byCustomer.map((r) => [r.customer, r.total])).toEqual([
      ["B", 1500],
      ["A", 1000],
    ]);
    expect(portfolio).toMatchObject({
      totalOpen: 2500,
      currentOpen: 500,
      overdueOpen: 2000,
      overdueShare: 0.8,
      over90Share: 0.4,
      customerCount: 2,
      creditSalesInWindow: 1500,
      disputedOpen: 1000,
    });
    expect(portfolio.dso).toBeCloseTo((2500 / 1500) * 90, 12); // ending AR / window's sales × days
  });

  it("reads the invoices grouped by customer as the analysis groups them: the same figures", () => {
    const settings: PortfolioSettings = {
      asOf: AS_OF,
      agingBasis: "invoice",
      agingEdges: [30, 60, 90],
      dsoWindowDays: 30,
      currency: "USD",
    };
    const invoices = [
      inv({ customer: "C", amount: 10.01, openAmount: 10.01 }),
      paid({ customer: "A", paidDate: AS_OF - 50 }),
      inv({ customer: "C", invoiceDate: AS_OF - 10, amount: 0.1, openAmount: 0.1 }),
      inv({ customer: "B", amount: -20.5, openAmount: -20.5 }),
    ];
    const groups = groupByCustomer(invoices);
    expect([...groups.keys()]).toEqual(["C", "A", "B"]);
    const { aging, portfolio } = summarizePortfolio(invoices, settings, groups);
    expect({ aging, portfolio }).toEqual(summarizePortfolio(invoices, settings));
    expect(aging.byCustomer.map((r) => [r.customer, r.total, r.buckets])).toEqual([
      ["C", 10.11, [0.1, 10.01, 0, 0]],
      ["A", 0, [0, 0, 0, 0]],
      ["B", -20.5, [0, -20.5, 0, 0]],
    ]);
    expect(portfolio.customerCount).toBe(3);
  });
});

describe("the tally in the ledger's order (few customers, long lists) or customer by customer (many, short)", () => {
  // Customers interleaved, with credits, disputes, payments before and in the DSO window, and fractions of a cent.
  const ledgerOf = (customers: number) =>
    Array.from({ length: 120 }, (_, i) =>
      inv({
        row: i,
        customer: `C${(i * 7) % customers}`,
        amount: i % 9 === 0 ? -(i + 0.01) : 100 + i * 3.33,
        openAmount: i % 3 === 0 ? 0 : i % 9 === 0 ? -(i + 0.01) : 100 + i * 3.33,
        paidDate: i % 3 === 0 ? AS_OF - (i % 50) : null,
        dueDate: AS_OF - ((i * 13) % 200),
        invoiceDate: i % 11 === 0 ? null : AS_OF - ((i * 13) % 200) - 30,
        disputed: i % 5 === 0,
      }),
    );
  const settings = DUE_90;

  it("customerRowsOf: each invoice's customer's position among the groups", () => {
    const ledger = ledgerOf(4);
    const groups = groupByCustomer(ledger);
    const names = [...groups.keys()];
    expect(names).toEqual(["C0", "C3", "C2", "C1"]);
    customerRowsOf(ledger, groups).forEach((k, i) => expect(names[k]).toBe(ledger[i].customer));
  });

  it.each([
    ["4 customers, ledger order", 4],
    ["30 customers (exactly 4 invoices each), ledger order", 30],
    ["100 customers, customer by customer", 100],
  ])("%s: each customer's aging row is its invoices tallied alone; the totals their sums", (_, customers) => {
    const ledger = ledgerOf(customers);
    const groups = groupByCustomer(ledger);
    expect(groups.size * LONG_LISTS <= ledger.length).toBe(customers <= 30);
    const whole = summarizePortfolio(ledger, settings, groups);
    expect(summarizePortfolio(ledger, settings)).toEqual(whole);
    const sums = whole.aging.totals.map(() => 0);
    for (const row of whole.aging.byCustomer) {
      const alone = summarizePortfolio(groups.get(row.customer)!, settings);
      expect(row.buckets).toEqual(alone.aging.totals);
      row.buckets.forEach((b, j) => (sums[j] += Math.round(b * 100)));
    }
    expect(sums.map((c) => c / 100)).toEqual(whole.aging.totals);
  });
});
