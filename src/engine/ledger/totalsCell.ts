/**
 * The totals line of a ledger (合计, 小计, Total, Grand total…): counted as an invoice it would double the receivables.
 */
import { isBlank } from "../core/cells";
import { totalsKind } from "./totalsLine";

/** A totals line of the ledger in any spelling (totalsLine.ts). */
export function isTotalsText(value: unknown): boolean {
  return totalsKind(value) !== null;
}

/**
 * The totals cell of a totals line. A totals word (in the customer cell or any other) marks a totals line only when
 * the row has no invoice number of its own: a customer may be called "Total" or "SUM", and an invoice may carry the
 * word in a remark. A number in the invoice column of a row without any date (合计 | 2 | | | 600) is the count of
 * invoices a totals line often shows, not an invoice number of its own.
 */
export function totalsCell(
  row: readonly unknown[],
  customerColumn: number,
  invoiceNumber: unknown,
  hasDate: boolean,
): { column: number; label: string } | null {
  if (!isBlank(invoiceNumber) && !isTotalsText(invoiceNumber) && (hasDate || typeof invoiceNumber !== "number"))
    return null;
  if (customerColumn >= 0 && isTotalsText(row[customerColumn]))
    return { column: customerColumn, label: (row[customerColumn] as string).trim() };
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (isTotalsText(v)) return { column: c, label: (v as string).trim() };
  }
  return null;
}
