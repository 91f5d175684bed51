/**
 * The grade's lead over the simple rule (each customer's own past days late) with its 95 % bootstrap interval over
 * customers, and the forecast's lead over the better naive method with its interval over month-ends, on the IBM
 * sample and the preview's three samples (docs/GRADE-MODEL.md, "How sure is the lead"). The point estimate of the
 * grade's lead is at least 0 on each, and no verdict says "worse"; the forecast's verdict is "better" on each.
 * `npx jest test/engine/history/modelCheckLead.test.ts` prints the table.
 */
import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import type { Analysis } from "../../../src/engine/analysis/types";
import { serialFromYmd } from "../../../src/engine/core/dates";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import { LATE_SAMPLE, SAMPLE } from "../../../src/preview/samples";
import { ibmLedger } from "../analysis/ibmData";

const AS_OF = serialFromYmd(2025, 11, 17);
const rows: string[] = [];
const f = (x: number) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(4)}`;

function check(name: string, a: Analysis) {
  const m = a.modelCheck;
  const l = m.lead!;
  const fl = a.forecastCheck.lead!;
  rows.push(
    `| ${name} | ${m.observations} | ${m.grade!.auc.toFixed(4)} | ${m.baseline!.auc.toFixed(4)} | ${f(l.value)} | ${f(l.low)} … ${f(l.high)} | ${l.verdict} | ${f(fl.value)} (${fl.versus}) | ${f(fl.low)} … ${f(fl.high)} | ${fl.verdict} |`,
  );
  expect(m.status).toBe("ok");
  expect(l.low).toBeLessThanOrEqual(l.value);
  expect(l.high).toBeGreaterThanOrEqual(l.value);
  expect(l.value).toBeGreaterThanOrEqual(0);
  expect(l.verdict).not.toBe("worse");
  expect(fl.verdict).toBe("better");
}

const run = (values: unknown[][], asOf: number, dateOrder: "auto" | "mdy" = "auto") =>
  analyzeLedger(
    { values, sheet: "S", topLeft: "A1" },
    { asOf, agingBasis: "due", dateOrder, riskAppetite: "balanced" },
  );

const ibm = ibmLedger();
(ibm ? test : test.skip)("IBM sample as of 2013-09-30", () =>
  check("IBM sample as of 2013-09-30", run(ibm!, serialFromYmd(2013, 9, 30), "mdy")),
);

for (const [name, s, language, profile] of [
  ["Preview Ledger (EN)", SAMPLE.en, "en", undefined],
  ["Preview 台账 (ZH)", SAMPLE.zh, "zh", undefined],
  ["Preview Late payers", LATE_SAMPLE, "en", "latePaying"],
] as const) {
  test(`${name} as of 2025-11-17`, () => {
    const { values } = generateLedger({
      seed: s.seed,
      customers: s.customers,
      invoices: s.invoices,
      asOf: AS_OF,
      language,
      profile,
    });
    check(`${name} as of 2025-11-17`, run(values, AS_OF));
  });
}

afterAll(() => {
  console.log(
    [
      "| Ledger | Cases | Grade AUC | Baseline AUC | Lead | 95 % interval | Verdict | Forecast lead (WAPE) | 95 % interval | Verdict |",
      "|---|---|---|---|---|---|---|---|---|---|",
      ...rows,
    ].join("\n"),
  );
});
