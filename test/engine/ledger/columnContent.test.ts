/* Columns recognised by their content: the kind of a column, a column repeating another, the fields filled in. */
import { columnKind, recogniseByContent, sameValues } from "../../../src/engine/ledger/columnContent";
import { emptyMapping } from "../../../src/engine/ledger/columns";
import { LEDGER_FIELDS, LedgerField, MappingSource } from "../../../src/engine/model/types";
import { d } from "../analysis/handLedger";

const missing = () =>
  Object.fromEntries(LEDGER_FIELDS.map((f) => [f, "missing"])) as Record<LedgerField, MappingSource>;

describe("columnKind", () => {
  test("text dates, numbers, names and an empty column", () => {
    const values = [
      ["2025-01-05", 100, "Acme", null],
      ["2025-01-09", "1,250.00", "Beta", ""],
      ["2025-02-01", 75.5, "Acme", null],
    ];
    const date = columnKind(values, 0, 0, "auto");
    expect(date.kind).toBe("date");
    expect(date.mean).toBeCloseTo((d("2025-01-05") + d("2025-01-09") + d("2025-02-01")) / 3, 6);
    expect(columnKind(values, 1, 0, "auto")).toEqual({ kind: "number", distinctShare: 1, mean: 0 });
    expect(columnKind(values, 2, 0, "auto")).toEqual({ kind: "text", distinctShare: 2 / 3, mean: 0 });
    expect(columnKind(values, 3, 0, "auto")).toEqual({ kind: "empty", distinctShare: 0, mean: 0 });
  });

  test("a serial number is a date only when its number format shows days, months or years", () => {
    const values = [[d("2025-03-01")], [d("2025-03-02")]];
    expect(columnKind(values, 0, 0, "auto").kind).toBe("number");
    expect(columnKind(values, 0, 0, "auto", [["yyyy-mm-dd"], ["yyyy-mm-dd"]]).kind).toBe("date");
    expect(columnKind(values, 0, 0, "auto", [["yyyy年m月d日"], ["yyyy年m月d日"]]).kind).toBe("date");
    // A currency tag in brackets or a quoted text is no date part.
    expect(columnKind(values, 0, 0, "auto", [['[$USD] "day" 0.00'], ['[$USD] "day" 0.00']]).kind).toBe("number");
  });

  test("rows above `start` are not read", () => {
    expect(columnKind([["Amount"], [10], [20]], 0, 1, "auto").kind).toBe("number");
    expect(columnKind([["Amount"], [10], [20]], 0, 0, "auto").kind).toBe("empty");
  });
});

describe("sameValues", () => {
  test("two columns holding the same values on at least 90 % of the rows where both are given", () => {
    const rows = Array.from({ length: 10 }, (_, i) => [`V${i}`, i === 0 ? "other" : ` V${i} `, i < 5 ? null : `V${i}`]);
    expect(sameValues(rows, 0, 1, 0)).toBe(true);
    expect(sameValues(rows, 0, 2, 0)).toBe(true);
    const half = rows.map((r, i) => [r[0], i % 2 ? r[0] : "x"]);
    expect(sameValues(half, 0, 1, 0)).toBe(false);
    expect(sameValues(rows, 0, null, 0)).toBe(false);
  });
});

describe("recogniseByContent", () => {
  const values = [
    ["Acme", "INV-1", d("2025-01-01"), d("2025-01-31"), 100],
    ["Acme", "INV-2", d("2025-01-05"), d("2025-02-04"), 200],
    ["Beta", "INV-3", d("2025-01-09"), d("2025-02-08"), 300],
    ["Beta", "INV-4", d("2025-01-12"), d("2025-02-11"), 400],
  ];
  const formats = values.map(() => ["General", "General", "yyyy-mm-dd", "yyyy-mm-dd", "0.00"]);
  const search = { values, headers: ["", "", "", "", ""], start: 0, width: 5, order: "auto" as const };

  test("the earlier dates are the invoice dates, the later the due dates; money, customer and number follow", () => {
    const columns = emptyMapping();
    const source = missing();
    recogniseByContent({ ...search, numberFormats: formats }, columns, source);
    expect(columns).toMatchObject({ customer: 0, invoiceNumber: 1, invoiceDate: 2, dueDate: 3, amount: 4 });
    for (const f of ["customer", "invoiceNumber", "invoiceDate", "dueDate", "amount"] as const)
      expect(source[f]).toBe("content");
    expect(source.paidDate).toBe("missing");
  });

  test("fields the header named are kept, and their columns are not used again", () => {
    const columns = { ...emptyMapping(), dueDate: 2, amount: 4 };
    const source = { ...missing(), dueDate: "header" as const, amount: "header" as const };
    recogniseByContent({ ...search, numberFormats: formats }, columns, source);
    expect(columns.dueDate).toBe(2);
    expect(source.dueDate).toBe("header");
    // One date column left: not enough for both dates, so the invoice date stays missing.
    expect(columns.invoiceDate).toBeNull();
    expect(columns.customer).toBe(0);
  });

  test("no amount is guessed beside a mapped open amount", () => {
    const columns = { ...emptyMapping(), openAmount: 4 };
    recogniseByContent({ ...search, numberFormats: formats }, columns, missing());
    expect(columns.amount).toBeNull();
  });

  test("a second date column repeating the invoice dates is not the due date", () => {
    const twice = values.map((r) => [r[0], r[1], r[2], r[2], r[4]]);
    const columns = { ...emptyMapping(), invoiceDate: 2 };
    recogniseByContent({ ...search, values: twice, numberFormats: formats }, columns, missing());
    expect(columns.dueDate).toBeNull();
  });
});
