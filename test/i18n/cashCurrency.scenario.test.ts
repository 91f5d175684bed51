import type { Scenario } from "../../src/engine";
import { currencyScenarioName, movePercent } from "../../src/i18n/cashCurrency";

describe("the currency scenario's name", () => {
  it("a move as a signed percentage, spaced as each language writes it", () => {
    expect([movePercent(-0.05, "en"), movePercent(0.125, "en"), movePercent(0, "en")]).toEqual([
      "−5 %",
      "+12.5 %",
      "0 %",
    ]);
    expect(movePercent(-0.05, "zh-CN")).toBe("−5%");
  });

  it("names the currency, the move and the reporting currency; none for another scenario", () => {
    const s = { kind: "currency", currency: { code: "USD", move: -0.05, rate: 7.1, reporting: "CNY" } } as Scenario;
    expect(currencyScenarioName(s, "en")).toBe("USD −5 % against CNY");
    expect(currencyScenarioName(s, "zh-CN")).toContain("USD");
    expect(currencyScenarioName(s, "zh-CN")).toContain("−5%");
    expect(currencyScenarioName({ kind: "base" } as Scenario, "en")).toBeNull();
  });
});
