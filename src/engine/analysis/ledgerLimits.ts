/**
 * The limits a ledger carries in its own columns, for the limits the user keeps (keptLimits.ts): a credit-limit
 * column ("Credit limit", 信用额度, 授信额度 — the user's limit in its accounting system, source "user") and the
 * insured-limit column (the insurer's buyer limit, source "insurer"). A customer's limit repeats on each of its rows;
 * where the rows disagree, the credit limit on the customer's latest invoice is used (the limit as last recorded)
 * and the largest insured limit (the collections desk's rule for the same column), with a warning naming the cells.
 * A cell that is not an amount of 0 or more is a warning naming it, and is not used. See docs/GRADE-MODEL.md.
 */
import { cellText, isBlank, parseMoney } from "../core/cells";
import { fromCents, toCents } from "../model/money";
import { addressMaker } from "../ledger/addresses";
import { money, reason } from "../model/reason";
import type { ColumnMapping, Invoice, KeptLimit, LedgerInput, RowIssue } from "../model/types";

type LimitField = "creditLimit" | "insuredLimit";

/** A limit cell read from one of a customer's rows. */
interface LimitCell {
  amount: number;
  address: string;
  row: number;
  date: number;
}

const SOURCE: Record<LimitField, KeptLimit["source"]> = { creditLimit: "user", insuredLimit: "insurer" };
const LABEL: Record<LimitField, string> = { creditLimit: "credit limit", insuredLimit: "insured limit" };
/** Reason codes per column (each its own kind of issue, translated on its own). */
const CODES: Record<LimitField, { bad: string; differs: string }> = {
  creditLimit: { bad: "limits.creditBad", differs: "limits.creditDiffers" },
  insuredLimit: { bad: "limits.insuredBad", differs: "limits.insuredDiffers" },
};
/** Distinct values a disagreement names before "…". */
const NAMED_VALUES = 4;

export function ledgerLimits(
  input: LedgerInput,
  columns: ColumnMapping,
  invoices: readonly Invoice[],
): { limits: KeptLimit[]; issues: RowIssue[] } {
  const limits: KeptLimit[] = [];
  const issues: RowIssue[] = [];
  for (const field of ["insuredLimit", "creditLimit"] as const) {
    const column = columns[field];
    if (column === null || column === undefined) continue;
    const cells = readCells(input, column, field, invoices, issues);
    for (const [customer, list] of cells) {
      const used = field === "creditLimit" ? latest(list) : largest(list);
      limits.push({ customer, amount: used.amount, source: SOURCE[field] });
      const disagree = differs(customer, field, list, used);
      if (disagree) issues.push(disagree);
    }
  }
  issues.sort((a, b) => a.row - b.row);
  return { limits, issues };
}

/** Each customer's readable limit cells in ledger order; unreadable ones become warnings. */
function readCells(
  input: LedgerInput,
  column: number,
  field: LimitField,
  invoices: readonly Invoice[],
  issues: RowIssue[],
): Map<string, LimitCell[]> {
  const at = addressMaker(input.sheet, input.topLeft);
  const out = new Map<string, LimitCell[]>();
  for (const inv of [...invoices].sort((a, b) => a.row - b.row)) {
    const v = input.values[inv.row]?.[column];
    if (isBlank(v)) continue;
    const address = at(inv.row, column);
    const p = parseMoney(v);
    if (!p.ok || p.value < 0) {
      const problem = p.ok ? `${cellText(v)} is below zero` : p.problem;
      const text = `${inv.customer}'s ${LABEL[field]}: ${problem}; the cell is not used`;
      const why = reason(CODES[field].bad, { customer: inv.customer, problem }, text);
      issues.push({ row: inv.row, address, field, severity: "warning", reason: why });
      continue;
    }
    const cell = { amount: fromCents(toCents(p.value)), address, row: inv.row, date: inv.invoiceDate ?? inv.dueDate };
    (out.get(inv.customer) ?? out.set(inv.customer, []).get(inv.customer)!).push(cell);
  }
  return out;
}

/** The cell on the customer's latest invoice (by invoice date, then the lower row). */
function latest(list: readonly LimitCell[]): LimitCell {
  return list.reduce((best, c) => (c.date > best.date || (c.date === best.date && c.row > best.row) ? c : best));
}

function largest(list: readonly LimitCell[]): LimitCell {
  return list.reduce((best, c) => (c.amount > best.amount ? c : best));
}

/** A warning naming the cells when the customer's rows hold different limits; null when they agree. */
function differs(customer: string, field: LimitField, list: readonly LimitCell[], used: LimitCell): RowIssue | null {
  const distinct = new Map<number, string>();
  for (const c of list) if (!distinct.has(c.amount)) distinct.set(c.amount, c.address);
  if (distinct.size < 2) return null;
  const named = [...distinct].slice(0, NAMED_VALUES);
  const more = distinct.size > NAMED_VALUES;
  const cells = named.map(([v, at]) => `${money(v)} (${at})`).join(", ") + (more ? ", …" : "");
  // The same list as a Chinese finance team writes it: full-width brackets, enumeration comma.
  const cellsZh = named.map(([v, at]) => `${money(v)}（${at}）`).join("、") + (more ? "等" : "");
  const ruleText = field === "creditLimit" ? "the one on its latest invoice" : "the largest";
  const params = { customer, cells, cellsZh, kept: money(used.amount), keptAt: used.address };
  const text =
    `${customer}'s ${LABEL[field]} differs between its rows: ${cells}; ` +
    `${ruleText}, ${money(used.amount)} (${used.address}), is used`;
  const why = reason(CODES[field].differs, params, text);
  return { row: used.row, address: used.address, field, severity: "warning", reason: why };
}
