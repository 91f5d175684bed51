/**
 * The rate an invoice was booked at, from its own row: the local amount (本币, SAP's amount in local currency) divided
 * by the amount (原币), or the rate column (汇率). A rate column is read as reporting-currency units per unit of the
 * invoice's currency (用友, 金蝶, SAP show it so), except Xero's "CurrencyRate", which Xero quotes the other way
 * round (units of the invoice's currency per unit of the organisation's): it is inverted. The local amount is taken
 * to be in the reporting currency. An unreadable cell is a warning naming it, and the rates table decides for that
 * invoice. docs/METRICS.md, "Several currencies".
 */
import { isBlank, parseMoney } from "../core/cells";
import { reason } from "../model/reason";
import type { Invoice, LedgerInput, MappingResult, RowIssue } from "../model/types";
import { addressMaker } from "./addresses";
import { normalizeHeader } from "./layout";

export interface LedgerRates {
  /** Reporting-currency units per unit of the invoice's currency, as the ledger books it; null when it gives none. */
  bookedRate: (inv: Invoice) => number | null;
  /** Warnings for local-amount or rate cells that cannot be a rate. */
  issues: RowIssue[];
}

/** Rate columns quoted as units of the invoice's currency per unit of the organisation's currency. */
const INVERTED = new Set(["currencyrate"]);

const number = (v: unknown): number | null => {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (isBlank(v)) return null;
  const m = parseMoney(v);
  return m.ok ? m.value : null;
};

export function ledgerRates(
  input: LedgerInput,
  mapping: MappingResult,
  rows: ReadonlyMap<number, readonly unknown[]>,
): LedgerRates {
  const { localAmount, bookedRate } = mapping.columns;
  const issues: RowIssue[] = [];
  if (localAmount === null && bookedRate === null) return { bookedRate: () => null, issues };
  const address = addressMaker(input.sheet, input.topLeft);
  const inverted = bookedRate !== null && INVERTED.has(normalizeHeader(mapping.headers[bookedRate]));
  const warn = (inv: Invoice, column: number, code: string, text: string) =>
    issues.push({
      row: inv.row,
      address: address(inv.row, column),
      field: column === localAmount ? "localAmount" : "bookedRate",
      severity: "warning",
      reason: reason(code, {}, text),
    });
  const fromLocal = (inv: Invoice, row: readonly unknown[]): number | null => {
    const local = localAmount === null ? null : number(row[localAmount]);
    if (local === null || local === 0 || inv.amount === 0) return null;
    const rate = local / inv.amount;
    if (rate > 0) return rate;
    const text = "the local amount has the opposite sign of the amount: not used as a rate; the rates table decides";
    warn(inv, localAmount!, "row.badLocalAmount", text);
    return null;
  };
  const fromColumn = (inv: Invoice, row: readonly unknown[]): number | null => {
    if (bookedRate === null || isBlank(row[bookedRate])) return null;
    const rate = number(row[bookedRate]);
    if (rate !== null && rate > 0) return inverted ? 1 / rate : rate;
    warn(inv, bookedRate, "row.badRate", "the exchange rate is not a number above 0: the rates table decides");
    return null;
  };
  return {
    bookedRate: (inv) => {
      const row = rows.get(inv.row) ?? input.values[inv.row] ?? [];
      return fromLocal(inv, row) ?? fromColumn(inv, row);
    },
    issues,
  };
}
