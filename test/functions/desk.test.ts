import { claimable, notifyBy, stage } from "../../src/functions/desk";
import { col, outcome, row } from "./helpers";

describe("AR.STAGE", () => {
  it("gives the stage per invoice with the default edges 15, 45, 90, spilling in the shape given", () => {
    expect(stage(col(-3, 0, 1, 15, 16, 45, 46, 90, 91, ""))).toEqual(
      col(
        "Not due",
        "Not due",
        "Friendly reminder",
        "Friendly reminder",
        "Firm reminder",
        "Firm reminder",
        "Final notice",
        "Final notice",
        "Escalated",
        "",
      ),
    );
    expect(stage(row(10, 100))).toEqual([["Friendly reminder", "Escalated"]]);
  });
  it("takes custom edges and says what is wrong with them", () => {
    expect(stage(col(20, 40), row(10, 30, 60) as never)).toEqual(col("Firm reminder", "Final notice"));
    expect(outcome(() => stage(col(20), row(10, 30) as never))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/stage_edges: 2 number\(s\) given; three were expected/),
    });
    expect(outcome(() => stage(col(20), row(30, 10, 60) as never))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/stage edges: 30, 10, 60 must be ascending/),
    });
    expect(outcome(() => stage(col(5, "soon")))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/days_past_due: row 2: a number was expected, found "soon"/),
    });
  });
});

describe("AR.NOTIFYBY", () => {
  it("adds the policy's days to each due date (default 60), blanks stay blank", () => {
    expect(notifyBy(col(45650, 0, ""))).toEqual(col(45710, "", ""));
    expect(notifyBy(col("2025-01-01"), 30)).toEqual(col(45688));
    expect(outcome(() => notifyBy(col(45650), -1))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/days_after_due: -1 must be a whole number/),
    });
  });
});

describe("AR.CLAIMABLE", () => {
  it("is min(open, insured limit) × indemnity share, to the cent", () => {
    expect(claimable(3000, 2500, 0.9)).toBe(2250);
    expect(claimable(1234.57, "", "60%")).toBe(740.74);
    expect(claimable(1000, 5000, 0.9)).toBe(900);
    expect(outcome(() => claimable(1000, 5000, null))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/indemnity_share is missing/),
    });
    expect(outcome(() => claimable(1000, -1, 0.9))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/insured_limit: -1 must be zero or more/),
    });
  });
});
