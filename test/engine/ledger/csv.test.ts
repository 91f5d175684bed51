import { detectDelimiter, parseCsv } from "../../../src/engine/ledger/csv";

describe("parseCsv", () => {
  test("quoted fields, doubled quotes, CRLF, BOM, leading zeros kept", () => {
    const text = '\ufeffCustomer,Invoice,Amount\r\n"Acme, Inc","0000611365",12.50\r\n"Say ""hi""",0042,-3\r\n';
    expect(parseCsv(text)).toEqual([
      ["Customer", "Invoice", "Amount"],
      ["Acme, Inc", "0000611365", 12.5],
      ['Say "hi"', "0042", -3],
    ]);
  });

  test("semicolons and tabs are detected", () => {
    expect(detectDelimiter("a;b;c\n1;2;3")).toBe(";");
    expect(detectDelimiter("a\tb\n1\t2")).toBe("\t");
    expect(parseCsv("客户;金额\n华信;1,5")).toEqual([
      ["客户", "金额"],
      ["华信", "1,5"],
    ]);
  });

  test("a last line without a newline, and empty fields", () => {
    expect(parseCsv("a,,c\n1,2,")).toEqual([
      ["a", "", "c"],
      [1, 2, ""],
    ]);
  });
});
