/**
 * The first document rows as the mapping reads them (rows that are not documents left out, debit and credit
 * folded): shown before analysing when the money columns must be confirmed (MappingResult.confirm).
 */
import type { LedgerField, MappingResult } from "../model/types";
import { planRows } from "./rowKinds";

export interface PreviewRow {
  /** 0-based row within the range. */
  row: number;
  /** The mapped fields' cells, in PREVIEW_FIELDS order (null where the field is not mapped). */
  cells: unknown[];
}

export const PREVIEW_FIELDS: readonly LedgerField[] = [
  "customer",
  "invoiceNumber",
  "dueDate",
  "amount",
  "openAmount",
  "paidAmount",
];

export function previewRows(
  values: readonly (readonly unknown[] | undefined)[],
  mapping: MappingResult,
  count = 5,
): PreviewRow[] {
  const plan = planRows(values, mapping);
  const out: PreviewRow[] = [];
  for (let r = mapping.headerRow + 1; r < values.length && out.length < count; r++) {
    const row = plan.rows.get(r) ?? values[r];
    if (!row || plan.kinds.has(r) || row.every((v) => v === "" || v === null || v === undefined)) continue;
    out.push({
      row: r,
      cells: PREVIEW_FIELDS.map((f) => (mapping.columns[f] === null ? null : (row[mapping.columns[f]!] ?? null))),
    });
  }
  return out;
}
