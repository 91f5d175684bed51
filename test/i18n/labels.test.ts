import { FIELDS, TERMS, bucketLabel } from "../../src/i18n/labels";

describe("labels in both languages", () => {
  it("an aging bucket's label", () => {
    expect(["Current", "1-30", "91+"].map((l) => bucketLabel(l, "en"))).toEqual(["Current", "1-30 days", "91+ days"]);
    expect(["Current", "1-30", "91+"].map((l) => bucketLabel(l, "zh-CN"))).toEqual(["未到期", "1-30 天", "91 天以上"]);
  });

  it("every table names the same codes in English and Chinese", () => {
    for (const table of [TERMS, FIELDS])
      expect(Object.keys(table["zh-CN"]).sort()).toEqual(Object.keys(table.en).sort());
  });
});
