/**
 * Debit/credit ledgers (用友 客户往来明细: 借方 and 贷方, each 发生 / 已结 / 未结): a receivable is a debit, a receipt
 * or credit note a credit. The amount, paid and open columns mapped on the debit side are read as debit − credit of
 * the same name on the credit side, so one signed figure per row: an invoice positive, a receipt negative. The local
 * amount (本币) beside them is folded the same way.
 */
import { isBlank, parseMoney } from "../core/cells";
import { fromCents, toCents } from "../model/money";
import type { LedgerField, MappingResult } from "../model/types";

export interface DebitCreditPair {
  field: LedgerField;
  debit: number;
  credit: number;
}

const DEBIT = /^(借方|借|debit|dr\.?)(\s|$)/i;
const CREDIT_OF: Record<string, string> = { 借方: "贷方", 借: "贷", debit: "credit", dr: "cr", "dr.": "cr." };

/** The debit-side money columns with their credit-side twins (same name under 贷方 / Credit). */
export function debitCreditPairs(mapping: MappingResult): DebitCreditPair[] {
  const pairs: DebitCreditPair[] = [];
  const lower = mapping.headers.map((h) => h.toLowerCase());
  for (const field of ["amount", "paidAmount", "openAmount", "localAmount"] as const) {
    const debit = mapping.columns[field];
    if (debit === null) continue;
    const m = DEBIT.exec(lower[debit] ?? "");
    if (!m) continue;
    const twin = CREDIT_OF[m[1]] + lower[debit].slice(m[1].length);
    const credit = lower.indexOf(twin);
    if (credit >= 0) pairs.push({ field, debit, credit });
  }
  return pairs;
}

const num = (v: unknown): number | null => {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (isBlank(v)) return null;
  const m = parseMoney(v);
  return m.ok ? m.value : null;
};

/** The row with each pair's debit cell holding debit − credit (the row itself when no credit cell is filled). */
export function foldDebitCredit(row: readonly unknown[], pairs: readonly DebitCreditPair[]): readonly unknown[] {
  if (pairs.every((p) => isBlank(row[p.credit]))) return row;
  const copy = [...row];
  for (const p of pairs) {
    const d = num(row[p.debit]);
    const c = num(row[p.credit]);
    if (d === null && c === null) continue;
    copy[p.debit] = fromCents(toCents(d ?? 0) - toCents(c ?? 0));
  }
  return copy;
}
