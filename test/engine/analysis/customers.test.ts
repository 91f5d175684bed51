import {
  SALES_HISTORY_DAYS,
  assessCustomers,
  groupByCustomer,
  monthlySales,
} from "../../../src/engine/analysis/customers";
import type { AssessmentContext, Invoice } from "../../../src/engine/analysis/types";
import { invoiceOf, paidOn } from "../invoiceOf";

const AS_OF = 46_000;
const inv = (customer: string, amount: number, invoiceDate: number, paidDate: number | null = null): Invoice =>
  invoiceOf({
    row: 0,
    customer,
    invoiceNumber: `${customer}-${invoiceDate}`,
    invoiceDate,
    dueDate: invoiceDate + 30,
    amount,
    termsDays: 30,
    ...paidOn(amount, paidDate),
  });

describe("customers", () => {
  const invoices = [
    inv("Alpha", 1200, AS_OF - 100, AS_OF - 60),
    inv("Beta", 500, AS_OF - 40),
    inv("Alpha", 2400, AS_OF - 20),
    inv("Alpha", 9999, AS_OF - SALES_HISTORY_DAYS - 1, AS_OF - 300),
  ];

  it("groups invoices by customer in the ledger's order", () => {
    const groups = groupByCustomer(invoices);
    expect([...groups.keys()]).toEqual(["Alpha", "Beta"]);
    expect(groups.get("Alpha")!.map((i) => i.amount)).toEqual([1200, 2400, 9999]);
  });

  it("monthly sales: the last 12 months' sales over the history, at least a month", () => {
    const alpha = groupByCustomer(invoices).get("Alpha")!;
    expect(monthlySales(alpha, AS_OF, 365)).toBeCloseTo(3600 / 12, 9); // the 9,999 is older than 12 months
    expect(monthlySales(alpha, AS_OF, 5)).toBeCloseTo(3600, 9); // a history under a month counts as one
  });

  it("assesses each customer, largest open amount first, with its share of receivables", () => {
    const ctx: AssessmentContext = {
      asOf: AS_OF,
      agingBasis: "due",
      agingEdges: [0, 30, 60, 90],
      riskAppetite: "balanced",
      currency: "USD",
      totalOpen: 2900,
      portfolioDaysLate: 10,
    };
    const assessed = assessCustomers(invoices, ctx);
    expect(assessed.map((c) => [c.customer, c.openAmount])).toEqual([
      ["Alpha", 2400],
      ["Beta", 500],
    ]);
    expect(assessed[0].shareOfAR).toBeCloseTo(2400 / 2900, 12);
    for (const c of assessed) expect(c.grade).toBeGreaterThanOrEqual(1);
  });
});
