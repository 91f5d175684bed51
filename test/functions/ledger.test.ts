import * as analyzeModule from "../../src/engine/analysis/analyze";
import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { clearAnalysisCache, fingerprint } from "../../src/functions/analysisCache";
import { creditLimit, forecast, grade, terms } from "../../src/functions/ledger";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";
import { outcome } from "./helpers";

// The hand ledger's usable rows as columns, the way a user would select them in Excel.
const rows = handLedger()
  .slice(2)
  .filter((r) => r[0] !== "" || r[1] !== "");
const usable = rows.filter(
  (r) =>
    !["INV-301", "INV-302", "INV-401", "INV-501"].includes(r[1] as string) &&
    !(r[1] === "INV-005" && rows.indexOf(r) !== rows.findIndex((x) => x[1] === "INV-005")),
);
const column = (i: number, from = usable) => from.map((r) => [r[i]]);
const args = (from = usable) =>
  [
    column(0, from),
    column(4, from),
    column(3, from),
    column(2, from),
    column(6, from),
    column(5, from),
    column(7, from),
  ] as const;
const engine = analyzeLedger(
  { values: handLedger(), sheet: "L", topLeft: "A1" },
  { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
);

describe("AR.GRADE, AR.CREDITLIMIT, AR.TERMS, AR.FORECAST", () => {
  test("match the taskpane's analysis of the same ledger, spilling one result per customer", () => {
    const names = [["Alpha"], ["Beta"], ["Gamma"]];
    const [c, a, du, inv, pd, pa, di] = args();
    const byName = (n: string) => engine.customers.find((x) => x.customer === n)!;
    // Alpha 29.22 and Gamma 18.86 days (15 < score ≤ 30: grade 8), Beta 89.32 (above 75: grade 10) — worked by hand in
    // test/engine/analysis/analyze.test.ts.
    expect(grade(names, c, a, du, inv, pd, pa, di, AS_OF)).toEqual([[8], [10], [8]]);
    expect(grade(names, c, a, du, inv, pd, pa, di, AS_OF)).toEqual(names.map(([n]) => [byName(n).grade]));
    expect(creditLimit(names, c, a, du, inv, pd, pa, di, AS_OF)).toEqual(
      names.map(([n]) => [byName(n).creditLimit.amount]),
    );
    // Grades 8 and 10 are secured terms: no new open-account credit, the proposal is the balance owed as it stands.
    expect(creditLimit(names, c, a, du, inv, pd, pa, di, AS_OF)).toEqual(names.map(([n]) => [byName(n).openAmount]));
    expect(terms(names, c, a, du, inv, pd, pa, di, AS_OF)).toEqual([
      ["Letter of credit"],
      ["Cash in advance"],
      ["Letter of credit"],
    ]);
    // Growth serves grade 8 as 7: Net 15 with a deposit; limits 4,900 × 1.2 × 50 % = 2,940 and 1,900 × 1.2 × 50 % = 1,140;
    // Beta (grade 10) stays secured: the proposal is its balance as it stands, 5,500.
    expect(terms([["Alpha"]], c, a, du, inv, pd, pa, di, AS_OF, "growth")).toEqual([["Net 15 with 30 % deposit"]]);
    expect(creditLimit(names, c, a, du, inv, pd, pa, di, AS_OF, "growth")).toEqual([[2940], [5500], [1140]]);
  });

  test("a customer is found however its name's full-width or half-width characters are written", () => {
    const c = [["上海贸易（集团）"], ["上海贸易(集团)"], ["北京机械"]];
    const a = [[1000], [2000], [500]];
    const due = [[AS_OF - 40], [AS_OF - 10], [AS_OF + 5]];
    const none = [[""], [""], [""]];
    const limits = creditLimit([["上海贸易(集团)"], ["上海贸易（集团）"]], c, a, due, none, none, none, none, AS_OF);
    expect(limits[0]).toEqual(limits[1]); // one customer, two spellings
    expect(grade([["上海贸易(集团)"]], c, a, due, none, none, none, none, AS_OF)).toEqual(
      grade([["上海贸易（集团）"]], c, a, due, none, none, none, none, AS_OF),
    );
  });

  test("FORECAST spills 13 weeks equal to the engine's forecast, optionally with week start dates", () => {
    const [c, a, du, inv, pd, pa, di] = args();
    const weeks = forecast(c, a, du, inv, pd, pa, di, AS_OF);
    expect(weeks).toEqual(engine.forecast.weeks.map((w) => [w.expected]));
    expect(weeks).toHaveLength(13);
    const dated = forecast(c, a, du, inv, pd, pa, di, AS_OF, true);
    expect(dated[0]).toEqual([AS_OF + 1, 3850]);
  });

  test("blank tail rows are ignored; an unusable row is #VALUE! naming the argument and row", () => {
    const [c, a, du] = args();
    const padded = (x: unknown[][]) => [...x, [""], [null]];
    // Without payment columns nothing is paid, so the ledger's own days late and share late are 0: Gamma owes 700 not
    // yet due and 1,200 29 days past due → overdue now (1,200 × 29) / 1,900 = 18.32 days, full weight (no paid record):
    // (0.1 + 0.25) × ln 19.32 = 1.0363 → e^1.0363 − 1 = 1.82 days → grade 3 (1.25 < score ≤ 3).
    expect(
      grade([["Gamma"]], padded(c), padded(a), padded(du), undefined, undefined, undefined, undefined, AS_OF),
    ).toEqual([[3]]);
    const badAmounts = a.map((r, i) => (i === 3 ? ["lots"] : r));
    expect(
      outcome(() => grade([["Alpha"]], c, badAmounts, du, undefined, undefined, undefined, undefined, AS_OF)),
    ).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/^amounts: row 4: amount: .*lots/),
    });
    expect(outcome(() => grade([["Alpha"]], c, a.slice(1), du))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/amounts has 10 cell\(s\) but customers has 11/),
    });
    expect(outcome(() => grade([["Nobody"]], c, a, du, undefined, undefined, undefined, undefined, AS_OF))).toEqual({
      code: "#N/A",
      message: expect.stringMatching(/Nobody/),
    });
    expect(
      outcome(() => creditLimit([["Alpha"]], c, a, du, undefined, undefined, undefined, undefined, AS_OF, "reckless")),
    ).toEqual({ code: "#VALUE!", message: expect.stringMatching(/risk_appetite/) });
  });
});

describe("the analysis cache shared by the ledger functions", () => {
  test("the same columns are analysed once; any changed cell, date or appetite is analysed anew", () => {
    const [c, a, du, inv, pd, pa, di] = args();
    clearAnalysisCache();
    const spy = jest.spyOn(analyzeModule, "analyzeLedger");
    grade([["Alpha"]], c, a, du, inv, pd, pa, di, AS_OF);
    terms([["Alpha"]], c, a, du, inv, pd, pa, di, AS_OF);
    forecast(c, a, du, inv, pd, pa, di, AS_OF);
    expect(spy).toHaveBeenCalledTimes(1);
    // INV-005 (open at Alpha's 06-10 peak) 1,500 → 2,500: the peak and the (growth) limit move.
    const changed = a.map((r, i) => (i === 4 ? [2500] : r));
    expect(creditLimit([["Alpha"]], c, changed, du, inv, pd, pa, di, AS_OF, "growth")).not.toEqual(
      creditLimit([["Alpha"]], c, a, du, inv, pd, pa, di, AS_OF, "growth"),
    );
    grade([["Alpha"]], c, a, du, inv, pd, pa, di, AS_OF + 1);
    terms([["Alpha"]], c, a, du, inv, pd, pa, di, AS_OF, "growth");
    expect(spy).toHaveBeenCalledTimes(4); // + the changed ledger, the other appetite, the later date (then growth is cached)
    spy.mockRestore();
  });

  test("fingerprints tell apart values that print alike", () => {
    expect(fingerprint([[1, "1"]], "")).not.toBe(fingerprint([["1", 1]], ""));
    expect(fingerprint([[0.1 + 0.2]], "")).not.toBe(fingerprint([[0.3]], ""));
    expect(fingerprint([["a", "b"]], "")).not.toBe(fingerprint([["ab", ""]], ""));
  });
});
