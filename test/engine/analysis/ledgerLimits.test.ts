/**
 * The ledger's own limit columns feed the limits the user keeps: a credit-limit column (the user's limit in its
 * accounting system) and the insured-limit column (the insurer's buyer limit). Rows of one customer that disagree
 * are a warning naming the cells; a cell that is not an amount is a warning naming it.
 */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { ledgerLimits } from "../../../src/engine/analysis/ledgerLimits";
import type { Analysis, AnalysisSettings } from "../../../src/engine/analysis/types";
import { mapHeaders } from "../../../src/engine/ledger/columns";
import { reasonTemplatesZh } from "../../../src/i18n/reasons.zh-CN";
import { reasonText } from "../../../src/i18n/translate";
import { AS_OF, d } from "./handLedger";

const HEAD = [
  "Customer",
  "Invoice No",
  "Invoice Date",
  "Due Date",
  "Amount",
  "Paid Date",
  "Credit limit",
  "Insured limit",
];
const rows = (): unknown[][] => [
  HEAD,
  ["Alpha", "A-1", d("2025-05-01"), d("2025-05-31"), 3000, "", 5000, ""], // row 2
  ["Alpha", "A-2", d("2025-06-01"), d("2025-07-01"), 3000, "", "5,000.00", ""],
  ["Beta", "B-1", d("2025-06-10"), d("2025-07-10"), 1000, "", 4000, ""], // row 4: the latest of Beta's invoices
  ["Beta", "B-2", d("2025-04-01"), d("2025-05-01"), 1000, "", 3000, ""],
  ["Gamma", "G-1", d("2025-05-01"), d("2025-05-31"), 2600, "", "", 2000], // row 6
  ["Gamma", "G-2", d("2025-06-01"), d("2025-07-01"), 100, "", "", 2500],
  ["Delta", "D-1", d("2025-06-01"), d("2025-07-01"), 800, "", "abc", ""], // row 8
  ["Epsilon", "E-1", d("2025-06-01"), d("2025-07-01"), 1200, "", 1000, 500], // row 9
];

const run = (values: unknown[][], extra: Partial<AnalysisSettings> = {}): Analysis =>
  analyzeLedger(
    { values, sheet: "Ledger", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced", ...extra },
  );

test("the credit-limit column is found by its English and Chinese names", () => {
  expect(mapHeaders(["Customer", "Amount", "Credit Limit"])).toMatchObject({ creditLimit: 2, insuredLimit: null });
  expect(mapHeaders(["客户", "金额", "信用额度"]).creditLimit).toBe(2);
  expect(mapHeaders(["客户", "金额", "授信额度", "保险限额"])).toMatchObject({ creditLimit: 2, insuredLimit: 3 });
  expect(mapHeaders(["Customer", "Amount"]).creditLimit).toBeNull();
});

test("each customer's limit from the ledger: its own column over the insurer's, disagreements named", () => {
  const a = run(rows());
  const kept = Object.fromEntries(a.customers.map((c) => [c.customer, c.keptLimit ?? null]));
  expect(kept).toEqual({
    Alpha: { customer: "Alpha", amount: 5000, source: "user" },
    Beta: { customer: "Beta", amount: 4000, source: "user" },
    Gamma: { customer: "Gamma", amount: 2500, source: "insurer" },
    Delta: null,
    Epsilon: { customer: "Epsilon", amount: 1000, source: "user" },
  });
  const over = a.customers.filter((c) => c.overLimit).map((c) => c.customer);
  expect(over).toEqual(["Alpha", "Gamma", "Epsilon"]);
  const limitIssues = a.issues.filter((i) => i.field === "creditLimit" || i.field === "insuredLimit");
  expect(limitIssues.map((i) => [i.address, i.severity, i.reason.code])).toEqual([
    ["Ledger!G4", "warning", "limits.creditDiffers"],
    ["Ledger!H7", "warning", "limits.insuredDiffers"],
    ["Ledger!G8", "warning", "limits.creditBad"],
  ]);
  const [beta, gamma, delta] = limitIssues.map((i) => i.reason);
  expect(beta.text).toBe(
    "Beta's credit limit differs between its rows: 4,000.00 (Ledger!G4), 3,000.00 (Ledger!G5); " +
      "the one on its latest invoice, 4,000.00 (Ledger!G4), is used",
  );
  expect(reasonText(gamma, "en", {}, "CNY")).toBe(
    "Gamma's insured limit differs between its rows: 2,000.00 (Ledger!H6), 2,500.00 (Ledger!H7); " +
      "the largest, 2,500.00 (Ledger!H7), is used",
  );
  expect(reasonText(beta, "zh-CN", reasonTemplatesZh, "CNY")).toBe(
    "Beta 各行的信用额度不一致：4,000.00（Ledger!G4）、3,000.00（Ledger!G5）；采用最近一张发票上的 4,000.00（Ledger!G4）",
  );
  expect(reasonText(gamma, "zh-CN", reasonTemplatesZh, "CNY")).toBe(
    "Gamma 各行的保险限额不一致：2,000.00（Ledger!H6）、2,500.00（Ledger!H7）；采用最大的 2,500.00（Ledger!H7）",
  );
  expect(reasonText(delta, "zh-CN", reasonTemplatesZh, "CNY")).toMatch(/^Delta 的信用额度：.+；该单元格不使用$/);
  // Warnings only: every row is still an invoice.
  expect(a.counts.invoices).toBe(8);
});

test("a limit typed in a limits range wins over the column; an accepted proposal does not, the insurer's never", () => {
  const a = run(rows(), {
    keptLimits: [
      { customer: "Alpha", amount: 9000, source: "user" },
      { customer: "Beta", amount: 100, source: "accepted" },
      { customer: "Gamma", amount: 700, source: "accepted" },
    ],
  });
  const kept = new Map(a.customers.map((c) => [c.customer, c.keptLimit]));
  expect(kept.get("Alpha")).toEqual({ customer: "Alpha", amount: 9000, source: "user" });
  expect(kept.get("Beta")).toEqual({ customer: "Beta", amount: 4000, source: "user" });
  expect(kept.get("Gamma")).toEqual({ customer: "Gamma", amount: 700, source: "accepted" });
});

test("without limit columns there is nothing to read", () => {
  const values = rows().map((r) => r.slice(0, 6));
  const a = run(values);
  expect(a.customers.every((c) => !c.keptLimit)).toBe(true);
  expect(ledgerLimits({ values, sheet: "Ledger", topLeft: "A1" }, a.mapping.columns, [])).toEqual({
    limits: [],
    issues: [],
  });
});
