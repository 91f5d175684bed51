import type { Analysis, Invoice } from "../../../src/engine";
import { keepInvoices, keptGroups, keptInvoices } from "../../../src/taskpane/analysis/ledgerInvoices";

const analysis = (invoices: number) => ({ counts: { invoices } }) as Analysis;
const invoice = { customer: "Acme" } as Invoice;

describe("the invoices kept with an analysis", () => {
  it("keeps the list with that analysis only, and returns the analysis", () => {
    const a = analysis(1);
    expect(keepInvoices(a, [invoice])).toBe(a);
    expect(keptInvoices(a)).toEqual([invoice]);
    expect(keptInvoices(analysis(1))).toBeUndefined();
  });

  it("keeps the desk's groups with them when given, else none (the desk then groups the invoices itself)", () => {
    const groups = { byCustomer: new Map([["Acme", [invoice]]]), open: new Map() };
    const a = keepInvoices(analysis(1), [invoice], groups);
    expect(keptGroups(a)).toBe(groups);
    expect(keptGroups(keepInvoices(analysis(1), [invoice]))).toBeUndefined();
  });

  it("keeps an empty list only for a ledger without invoices (else the desk reads the ledger again)", () => {
    const none = analysis(0);
    keepInvoices(none, []);
    expect(keptInvoices(none)).toEqual([]);
    const some = analysis(5);
    keepInvoices(some, []);
    expect(keptInvoices(some)).toBeUndefined();
  });
});
