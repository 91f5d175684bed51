import { detectColumns } from "../../../src/engine/ledger/columns";
import { inferDateOrder } from "../../../src/engine/ledger/dateOrder";

const column = (...dates: unknown[]) => [["Date"], ...dates.map((d) => [d])];

describe("inferDateOrder", () => {
  test("a second part above 12 means month/day/year; a first part above 12, day/month/year", () => {
    expect(inferDateOrder(column("1/2/2013", "3/4/2013", "1/15/2013"), [0], 1)).toEqual({
      order: "mdy",
      example: "1/15/2013",
      conflict: false,
    });
    expect(inferDateOrder(column("1/2/2013", "15.1.2013"), [0], 1)).toEqual({
      order: "dmy",
      example: "15.1.2013",
      conflict: false,
    });
  });

  test("nothing is inferred from ambiguous, ISO or numeric dates, nor when the ledger disagrees with itself", () => {
    expect(inferDateOrder(column("1/2/2013", "2013-01-15", 45000, "", null), [0], 1)).toEqual({
      order: null,
      example: null,
      conflict: false,
    });
    expect(inferDateOrder(column("1/15/2013", "15/1/2013"), [0], 1)).toEqual({
      order: null,
      example: null,
      conflict: true,
    });
  });

  test("evidence from any date column counts, the header row does not", () => {
    const values = [
      ["13/13/13", "Due"],
      ["1/2/2013", "1/2/2013"],
      ["3/4/2013", "4/20/2013"],
    ];
    expect(inferDateOrder(values, [0, 1], 1).order).toBe("mdy");
  });
});

describe("detectColumns applies it only while the date order is automatic", () => {
  const values = [
    ["Customer", "Due Date", "Amount"],
    ["A", "1/2/2013", 5],
    ["B", "1/20/2013", 6],
  ];
  test("auto: inferred and said", () => {
    const m = detectColumns(values, { dateOrder: "auto" });
    expect(m.dateOrder).toBe("mdy");
    expect(m.notes.map((n) => [n.code, n.params.example])).toContainEqual(["mapping.dateOrder.mdy", "1/20/2013"]);
  });
  test("a chosen order is kept as chosen", () => {
    const m = detectColumns(values, { dateOrder: "dmy" });
    expect(m.dateOrder).toBeNull();
    expect(m.notes.map((n) => n.code)).not.toContain("mapping.dateOrder.mdy");
  });
});
