import { reconcile, type ReconcileInput } from "../../../src/engine/ledger/reconcile";
import type { Invoice, MappingResult } from "../../../src/engine/model/types";

const inv = (row: number, customer: string, amount: number, openAmount = amount): Invoice => ({
  row,
  customer,
  invoiceNumber: String(row),
  invoiceDate: 45_000,
  dueDate: 45_030,
  dueDateDerived: false,
  amount,
  paidAmount: amount - openAmount,
  paidDate: null,
  openAmount,
  disputed: false,
  currency: null,
  termsDays: null,
});

// Header on row 0; Alpha's rows 1–2 and its subtotal on 3; Beta's row 4, a draft on 5, its subtotal on 6; total on 7.
const values = [
  ["Customer", "Invoice", "Amount"],
  ["Alpha", "1", 100],
  ["Alpha", "2", 50],
  ["Alpha Total", "", 150],
  ["Beta", "4", 80],
  ["Beta", "draft", 20],
  ["Beta Total", "", 90],
  ["TOTAL", "", 240],
];
const mapping = { headerRow: 0, columns: { amount: 2, openAmount: null, currency: null } } as unknown as MappingResult;
const input = (over: Partial<ReconcileInput> = {}): ReconcileInput => ({
  values,
  mapping,
  invoices: [inv(1, "Alpha", 100), inv(2, "Alpha", 50), inv(4, "Beta", 80)],
  totals: [
    { row: 3, kind: "subtotal", label: "Alpha Total" },
    { row: 6, kind: "subtotal", label: "Beta Total" },
    { row: 7, kind: "total", label: "TOTAL" },
  ],
  rows: new Map(),
  skipped: [{ kind: "notPosted", rows: [5] }],
  voided: [],
  ...over,
});

describe("the export's own totals against what was counted", () => {
  it("compares each subtotal and the total over the rows it covers, naming the rows left out inside", () => {
    const r = reconcile(input())!;
    expect(r.figure).toBe("amount");
    expect(r.lines.map((l) => [l.scope, l.customer, l.exportTotal, l.counted, l.difference, l.leftOut])).toEqual([
      ["customer", "Alpha", 150, 150, 0, []],
      ["customer", "Beta", 90, 80, -10, [5]],
      ["total", null, 240, 230, -10, [5]],
    ]);
    expect(r.matches).toBe(false);
  });

  it("matches when every line does; nothing to compare without totals rows", () => {
    const fixed = values.map((row, i) => (i === 6 ? ["Beta Total", "", 80] : i === 7 ? ["TOTAL", "", 230] : row));
    expect(reconcile(input({ values: fixed }))!.matches).toBe(true);
    expect(reconcile(input({ totals: [] }))).toBeNull();
  });
});
