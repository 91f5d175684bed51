/** Where the payment history begins: a ledger whose early payments were deleted is replayed only after them. */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { endOfMonth, isoFromSerial, serialFromYmd, ymdFromSerial } from "../../../src/engine/core/dates";
import {
  GRACE_MONTHS,
  type MonthlySums,
  paymentHistoryStartOf,
  startFromMonthlySums,
} from "../../../src/engine/history/historyStart";
import { toCents } from "../../../src/engine/model/money";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { customerHistories } from "../../../src/engine/history/customerHistory";
import fc from "fast-check";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { ledgerArb } from "./randomInvoices";
import { MIN_HISTORY_DAYS } from "../../../src/engine/history/gradeBacktest";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import type { Invoice } from "../../../src/engine/analysis/types";

const AS_OF = serialFromYmd(2025, 11, 17);
const PAID_AMOUNT = 5;
const PAID_DATE = 6;

/** The sample ledger with every payment dated before `cut` deleted (paid amount and date blanked). */
function withPaymentsDeletedBefore(cut: number): (string | number)[][] {
  const { values } = generateLedger({
    seed: 20251117,
    customers: 300,
    invoices: 3000,
    asOf: AS_OF,
    language: "en",
    months: 24,
  });
  return values.map((row, i) =>
    i > 0 && typeof row[PAID_DATE] === "number" && (row[PAID_DATE] as number) < cut
      ? row.map((v, j) => (j === PAID_AMOUNT || j === PAID_DATE ? "" : v))
      : row,
  );
}

/** The start as the model check finds it: from the customers' history columns. */
const paymentHistoryStart = (invoices: Invoice[], asOf: number) =>
  paymentHistoryStartOf(customerHistories(groupByCustomer(invoices)), asOf);

/** The reference: the monthly sums read straight from the invoice objects, the rule applied to them. */
function startFromInvoices(invoices: readonly Invoice[], asOf: number) {
  const billing = (inv: Invoice) => inv.invoiceDate ?? inv.dueDate;
  const positive = invoices.filter((inv) => inv.amount > 0);
  const first = Math.min(...positive.map(billing));
  if (!Number.isFinite(first) || first > asOf) return startFromMonthlySums(null);
  const month = (serial: number) => {
    const { year, month } = ymdFromSerial(serial);
    return year * 12 + month;
  };
  const months = month(asOf) - month(first) + 1;
  const sums: MonthlySums = { first, billed: new Array(months).fill(0), paid: new Array(months).fill(0) };
  for (const inv of positive) {
    if (billing(inv) <= asOf) sums.billed[month(billing(inv)) - month(first)] += toCents(inv.amount);
    const paid = inv.paidDate;
    if (paid !== null && paid <= asOf && paid >= first && inv.paidAmount > 0)
      sums.paid[month(paid) - month(first)] += toCents(inv.paidAmount);
  }
  return startFromMonthlySums(sums);
}

const run = (values: unknown[][]) =>
  analyzeLedger(
    { values, sheet: "S", topLeft: "A1" },
    { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
  );

test("a ledger paying from its start: the history begins with the ledger (nothing to report)", () => {
  const m = run(withPaymentsDeletedBefore(0)).modelCheck;
  expect(m.historyStart).toBeNull();
  expect(m.status).toBe("ok");
});

test("payments before 2025-01-01 deleted: the check says the history begins in January 2025 and replays only after it", () => {
  const cut = serialFromYmd(2025, 1, 1);
  const m = run(withPaymentsDeletedBefore(cut)).modelCheck;
  expect(m.historyStart).not.toBeNull();
  expect(isoFromSerial(m.historyStart!.date)).toBe("2025-01-01");
  expect(m.monthEnds.length).toBeGreaterThan(0);
  for (const t of m.monthEnds) expect(t).toBeGreaterThanOrEqual(endOfMonth(cut + MIN_HISTORY_DAYS));
});

test("the start is the first month whose payments reach a quarter of an average month's billing, after a grace", () => {
  const inv = (billed: number, paid: number | null): Invoice => ({
    row: 0,
    customer: "A",
    invoiceNumber: "1",
    invoiceDate: billed,
    dueDate: billed + 30,
    dueDateDerived: false,
    amount: 100,
    paidAmount: paid === null ? 0 : 100,
    paidDate: paid,
    openAmount: paid === null ? 100 : 0,
    disputed: false,
    currency: null,
    termsDays: 30,
  });
  const months = Array.from({ length: 12 }, (_, k) => endOfMonth(serialFromYmd(2024, 1, 15), k) - 10);
  // Billed 100 every month; paid only from month 6 on (the earlier invoices never show a payment).
  const ledger = months.map((b, k) => inv(b, k >= 6 ? b + 5 : null));
  expect(isoFromSerial(paymentHistoryStart(ledger, serialFromYmd(2024, 12, 31))!.date)).toBe("2024-07-01");
  // Paid from month GRACE_MONTHS on: within the grace terms and lateness allow, nothing reported.
  const early = months.map((b, k) => inv(b, k >= GRACE_MONTHS ? b + 5 : null));
  expect(paymentHistoryStart(early, serialFromYmd(2024, 12, 31))).toBeNull();
  expect(paymentHistoryStart([], serialFromYmd(2024, 12, 31))).toBeNull();
});

test("read from the customers' history columns, the start is the one read from the invoices", () => {
  const values = withPaymentsDeletedBefore(serialFromYmd(2025, 1, 1));
  const mapping = detectColumns(values, { dateOrder: "auto" });
  const settings = { asOf: AS_OF, dateOrder: "auto" as const, defaultTermsDays: 30, onlyCurrency: null };
  const { invoices } = parseLedger({ values, sheet: "S", topLeft: "A1" }, mapping, settings);
  const fromColumns = paymentHistoryStartOf(customerHistories(groupByCustomer(invoices)), AS_OF);
  expect(fromColumns).toEqual(startFromInvoices(invoices, AS_OF));
  expect(isoFromSerial(fromColumns!.date)).toBe("2025-01-01");
  fc.assert(
    fc.property(ledgerArb(false, 80), fc.integer({ min: 900, max: 1800 }), (ledger, asOf) => {
      const histories = customerHistories(groupByCustomer(ledger));
      expect(paymentHistoryStartOf(histories, asOf)).toEqual(startFromInvoices(ledger, asOf));
    }),
    { numRuns: 300 },
  );
  // Few invoices over eight thousand years (each month looked up, no table of the days): the same start.
  const sparse = invoices.slice(0, 40).map((inv, i) => ({ ...inv, invoiceDate: i % 2 ? 1 : inv.invoiceDate }));
  expect(paymentHistoryStart(sparse, 2958465)).toEqual(startFromInvoices(sparse, 2958465));
});
