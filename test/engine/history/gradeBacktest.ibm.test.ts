/**
 * The grade proven on real and generated ledgers (docs/GRADE-MODEL.md gives these figures): its backtest AUC for
 * "paid the next 6 months' invoices more than 5 days late" is at least the naive baseline's (the customer's own past
 * days late) on every ledger below, and observed lateness rises with the grade.
 * "tuning": the score's weights and the band edges were chosen on these (generated seeds 1–3 at 280 customers ×
 * 6,000 invoices and at the preview's size, 300 × 3,000). "bands": looked at when the band edges were chosen, not
 * for the weights (seeds 4–5, the IBM sample, the preview's sample ledgers, src/preview/samples.ts: EN seed 20251117,
 * ZH seed 88). "fresh": used for no choice. gradeBacktest.fresh.test.ts checks 29 more fresh generated ledgers.
 * `npx jest test/engine/history/gradeBacktest.ibm.test.ts` prints the table.
 */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { Analysis } from "../../../src/engine/analysis/types";
import { acceptProposals } from "../../../src/engine/analysis/keptLimits";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { serialFromYmd } from "../../../src/engine/core/dates";
import { customerHistories } from "../../../src/engine/history/customerHistory";
import { backtestGrades, type ModelCheck } from "../../../src/engine/history/gradeBacktest";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { ibmLedger } from "../analysis/ibmData";

const values = ibmLedger();
const maybe = values ? describe : describe.skip;
const IBM_AS_OF = serialFromYmd(2013, 9, 30);
const GENERATED_AS_OF = serialFromYmd(2025, 11, 17);

maybe("the model check on the IBM ledger as of 2013-09-30", () => {
  // The analysis runs once, before the tests, and never while a skipped suite is collected.
  let a: Analysis;
  let m: ModelCheck;
  beforeAll(() => {
    a = analyzeLedger(
      { values: values!, sheet: "Sheet1", topLeft: "A1" },
      { asOf: IBM_AS_OF, agingBasis: "due", dateOrder: "mdy", riskAppetite: "balanced" },
    );
    m = a.modelCheck;
  }, 60_000); // the whole IBM ledger, analysed once

  test("12 month-ends, enough observations to judge; the grade's AUC is at least the baseline's", () => {
    expect(m.status).toBe("ok");
    expect(m.monthEnds).toHaveLength(12);
    expect(m.observations).toBeGreaterThanOrEqual(1000);
    expect(m.grade!.auc).toBeGreaterThanOrEqual(m.baseline!.auc);
    expect(m.score!.auc).toBeGreaterThanOrEqual(m.baseline!.auc);
  });

  test("observed lateness rises with the grade (grades with 20 observations or more)", () => {
    const rows = m.calibration.filter((r) => r.customers >= 20);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < rows.length; i++) expect(rows[i].lateShare).toBeGreaterThanOrEqual(rows[i - 1].lateShare);
  });

  test("limits and alerts: a small minority of customers over limit or alerted; no kind fires for most", () => {
    // Over limit is measured against the limits the user keeps: none kept, none over; with every proposal accepted as
    // the limit, 3 of 100 (the old average-need limit: 22; proposals of 0 for secured grades: 6).
    expect(a.customers.filter((c) => c.overLimit)).toHaveLength(0);
    const accepted = analyzeLedger(
      { values: values!, sheet: "Sheet1", topLeft: "A1" },
      {
        asOf: IBM_AS_OF,
        agingBasis: "due",
        dateOrder: "mdy",
        riskAppetite: "balanced",
        keptLimits: acceptProposals(a.customers),
      },
    );
    expect(accepted.customers.filter((c) => c.overLimit)).toHaveLength(3);
    const alerted = new Set(accepted.alerts.map((x) => x.customer));
    expect(alerted.size).toBe(3); // 3 of 100 customers, each once in the action list
    expect(accepted.actions!).toHaveLength(3);
    expect(new Set(accepted.actions!.map((x) => x.customer))).toEqual(alerted);
    const kinds = new Map<string, number>();
    for (const x of a.alerts) kinds.set(x.kind, (kinds.get(x.kind) ?? 0) + 1);
    for (const n of kinds.values()) expect(n).toBeLessThan(a.customers.length / 2);
    // The action list is ranked by money at risk.
    for (let i = 1; i < a.alerts.length; i++) expect(a.alerts[i].atRisk).toBeLessThanOrEqual(a.alerts[i - 1].atRisk);
  });
});

function generatedCheck(
  seed: number,
  customers: number,
  invoices: number,
  asOf: number,
  language: "en" | "zh" = "en",
): ModelCheck {
  const rows = generateLedger({ seed, customers, invoices, asOf, language }).values;
  const mapping = detectColumns(rows, { dateOrder: "auto" });
  const parsed = parseLedger({ values: rows, sheet: "S", topLeft: "A1" }, mapping, {
    asOf,
    dateOrder: mapping.dateOrder ?? "auto",
    defaultTermsDays: 30,
    onlyCurrency: null,
  });
  return backtestGrades(customerHistories(groupByCustomer(parsed.invoices)), asOf);
}

interface Case {
  name: string;
  sample: "tuning" | "bands" | "fresh";
  check: () => ModelCheck;
}

const CASES: Case[] = [
  ...[1, 2, 3, 4, 5].map((seed): Case => ({
    name: `generated 280 × 6,000, seed ${seed}`,
    sample: seed <= 3 ? "tuning" : "bands",
    check: () => generatedCheck(seed, 280, 6000, GENERATED_AS_OF),
  })),
  ...[1, 2, 3, 4, 5].map((seed): Case => ({
    name: `generated 300 × 3,000, seed ${seed}`,
    sample: seed <= 3 ? "tuning" : "bands",
    check: () => generatedCheck(seed, 300, 3000, GENERATED_AS_OF),
  })),
  ...[
    [2025, 11, 17],
    [2026, 3, 10],
    [2026, 11, 26],
  ].map(([y, mo, d]): Case => ({
    name: `preview sample EN (seed 20251117) as of ${y}-${mo}-${d}`,
    sample: "bands",
    check: () => generatedCheck(20251117, 300, 3000, serialFromYmd(y, mo, d)),
  })),
  ...(values
    ? [
        {
          name: "IBM sample as of 2013-09-30",
          sample: "bands" as const,
          check: () =>
            analyzeLedger(
              { values, sheet: "Sheet1", topLeft: "A1" },
              { asOf: IBM_AS_OF, agingBasis: "due", dateOrder: "mdy", riskAppetite: "balanced" },
            ).modelCheck,
        },
      ]
    : []),
  ...[
    [2025, 11, 17],
    [2026, 3, 10],
    [2026, 11, 26],
  ].map(([y, mo, d]): Case => ({
    name: `preview sample ZH (seed 88) as of ${y}-${mo}-${d}`,
    sample: y === 2025 ? "bands" : "fresh",
    check: () => generatedCheck(88, 200, 2500, serialFromYmd(y, mo, d), "zh"),
  })),
];

describe("the model check on generated ledgers and the preview's sample ledger", () => {
  // Every ledger checked once, before the tests (not while the file is collected).
  let results: (Case & { m: ModelCheck })[] = [];
  beforeAll(() => {
    results = CASES.map((c) => ({ ...c, m: c.check() }));
  }, 600_000);
  afterAll(() => {
    const f = (x: number) => x.toFixed(4);
    const lines = results.map(
      ({ name, sample, m }) =>
        `| ${name} | ${m.observations} | ${m.late} | ${f(m.grade!.auc)} | ${f(m.score!.auc)} | ${f(m.baseline!.auc)} | ${(m.grade!.auc - m.baseline!.auc >= 0 ? "+" : "") + f(m.grade!.auc - m.baseline!.auc)} | ${sample} |`,
    );
    console.log(
      ["| Ledger | Cases | Late | Grade AUC | Score AUC | Baseline AUC | Grade − baseline | Sample |", ...lines].join(
        "\n",
      ),
    );
  });
  test.each(CASES.map((c) => c.name))("%s: the grade's AUC is at least the baseline's, and the score's too", (name) => {
    const { m } = results.find((r) => r.name === name)!;
    expect(m.status).toBe("ok");
    expect(m.grade!.auc).toBeGreaterThanOrEqual(m.baseline!.auc);
    expect(m.score!.auc).toBeGreaterThanOrEqual(m.baseline!.auc);
  });
});
