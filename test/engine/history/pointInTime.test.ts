import { billedOn, monthEndsUpTo, openAmountAt } from "../../../src/engine/history/pointInTime";
import { serialFromYmd } from "../../../src/engine/core/dates";
import type { Invoice } from "../../../src/engine/analysis/types";
import { invoiceOf } from "../invoiceOf";

const invoice = (over: Partial<Invoice>): Invoice => invoiceOf({ invoiceDate: 45600, dueDate: 45630, ...over });

describe("the ledger at a past date", () => {
  it("is not open before it was billed, fully open until its payment, then open for the rest", () => {
    const inv = invoice({ paidAmount: 400, paidDate: 45650, openAmount: 600 });
    expect(openAmountAt(inv, 45599)).toBe(0);
    expect(openAmountAt(inv, 45600)).toBe(1000);
    expect(openAmountAt(inv, 45649)).toBe(1000);
    expect(openAmountAt(inv, 45650)).toBe(600);
  });

  it("takes a payment without a date as made after every past date", () => {
    const inv = invoice({ paidAmount: 1000, paidDate: null, openAmount: 0 });
    expect(openAmountAt(inv, 45700)).toBe(1000);
  });

  it("dates an invoice without invoice date by its due date less its terms", () => {
    expect(billedOn(invoice({ invoiceDate: null, termsDays: 30 }))).toBe(45600);
    expect(billedOn(invoice({ invoiceDate: null, termsDays: null }))).toBe(45630);
  });

  it("lists month-ends up to the as-of date, oldest first", () => {
    const asOf = serialFromYmd(2025, 3, 15);
    expect(monthEndsUpTo(asOf, 3)).toEqual([
      serialFromYmd(2024, 12, 31),
      serialFromYmd(2025, 1, 31),
      serialFromYmd(2025, 2, 28),
    ]);
    expect(monthEndsUpTo(serialFromYmd(2025, 3, 31), 1)).toEqual([serialFromYmd(2025, 3, 31)]);
  });
});
