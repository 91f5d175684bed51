/* The repeat rule: one row per payment, exact copies, numbering that restarts each year; never by row order. */
import fc from "fast-check";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { invoiceKey } from "../../../src/engine/ledger/invoiceKey";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { d } from "../analysis/handLedger";

const asOf = d("2025-06-30");
const HEAD = ["Customer", "Invoice", "Invoice Date", "Due Date", "Amount", "Paid Amount", "Paid Date"];
function parse(rows: unknown[][]) {
  const values = [HEAD, ...rows];
  return parseLedger({ values, sheet: "S", topLeft: "A1" }, detectColumns(values), {
    asOf,
    dateOrder: "auto",
    defaultTermsDays: 30,
  });
}
type Row = [string, string, number, number, number, number | string, number | string];
const row = (
  invoice: string,
  paid: number | string,
  paidOn: number | string,
  invoiced = d("2025-05-01"),
  amount = 1000,
): Row => ["Acme", invoice, invoiced, invoiced + 30, amount, paid, paidOn];
const openTotal = (p: ReturnType<typeof parse>) =>
  p.invoices.reduce((s, i) => s + Math.round(i.openAmount * 100), 0) / 100;
/** What a ledger adds up to, whatever the order of its rows. */
function summary(p: ReturnType<typeof parse>) {
  const invoices = p.invoices
    .map((i) =>
      JSON.stringify([
        i.customer,
        invoiceKey(i.invoiceNumber),
        i.invoiceDate,
        i.dueDate,
        i.amount,
        i.paidAmount,
        i.paidDate,
        i.openAmount,
      ]),
    )
    .sort();
  const { invoices: n, excluded, payments, dataRows, blank } = p.counts;
  return { invoices, counts: { n, excluded, payments, dataRows, blank }, open: openTotal(p) };
}

describe("rows of one invoice that differ in payment are its payments", () => {
  const first = row("INV1", 400, d("2025-06-01"));
  const second = row("INV1", 600, d("2025-06-10"));

  test.each([[[first, second]], [[second, first]]])(
    "1,000 paid 400 and paid 600 (either order) is one invoice, open 0",
    (rows) => {
      const p = parse(rows);
      expect(p.invoices.map((i) => [i.amount, i.paidAmount, i.paidDate, i.openAmount])).toEqual([
        [1000, 1000, d("2025-06-10"), 0],
      ]);
      expect(p.counts).toMatchObject({ invoices: 1, payments: 1, excluded: 0 });
      expect(p.issues.map((i) => i.reason.code)).toEqual(["row.paymentRow"]);
    },
  );

  test("every row is accounted for: invoices + payment rows + excluded + blank = data rows", () => {
    const p = parse([first, second, row("INV1", 600, d("2025-06-10")), []]);
    const c = p.counts;
    expect(c.invoices + c.payments + c.excluded + c.blank).toBe(c.dataRows);
    expect(openTotal(p)).toBe(0);
  });
});

describe("an exact copy is a duplicate, whichever row records the payment", () => {
  const unpaid = row("INV1", "", "");
  const paid = row("INV1", 1000, d("2025-06-01"));
  test.each([[[unpaid, paid]], [[paid, unpaid]]])(
    "the invoice line and its paid copy give open 0 in either order",
    (rows) => {
      const p = parse(rows);
      expect(openTotal(p)).toBe(0);
      expect(p.counts).toMatchObject({ invoices: 1, payments: 0, excluded: 1 });
      expect(p.issues.map((i) => i.reason.code)).toEqual([
        rows[0] === unpaid ? "row.duplicateWithPayment" : "row.duplicate",
      ]);
    },
  );

  test("two identical paid rows are one invoice paid once, not paid twice", () => {
    const p = parse([row("INV1", 400, d("2025-06-01")), row("INV1", 400, d("2025-06-01"))]);
    expect(openTotal(p)).toBe(600);
    expect(p.counts).toMatchObject({ invoices: 1, excluded: 1 });
  });
});

describe("a first row's payment is its own, even where the invoice does not show it (paid after the as-of date)", () => {
  // The first row's payment is read back from its invoice unless the invoice shows another (a payment after the
  // as-of date is not made yet): these rows tell the two apart.
  const later = d("2025-07-15");
  test("a copy of a row paid after the as-of date is a duplicate, the invoice still open", () => {
    const p = parse([row("INV1", 1000, later), row("INV1", 1000, later)]);
    expect(p.issues.map((i) => i.reason.code)).toEqual(["row.duplicate"]);
    expect(p.invoices.map((i) => [i.paidAmount, i.paidDate, i.openAmount])).toEqual([[0, null, 1000]]);
  });

  test("a payment before the as-of date after a row paid later is a payment of the same invoice", () => {
    const p = parse([row("INV1", 400, later), row("INV1", 600, d("2025-06-10"))]);
    expect(p.issues.map((i) => i.reason.code)).toEqual(["row.paymentRow"]);
    expect(p.invoices.map((i) => [i.paidAmount, i.paidDate, i.openAmount])).toEqual([[600, d("2025-06-10"), 400]]);
  });

  test("rows read between a row paid later and its repeat do not change the payment it recorded", () => {
    const other = row("INV9", 200, d("2025-06-02"));
    const p = parse([row("INV1", 400, later), other, other, row("INV1", 600, d("2025-06-10"))]);
    expect(p.issues.map((i) => i.reason.code)).toEqual(["row.duplicate", "row.paymentRow"]);
    expect(p.invoices.map((i) => [i.invoiceNumber, i.paidAmount, i.openAmount])).toEqual([
      ["INV1", 600, 400],
      ["INV9", 200, 800],
    ]);
  });

  test("an unpaid row after a row paid later is a copy; so is a repeated row paid 0 on a date after the as-of date", () => {
    const unpaid = parse([row("INV1", 1000, later), row("INV1", "", "")]);
    expect(unpaid.issues.map((i) => i.reason.code)).toEqual(["row.duplicate"]);
    const zero = parse([row("INV2", 0, later), row("INV2", 0, later)]);
    expect(zero.issues.map((i) => i.reason.code)).toEqual(["row.duplicate"]);
    expect(zero.invoices.map((i) => [i.paidAmount, i.paidDate, i.openAmount])).toEqual([[0, null, 1000]]);
  });
});

describe("numbering that restarts each year", () => {
  test("INV-001 of the same amount a year apart is two invoices, with no issue", () => {
    const p = parse([row("INV-001", "", "", d("2024-03-01")), row("INV-001", "", "", d("2025-03-01"))]);
    expect(p.invoices.map((i) => i.invoiceDate)).toEqual([d("2024-03-01"), d("2025-03-01")]);
    expect(p.issues).toEqual([]);
    expect(openTotal(p)).toBe(2000);
  });
});

describe("the result never depends on row order", () => {
  // Small alphabets so that numbers, dates, amounts and payments repeat often.
  const arbRow = fc
    .tuple(
      fc.constantFrom("Acme", "Beta"),
      fc.constantFrom("INV1", "INV2", "inv1"),
      fc.constantFrom(d("2024-05-01"), d("2025-05-01")),
      fc.constantFrom(1000, 500, -500),
      fc.constantFrom<number | string>("", 0, 200, 500, 1000),
      fc.constantFrom<number | string>("", d("2025-06-01"), d("2025-06-10"), d("2025-07-15")),
    )
    .map(([customer, invoice, invoiced, amount, paid, paidOn]): Row => [
      customer,
      invoice,
      invoiced,
      invoiced + 30,
      amount,
      paid,
      paidOn,
    ]);

  test("shuffled rows give the same invoices, counts and open total", () => {
    fc.assert(
      fc.property(
        fc.array(arbRow, { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
        (rows, keys) => {
          const shuffled = rows
            .map((r, i) => ({ r, k: keys[i] }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.r);
          const reversed = [...rows].reverse();
          const expected = summary(parse(rows));
          expect(summary(parse(shuffled))).toEqual(expected);
          expect(summary(parse(reversed))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  // An open-amount column gives balances, not payments; a row may lack its invoice date (aged by due date), and
  // copies of one invoice may give different due dates (the earliest is taken, whichever row comes first).
  const OPEN_HEAD = ["Customer", "Invoice", "Invoice Date", "Due Date", "Amount", "Open Amount", "Paid Date"];
  const arbOpenRow = fc
    .tuple(
      fc.constantFrom("Acme", "Beta"),
      fc.constantFrom("INV1", "INV1\u200b", "INV2"),
      fc.constantFrom<number | string>(d("2025-05-01"), ""),
      fc.constantFrom(1000, -500),
      fc.constantFrom<number | string>("", 0, 200, 1000, 5000),
      fc.constantFrom<number | string>("", d("2025-06-01"), d("2025-06-10")),
      fc.constantFrom(d("2025-05-31"), d("2025-06-15")),
    )
    .map(([customer, invoice, invoiced, amount, open, paidOn, due]) => [
      customer,
      invoice,
      invoiced,
      due,
      amount,
      open,
      paidOn,
    ]);
  const parseOpen = (rows: unknown[][]) => {
    const values = [OPEN_HEAD, ...rows];
    return parseLedger({ values, sheet: "S", topLeft: "A1" }, detectColumns(values), {
      asOf,
      dateOrder: "auto",
      defaultTermsDays: 30,
    });
  };

  test("with an open-amount column and rows without an invoice date, shuffled rows give the same result", () => {
    fc.assert(
      fc.property(
        fc.array(arbOpenRow, { minLength: 1, maxLength: 10 }),
        fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
        (rows, keys) => {
          const shuffled = rows
            .map((r, i) => ({ r, k: keys[i] }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.r);
          expect(summary(parseOpen(shuffled))).toEqual(summary(parseOpen(rows)));
          expect(summary(parseOpen([...rows].reverse()))).toEqual(summary(parseOpen(rows)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
