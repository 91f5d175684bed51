/* the CSV import must not lose data. */
import { CsvError, detectDelimiter, parseCsv } from "../../../src/engine/ledger/csv";

describe("parseCsv keeps what is not safely a number as text", () => {
  test("numbers of more than 15 significant digits stay text (two 17-digit invoice numbers stay different)", () => {
    const rows = parseCsv(
      "Invoice,Amount\n12345678901234567,10\n12345678901234568,10\n123456789012345,0.000000000000001\n-1234567890.123456,1\n",
    );
    expect(rows.slice(1)).toEqual([
      ["12345678901234567", 10],
      ["12345678901234568", 10],
      [123456789012345, 1e-15],
      ["-1234567890.123456", 1],
    ]);
  });

  test("leading zeros stay text; zero and decimals below one are numbers", () => {
    expect(parseCsv("a,b,c,d\n007,0,0.5,-0.25")[1]).toEqual(["007", 0, 0.5, -0.25]);
  });
});

describe("an unterminated quote is reported with its line", () => {
  test("instead of swallowing the rest of the file into one cell", () => {
    const text = 'Customer,Invoice,Amount\nAcme,1,10\n"Beta,2,20\nGamma,3,30\nDelta,4,40\n';
    expect(() => parseCsv(text)).toThrow(CsvError);
    try {
      parseCsv(text);
    } catch (e) {
      expect((e as CsvError).line).toBe(3);
      expect((e as CsvError).message).toBe(
        'CSV line 3: a quote opened here is never closed, so the rest of the file would be read as one cell: close the quote (write a quote inside a field as "")',
      );
    }
  });

  test("a quoted field over several lines is still one cell", () => {
    expect(parseCsv('a,b\n"line 1\nline 2",3\n')).toEqual([
      ["a", "b"],
      ["line 1\nline 2", 3],
    ]);
  });
});

describe("delimiter detection ignores separators inside quoted headers", () => {
  test("semicolon file whose headers hold commas", () => {
    const text = '"Customer, name";"Amount, USD";"Due, date"\nAcme;10;2025-01-01\n';
    expect(detectDelimiter(text)).toBe(";");
    expect(parseCsv(text)).toEqual([
      ["Customer, name", "Amount, USD", "Due, date"],
      ["Acme", 10, "2025-01-01"],
    ]);
  });

  test("a quoted header spanning lines counts as the first line", () => {
    expect(detectDelimiter('"Customer\nname"\t"Amount;a,b,c"\tDue\nx\t1\t2')).toBe("\t");
  });
});
