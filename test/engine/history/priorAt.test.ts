/**
 * The prior at a past date read from the settled sums alone (priorAt.ts) is the prior of gradesAt.ts over every
 * customer's full behaviour, to the last bit; and the model check that grades only the customers it observes gives
 * the observations of grading everyone (gradesAt at each month-end, as it did before).
 */
import { paymentHistoryStartOf } from "../../../src/engine/history/historyStart";
import fc from "fast-check";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import type { Invoice } from "../../../src/engine/analysis/types";
import { endOfMonth, serialFromYmd } from "../../../src/engine/core/dates";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { auc } from "../../../src/engine/history/auc";
import { behaviourAt } from "../../../src/engine/history/behaviourAt";
import { billedCount, customerHistories, type CustomerHistory } from "../../../src/engine/history/customerHistory";
import { backtestGrades, backtestMonthEnds, followUp } from "../../../src/engine/history/gradeBacktest";
import { MAX_CREDIBILITY, MIN_CREDIBILITY, gradesAt, portfolioPrior } from "../../../src/engine/history/gradesAt";
import { PriorSums, priorAt, priorOfLedger } from "../../../src/engine/history/priorAt";
import { ledgerArb } from "./randomInvoices";

/** Up to 16 customers (the credibility needs 5 with paid invoices), ledger order kept. */
const manyCustomers = (invoices: Invoice[]) =>
  invoices.map((inv, i) => ({ ...inv, customer: `${inv.customer}${i % 4}` }));

/** The model check's observations as it made them before: every customer billed by t graded (gradesAt). */
function observationsReference(histories: readonly CustomerHistory[], asOf: number, months: number, lateDays: number) {
  let first = Math.min(...histories.filter((h) => h.billed.length > 0).map((h) => h.billed[0]));
  const out: { grade: number; score: number; baseline: number; late: boolean }[] = [];
  if (!Number.isFinite(first)) return out;
  // Replayed only where the ledger holds payments (historyStart.ts), as the model check does.
  const start = paymentHistoryStartOf(histories, asOf);
  if (start) first = Math.max(first, start.date);
  for (const t of backtestMonthEnds(first, asOf, months, 12)) {
    const { prior, graded } = gradesAt(histories, t);
    for (const h of histories) {
      const g = graded.get(h.customer);
      const f = g && followUp(h, t, endOfMonth(t, months), asOf);
      if (!g || !f || f.cents <= 0) continue;
      const baseline = g.behaviour.weightedDaysLate ?? prior.weightedDaysLate;
      out.push({ grade: g.grade, score: g.score, baseline, late: f.dayCents / f.cents > lateDays });
    }
  }
  return out;
}

describe("the portfolio's prior at a past date", () => {
  it("equals gradesAt's prior over every customer's behaviour at that date", () => {
    fc.assert(
      fc.property(ledgerArb(false, 120).map(manyCustomers), fc.integer({ min: 900, max: 1700 }), (invoices, t) => {
        const histories = customerHistories(groupByCustomer(invoices));
        const billed = histories.filter((h) => h.billed.length > 0 && h.billed[0] <= t);
        expect(priorAt(histories, t)).toEqual(portfolioPrior(billed.map((h) => behaviourAt(h, t))));
        expect(priorAt(histories, t)).toEqual(gradesAt(histories, t).prior);
        // Summed in one sweep, some customers from their behaviour (the model check's graded ones): the same prior.
        const mixed = new PriorSums();
        billed.forEach((h, k) =>
          k % 2 === 0 ? mixed.addBehaviour(behaviourAt(h, t)) : mixed.addCustomer(h, t, billedCount(h, t)),
        );
        expect(mixed.prior()).toEqual(priorAt(histories, t));
        // At the as-of date as the analysis reads it: every customer, all its invoices, the ledger's open amounts.
        const all = histories.map((h) => behaviourAt(h, t, true, h.invoices.length));
        expect(priorOfLedger(histories, t)).toEqual(portfolioPrior(all));
      }),
      { numRuns: 200 },
    );
  });

  it("equals it on a generated ledger at a year of month-ends, the credibility estimated (not clamped)", () => {
    const asOf = serialFromYmd(2025, 6, 30);
    const { values } = generateLedger({ seed: 4, customers: 120, invoices: 3000, asOf, language: "en" });
    const options = { asOf, dateOrder: "auto" as const, defaultTermsDays: 30, onlyCurrency: null };
    const parsed = parseLedger({ values, sheet: "S", topLeft: "A1" }, detectColumns(values, {}), options);
    const histories = customerHistories(groupByCustomer(parsed.invoices));
    for (let m = 1; m <= 12; m++) {
      const t = endOfMonth(asOf, -m);
      const prior = priorAt(histories, t);
      expect(prior).toEqual(gradesAt(histories, t).prior);
      expect(prior.credibilityInvoices).toBeGreaterThan(MIN_CREDIBILITY);
      expect(prior.credibilityInvoices).toBeLessThan(MAX_CREDIBILITY);
    }
  });

  it("the model check grading only the customers it observes: the observations of grading everyone", () => {
    const ledgers = ledgerArb(true, 150).map(manyCustomers);
    const asOfs = fc.integer({ min: 1300, max: 1900 });
    const settings = fc.tuple(fc.constantFrom(1, 3, 6), fc.constantFrom(0, 5));
    fc.assert(
      fc.property(ledgers, asOfs, settings, (invoices, asOf, [months, lateDays]) => {
        const histories = customerHistories(groupByCustomer(invoices));
        const expected = observationsReference(histories, asOf, months, lateDays);
        const check = backtestGrades(histories, asOf, { followUpMonths: months, lateDays });
        const outcomes = expected.map((o) => o.late);
        const measured = (scores: number[]) => auc(scores, outcomes);
        expect(check.observations).toBe(expected.length);
        expect(check.late).toBe(outcomes.filter(Boolean).length);
        expect(check.grade?.auc ?? null).toBe(measured(expected.map((o) => o.grade)));
        expect(check.score?.auc ?? null).toBe(measured(expected.map((o) => o.score)));
        expect(check.baseline?.auc ?? null).toBe(measured(expected.map((o) => o.baseline)));
      }),
      { numRuns: 150 },
    );
  });
});
