/** The ledger's fingerprint: the same for the same columns and settings, another for any cent, date, flag or grouping. */
import { customerHistories } from "../../../src/engine/history/customerHistory";
import { ledgerFingerprint } from "../../../src/engine/history/ledgerFingerprint";
import type { Invoice } from "../../../src/engine/model/types";
import { invoiceOf, paidOn } from "../invoiceOf";

const invoice = (row: number, customer: string, amount: number, paidDate: number | null): Invoice =>
  invoiceOf({
    row,
    customer,
    invoiceNumber: `INV-${row}`,
    invoiceDate: 45000 + row,
    dueDate: 45030 + row,
    amount,
    termsDays: 30,
    ...paidOn(amount, paidDate),
  });

const ledger = (change: (list: Invoice[]) => void = () => undefined) => {
  const list = [invoice(1, "A", 100.25, 45040), invoice(2, "B", 5e12, null), invoice(3, "A", -20, null)];
  change(list);
  const byCustomer = new Map<string, Invoice[]>();
  for (const inv of list) byCustomer.set(inv.customer, [...(byCustomer.get(inv.customer) ?? []), inv]);
  return customerHistories(byCustomer);
};

test("the same ledger and settings give the same fingerprint; any change another", () => {
  const same = ledgerFingerprint(ledger(), [45900, 6, 5]);
  expect(ledgerFingerprint(ledger(), [45900, 6, 5])).toBe(same);
  const changed = [
    ledgerFingerprint(ledger(), [45901, 6, 5]),
    ledgerFingerprint(ledger(), [45900, 6, 5.5]),
    ledgerFingerprint(
      ledger((l) => (l[0].amount = l[0].paidAmount = 100.26)),
      [45900, 6, 5],
    ),
    ledgerFingerprint(
      ledger((l) => (l[1].amount = l[1].openAmount = 5e12 + 0.01)),
      [45900, 6, 5],
    ),
    ledgerFingerprint(
      ledger((l) => (l[0].paidDate = 45041)),
      [45900, 6, 5],
    ),
    ledgerFingerprint(
      ledger((l) => (l[1].disputed = true)),
      [45900, 6, 5],
    ),
    ledgerFingerprint(
      ledger((l) => (l[2].invoiceDate = null)),
      [45900, 6, 5],
    ),
    ledgerFingerprint(
      ledger((l) => (l[2].customer = "B")),
      [45900, 6, 5],
    ),
  ];
  expect(new Set([same, ...changed]).size).toBe(changed.length + 1);
});
