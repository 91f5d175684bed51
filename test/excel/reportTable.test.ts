import { declareTable } from "../../src/excel/reportTable";

describe("report tables declared column by column", () => {
  it("gives each column its header and format, and each row its values in column order", () => {
    const customers = [
      { name: "Alpha", open: 1200.5 },
      { name: "Beta", open: 0 },
    ];
    const table = declareTable("customers", "Customers", customers, [
      { header: "#", format: "integer", value: (_, i) => i + 1 },
      { header: "Customer", format: "text", value: (c) => c.name },
      { header: "Open", format: "money", value: (c) => c.open || null },
    ]);
    expect(table).toEqual({
      name: "customers",
      title: "Customers",
      columns: [
        { header: "#", format: "integer" },
        { header: "Customer", format: "text" },
        { header: "Open", format: "money" },
      ],
      rows: [
        [1, "Alpha", 1200.5],
        [2, "Beta", null],
      ],
    });
  });
});
