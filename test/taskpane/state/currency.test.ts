import { detectColumns } from "../../../src/engine/ledger/columns";
import { displayCurrency, guessCurrency, reportingCurrency } from "../../../src/taskpane/state/currency";

describe("the currency shown for a ledger without a currency column", () => {
  const ibmLike = [
    ["customerID", "invoiceNumber", "InvoiceDate", "DueDate", "InvoiceAmount", "SettledDate"],
    ["0379-NEVHP", "0000611365", 41276, 41306, 55.94, 41289],
  ];
  const mappingOf = (values: unknown[][]) => detectColumns(values, {});
  test("General formats: the region of Office's language (the IBM sample in en-US is USD, not CNY)", () => {
    expect(
      guessCurrency({ values: ibmLike, numberFormats: [["General"], ["General"]] }, mappingOf(ibmLike), "en-US"),
    ).toEqual({ detected: "USD", from: "locale" });
    expect(guessCurrency({ values: ibmLike }, mappingOf(ibmLike), "zh-CN")).toEqual({
      detected: "CNY",
      from: "locale",
    });
    expect(guessCurrency({ values: ibmLike }, mappingOf(ibmLike), "")).toEqual({ detected: "CNY", from: "default" });
  });
  test("the amount cells' number format wins over the region", () => {
    const formats = [
      ibmLike[0].map(() => "@"),
      ["@", "@", "yyyy-mm-dd", "yyyy-mm-dd", "[$$-409]#,##0.00", "yyyy-mm-dd"],
    ];
    expect(guessCurrency({ values: ibmLike, numberFormats: formats }, mappingOf(ibmLike), "zh-CN")).toEqual({
      detected: "USD",
      from: "format",
    });
    formats[1][4] = '"¥"#,##0.00';
    expect(guessCurrency({ values: ibmLike, numberFormats: formats }, mappingOf(ibmLike), "en-US")).toEqual({
      detected: "CNY",
      from: "format",
    });
  });
  test("a ledger with a currency column shows its own (no guess)", () => {
    const withCurrency = [
      [...ibmLike[0], "Currency"],
      [...ibmLike[1], "EUR"],
    ];
    expect(guessCurrency({ values: withCurrency }, mappingOf(withCurrency), "en-US")).toBeNull();
  });
});

describe("the currency setting and the reporting currency", () => {
  test("the choice, else the guess; none when the ledger has its own currency column", () => {
    expect(displayCurrency("", { detected: "USD", from: "locale" })).toBe("USD");
    expect(displayCurrency("EUR", { detected: "USD", from: "locale" })).toBe("EUR");
    expect(displayCurrency("EUR", null)).toBeUndefined();
  });
  test("the reporting currency: the choice, else Office's region's, else CNY", () => {
    expect([reportingCurrency("GBP", "en-US"), reportingCurrency("", "en-US"), reportingCurrency("", "")]).toEqual([
      "GBP",
      "USD",
      "CNY",
    ]);
  });
});
