import { moneyAxisTitle, unitTitle } from "../../src/i18n/charts";

describe("chart axis titles with their units", () => {
  it("money: the currency code in English, its Chinese unit in Chinese", () => {
    expect(moneyAxisTitle("en", "CNY", "Open amount")).toBe("Open amount (CNY)");
    expect(moneyAxisTitle("zh-CN", "cny", "未结金额")).toBe("未结金额（人民币元）");
    expect(moneyAxisTitle("zh-CN", "XYZ", "未结金额")).toBe("未结金额（XYZ）");
  });

  it("days and percent; a title that names its unit already stays", () => {
    expect(unitTitle("en", "DSO", "days", "CNY")).toBe("DSO (days)");
    expect(unitTitle("zh-CN", "逾期占比", "percent", "CNY")).toBe("逾期占比（%）");
    expect(unitTitle("en", "Share (of AR)", "percent", "CNY")).toBe("Share (of AR)");
    expect(unitTitle("en", "Open", "money", "USD")).toBe("Open (USD)");
  });
});
