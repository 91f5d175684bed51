import { valueError } from "../../src/engine/core/errors";
import { engineErrorText } from "../../src/i18n/engineErrors";

describe("an engine error in the pane's language", () => {
  const error = valueError("weeks.range", { name: "weeks", value: 3, min: 4, max: 52 }, "weeks: 3 must be …");

  it("English keeps the engine's message; Chinese is written from the reason's code and figures", () => {
    expect(engineErrorText(error, "en")).toBe("weeks: 3 must be …");
    const zh = engineErrorText(error, "zh-CN");
    expect(zh).not.toBe(error.message);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).toContain("52");
  });

  it("any other error keeps its message in both languages", () => {
    expect(engineErrorText(new Error("disk full"), "zh-CN")).toBe("disk full");
    expect(engineErrorText("plain text", "zh-CN")).toBe("plain text");
  });
});
