/**
 * The proof that an export was read right: the export's own subtotal and total rows compared with the sum of what
 * was counted over the rows each one covers — per customer (a customer's 小计 or group row), per section and in
 * total, per currency. A subtotal covers the documents since the previous subtotal, total or group row; a total all
 * documents since the previous total; a group row with sums ("Partner (4)") the documents below it up to the next
 * group or totals row. The figure compared is the open amount where the ledger gives one, else the amount.
 * A difference is shown with the rows left out inside the span (drafts, voided documents) that may explain it.
 */
import { isBlank, parseMoney } from "../core/cells";
import { fromCents, toCents } from "../model/money";
import type { Invoice, MappingResult } from "../model/types";
import type { TotalsRow } from "./rowKinds";
import type { SkippedRows } from "./skippedRows";

export interface ReconcileLine {
  /** "customer" when every document it covers is one customer's. */
  scope: "total" | "customer" | "section";
  /** The export's label ("TOTAL", "合计", "Delmar Auto Body (1)"); "" for frappe's unlabelled total row. */
  label: string;
  /** 0-based row of the totals row within the range. */
  row: number;
  currency: string | null;
  /** The customer when scope is "customer". */
  customer: string | null;
  exportTotal: number;
  counted: number;
  /** counted − exportTotal, to the cent. */
  difference: number;
  /** Rows left out inside the span (drafts, voided) that may explain a difference. */
  leftOut: number[];
}

export interface Reconciliation {
  /** Which figure was compared: the open amount or the amount. */
  figure: "open" | "amount";
  lines: ReconcileLine[];
  /** Every line matches to the cent. */
  matches: boolean;
}

export interface ReconcileInput {
  values: readonly (readonly unknown[] | undefined)[];
  mapping: MappingResult;
  invoices: readonly Invoice[];
  totals: readonly TotalsRow[];
  /** Rows read in another form (debit and credit folded): the totals rows are read the same way. */
  rows: ReadonlyMap<number, readonly unknown[]>;
  skipped: readonly SkippedRows[];
  voided: readonly number[];
}

const num = (v: unknown): number | null => {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (isBlank(v)) return null;
  const m = parseMoney(v);
  return m.ok ? m.value : null;
};

/** The first and last row each totals row covers (see the file comment). */
function spans(totals: readonly TotalsRow[], start: number, end: number): { from: number; to: number }[] {
  return totals.map((t, i) => {
    if (t.kind === "group") return { from: t.row + 1, to: (totals[i + 1]?.row ?? end) - 1 };
    const stop = totals
      .slice(0, i)
      .reverse()
      .find((p) => (t.kind === "total" ? p.kind === "total" : true));
    return { from: stop ? stop.row + 1 : start, to: t.row - 1 };
  });
}

/** The currency of a span: the totals row's own, else the one currency of its documents; undefined when mixed. */
function spanCurrency(
  row: readonly unknown[],
  column: number | null,
  covered: readonly Invoice[],
): string | null | undefined {
  const own =
    column === null
      ? ""
      : String(row[column] ?? "")
          .trim()
          .toUpperCase();
  if (own !== "") return own;
  const found = new Set(covered.map((i) => i.currency));
  if (found.size > 1) return undefined;
  return covered[0]?.currency ?? null;
}

/** Null when the export has no totals rows with a figure to compare. */
export function reconcile(input: ReconcileInput): Reconciliation | null {
  const { mapping, invoices, totals } = input;
  const figure = mapping.columns.openAmount !== null ? "open" : "amount";
  const column = mapping.columns.openAmount ?? mapping.columns.amount;
  if (column === null || totals.length === 0) return null;
  const leftOutRows = [...input.skipped.filter((s) => s.kind === "notPosted").flatMap((s) => s.rows), ...input.voided];
  const ranges = spans(totals, mapping.headerRow + 1, input.values.length);
  const lines: ReconcileLine[] = [];
  totals.forEach((t, i) => {
    const row = input.rows.get(t.row) ?? input.values[t.row] ?? [];
    const exportTotal = num(row[column]);
    if (exportTotal === null) return; // the export gives no figure in this column (用友's 合计 in 本币 only)
    const { from, to } = ranges[i];
    const covered = invoices.filter((inv) => inv.row >= from && inv.row <= to);
    const currency = spanCurrency(row, mapping.columns.currency, covered);
    if (currency === undefined) return; // a total over several currencies compares nothing
    const inCurrency = covered.filter((inv) => (inv.currency ?? null) === currency || currency === null);
    const cents = inCurrency.reduce((sum, inv) => sum + toCents(figure === "open" ? inv.openAmount : inv.amount), 0);
    const customers = new Set(inCurrency.map((inv) => inv.customer));
    const scope = t.kind === "total" ? "total" : customers.size === 1 ? "customer" : "section";
    lines.push({
      scope,
      label: t.label,
      row: t.row,
      currency,
      customer: scope === "customer" ? [...customers][0] : null,
      exportTotal,
      counted: fromCents(cents),
      difference: fromCents(cents - toCents(exportTotal)),
      leftOut: leftOutRows.filter((r) => r >= from && r <= to).sort((a, b) => a - b),
    });
  });
  if (lines.length === 0) return null;
  return { figure, lines, matches: lines.every((l) => l.difference === 0) };
}
