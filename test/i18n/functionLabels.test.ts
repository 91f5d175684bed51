import { agingLabelRow, labelRow } from "../../src/i18n/functionLabels";

describe("the header rows the AR.* functions spill", () => {
  it("follow the language, and each call gives a fresh row", () => {
    expect(labelRow("cashPlan", "en")).toEqual(["Week start", "Inflows", "Outflows", "Closing cash", "Below minimum"]);
    expect(labelRow("paymentPlan", "zh-CN")[0]).toBe("期数");
    for (const row of ["paymentPlan", "cashPlan", "kpiTrend"] as const)
      expect(labelRow(row, "zh-CN")).toHaveLength(labelRow(row, "en").length);
    const row = labelRow("kpiTrend", "en");
    row[0] = "changed";
    expect(labelRow("kpiTrend", "en")[0]).toBe("Month end");
  });

  it("AR.AGING's buckets: the engine's labels in English, Chinese names in Chinese", () => {
    const labels = ["Current", "1-30", "91+"];
    expect(agingLabelRow(labels, "en")).toEqual(labels);
    expect(agingLabelRow(labels, "zh-CN")).toEqual(["未到期", "1-30 天", "91 天以上"]);
  });
});
