/**
 * A range of buyer limits (customer, insured limit) — the insurer's list of approved limits pasted into the
 * workbook — as an alternative to an insured-limit column in the ledger. Read with the ledger's discipline: headers
 * in English or Chinese (or none: then the first column is the customer and the second the limit), every row a
 * limit, blank, or an issue with its cell address. Decisions: a customer listed twice keeps the larger limit, with a
 * warning naming both cells (the ledger column's rule); a limit that is not a number or below zero is excluded.
 */
import { isBlank, parseMoney, cellText } from "../core/cells";
import { toCents, fromCents } from "../model/money";
import { reason } from "../model/reason";
import type { RowIssue } from "../model/types";
import { addressMaker } from "../ledger/addresses";
import { normalizeHeader } from "../ledger/columns";
import { customerKey } from "../ledger/customerKey";

const CUSTOMER = [
  "customer",
  "customername",
  "buyer",
  "buyername",
  "client",
  "debtor",
  "客户",
  "客户名称",
  "买方",
  "买方名称",
];
const LIMIT = [
  "insuredlimit",
  "buyerlimit",
  "limit",
  "creditlimit",
  "approvedlimit",
  "insurancelimit",
  "保险限额",
  "投保限额",
  "信保限额",
  "买方限额",
  "限额",
  "批复限额",
];

export interface BuyerLimits {
  /** Insured limit by customerKey. */
  limits: Map<string, number>;
  issues: RowIssue[];
}

export function parseBuyerLimits(values: unknown[][], sheet: string, topLeft = "A1"): BuyerLimits {
  const at = addressMaker(sheet, topLeft);
  const limits = new Map<string, number>();
  const where = new Map<string, string>();
  const issues: RowIssue[] = [];
  const names = (values[0] ?? []).map(normalizeHeader);
  let cc = names.findIndex((n) => CUSTOMER.includes(n));
  let lc = names.findIndex((n) => LIMIT.includes(n));
  const headed = cc >= 0 && lc >= 0;
  if (!headed) [cc, lc] = [0, 1];
  const issue = (
    r: number,
    c: number,
    severity: RowIssue["severity"],
    code: string,
    params: Record<string, string | number>,
    text: string,
  ) => issues.push({ row: r, address: at(r, c), field: "insuredLimit", severity, reason: reason(code, params, text) });
  for (let r = headed ? 1 : 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const name = cellText(row[cc]).trim();
    const cell = row[lc];
    if (name === "" && isBlank(cell)) continue;
    if (name === "") {
      issue(r, cc, "excluded", "limits.noCustomer", {}, "a buyer limit without a customer: the row is not used");
      continue;
    }
    const p = parseMoney(cell);
    if (isBlank(cell) || !p.ok || p.value < 0) {
      const problem = isBlank(cell) ? "empty" : p.ok ? `${p.value} is below zero` : p.problem;
      issue(
        r,
        lc,
        "excluded",
        "limits.badLimit",
        { customer: name, problem },
        `insured limit of ${name}: ${problem}; the customer is treated as having no named limit`,
      );
      continue;
    }
    const k = customerKey(name);
    const limit = fromCents(toCents(p.value));
    const before = limits.get(k);
    if (before !== undefined) {
      issue(
        r,
        cc,
        "warning",
        "limits.duplicate",
        { customer: name, first: where.get(k)!, kept: Math.max(before, limit) },
        `${name} is listed twice (also ${where.get(k)}): the larger limit ${Math.max(before, limit)} is used`,
      );
      if (limit <= before) continue;
    } else where.set(k, at(r, cc));
    limits.set(k, limit);
  }
  return { limits, issues };
}
