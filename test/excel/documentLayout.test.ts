import { DOC_COLUMNS, DOC_COLUMN_WIDTHS, layoutDocument, wrapLine } from "../../src/excel/documentLayout";
import type { DocumentContent } from "../../src/engine";

describe("a document laid out on a sheet", () => {
  it("wraps long lines at spaces; a CJK character counts two", () => {
    expect(wrapLine("short")).toEqual(["short"]);
    expect(wrapLine("aaaa bbbb cccc", 10)).toEqual(["aaaa bbbb", "cccc"]);
    expect(wrapLine("应收账款应收账款", 8)).toEqual(["应收账款", "应收账款"]);
  });

  it("places each block on rows of 8 columns: headings bold, fields, tables with bold header and total", () => {
    const doc: DocumentContent = {
      kind: "statement",
      language: "en",
      sheetName: "Statement Alpha",
      title: "Statement of account",
      companyName: "Acme",
      blocks: [
        { kind: "heading", text: "Statement of account" },
        { kind: "fields", rows: [{ label: "Date", value: 45700, format: "date" }] },
        {
          kind: "table",
          columns: [
            { header: "Invoice", format: "text" },
            { header: "Open", format: "money" },
          ],
          rows: [["INV1", 1000]],
          total: ["Total", 1000],
        },
        { kind: "checklist", items: [{ text: "Signed", done: true }] },
      ],
    };
    const layout = layoutDocument(doc);
    expect(layout.values.map((r) => r.length)).toEqual(Array(layout.values.length).fill(DOC_COLUMNS));
    expect(layout.values.map((r) => r.filter((v) => v !== "").join("|"))).toEqual([
      "Statement of account",
      "Date|45700",
      "",
      "Invoice|Open",
      "INV1|1000",
      "Total|1000",
      "",
      "☑ Signed",
      "",
    ]);
    expect(layout.formats[1][2]).toBe("yyyy-mm-dd");
    expect(layout.formats[4][1]).toBe("#,##0.00");
    expect(layout.bold).toEqual([
      { row: 0, column: 0, columns: 1 },
      { row: 3, column: 0, columns: 2 },
      { row: 5, column: 0, columns: 2 },
    ]);
    expect(layout.printTitleRow).toBe(3);
    expect(layout.columnWidths).toEqual(DOC_COLUMN_WIDTHS);
  });
});
