import { reasonParamsZh } from "../../src/i18n/reasonParams.zh-CN";

describe("a reason's English-word parameters in Chinese", () => {
  it("names terms, risk appetite and a cell's problem in Chinese; other figures stay", () => {
    expect(
      reasonParamsZh({ terms: "Net 30", appetite: "conservative", problem: "the terms are empty", days: 5 }),
    ).toEqual({ terms: "月结 30 天", appetite: "保守", problem: "账期为空", days: 5 });
  });

  it("returns the same parameters when none needs it, and keeps words it does not know", () => {
    const params = { days: 5 };
    expect(reasonParamsZh(params)).toBe(params);
    expect(reasonParamsZh({ appetite: "bold" })).toEqual({ appetite: "bold" });
  });
});
