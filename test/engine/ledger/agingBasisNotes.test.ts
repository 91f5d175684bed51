/* Aged by invoice date, a row without an invoice date is aged by its due date: said, never silent. */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { AnalysisSettings } from "../../../src/engine/analysis/types";
import { d } from "../analysis/handLedger";

const values = [
  ["Customer", "Invoice", "Invoice Date", "Due Date", "Amount"],
  ["Acme", "INV-1", d("2025-05-01"), d("2025-05-31"), 100],
  ["Acme", "INV-2", "", d("2025-05-31"), 200],
  ["Beta", "INV-3", "", d("2025-06-15"), 300],
];
const settings: AnalysisSettings = {
  asOf: d("2025-06-30"),
  agingBasis: "invoice",
  dateOrder: "auto",
  riskAppetite: "balanced",
};
const run = (more: Partial<AnalysisSettings> = {}) =>
  analyzeLedger({ values, sheet: "S", topLeft: "A1" }, { ...settings, ...more });

test("aged by invoice date, the open invoices without one are named in a note: aged by their due date instead", () => {
  const a = run();
  const note = a.notes.find((n) => n.code === "analysis.agedByDueDate");
  expect(note?.params).toEqual({ count: 2, amount: 500, rows: "S!C3, S!C4" });
  expect(note?.text).toContain("aged by their due date");
});

test("aged by due date, no such note", () => {
  expect(run({ agingBasis: "due" }).notes.map((n) => n.code)).not.toContain("analysis.agedByDueDate");
});
