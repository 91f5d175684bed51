/**
 * The sign conventions of a row's money, decided once (parseLedger.ts applies them to every row):
 * - An invoice's direction is the sign of its amount: a positive amount is owed to us, a negative one (a credit
 *   note) is owed by us.
 * - A paid amount is applied in the invoice's direction. Ledgers often write payments without a sign, so on a
 *   credit note −500 a paid 500 (or −500) settles it: open 0, never −1,000. On an invoice of 1,000 a paid −400
 *   cannot be a payment (a refund? a reversal?): the row is an issue naming the paid cell, never read as open 1,400.
 * - An open amount lies between 0 and the amount, in the invoice's direction: on a credit note it is read in the
 *   note's direction whatever its sign; beyond the amount (5,000 open on a 1,000 invoice) the row is an issue naming
 *   the open cell. An open amount against an invoice's direction is an overpayment: kept as a credit, with the
 *   overpayment warning.
 * Amounts are in cents (model/money.ts), exact.
 */
import type { LedgerField } from "../model/types";
import { fromCents } from "../model/money";
import { money } from "../model/reason";

export interface SignProblem {
  field: LedgerField;
  code: string;
  params: Record<string, string | number>;
  text: string;
}

export interface SignedMoney {
  /** The paid amount in cents, in the invoice's direction (null when the row gives none). */
  paidCents: number | null;
  /** The open amount in cents, in the invoice's direction (null when the row gives none). */
  openCents: number | null;
  /** Why the row cannot be read as it stands (the row is then excluded). */
  problem: SignProblem | null;
}

export function applySigns(amountCents: number, paidCents: number | null, openCents: number | null): SignedMoney {
  const credit = amountCents < 0;
  if (credit) {
    // A credit note: its payments and its open amount go its way whatever sign they are written with.
    const paid = paidCents === null ? null : -Math.abs(paidCents);
    const open = openCents === null ? null : -Math.abs(openCents);
    const problem = open !== null && open < amountCents ? openBeyond(amountCents, open) : null;
    return { paidCents: paid, openCents: open, problem };
  }
  if (paidCents !== null && paidCents < 0) {
    const paid = fromCents(paidCents);
    const amount = fromCents(amountCents);
    return {
      paidCents,
      openCents,
      problem: {
        field: "paidAmount",
        code: "row.paidAgainstDirection",
        params: { paid, amount },
        text:
          `paid ${money(paid)} on an invoice of ${money(amount)}: a payment goes the invoice's way ` +
          "(a refund or reversal is not guessed); correct the cell",
      },
    };
  }
  const problem = openCents !== null && openCents > amountCents ? openBeyond(amountCents, openCents) : null;
  return { paidCents, openCents, problem };
}

function openBeyond(amountCents: number, openCents: number): SignProblem {
  const open = fromCents(openCents);
  const amount = fromCents(amountCents);
  return {
    field: "openAmount",
    code: "row.openBeyondAmount",
    params: { open, amount },
    text:
      `the open amount ${money(open)} is more than the amount ${money(amount)}: ` +
      "what is still owed cannot exceed what was billed; correct the cell",
  };
}
