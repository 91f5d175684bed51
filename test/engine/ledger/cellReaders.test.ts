import {
  MAX_AMOUNT,
  currencyReader,
  dateCell,
  flagReader,
  isBlankRow,
  moneyCell,
  termsReader,
  tooLarge,
} from "../../../src/engine/ledger/cellReaders";
import { isEndOfMonthTerms, parseTermsDays } from "../../../src/engine/ledger/terms";
import { d } from "../analysis/handLedger";

describe("one cell read", () => {
  test("a row is blank only when every cell is", () => {
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow(["", null, undefined, "  "])).toBe(true);
    expect(isBlankRow(["", 0])).toBe(false);
    expect(isBlankRow([null, "x"])).toBe(false);
  });

  test("a date cell: its serial (whole days), null when blank or 0, else why it cannot be read", () => {
    expect(dateCell(45000.75, "auto")).toBe(45000);
    expect(dateCell("2025-01-31", "auto")).toBe(d("2025-01-31"));
    expect(dateCell("31/01/2025", "dmy")).toBe(d("2025-01-31"));
    expect(dateCell("", "auto")).toBeNull();
    expect(dateCell(0, "auto")).toBeNull();
    expect(typeof dateCell("13/13/2025", "dmy")).toBe("string");
    expect(typeof dateCell(2958466, "auto")).toBe("string"); // beyond 9999-12-31
  });

  test("an amount cell: the amount, or why it cannot be read", () => {
    expect(moneyCell(1250.5)).toBe(1250.5);
    expect(moneyCell("(300.00)")).toBe(-300);
    expect(moneyCell("1,000")).toBe(1000);
    expect(typeof moneyCell("abc")).toBe("string");
    expect(typeof moneyCell(Number.NaN)).toBe("string");
  });

  test("amounts beyond ±1e13 (and NaN) are too large", () => {
    expect(tooLarge(MAX_AMOUNT)).toBe(false);
    expect(tooLarge(-MAX_AMOUNT)).toBe(false);
    expect(tooLarge(1e13 + 1)).toBe(true);
    expect(tooLarge(-2e13)).toBe(true);
    expect(tooLarge(Number.NaN)).toBe(true);
  });
});

describe("repeated cells read once", () => {
  test("terms: the days, and whether they count from the month end; the same text gives the same answer", () => {
    const { termsOf, fromMonthEnd } = termsReader();
    expect(termsOf("Net 30")).toEqual({ ok: true, value: 30 });
    expect(termsOf("Net 30")).toBe(termsOf("Net 30")); // cached
    expect(termsOf("Net 30 EOM")).toEqual({ ok: true, value: 30 });
    expect(fromMonthEnd("Net 30 EOM")).toBe(true);
    expect(fromMonthEnd("Net 30")).toBe(false);
    expect(fromMonthEnd(30)).toBe(false);
    expect(termsOf("whenever").ok).toBe(false);
  });

  test("terms: month end after any other text read, in any order, as each text alone says (the last text is kept)", () => {
    const texts = [
      "Net 30 EOM",
      "Net 30",
      "月结30天",
      "30天",
      "Ｎｅｔ ３０ ＥＯＭ",
      " Net 45 EOM ",
      "",
      "whenever",
      "60",
      "EOM",
    ];
    const { termsOf, fromMonthEnd } = termsReader();
    for (const a of texts)
      for (const b of texts) {
        expect(termsOf(a)).toEqual(parseTermsDays(a));
        expect([b, fromMonthEnd(b)]).toEqual([b, isEndOfMonthTerms(b)]);
        expect([a, fromMonthEnd(a)]).toEqual([a, isEndOfMonthTerms(a)]);
        expect(termsOf(b)).toEqual(parseTermsDays(b));
      }
    expect(texts.some((t) => isEndOfMonthTerms(t)) && texts.some((t) => !isEndOfMonthTerms(t))).toBe(true);
  });

  test("flags: yes and no words, blank is no, anything else a problem", () => {
    const flagOf = flagReader();
    expect(flagOf("Yes")).toEqual({ ok: true, value: true });
    expect(flagOf("否")).toEqual({ ok: true, value: false });
    expect(flagOf("")).toEqual({ ok: true, value: false });
    expect(flagOf("maybe").ok).toBe(false);
    expect(flagOf("maybe")).toBe(flagOf("maybe")); // cached
  });

  test("currencies: the code in capitals, null when blank", () => {
    const currencyOf = currencyReader();
    expect(currencyOf("usd")).toBe("USD");
    expect(currencyOf(" cny ")).toBe("CNY");
    expect(currencyOf("")).toBeNull();
    expect(currencyOf(null)).toBeNull();
  });
});
