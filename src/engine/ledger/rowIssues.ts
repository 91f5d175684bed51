/**
 * The issues of the row being read, each naming the cell to fix: kept apart until the row is done, since whether the
 * row counts (excluded or not) depends on all of them. One list for the whole ledger, emptied per row.
 */
import { reason } from "../model/reason";
import type { LedgerField, RowIssue } from "../model/types";

/** The address of a row's cell for a field (the row's first cell when the field is null or unmapped). */
export type FieldAddress = (row: number, field: LedgerField | null) => string;

type Params = Record<string, string | number>;

export class RowIssueList {
  /** The row being read (0-based within the range). */
  row = 0;
  readonly list: RowIssue[] = [];

  constructor(private readonly at: FieldAddress) {}

  /** Start a row: no issues yet. */
  start(row: number): void {
    this.row = row;
    if (this.list.length > 0) this.list.length = 0;
  }

  /** The row is left out of the analysis, for this reason. */
  exclude(field: LedgerField | null, code: string, params: Params, text: string): void {
    const address = this.at(this.row, field);
    this.list.push({ row: this.row, address, field, severity: "excluded", reason: reason(code, params, text) });
  }

  /** The row is kept, with a warning. */
  warn(field: LedgerField | null, code: string, params: Params, text: string): void {
    const address = this.at(this.row, field);
    this.list.push({ row: this.row, address, field, severity: "warning", reason: reason(code, params, text) });
  }

  /** Whether the row is left out so far. */
  hasExcluded(): boolean {
    for (let i = 0; i < this.list.length; i++) if (this.list[i].severity === "excluded") return true;
    return false;
  }
}
