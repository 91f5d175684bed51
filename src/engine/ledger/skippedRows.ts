/**
 * Rows left out for what they are, said as one line per kind with the count and the first addresses
 * ("12 subtotal rows skipped: A14, A27, …") rather than as one row error each.
 */
import { reason } from "../model/reason";
import type { Reason } from "../model/types";
import { addressMaker } from "./addresses";
import { SKIP_KINDS, SkipKind } from "./rowKinds";

export interface SkippedRows {
  kind: SkipKind;
  /** 0-based rows within the range, top to bottom. */
  rows: number[];
}

export function skippedCollector() {
  const byKind = new Map<SkipKind, number[]>();
  return {
    add(kind: SkipKind, row: number) {
      const rows = byKind.get(kind);
      if (rows) rows.push(row);
      else byKind.set(kind, [row]);
    },
    list(): SkippedRows[] {
      return SKIP_KINDS.filter((k) => byKind.has(k)).map((kind) => ({ kind, rows: byKind.get(kind)! }));
    },
  };
}

/** How many addresses a line shows before "…". */
const SHOWN = 6;

/** What the rows are: [one, more than one]. */
const WHAT: Record<SkipKind, [string, string]> = {
  header: ["header row repeated below the header", "header rows repeated below the header"],
  section: ["bucket or section label row", "bucket or section label rows"],
  group: ["group row (a customer's heading and sums)", "group rows (a customer's heading and sums)"],
  subtotal: ["subtotal row", "subtotal rows"],
  total: ["total row", "total rows"],
  footer: ["footer row", "footer rows"],
  notPosted: ["draft or unapproved document (not a receivable)", "draft or unapproved documents (not receivables)"],
  lineItem: ["further line row of an invoice already counted", "further line rows of invoices already counted"],
  appliedReceipt: ["receipt already applied to invoices", "receipts already applied to invoices"],
};

/** One note per kind: "12 subtotal rows skipped: A14, A27, …"; and the voided documents read with nothing owed. */
export function skippedNotes(
  skipped: readonly SkippedRows[],
  voided: readonly number[],
  sheet: string,
  topLeft: string,
): Reason[] {
  const address = addressMaker(sheet, topLeft);
  const list = (rows: readonly number[]) =>
    rows
      .slice(0, SHOWN)
      .map((r) => address(r, 0))
      .join(", ") + (rows.length > SHOWN ? ", …" : "");
  const notes = skipped.map(({ kind, rows }) =>
    reason(
      `layout.skipped.${kind}`,
      { count: rows.length, rows: list(rows) },
      `${rows.length} ${WHAT[kind][rows.length === 1 ? 0 : 1]} skipped: ${list(rows)}`,
    ),
  );
  if (voided.length > 0) {
    const rows = list(voided);
    notes.push(
      reason(
        "layout.voided",
        { count: voided.length, rows },
        `${voided.length} voided document${voided.length === 1 ? "" : "s"} read with nothing owed: ${rows}`,
      ),
    );
  }
  return notes;
}
