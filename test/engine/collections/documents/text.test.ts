import { DOC_TEXT, docT } from "../../../../src/engine/collections/documents/text";

describe("the documents' texts", () => {
  it("gives a text in either language with its figures filled in", () => {
    expect(docT("en", "statementTitle")).toBe("Statement of account");
    expect(docT("zh-CN", "statementTitle")).toBe("对账函");
    expect(docT("en", "days", { label: "1-30" })).toBe("1-30 days");
    expect(docT("zh-CN", "days", { label: "1-30" })).toBe("1-30 天");
  });

  it("leaves a figure not given as its placeholder, never 'undefined'", () => {
    expect(docT("en", "days")).toBe("{label} days");
  });

  it("has every English text in Chinese too", () => {
    expect(Object.keys(DOC_TEXT["zh-CN"]).sort()).toEqual(Object.keys(DOC_TEXT.en).sort());
  });
});
