/* Dates Excel mis-read: a d/m/y file opened with m/d/y settings mixes swapped serials with day/month-only text. */
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { findSwappedSerials, swapDayMonth } from "../../../src/engine/ledger/swappedSerials";
import { reasonTemplatesZh } from "../../../src/i18n/reasons.zh-CN";
import { reasonText } from "../../../src/i18n/translate";
import { d } from "../analysis/handLedger";

// "05/03/2025" (5 March) became 3 May; "25/03/2025" stayed text.
const values = [
  ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount"],
  ["A", "1", d("2025-05-03"), d("2025-04-06"), 100],
  ["B", "2", "25/03/2025", "24/04/2025", 200],
  ["C", "3", d("2025-11-02"), "13/03/2025", 300], // "11/02/2025" read as 2 November
];

test("serials beside day/month-only text dates are said to be swapped, with the text that proves it (EN and ZH)", () => {
  const m = detectColumns(values);
  expect(m.swappedSerials).toEqual({ columns: [2, 3], example: "25/03/2025" });
  const note = m.notes.find((n) => n.code === "mapping.serialsSwapped")!;
  expect(note.text).toMatch(/Invoice Date, Due Date: Excel read some dates month-first although "25\/03\/2025"/);
  expect(reasonText(note, "zh-CN", reasonTemplatesZh)).toMatch(/日\/月/);
  expect(
    detectColumns([values[0], values[1], ["B", "2", d("2025-03-25"), d("2025-04-24"), 200]]).swappedSerials,
  ).toBeNull();
});

test("read the other way when asked: day and month exchanged where the day can be a month", () => {
  expect(swapDayMonth(d("2025-05-03"))).toBe(d("2025-03-05"));
  expect(swapDayMonth(d("2025-05-13"))).toBe(d("2025-05-13"));
  const m = detectColumns(values);
  const read = (swap: boolean) =>
    parseLedger({ values, sheet: "S", topLeft: "A1" }, m, {
      asOf: d("2025-06-30"),
      dateOrder: m.dateOrder ?? "auto",
      defaultTermsDays: 30,
      swapDateSerials: swap,
    }).invoices.map((i) => [i.invoiceDate, i.dueDate]);
  expect(read(false)[0]).toEqual([d("2025-05-03"), d("2025-04-06")]);
  expect(read(true)).toEqual([
    [d("2025-03-05"), d("2025-06-04")],
    [d("2025-03-25"), d("2025-04-24")],
    [d("2025-02-11"), d("2025-03-13")],
  ]);
  expect(findSwappedSerials(values, [4], 1)).toBeNull();
});
