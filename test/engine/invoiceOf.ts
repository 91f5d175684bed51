/**
 * One invoice for the engine's tests: Acme's 1,000 billed on day 100, due on day 130, unpaid; `over` sets any field.
 * `paidOn` gives the fields of an invoice paid in full on a day (or unpaid, for null).
 */
import type { Invoice } from "../../src/engine/model/types";

export function invoiceOf(over: Partial<Invoice> = {}): Invoice {
  return {
    row: 1,
    customer: "Acme",
    invoiceNumber: "1",
    invoiceDate: 100,
    dueDate: 130,
    dueDateDerived: false,
    amount: 1000,
    paidAmount: 0,
    paidDate: null,
    openAmount: 1000,
    disputed: false,
    currency: null,
    termsDays: null,
    ...over,
  };
}

export function paidOn(
  amount: number,
  paidDate: number | null,
): Pick<Invoice, "paidAmount" | "paidDate" | "openAmount"> {
  return paidDate === null
    ? { paidAmount: 0, paidDate: null, openAmount: amount }
    : { paidAmount: amount, paidDate, openAmount: 0 };
}
