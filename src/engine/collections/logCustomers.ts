/**
 * The contact log against the ledger: an entry naming a customer the analysed ledger does not know (a typo, a
 * customer filtered out by currency, a name from another workbook) cannot be placed. It is not counted — no
 * promise, no last contact — and it is reported as an issue on its customer cell, never silently ignored. Names
 * are matched by customerKey, as the ledger merges them (full-width and invisible characters folded).
 */
import { reason } from "../model/reason";
import type { Invoice } from "../model/types";
import { customerKey } from "../ledger/customerKey";
import type { ContactLog } from "./log";

export function matchLogCustomers(log: ContactLog, invoices: readonly Invoice[]): ContactLog {
  if (log.entries.length === 0) return log; // nothing to place (a million invoices need not be keyed)
  const known = knownKeys(invoices);
  const entries = log.entries.filter((e) => known.has(customerKey(e.customer)));
  if (entries.length === log.entries.length) return log;
  const issues = log.entries
    .filter((e) => !known.has(customerKey(e.customer)))
    .map((e) => ({
      row: e.row,
      address: e.customerAddress,
      field: "customer" as const,
      severity: "excluded" as const,
      reason: reason(
        "log.unknownCustomer",
        { customer: e.customer },
        `customer "${e.customer}" is not in the analyzed ledger (check the spelling): this contact and its promise are not counted`,
      ),
    }));
  const excluded = log.entries.length - entries.length;
  return {
    ...log,
    entries,
    issues: [...log.issues, ...issues].sort((a, b) => a.row - b.row),
    counts: { ...log.counts, entries: entries.length, excluded: log.counts.excluded + excluded },
  };
}

/** The customers' keys: each distinct name keyed once (a ledger's invoices repeat their customers' names). */
function knownKeys(invoices: readonly Invoice[]): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < invoices.length; i++) names.add(invoices[i].customer);
  const keys = new Set<string>();
  for (const name of names) keys.add(customerKey(name));
  return keys;
}
