import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { Analysis } from "../../../src/engine/analysis/types";
import { parseMoney } from "../../../src/engine/core/cells";
import { parseDate, serialFromYmd } from "../../../src/engine/core/dates";
import { ibmLedger } from "./ibmData";

const values = ibmLedger();
const maybe = values ? describe : describe.skip;
const AS_OF = serialFromYmd(2013, 9, 30);

maybe("the IBM ledger (2,466 real invoices) as of 2013-09-30", () => {
  const rows = values ?? [];
  // The analysis runs once, before the tests, and never while a skipped suite is collected.
  let a: Analysis;
  beforeAll(() => {
    a = analyzeLedger(
      { values: rows, sheet: "Sheet1", topLeft: "A1" },
      { asOf: AS_OF, agingBasis: "due", dateOrder: "mdy", riskAppetite: "balanced" },
    );
  }, 60_000); // the whole IBM ledger, analysed once

  test("maps the IBM headers", () => {
    expect(a.mapping.columns).toMatchObject({
      customer: 1,
      invoiceNumber: 3,
      invoiceDate: 4,
      dueDate: 5,
      amount: 6,
      disputed: 7,
      paidDate: 8,
    });
  });

  test("with the date order left on automatic, its US dates are recognised and the analysis is the same", () => {
    const auto = analyzeLedger(
      { values: rows, sheet: "Sheet1", topLeft: "A1" },
      { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
    );
    expect(auto.mapping.dateOrder).toBe("mdy");
    expect(auto.mapping.notes.map((n) => n.code)).toContain("mapping.dateOrder.mdy");
    const { settings: _s1, mapping: _m1, ...autoRest } = auto;
    const { settings: _s2, mapping: _m2, ...mdyRest } = a;
    expect(autoRest).toEqual(mdyRest);
  });

  test("no row lost: rows = invoices + excluded + blank, each excluded row said with an address", () => {
    expect(a.counts.dataRows).toBe(rows.length - 1);
    expect(a.counts.invoices + a.counts.excluded + a.counts.blank).toBe(a.counts.dataRows);
    // Invoices after the as-of date are one note with their count and the first address; any other exclusion its own.
    const excluded = a.issues.filter((i) => i.severity === "excluded");
    const said = excluded.reduce(
      (n, i) => n + (i.reason.code === "row.afterAsOfMany" ? Number(i.reason.params.count) : 1),
      0,
    );
    expect(said).toBe(a.counts.excluded);
    for (const i of a.issues) expect(i.address).toMatch(/^Sheet1![A-L]\d+$/);
    // The only exclusions are invoices raised after the as-of date.
    const after = rows.slice(1).filter((r) => (parseDate(r[4], "mdy") as { value: number }).value > AS_OF).length;
    expect(a.counts.excluded).toBe(after);
  });

  test("totals reconcile: customers = aging = open amount computed straight from the rows", () => {
    let cents = 0;
    for (const r of rows.slice(1)) {
      const inv = (parseDate(r[4], "mdy") as { value: number }).value;
      const settled = (parseDate(r[8], "mdy") as { value: number }).value;
      if (inv <= AS_OF && settled > AS_OF) cents += Math.round((parseMoney(r[6]) as { value: number }).value * 100);
    }
    const customerCents = a.customers.reduce((s, c) => s + Math.round(c.openAmount * 100), 0);
    const agingCents = a.aging.totals.reduce((s, t) => s + Math.round(t * 100), 0);
    expect(customerCents).toBe(cents);
    expect(agingCents).toBe(cents);
    expect(Math.round(a.aging.total * 100)).toBe(cents);
    expect(Math.round(a.portfolio.totalOpen * 100)).toBe(cents);
    const forecastCents =
      a.forecast.weeks.reduce((s, w) => s + Math.round(w.expected * 100), 0) +
      Math.round(a.forecast.beyond * 100) +
      Math.round(a.forecast.doubtful * 100);
    expect(forecastCents).toBe(cents);
  });

  test("every customer gets a grade, terms, a limit and reasons; plans sum to their balance", () => {
    expect(a.customers).toHaveLength(100);
    for (const c of a.customers) {
      expect(c.grade).toBeGreaterThanOrEqual(1);
      expect(c.grade).toBeLessThanOrEqual(10);
      expect(c.gradeReasons.length).toBeGreaterThan(0);
      expect(c.terms.reasons.length).toBeGreaterThan(0);
      expect(c.creditLimit.reasons.length).toBeGreaterThan(0);
    }
    for (const p of a.plans) {
      const cents = p.schedule.reduce((s, r) => s + Math.round(r.principal * 100), 0);
      expect(cents).toBe(Math.round(p.overdueBalance * 100));
    }
    // The IBM file's own DaysLate column agrees with the engine's amount-weighted days late over settled invoices.
    let w = 0;
    let s = 0;
    for (const r of rows.slice(1)) {
      const inv = (parseDate(r[4], "mdy") as { value: number }).value;
      const settled = (parseDate(r[8], "mdy") as { value: number }).value;
      if (inv > AS_OF || settled > AS_OF) continue;
      const amount = r[6] as number;
      w += amount;
      s += amount * (r[11] as number);
    }
    expect(a.portfolio.weightedDaysLate).toBeCloseTo(s / w, 8);
  });
});
