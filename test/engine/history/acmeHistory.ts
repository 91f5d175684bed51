import { customerHistory } from "../../../src/engine/history/customerHistory";
import { invoiceOf } from "../invoiceOf";

/** Acme's three invoices, shared by the customerHistory and behaviourAt tests. */
const inv = invoiceOf;

// Billed out of order on purpose: the history sorts once by billing date.
export const h = customerHistory("Acme", [
  inv({
    invoiceNumber: "B",
    invoiceDate: 150,
    dueDate: 180,
    amount: 500,
    paidAmount: 500,
    paidDate: 200,
    openAmount: 0,
  }), // 20 days late
  inv({
    invoiceNumber: "A",
    invoiceDate: 100,
    dueDate: 130,
    amount: 1000,
    paidAmount: 1000,
    paidDate: 130,
    openAmount: 0,
  }), // on time
  inv({
    invoiceNumber: "C",
    invoiceDate: 210,
    dueDate: 240,
    amount: 2000,
    paidAmount: 800,
    paidDate: 260,
    openAmount: 1200,
    disputed: true,
  }),
]);
