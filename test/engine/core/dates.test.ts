import {
  addMonths,
  endOfMonth,
  isoFromSerial,
  parseDate,
  serialFromYmd,
  ymdFromSerial,
} from "../../../src/engine/core/dates";

describe("Excel 1900 serial dates", () => {
  it("matches Excel's serials, including the phantom 1900-02-29", () => {
    expect(serialFromYmd(2025, 1, 1)).toBe(45658);
    expect(serialFromYmd(1900, 1, 1)).toBe(1);
    expect(serialFromYmd(1900, 2, 28)).toBe(59);
    expect(serialFromYmd(1900, 2, 29)).toBe(60);
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(ymdFromSerial(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(ymdFromSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(isoFromSerial(45658)).toBe("2025-01-01");
    expect(serialFromYmd(9999, 12, 31)).toBe(2958465);
  });

  it("round-trips every day of several years", () => {
    for (let s = 61; s < 61 + 3 * 366; s++) {
      const { year, month, day } = ymdFromSerial(s);
      expect(serialFromYmd(year, month, day)).toBe(s);
    }
  });

  it("adds months like EDATE (31 Jan + 1 month = 28/29 Feb)", () => {
    expect(isoFromSerial(addMonths(serialFromYmd(2025, 1, 31), 1))).toBe("2025-02-28");
    expect(isoFromSerial(addMonths(serialFromYmd(2024, 1, 31), 1))).toBe("2024-02-29");
    expect(isoFromSerial(addMonths(serialFromYmd(2024, 1, 31), 2))).toBe("2024-03-31");
    expect(isoFromSerial(addMonths(serialFromYmd(2025, 3, 15), -3))).toBe("2024-12-15");
    expect(isoFromSerial(endOfMonth(serialFromYmd(2025, 2, 10)))).toBe("2025-02-28");
  });
});

describe("parseDate", () => {
  const iso = (v: unknown, order?: "auto" | "mdy" | "dmy") => {
    const r = parseDate(v, order);
    return r.ok ? isoFromSerial(r.value) : `problem: ${r.problem}`;
  };
  it("reads serials, Dates and the common text forms", () => {
    expect(iso(45658)).toBe("2025-01-01");
    expect(iso(45658.75)).toBe("2025-01-01");
    expect(iso(new Date(2025, 10, 17))).toBe("2025-11-17");
    expect(iso("2025-11-17")).toBe("2025-11-17");
    expect(iso("2025-11-17T10:00:00Z")).toBe("2025-11-17");
    expect(iso("2025/11/17")).toBe("2025-11-17");
    expect(iso("2025.11.17")).toBe("2025-11-17");
    expect(iso("2025年11月17日")).toBe("2025-11-17");
    expect(iso("17 Nov 2025")).toBe("2025-11-17");
    expect(iso("Nov 17, 2025")).toBe("2025-11-17");
    expect(iso("11/17/2025")).toBe("2025-11-17");
    expect(iso("17/11/2025")).toBe("2025-11-17");
    expect(iso("1/2/13", "mdy")).toBe("2013-01-02");
    expect(iso("1/2/13", "dmy")).toBe("2013-02-01");
    expect(iso("5/5/2013")).toBe("2013-05-05");
    expect(iso("45658")).toBe("2025-01-01");
    // ERP exports: yyyymmdd as text or number (larger than any serial), and Chinese dates with a time.
    expect(iso("20251117")).toBe("2025-11-17");
    expect(iso(20251117)).toBe("2025-11-17");
    expect(iso("2025年11月17日 10:20")).toBe("2025-11-17");
  });
  it("says when a date is ambiguous or invalid", () => {
    expect(iso("03/04/2025")).toMatch(/problem: .*ambiguous/);
    expect(iso("03/04/2025", "dmy")).toBe("2025-04-03");
    expect(iso("2025-02-30")).toMatch(/problem: .*not a real calendar date/);
    expect(iso("13/13/2025")).toMatch(/problem/);
    expect(iso("abc")).toMatch(/problem: "abc" is not a date/);
    expect(iso(true)).toMatch(/problem/);
    expect(iso(-5)).toMatch(/problem/);
    expect(iso(20251332)).toMatch(/problem: 20251332 is not a date serial .* nor a date written yyyymmdd/);
    expect(iso(3000000)).toMatch(/problem/);
    expect(iso("#N/A")).toMatch(/error #N\/A/);
  });
});
