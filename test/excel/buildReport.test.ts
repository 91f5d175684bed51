import { analyzeLedger } from "../../src/engine/analysis/analyze";
import { buildReport, moneyFormat } from "../../src/excel/buildReport";
import { layoutReport } from "../../src/excel/reportLayout";
import { AS_OF, handLedger } from "../engine/analysis/handLedger";

const a = analyzeLedger(
  { values: handLedger(), sheet: "Ledger", topLeft: "A1" },
  { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
);

describe("buildReport", () => {
  test("English: every part of the analysis, numbers as numbers, dates as serials", () => {
    const r = buildReport(a, "en");
    expect(r.sheetName).toBe("AR Lens Report");
    expect(r.heading[1]).toBe("Source: Ledger!A1:H19 · as of 2025-06-30 · currency CNY · aging by due date");
    expect(r.heading[2]).toBe(
      "Settings: risk appetite balanced · DSO and CEI over 90 days · aging buckets 0, 30, 60, 90",
    );
    const table = (name: string) => r.tables.find((t) => t.name === name)!;
    expect(table("KPI").rows[0]).toEqual(["Total open", 10050, null, ""]);
    // Benchmarks named by what they are; CEI as a share in the percent format; days with one decimal.
    expect(table("KPI").columns[2].header).toBe("Median of US companies (CRF survey, Q1 2021)");
    expect(table("KPI").rows.map((x) => x[2])).toEqual([
      null,
      null,
      0.0944,
      0.0056,
      38.04,
      32.02,
      3,
      0.8652,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(table("KPI").rows[7]).toEqual([
      "Collection effectiveness index (%, 90 days)",
      Math.round(a.portfolio.collectionEffectivenessIndex! * 100) / 10000,
      0.8652,
      "Share of what could be collected in the period that was collected (100 % = everything).",
    ]);
    expect(table("KPI").rowFormats!.formats.slice(2, 8)).toEqual([
      "percent",
      "percent",
      "days",
      "days",
      "days",
      "percent",
    ]);
    expect(table("Aging").rows.map((x) => x[1])).toEqual([2200, 2350, 0, -300, 5800]);
    expect(table("Forecast").rows[0]).toEqual(["Week 1", AS_OF + 1, AS_OF + 7, 3850]);
    expect(table("ForecastTotals").rows.map((x) => x[1])).toEqual([8000, 0, 2050, 10050]);
    // grades worked by hand in analyze.test.ts; one risk scale, its band beside it (no second score)
    expect(table("Customers").rows.map((x) => [x[0], x[1], x[2], x[7]])).toEqual([
      ["Beta", 10, "very high risk", "Cash in advance"],
      ["Alpha", 8, "high risk", "Letter of credit"],
      ["Gamma", 8, "high risk", "Letter of credit"],
    ]);
    expect(table("Customers").columns.map((c) => c.header)).not.toContain("Payment score");
    // AR Lens's figure is a proposal, beside the limit the user keeps (none kept here), never called approved.
    expect(
      table("Customers")
        .columns.slice(9, 12)
        .map((c) => c.header),
    ).toEqual(["Proposed limit", "Your limit", "Over your limit"]);
    expect(table("Customers").rows.map((x) => x[10])).toEqual([null, null, null]);
    const plans = table("Plans").rows.filter((x) => x[0] === "Alpha" && x[2] === "Plan");
    expect(plans.reduce((s, x) => s + Math.round((x[7] as number) * 100), 0)).toBe(240000);
    expect(table("Issues").rows.find((x) => x[0] === "Ledger!E15")).toEqual([
      "Ledger!E15",
      "Excluded",
      "Amount",
      expect.stringContaining("abc"),
    ]);
    expect(table("Insurance").rows.map((x) => x[3])).toEqual(["precondition", "Yes", "Yes", "Yes", "Yes", "No"]);
    expect(r.moneyFormat).toBe('"¥"#,##0.00');
  });

  test("Chinese: sheet name, headers, labels and reasons", () => {
    const r = buildReport(a, "zh-CN");
    expect(r.sheetName).toBe("应收账款分析");
    // Dates in text as a Chinese reader writes them (the cells keep yyyy-mm-dd).
    expect(r.heading[1]).toBe("数据来源：Ledger!A1:H19 · 基准日 2025年6月30日 · 币种 人民币 · 账龄按到期日");
    expect(
      buildReport({ ...a, settings: { ...a.settings, riskAppetite: "growth", onlyCurrency: "USD" } }, "zh-CN")
        .heading[2],
    ).toBe("设置：风险偏好为增长 · DSO 与 CEI 统计 90 天 · 账龄区间 0, 30, 60, 90 · 仅 USD 币种的行");
    const customers = r.tables.find((t) => t.name === "Customers")!;
    expect(customers.columns[0].header).toBe("客户");
    expect(customers.rows[0][7]).toBe("款到发货");
    expect(customers.rows[1][13]).toContain("按金额加权平均逾期 10 天");
    expect(customers.columns.slice(9, 12).map((c) => c.header)).toEqual([
      "建议额度",
      "您设定的额度",
      "超出您设定的额度",
    ]);
    expect(customers.rows[0][2]).toBe("极高风险");
    expect(r.tables.find((t) => t.name === "Aging")!.rows[0][0]).toBe("未到期");
  });

  test("the analysis notes head the sheet, for the manager who reads only the report", () => {
    const mixed = analyzeLedger(
      {
        values: handLedger().map((row, i) => [
          ...row,
          i === 0 ? "" : i === 1 ? "Currency" : i % 4 === 0 ? "USD" : "CNY",
        ]),
        sheet: "Ledger",
        topLeft: "A1",
      },
      { asOf: AS_OF, agingBasis: "due", dateOrder: "auto", riskAppetite: "balanced" },
    );
    expect(buildReport(a, "en").heading).toHaveLength(4);
    expect(buildReport(mixed, "en").heading[4]).toMatch(/^Note: no rate to CNY for USD 1,100.00 \(3\)/);
    expect(buildReport(mixed, "zh-CN").heading[4]).toMatch(
      /^注意：没有折算为 CNY 的汇率：USD 1,100.00 \(3\)（未收原币金额/,
    );
  });

  test("money formats by currency", () => {
    expect(moneyFormat("USD")).toBe('"$"#,##0.00');
    expect(moneyFormat("CHF")).toBe('#,##0.00 "CHF"');
  });
});

describe("layoutReport", () => {
  test("tables stack without overlapping each other or the charts", () => {
    const layout = layoutReport(buildReport(a, "en"), "_2");
    expect(layout.tables[0].excelName).toBe("ARLens_Answer_2");
    const boxes = [
      ...layout.tables.map((t) => ({
        top: t.titleRow,
        bottom: t.top + t.rowCount,
        left: t.left,
        right: t.left + t.columnCount,
      })),
      ...layout.charts.map((c) => ({
        top: c.top,
        bottom: c.top + c.rowCount,
        left: c.left,
        right: c.left + c.columnCount,
      })),
    ];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [x, y] = [boxes[i], boxes[j]];
        const overlap = x.top < y.bottom && y.top < x.bottom && x.left < y.right && y.left < x.right;
        expect(overlap).toBe(false);
      }
  });
});

describe("the model check on the report sheet", () => {
  test("says plainly when the ledger is too short to judge (the 6-month hand ledger)", () => {
    const r = buildReport(a, "en");
    const check = r.tables.find((t) => t.name === "ModelCheck")!;
    expect(check.title).toContain("Too short to judge");
    expect(check.rows.map((x) => x.slice(0, 3))).toEqual([
      ["Grade (1–10)", null, null],
      ["Own past days late", null, null],
    ]);
    expect(check.rows[0][3]).toMatch(/0\.5 = chance/); // AUC explained where it appears
    expect(buildReport(a, "zh-CN").tables.find((t) => t.name === "ModelCheck")!.title).toContain("历史太短，无法判断");
  });
  test("gives both AUCs and the calibration table when it can judge", () => {
    const modelCheck = {
      ...a.modelCheck,
      status: "ok" as const,
      observations: 40,
      late: 10,
      monthEnds: [1, 2, 3],
      gradeAtLeastBaseline: true,
      grade: { auc: 0.8123, gini: 0.6246 },
      baseline: { auc: 0.75, gini: 0.5 },
      calibration: [
        { grade: 1, customers: 30, lateShare: 0.1, weightedDaysLate: 1.23 },
        { grade: 6, customers: 10, lateShare: 0.7, weightedDaysLate: 12.34 },
      ],
    };
    const r = buildReport({ ...a, modelCheck }, "en");
    const check = r.tables.find((t) => t.name === "ModelCheck")!;
    expect(check.rows.map((x) => x.slice(0, 3))).toEqual([
      ["Grade (1–10)", 0.812, 0.625],
      ["Own past days late", 0.75, 0.5],
    ]);
    expect(check.title).toContain("The grade ranks customers at least as well as their own past days late.");
    expect(r.tables.find((t) => t.name === "Calibration")!.rows).toEqual([
      [1, 30, 0.1, 1.2],
      [6, 10, 0.7, 12.3],
    ]);
    // The alerts table carries the money at risk and the next action (its amount with the currency symbol).
    const alerts = r.tables.find((t) => t.name === "Alerts")!;
    expect(alerts.rows[0].slice(5)).toEqual([
      a.alerts[0].atRisk,
      "send Beta a final notice for ¥5,800.00 and stop deliveries; notify the credit insurer if the policy requires it",
    ]);
  });
  test("words the verdict from the lead's interval, as the pane does (a point estimate ahead is not a win)", () => {
    const modelCheck = {
      ...a.modelCheck,
      status: "ok" as const,
      observations: 1200,
      late: 317,
      monthEnds: [1, 2, 3],
      gradeAtLeastBaseline: true,
      grade: { auc: 0.9134, gini: 0.8268 },
      baseline: { auc: 0.9115, gini: 0.823 },
      lead: { value: 0.0019, low: -0.0054, high: 0.0094, verdict: "noBetter" as const },
    };
    const title = (language: "en" | "zh-CN") =>
      buildReport({ ...a, modelCheck }, language).tables.find((t) => t.name === "ModelCheck")!.title;
    expect(title("en")).toContain(
      "Lead over own past days late: +0.002 AUC (95 % interval −0.005 to +0.009, bootstrap over customers). " +
        "No better than the simple rule on this ledger — either will do.",
    );
    expect(title("en")).not.toContain("at least as well");
    expect(title("zh-CN")).toContain("在本台账上与简单规则相比没有更好——两者均可使用。");
    const better = { ...modelCheck, lead: { value: 0.02, low: 0.01, high: 0.03, verdict: "better" as const } };
    expect(
      buildReport({ ...a, modelCheck: better }, "en").tables.find((t) => t.name === "ModelCheck")!.title,
    ).toContain("Better than the simple rule (each customer's own past days late) on this ledger.");
  });
});
