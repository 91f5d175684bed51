import { detectColumns } from "../../../src/engine/ledger/columns";
import { fieldColumns, parseContext } from "../../../src/engine/ledger/parseContext";
import type { MappingResult } from "../../../src/engine/model/types";

const settings = { asOf: 46000, dateOrder: "auto" as const, defaultTermsDays: 30 };
const mappingOf = (headers: string[]): MappingResult => detectColumns([headers]);

describe("what a parse holds across its rows", () => {
  test("each field's column index, -1 when unmapped", () => {
    const m = mappingOf(["Customer", "Invoice No", "Due Date", "Open Amount"]);
    expect(fieldColumns(m.columns)).toEqual({
      customer: 0,
      invoiceNumber: 1,
      invoiceDate: -1,
      dueDate: 2,
      amount: -1,
      paidAmount: -1,
      openAmount: 3,
      paidDate: -1,
      disputed: -1,
      currency: -1,
      terms: -1,
    });
  });

  test("cells are named on the sheet; a field without a column names the row's first cell", () => {
    const m = mappingOf(["Customer", "Invoice No", "Due Date", "Amount"]);
    const ctx = parseContext({ values: [], sheet: "Data 1", topLeft: "C5" }, m, settings, null);
    expect(ctx.at(1, "amount")).toBe("'Data 1'!F6");
    expect(ctx.at(1, "paidDate")).toBe("'Data 1'!C6");
    expect(ctx.at(3, null)).toBe("'Data 1'!C8");
    expect(ctx.address(2, 1)).toBe("'Data 1'!D7");
  });

  test("the currency mark comes from the amount, else the open amount; balances need both columns", () => {
    const both = parseContext(
      { values: [], sheet: "S", topLeft: "A1" },
      mappingOf(["Customer", "Amount", "Open Amount"]),
      settings,
      null,
    );
    expect([both.markedColumn, both.currencyField, both.balance]).toEqual([1, "amount", true]);
    expect(both.moneyColumns).toEqual([1, -1, 2]);
    const open = parseContext(
      { values: [], sheet: "S", topLeft: "A1" },
      mappingOf(["Customer", "Open Amount"]),
      settings,
      null,
    );
    expect([open.markedColumn, open.currencyField, open.balance]).toEqual([1, "openAmount", false]);
    const code = parseContext(
      { values: [], sheet: "S", topLeft: "A1" },
      mappingOf(["Customer", "Amount", "Currency"]),
      settings,
      null,
    );
    expect(code.currencyField).toBe("currency");
  });

  test("the customer column: the mapped one, else the group rows' column; swapped serials only when asked", () => {
    const m = {
      ...mappingOf(["Invoice No", "Due Date", "Amount"]),
      swappedSerials: { columns: [1], example: "13/01" },
    };
    const input = { values: [], sheet: "S", topLeft: "A1" };
    expect(parseContext(input, m, settings, null).customerColumn).toBe(-1);
    expect(parseContext(input, m, settings, 3).customerColumn).toBe(3);
    expect(parseContext(input, m, settings, null).swapped).toBeNull();
    expect(parseContext(input, m, { ...settings, swapDateSerials: true }, null).swapped).toEqual(new Set([1]));
  });

  test("the results start empty", () => {
    const ctx = parseContext(
      { values: [], sheet: "S", topLeft: "A1" },
      mappingOf(["Customer", "Amount"]),
      settings,
      null,
    );
    expect(ctx.counts).toEqual({ dataRows: 0, invoices: 0, payments: 0, excluded: 0, blank: 0 });
    expect([ctx.invoices, ctx.issues, ctx.mergedNumbers, ctx.rowIssues.list]).toEqual([[], [], [], []]);
    expect(ctx.currencies.size + ctx.ledgerCurrencies.size).toBe(0);
  });
});
