import { problemZh } from "../../src/i18n/problems.zh-CN";

describe("the cell parser's problems in Chinese", () => {
  it("translates the sentence and keeps what was found, quoted the Chinese way", () => {
    expect(problemZh('a number was expected, found "abc"')).toBe("应为数字，实际为 “abc”");
    expect(problemZh("a number was expected, found an empty cell")).toBe("应为数字，实际为 空单元格");
    expect(problemZh("the terms are empty")).toBe("账期为空");
    expect(problemZh("terms of 999 days are not a whole number from 0 to 720")).toBe(
      "账期 999 天不是 0 到 720 之间的整数",
    );
  });

  it("keeps a sentence it does not know in English", () => {
    expect(problemZh("something new")).toBe("something new");
  });
});
