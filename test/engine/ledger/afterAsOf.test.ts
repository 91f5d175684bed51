import { reason } from "../../../src/engine/model/reason";
import type { RowIssue } from "../../../src/engine/model/types";
import { AFTER_AS_OF, afterAsOfIssues, afterAsOfStart, countAfterAsOf } from "../../../src/engine/ledger/afterAsOf";

const issue = (row: number, date: string): RowIssue => ({
  row,
  address: `Ledger!C${row + 2}`,
  field: "invoiceDate",
  severity: "excluded",
  reason: reason(AFTER_AS_OF, { date }, `dated ${date}, after the as-of date`),
});

describe("invoices dated after the as-of date", () => {
  it("none: no note; one: its own issue", () => {
    expect(afterAsOfIssues(afterAsOfStart())).toEqual([]);
    const acc = afterAsOfStart();
    countAfterAsOf(acc, issue(3, "2025-07-02"));
    expect(afterAsOfIssues(acc)).toEqual([issue(3, "2025-07-02")]);
  });

  it("many: one note with the count, the dates they span and the first cell", () => {
    const acc = afterAsOfStart();
    for (const [row, date] of [
      [3, "2025-07-05"],
      [4, "2025-07-01"],
      [9, "2025-08-20"],
    ] as const)
      countAfterAsOf(acc, issue(row, date));
    const [note] = afterAsOfIssues(acc);
    expect([note.row, note.address, note.reason.code]).toEqual([3, "Ledger!C5", "row.afterAsOfMany"]);
    expect(note.reason.params).toEqual({ count: 3, from: "2025-07-01", to: "2025-08-20", first: "Ledger!C5" });
  });
});
