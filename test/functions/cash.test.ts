import { cashPlan, dpo, runway } from "../../src/functions/cash";
import { col, outcome } from "./helpers";

const AS_OF = 45_700;
const dates = col(AS_OF + 1, AS_OF + 8, AS_OF + 9, AS_OF + 20);
const amounts = col(-300, 200, -1200, 500);

describe("AR.CASHPLAN, AR.RUNWAY, AR.DPO (the issue's example)", () => {
  it("CASHPLAN: closing 700, −300, 200, 200 over 4 weeks; week 2 below the minimum", () => {
    expect(cashPlan(1000, dates, amounts, AS_OF, 4, 0)).toEqual([
      [AS_OF + 1, 0, 300, 700, 0],
      [AS_OF + 8, 200, 1200, -300, 1],
      [AS_OF + 15, 500, 0, 200, 0],
      [AS_OF + 22, 0, 0, 200, 0],
    ]);
    const labelled = cashPlan(1000, dates, amounts, AS_OF, 4, null, true);
    expect(labelled[0]).toEqual(["Week start", "Inflows", "Outflows", "Closing cash", "Below minimum"]);
    expect(cashPlan(1000, dates, amounts, AS_OF, null, null)).toHaveLength(13);
  });

  it("CASHPLAN: flows on or before as_of fall in week 1; blank tail rows are skipped", () => {
    const r = cashPlan("1,000", col(AS_OF - 3, "", 0), col(-100, "", 0), AS_OF, 4, 500);
    expect(r[0]).toEqual([AS_OF + 1, 0, 100, 900, 0]);
  });

  it("RUNWAY = 9 days; 0 when already below; #N/A when it never falls below", () => {
    expect(runway(1000, dates, amounts, AS_OF, 0)).toBe(9);
    expect(runway(1000, dates, amounts, AS_OF, null)).toBe(9);
    expect(runway(1000, dates, amounts, AS_OF, 2000)).toBe(0);
    expect(outcome(() => runway(5000, dates, amounts, AS_OF, 0))).toEqual({
      code: "#N/A",
      message: expect.stringMatching(/never falls below minimum_cash/),
    });
  });

  it("DPO: 600,000 / 1,800,000 × 90 = 30", () => {
    expect(dpo(600_000, 1_800_000, null)).toBe(30);
    expect(dpo(600_000, 1_800_000, 30)).toBe(10);
  });

  it("errors name the argument and position", () => {
    expect(outcome(() => cashPlan(null, dates, amounts, AS_OF))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/opening_cash is missing/),
    });
    expect(outcome(() => cashPlan(1000, dates, amounts, AS_OF, 3))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/weeks: 3 must be a whole number of weeks from 4 to 52/),
    });
    expect(outcome(() => cashPlan(1000, col(AS_OF, AS_OF), col(1), AS_OF))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/flow_amounts has 1 cell\(s\) but flow_dates has 2/),
    });
    expect(outcome(() => cashPlan(1000, col(AS_OF, ""), col(1, 5), AS_OF))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/flow_dates: row 2 is empty but its amount is 5/),
    });
    expect(outcome(() => runway(1000, col("2025-13-45"), col(1), AS_OF))).toEqual({
      code: "#VALUE!",
      message: expect.stringMatching(/flow_dates: row 1/),
    });
    expect(outcome(() => dpo(1, 0))).toEqual({ code: "#DIV/0!", message: expect.stringMatching(/purchases is 0/) });
    expect(outcome(() => dpo("x", 1))).toEqual({ code: "#VALUE!", message: expect.stringMatching(/ending_ap/) });
  });
});
