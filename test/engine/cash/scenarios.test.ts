import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { readHabits } from "../../../src/engine/analysis/forecast";
import {
  collectionsCents,
  largestCustomer,
  planWith,
  runScenarios,
  type PlanBase,
} from "../../../src/engine/cash/scenarios";
import { resolveCashSettings } from "../../../src/engine/cash/settings";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { run } from "./handCompany";

describe("the cash plan on a hand-built company", () => {
  const c = run();
  const closing = (kind: string, days?: number) =>
    c.scenarios.find((s) => s.kind === kind && (days === undefined || s.days === days))!.plan;

  it("base: bills paid 5 days early as the company does; never below the buffer", () => {
    expect(c.payEarlyDays).toBe(5);
    expect(c.plan.weeks.map((w) => w.collections)).toEqual([2_000, 10_000, 0, 0]);
    expect(c.plan.weeks.map((w) => w.payables)).toEqual([0, 4_000, 0, 0]);
    expect(c.plan.weeks.map((w) => w.closing)).toEqual([7_000, 10_000, 10_000, 10_000]);
    expect(c.plan.firstBelow).toBeNull();
    expect(c.cycle).toEqual({ dio: 0, dso: 50, dpo: 45, ccc: 5 });
  });

  it("scenarios: later habits, the largest customer silent, the 90-day cap, combined", () => {
    expect(c.scenarios.map((s) => [s.kind, s.days, s.customer])).toEqual([
      ["base", null, null],
      ["late", 15, null],
      ["late", 30, null],
      ["silent", null, "Big"],
      ["overdueCap", 90, null],
      ["combined", 30, "Big"],
    ]);
    expect(closing("late", 15).weeks.map((w) => w.closing)).toEqual([5_000, -2_000, 0, 10_000]);
    expect(closing("late", 15).firstBelow).toEqual({ week: 2, gap: 3_000 });
    expect(closing("late", 30).weeks.map((w) => w.closing)).toEqual([5_000, -2_000, -2_000, -2_000]);
    expect(closing("silent").weeks.map((w) => w.closing)).toEqual([6_000, -1_000, -1_000, -1_000]);
    expect(closing("silent").firstBelow).toEqual({ week: 2, gap: 2_000 });
    expect(closing("overdueCap").weeks.map((w) => w.closing)).toEqual([6_000, 9_000, 9_000, 9_000]);
    expect(closing("combined").firstBelow).toEqual({ week: 2, gap: 3_000 });
  });
});

describe("a scenario with one customer silent", () => {
  const asOf = 45_838;
  const ledger = generateLedger({ seed: 21, customers: 80, invoices: 2_000, asOf, language: "en" });
  const invoices = parseLedger(
    { values: ledger.values, sheet: "Ledger", topLeft: "A1" },
    detectColumns(ledger.values, { dateOrder: "auto" }),
    { asOf, dateOrder: "auto", defaultTermsDays: 30, onlyCurrency: null },
  ).invoices;
  const byCustomer = groupByCustomer(invoices);
  const names = [...byCustomer.keys()];

  it.each([null, names[7], names[names.length - 1], "Nobody Ltd"])(
    "equals the whole ledger forecast again with that customer silent (stress customer %p), to the cent",
    (stressCustomer) => {
      for (const stressLateDays of [[15, 30], [], [0, 45]]) {
        const settings = resolveCashSettings({ stressCustomer, stressLateDays });
        const base: PlanBase = {
          asOf,
          byCustomer,
          payables: [],
          other: [],
          settings,
          habits: readHabits(byCustomer, asOf),
        };
        const scenarios = runScenarios(base, planWith(base, collectionsCents(base)));
        const silent = stressCustomer ?? largestCustomer(byCustomer)!;
        const late = stressLateDays.length ? Math.max(...stressLateDays) : 0;
        const again = (extraDaysLate: number) =>
          planWith(base, collectionsCents(base, { silentCustomers: new Set([silent]), extraDaysLate }));
        const plan = (kind: string) => scenarios.find((s) => s.kind === kind)!.plan.weeks.map((w) => w.collections);
        expect(plan("silent")).toEqual(again(0).weeks.map((w) => w.collections));
        expect(plan("combined")).toEqual(again(late).weeks.map((w) => w.collections));
        // Without habits read beforehand, the same scenarios (each forecast reads the whole ledger's habits).
        const plain = runScenarios({ ...base, habits: undefined }, planWith(base, collectionsCents(base)));
        expect(plain.map((s) => s.plan)).toEqual(scenarios.map((s) => s.plan));
      }
    },
  );
});
