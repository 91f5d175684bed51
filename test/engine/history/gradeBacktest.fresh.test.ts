/**
 * The grade on generated ledgers that were used for no choice of the model (weights, band edges): 29 ledgers of five
 * sizes and both languages (docs/GRADE-MODEL.md, "Fresh ledgers"). The ledgers of gradeBacktest.ibm.test.ts were looked
 * at when the band edges were chosen; these were not, so they say how the grade does on a ledger nobody tuned it on.
 * The grade wins on most of them, not all: a customer's own past days late is a strong rule, and on a ledger of
 * 150–300 customers the AUC of either moves by a few thousandths with the draw. What is asserted is what would
 * catch a worse model: it wins on at least 26 of the 29, and by more than 0.003 of AUC on average.
 * `npx jest test/engine/history/gradeBacktest.fresh.test.ts` prints the table.
 */
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { serialFromYmd } from "../../../src/engine/core/dates";
import { customerHistories } from "../../../src/engine/history/customerHistory";
import { backtestGrades, type ModelCheck } from "../../../src/engine/history/gradeBacktest";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { generateLedger } from "../../../src/engine/sample/generateLedger";

const AS_OF = serialFromYmd(2025, 11, 17);

function check(seed: number, customers: number, invoices: number, language: "en" | "zh"): ModelCheck {
  const rows = generateLedger({ seed, customers, invoices, asOf: AS_OF, language }).values;
  const mapping = detectColumns(rows, { dateOrder: "auto" });
  const parsed = parseLedger({ values: rows, sheet: "S", topLeft: "A1" }, mapping, {
    asOf: AS_OF,
    dateOrder: mapping.dateOrder ?? "auto",
    defaultTermsDays: 30,
    onlyCurrency: null,
  });
  return backtestGrades(customerHistories(groupByCustomer(parsed.invoices)), AS_OF);
}

const SIZES: { customers: number; invoices: number; language: "en" | "zh"; seeds: number[] }[] = [
  { customers: 280, invoices: 6000, language: "en", seeds: [6, 7, 8, 9, 10, 11, 12] },
  { customers: 300, invoices: 3000, language: "en", seeds: [6, 7, 8, 9, 10, 11, 12] },
  { customers: 200, invoices: 2500, language: "zh", seeds: [9, 10, 11, 12, 13, 14, 15, 16] },
  { customers: 150, invoices: 1500, language: "en", seeds: [21, 22, 23, 24] },
  { customers: 500, invoices: 10000, language: "en", seeds: [31, 32, 33] },
];

describe("the model check on fresh generated ledgers (used for no choice of the model)", () => {
  const results = SIZES.flatMap((s) =>
    s.seeds.map((seed) => ({
      name: `${s.customers} × ${s.invoices.toLocaleString("en-US")} ${s.language.toUpperCase()}, seed ${seed}`,
      m: check(seed, s.customers, s.invoices, s.language),
    })),
  );
  const margins = results.map((r) => r.m.grade!.auc - r.m.baseline!.auc);

  afterAll(() => {
    const f = (x: number) => x.toFixed(4);
    const sign = (x: number) => (x >= 0 ? "+" : "") + f(x);
    const lines = results.map(
      ({ name, m }, i) =>
        `| ${name} | ${m.observations} | ${m.late} | ${f(m.grade!.auc)} | ${f(m.score!.auc)} | ${f(m.baseline!.auc)} | ${sign(margins[i])} |`,
    );
    const mean = margins.reduce((a, x) => a + x, 0) / margins.length;
    console.log(
      [
        "| Ledger | Cases | Late | Grade AUC | Score AUC | Baseline AUC | Grade − baseline |",
        ...lines,
        `wins ${margins.filter((x) => x >= 0).length} of ${margins.length}, mean ${sign(mean)}`,
      ].join("\n"),
    );
  });

  test("every ledger is long and large enough to judge", () => {
    for (const { m } of results) expect(m.status).toBe("ok");
  });

  test("the grade ranks at least as well as the baseline on at least 26 of the 29, and better on average", () => {
    expect(margins.filter((x) => x >= 0).length).toBeGreaterThanOrEqual(26);
    expect(margins.reduce((a, x) => a + x, 0) / margins.length).toBeGreaterThan(0.003);
  });
});
