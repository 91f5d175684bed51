import fc from "fast-check";
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { Analysis, AnalysisSettings } from "../../../src/engine/analysis/types";
import { AS_OF, handLedger } from "./handLedger";
import { generateLedger } from "../../../src/engine/sample/generateLedger";

const settings: AnalysisSettings = { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" };

function analyze(values: unknown[][]): Analysis {
  return analyzeLedger({ values, sheet: "S", topLeft: "A1" }, settings);
}

/** The analysis with row positions and addresses removed (they move when rows are shuffled). */
function withoutRows(a: Analysis) {
  return {
    ...a,
    issues: a.issues
      .map((i) => ({
        ...i,
        row: 0,
        address: "",
        reason: { ...i.reason, params: { ...i.reason.params, first: "" }, text: "" },
      }))
      .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y))),
  };
}

function sample(seed: number) {
  return generateLedger({ seed, customers: 25, invoices: 300, asOf: AS_OF, language: "en" }).values;
}

test("a shuffled ledger gives the same analysis", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer(), (seed, shuffleSeed) => {
      const values = sample(seed);
      const [header, ...body] = values;
      const rng = mulberry(shuffleSeed);
      const shuffled = [
        header,
        ...body
          .map((r) => [rng(), r] as const)
          .sort((x, y) => x[0] - y[0])
          .map((x) => x[1]),
      ];
      const a = analyze(values);
      const b = analyze(shuffled);
      expect(b.portfolio).toEqual(a.portfolio);
      expect(b.aging).toEqual(a.aging);
      expect(b.customers).toEqual(a.customers);
      expect(b.plans).toEqual(a.plans);
      expect(b.forecast).toEqual(a.forecast);
      expect(b.insurance).toEqual(a.insurance);
      expect(b.alerts).toEqual(a.alerts);
      expect(b.counts).toEqual(a.counts);
    }),
    { numRuns: 8 },
  );
});

test("the hand ledger shuffled keeps every issue (by reason)", () => {
  const values = handLedger();
  const [title, header, ...body] = values;
  const reversed = [title, header, ...[...body].reverse()];
  const a = withoutRows(analyze(values));
  const b = withoutRows(analyze(reversed));
  expect(b.counts).toEqual(a.counts);
  // The duplicate flips to the other row of the pair, so compare reasons by code.
  expect(b.issues.map((i) => i.reason.code).sort()).toEqual(a.issues.map((i) => i.reason.code).sort());
  expect(b.customers).toEqual(a.customers);
});

function scale(values: unknown[][], k: number): unknown[][] {
  const [header, ...body] = values;
  const amountCols = [header.indexOf("Amount"), header.indexOf("Paid Amount")];
  return [
    header,
    ...body.map((r) =>
      r.map((v, i) => (amountCols.includes(i) && typeof v === "number" ? Math.round(v * k * 100) / 100 : v)),
    ),
  ];
}

const close = (x: number, y: number, k: number, what: string) => {
  // Every money figure scales by k within the rounding of the cents that were scaled (one cent per invoice × k).
  if (Math.abs(x * k - y) > Math.max(0.05, Math.abs(y) * 1e-6) * k) throw new Error(`${what}: ${x} × ${k} ≠ ${y}`);
};

test("scaling every amount by k scales every money figure by k and leaves grades unchanged", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(2, 3, 10, 100), (seed, k) => {
      const values = sample(seed);
      const a = analyze(values);
      const b = analyze(scale(values, k));
      close(a.portfolio.totalOpen, b.portfolio.totalOpen, k, "total open");
      close(a.portfolio.overdueOpen, b.portfolio.overdueOpen, k, "overdue");
      a.aging.totals.forEach((t, i) => close(t, b.aging.totals[i], k, `aging ${i}`));
      expect(b.customers.map((c) => [c.customer, c.grade, c.terms.code])).toEqual(
        a.customers.map((c) => [c.customer, c.grade, c.terms.code]),
      );
      a.customers.forEach((c, i) => {
        close(c.openAmount, b.customers[i].openAmount, k, `${c.customer} open`);
        close(c.creditLimit.amount, b.customers[i].creditLimit.amount, k, `${c.customer} limit`);
      });
      expect(b.plans.map((p) => p.customer)).toEqual(a.plans.map((p) => p.customer));
      a.plans.forEach((p, i) => close(p.overdueBalance, b.plans[i].overdueBalance, k, `${p.customer} plan`));
      // Each invoice is spread over several weeks, each part rounded to the cent: up to a cent per open invoice a week.
      const perWeek = 0.01 * a.portfolio.openInvoiceCount * k;
      a.forecast.weeks.forEach((w, i) =>
        expect(Math.abs(w.expected * k - b.forecast.weeks[i].expected)).toBeLessThanOrEqual(perWeek + 1e-9),
      );
      expect(b.insurance.verdict).toBe(a.insurance.verdict);
      expect(b.portfolio.dso).toBeCloseTo(a.portfolio.dso ?? 0, 6);
    }),
    { numRuns: 8 },
  );
});

function mulberry(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
