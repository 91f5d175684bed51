import { DEFAULT_DUNNING } from "../../../src/engine/collections/settings";
import { nextStage, stageOf } from "../../../src/engine/collections/stages";

describe("dunning stages", () => {
  it("follows the default edges 1–15, 16–45, 46–90, 91+", () => {
    const s = DEFAULT_DUNNING;
    expect([1, 15, 16, 45, 46, 90, 91, 400].map((d) => stageOf(d, s))).toEqual([
      "friendly",
      "friendly",
      "firm",
      "firm",
      "final",
      "final",
      "escalate",
      "escalate",
    ]);
    expect(stageOf(0, s)).toBeNull();
    expect(stageOf(-2, { ...s, courtesy: true })).toBe("courtesy");
    expect(stageOf(-5, { ...s, courtesy: true })).toBeNull();
    expect(nextStage("firm")).toBe("final");
    expect(nextStage("escalate")).toBe("escalate");
  });
});
