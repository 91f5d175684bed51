import fc from "fast-check";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { buildCashPlan } from "../../../src/engine/cash/plan";
import { collectionsCents, type PlanBase } from "../../../src/engine/cash/scenarios";
import { resolveCashSettings } from "../../../src/engine/cash/settings";
import { toCents } from "../../../src/engine/model/money";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { generateLedger } from "../../../src/engine/sample/generateLedger";

const AS_OF = 46_000;
const flow = fc.record({
  day: fc.integer({ min: -10, max: 400 }),
  cents: fc.integer({ min: -5_000_000, max: 5_000_000 }),
});

test("every week reconciles to the cent: closing = opening + inflows − outflows, and opens at the last closing", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 4, max: 52 }),
      fc.integer({ min: -1e8, max: 1e8 }),
      fc.array(flow, { maxLength: 60 }),
      fc.array(fc.integer({ min: -1e7, max: 1e7 }), { maxLength: 52 }),
      (weeks, opening, flows, collections) => {
        const plan = buildCashPlan({
          asOf: AS_OF,
          weeks,
          openingCash: opening / 100,
          minimumCash: 0,
          collectionsCents: collections,
          other: flows.map((f) => ({ date: AS_OF + f.day, cents: f.cents })),
          payables: flows.slice(0, 5).map((f) => ({ date: AS_OF + f.day, cents: Math.abs(f.cents) })),
        });
        let previous = toCents(plan.openingCash);
        for (const w of plan.weeks) {
          expect(toCents(w.opening)).toBe(previous);
          expect(toCents(w.closing)).toBe(toCents(w.opening) + toCents(w.inflows) - toCents(w.outflows));
          expect(toCents(w.inflows) - toCents(w.outflows)).toBe(
            toCents(w.collections) + toCents(w.otherIn) - toCents(w.payables) - toCents(w.otherOut),
          );
          previous = toCents(w.closing);
        }
        expect(plan.lowest.closing).toBe(Math.min(...plan.weeks.map((w) => w.closing)));
      },
    ),
    { numRuns: 200 },
  );
});

test("a later payment habit never raises the lowest cash", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 5000 }),
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: -1e7, max: 1e7 }),
      fc.array(flow, { maxLength: 20 }),
      (seed, late, opening, flows) => {
        const values = generateLedger({ seed, customers: 20, invoices: 300, asOf: AS_OF, language: "en" }).values;
        const invoices = parseLedger({ values, sheet: "S", topLeft: "A1" }, detectColumns(values), {
          asOf: AS_OF,
          dateOrder: "auto",
          defaultTermsDays: 30,
          onlyCurrency: null,
        }).invoices;
        const base: PlanBase = {
          asOf: AS_OF,
          byCustomer: groupByCustomer(invoices),
          payables: [],
          other: flows.map((f) => ({ date: AS_OF + f.day, cents: f.cents })),
          settings: resolveCashSettings({ weeks: 13 }),
        };
        const plan = (days: number) =>
          buildCashPlan({
            asOf: AS_OF,
            weeks: 13,
            openingCash: opening / 100,
            minimumCash: 0,
            collectionsCents: collectionsCents(base, { extraDaysLate: days }),
            other: base.other,
          });
        expect(plan(late).lowest.closing).toBeLessThanOrEqual(plan(0).lowest.closing);
      },
    ),
    { numRuns: 30 },
  );
});
