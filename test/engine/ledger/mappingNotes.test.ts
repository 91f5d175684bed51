/* What the mapping tells the user: fields found by content, the essential columns missing, how text dates are read. */
import { emptyMapping } from "../../../src/engine/ledger/columns";
import {
  byContentNotes,
  columnName,
  missingColumnNotes,
  swappedSerialDates,
  textDateOrder,
} from "../../../src/engine/ledger/mappingNotes";
import { ColumnMapping, LEDGER_FIELDS, LedgerField, MappingSource } from "../../../src/engine/model/types";

const sources = (over: Partial<Record<LedgerField, MappingSource>> = {}) => ({
  ...(Object.fromEntries(LEDGER_FIELDS.map((f) => [f, "header"])) as Record<LedgerField, MappingSource>),
  ...over,
});
const mapped = (over: Partial<ColumnMapping>): ColumnMapping => ({ ...emptyMapping(), ...over });
const codes = (notes: { code: string }[]) => notes.map((n) => n.code);

test("a column is named by its header, or by its number when the header is blank", () => {
  expect(columnName(["Customer", ""], 0)).toBe("Customer");
  expect(columnName(["Customer", ""], 1)).toBe("column 2");
  expect(columnName([], 4)).toBe("column 5");
});

test("one note per field recognised from content, in the order of LEDGER_FIELDS", () => {
  const columns = mapped({ customer: 0, amount: 2 });
  const notes = byContentNotes(["", "Inv", ""], columns, sources({ amount: "content", customer: "content" }));
  expect(notes.map((n) => n.text)).toEqual([
    "customer was recognised from the content of column 1",
    "amount was recognised from the content of column 3",
  ]);
  expect(notes[1]).toMatchObject({ code: "mapping.byContent", params: { field: "amount", column: "column 3" } });
  expect(byContentNotes(["A"], columns, sources())).toEqual([]);
});

describe("missingColumnNotes", () => {
  const found = (columns: ColumnMapping, headerRow = 0) => ({
    headerRow,
    headers: ["Customer", "Invoice", "Date", "Due", "Amount", "Paid"],
    columns,
    source: sources(),
  });
  const full = mapped({ customer: 0, invoiceNumber: 1, invoiceDate: 2, dueDate: 3, amount: 4, paidAmount: 5 });

  test("nothing to say when the essential columns are there", () => {
    expect(missingColumnNotes([], found(full), "customer")).toEqual([]);
  });

  test("customer (or supplier), amount and payments missing, in that order", () => {
    const columns = { ...full, customer: null, amount: null, paidAmount: null };
    expect(codes(missingColumnNotes([], found(columns, -1), "customer"))).toEqual([
      "mapping.missingCustomer",
      "mapping.missingAmount",
      "mapping.noPayments",
    ]);
    expect(codes(missingColumnNotes([], found(columns, -1), "supplier"))[0]).toBe("mapping.missingSupplier");
  });

  test("an open amount is an amount and a payment column", () => {
    const columns = { ...full, amount: null, paidAmount: null, openAmount: 4 };
    expect(missingColumnNotes([], found(columns), "customer")).toEqual([]);
  });

  test("due dates from the terms, from the default term, or no dates at all", () => {
    expect(codes(missingColumnNotes([], found({ ...full, dueDate: null, terms: 5 }), "customer"))).toEqual([
      "mapping.dueFromTerms",
    ]);
    expect(codes(missingColumnNotes([], found({ ...full, dueDate: null }), "customer"))).toEqual([
      "mapping.dueFromDefault",
    ]);
    const undated = missingColumnNotes([], found({ ...full, dueDate: null, invoiceDate: null }), "customer");
    expect(undated.map((n) => n.text)).toEqual([
      "Neither a due-date nor an invoice-date column was found: choose one in the mapping",
    ]);
  });

  test("customers named by group rows above their documents", () => {
    const values = [
      ["Invoice", "Date", "Due", "Amount"],
      ["Acme Ltd", null, null, null],
      ["INV-1", 45000, 45030, 100],
      ["INV-2", 45001, 45031, 200],
      ["Beta Co", null, null, null],
      ["INV-3", 45002, 45032, 300],
    ];
    const columns = mapped({ invoiceNumber: 0, invoiceDate: 1, dueDate: 2, amount: 3 });
    const notes = missingColumnNotes(
      values,
      { headerRow: 0, headers: ["Invoice", "Date", "Due", "Amount"], columns, source: sources() },
      "customer",
    );
    expect(codes(notes)).toEqual(["mapping.customerFromGroups", "mapping.noPayments"]);
  });
});

describe("textDateOrder", () => {
  const columns = mapped({ invoiceDate: 0, dueDate: 1 });

  test("a date that fits only day/month decides the order, and a note says so", () => {
    const { dateOrder, notes } = textDateOrder([["25/01/2025", "24/02/2025"]], columns, 0, "auto");
    expect(dateOrder).toBe("dmy");
    expect(notes).toHaveLength(1);
    expect(notes[0].code).toBe("mapping.dateOrder.dmy");
    expect(notes[0].text).toContain("text dates are read as day/month/year");
  });

  test("both orders in one ledger: no order, a note asks the user to choose", () => {
    const { dateOrder, notes } = textDateOrder([["25/01/2025", "01/25/2025"]], columns, 0, "auto");
    expect(dateOrder).toBeNull();
    expect(codes(notes)).toEqual(["mapping.dateOrderMixed"]);
  });

  test("nothing to infer when the order is set, or no date decides it", () => {
    expect(textDateOrder([["25/01/2025", "24/02/2025"]], columns, 0, "mdy")).toEqual({ dateOrder: null, notes: [] });
    expect(textDateOrder([["01/02/2025", "03/04/2025"]], columns, 0, "auto")).toEqual({ dateOrder: null, notes: [] });
  });
});

describe("swappedSerialDates", () => {
  test("a date column mixing serials with a day/month-only text date is named, by header or number", () => {
    const values = [
      [45000, "25/01/2025"],
      ["13/02/2025", 45010],
    ];
    const columns = mapped({ invoiceDate: 0, dueDate: 1 });
    const { swappedSerials, notes } = swappedSerialDates(values, ["Date", ""], columns, 0);
    expect(swappedSerials).toEqual({ columns: [0, 1], example: "13/02/2025" });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      code: "mapping.serialsSwapped",
      params: { columns: "Date, column 2", example: "13/02/2025" },
    });
  });

  test("no date columns, no swapped serials", () => {
    expect(swappedSerialDates([[1, 2]], ["A", "B"], emptyMapping(), 0)).toEqual({ swappedSerials: null, notes: [] });
  });
});
