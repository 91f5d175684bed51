/**
 * A second click on the same entry: a new row that repeats one already in the log (same day, customer, channel,
 * stage, outcome, invoice, promise and note) is refused rather than written twice.
 */
import { toCents } from "../model/money";
import { customerKey } from "../ledger/customerKey";
import type { LogEntry, NewLogRow } from "./log";

export function alreadyLogged(entries: readonly LogEntry[], row: NewLogRow): boolean {
  const cents = (v: number | null | undefined) => (v === null || v === undefined ? null : toCents(v));
  return entries.some(
    (e) =>
      e.date === row.date &&
      customerKey(e.customer) === customerKey(row.customer) &&
      e.channel === row.channel &&
      e.stage === row.stage &&
      e.outcome === row.outcome.trim() &&
      e.invoice === (row.invoice ?? "").trim() &&
      e.note === (row.note ?? "").trim() &&
      e.promisedDate === (row.promisedDate ?? null) &&
      cents(e.promisedAmount) === cents(row.promisedAmount),
  );
}
