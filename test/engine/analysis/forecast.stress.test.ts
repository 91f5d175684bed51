import fc from "fast-check";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { forecastCollections } from "../../../src/engine/analysis/forecast";
import { isSettled } from "../../../src/engine/analysis/portfolio";
import { toCents } from "../../../src/engine/model/money";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { generateLedger } from "../../../src/engine/sample/generateLedger";

const AS_OF = 46_000;
function byCustomer(seed: number) {
  const values = generateLedger({ seed, customers: 20, invoices: 300, asOf: AS_OF, language: "en" }).values;
  const invoices = parseLedger({ values, sheet: "S", topLeft: "A1" }, detectColumns(values), {
    asOf: AS_OF,
    dateOrder: "auto",
    defaultTermsDays: 30,
    onlyCurrency: null,
  }).invoices;
  return groupByCustomer(invoices);
}
const cents = (f: ReturnType<typeof forecastCollections>) =>
  f.weeks.reduce((s, w) => s + toCents(w.expected), 0) + toCents(f.beyond) + toCents(f.doubtful);

test("weeks + beyond + doubtful = total open, to the cent, for any horizon and stress", () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 5000 }),
      fc.integer({ min: 4, max: 52 }),
      fc.integer({ min: 0, max: 60 }),
      fc.option(fc.integer({ min: 0, max: 120 })),
      (seed, weeks, late, limit) => {
        const groups = byCustomer(seed);
        const silent = new Set([...groups.keys()].slice(0, 1));
        const f = forecastCollections(groups, new Map(), null, AS_OF, {
          weeks,
          extraDaysLate: late,
          silentCustomers: silent,
          collectUpToDaysPastDue: limit,
        });
        expect(f.weeks).toHaveLength(weeks);
        expect(cents(f)).toBe(toCents(f.total));
      },
    ),
    { numRuns: 25 },
  );
});

test("a later payment habit never brings a cent forward: cumulative collections by every week never rise", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 45 }), (seed, late) => {
      const groups = byCustomer(seed);
      const base = forecastCollections(groups, new Map(), null, AS_OF, { weeks: 26 });
      const later = forecastCollections(groups, new Map(), null, AS_OF, { weeks: 26, extraDaysLate: late });
      let a = 0;
      let b = 0;
      base.weeks.forEach((w, i) => {
        a += toCents(w.expected);
        b += toCents(later.weeks[i].expected);
        expect(b).toBeLessThanOrEqual(a);
      });
    }),
    { numRuns: 25 },
  );
});

test("a silent customer's open amount is doubtful; nothing past the limit is collected", () => {
  const groups = byCustomer(7);
  // The largest customer without disputes (they feed the ledger's disputed collection rate).
  const [name, invoices] = [...groups]
    .filter(([, l]) => !l.some((i) => i.disputed) && l.some((i) => i.openAmount > 0))
    .sort((x, y) => y[1].length - x[1].length)[0];
  const open = invoices.reduce((s, i) => s + toCents(i.openAmount), 0);
  // The same ledger with that customer's open amounts taken away (its paid history, hence every habit, kept).
  expect(invoices.some((i) => isSettled(i) && i.openAmount !== 0)).toBe(false);
  const zeroed = new Map([...groups].map(([c, list]) => [c, c === name ? list.filter(isSettled) : list]));
  const without = forecastCollections(zeroed, new Map(), null, AS_OF);
  const base = forecastCollections(groups, new Map(), null, AS_OF);
  const silent = forecastCollections(groups, new Map(), null, AS_OF, { silentCustomers: new Set([name]) });
  expect(open).not.toBe(0);
  expect(silent.weeks).toEqual(without.weeks);
  expect(toCents(silent.doubtful)).toBe(toCents(without.doubtful) + open);
  const strict = forecastCollections(groups, new Map(), null, AS_OF, { collectUpToDaysPastDue: 0 });
  expect(toCents(strict.doubtful)).toBeGreaterThan(toCents(base.doubtful));
});
