import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { modelCheckTables } from "../../src/excel/modelCheckReport";
import { MODEL_CHECK_TEXT } from "../../src/i18n/modelCheck";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";

const a = analyzeLedger(
  { values: handLedger(), sheet: "Ledger", topLeft: "A1" },
  { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
);

describe("the model check's report tables", () => {
  it("a ledger too short to judge: said in the title, no figures", () => {
    const [check, calibration] = modelCheckTables(a, "en");
    expect([check.name, calibration.name]).toEqual(["ModelCheck", "Calibration"]);
    expect(check.title).toContain("Too short to judge");
    expect(check.rows.map((r) => r.slice(1, 3))).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(modelCheckTables(a, "zh-CN")[0].title).toContain(MODEL_CHECK_TEXT["zh-CN"].reportTitle);
  });

  it("a ledger it can judge: both AUCs to three decimals, the lead's interval, and the calibration per grade", () => {
    const modelCheck = {
      ...a.modelCheck,
      status: "ok" as const,
      observations: 40,
      late: 10,
      monthEnds: [1, 2, 3],
      grade: { auc: 0.81234, gini: 0.62468 },
      baseline: { auc: 0.75, gini: 0.5 },
      lead: { value: 0.062, low: -0.01, high: 0.12, verdict: "noBetter" as const },
      calibration: [{ grade: 3, customers: 12, lateShare: 0.123456, weightedDaysLate: 4.26 }],
    };
    const [check, calibration] = modelCheckTables({ ...a, modelCheck } as typeof a, "en");
    expect(check.rows.map((r) => r.slice(1, 3))).toEqual([
      [0.812, 0.625],
      [0.75, 0.5],
    ]);
    expect(check.title).toContain("+0.062");
    expect(check.title).toContain("−0.010");
    expect(check.title).toContain(MODEL_CHECK_TEXT.en.verdictNoBetter);
    expect(calibration.rows).toEqual([[3, 12, 0.1235, 4.3]]);
  });
});
