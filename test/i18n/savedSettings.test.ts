import { SAVED_TEXT, setAsideText } from "../../src/i18n/savedSettings";

describe("the note on saved settings set aside", () => {
  it("names the fields, the number of frozen plans, or the whole value, and the setting", () => {
    const fields = setAsideText({ key: "arlens.cash", fields: ["weeks", "openingCash"] }, "en");
    expect(fields).toContain("weeks, openingCash");
    expect(fields).toContain("arlens.cash");
    expect(setAsideText({ key: "k", count: 2 }, "en")).toContain("2 frozen plans");
    expect(setAsideText({ key: "k" }, "en")).toContain(SAVED_TEXT.en.wholeValue);
  });

  it("in Chinese, with the Chinese list separator", () => {
    const zh = setAsideText({ key: "arlens.cash", fields: ["weeks", "openingCash"] }, "zh-CN");
    expect(zh).toContain("weeks、openingCash");
    expect(zh).toContain("设置“arlens.cash”");
    expect(setAsideText({ key: "k", count: 3 }, "zh-CN")).toContain("3 个冻结的计划");
  });
});
