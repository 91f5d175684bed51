import {
  EngineError,
  div0Error,
  fail,
  naError,
  numError,
  ok,
  subjectText,
  valueError,
} from "../../../src/engine/core/errors";

describe("engine errors", () => {
  it("each maker gives its Excel kind, the English message and the code with its figures", () => {
    const made = [valueError, numError, div0Error, naError].map((make) => make("x.code", { value: 3 }, "msg"));
    expect(made.map((e) => e.kind)).toEqual(["value", "num", "div0", "na"]);
    for (const e of made) {
      expect(e).toBeInstanceOf(EngineError);
      expect(e).toBeInstanceOf(Error);
      expect([e.name, e.message]).toEqual(["EngineError", "msg"]);
      expect(e.reason).toEqual({ code: "x.code", params: { value: 3 } });
    }
    expect("reason" in new EngineError("na", "plain")).toBe(false);
  });

  it("names an argument as typed or a setting", () => {
    expect(subjectText({ name: "weeks" })).toBe("weeks");
    expect(subjectText({ setting: "plan weeks" })).toBe("plan weeks");
  });

  it("a cell read is a value or the reason it could not be used", () => {
    expect(ok(5)).toEqual({ ok: true, value: 5 });
    expect(fail("not a date")).toEqual({ ok: false, problem: "not a date" });
  });
});
