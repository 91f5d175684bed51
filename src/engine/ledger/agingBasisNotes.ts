/**
 * Aging by invoice date needs an invoice date: an invoice without one is aged by its due date instead
 * (analysis/portfolio.ts agingDate), and this note says so, with how many, how much and which cells, so the buckets
 * are never silently a mix of the two bases (METRICS.md "Aging by invoice date").
 */
import { money, reason } from "../model/reason";
import type { AgingBasis, Invoice, LedgerInput, MappingResult, Reason } from "../model/types";
import { fromCents, toCents } from "../model/money";
import { addressMaker } from "./addresses";

/** The addresses listed in the note; the count says how many more there are. */
const SHOWN = 5;

export function agedByDueDateNotes(
  invoices: readonly Invoice[],
  basis: AgingBasis,
  input: LedgerInput,
  mapping: MappingResult,
): Reason[] {
  if (basis !== "invoice") return [];
  const address = addressMaker(input.sheet, input.topLeft);
  const column = mapping.columns.invoiceDate ?? mapping.columns.dueDate ?? 0;
  const shown: string[] = [];
  let count = 0;
  let cents = 0;
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i];
    if (inv.invoiceDate !== null || toCents(inv.openAmount) === 0) continue;
    count++;
    cents += toCents(inv.openAmount);
    if (shown.length < SHOWN) shown.push(address(inv.row, column));
  }
  if (count === 0) return [];
  const rows = count > SHOWN ? `${shown.join(", ")}, …` : shown.join(", ");
  const amount = fromCents(cents);
  const text =
    `aged by invoice date, but ${count} open invoice(s) (${money(amount)}) have no invoice date: ` +
    `they are aged by their due date instead (${rows}); fill the invoice dates to age them as the others`;
  return [reason("analysis.agedByDueDate", { count, amount, rows }, text)];
}
