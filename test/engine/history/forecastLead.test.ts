import { FORECAST_WEEKS } from "../../../src/engine/analysis/forecast";
import { forecastLead } from "../../../src/engine/history/forecastLead";

const weeks = (v: number) => Array<number>(FORECAST_WEEKS).fill(v);
const monthEnd = (actual: number, ours: number, dueDate: number, daysToPay: number) => ({
  actual: weeks(actual),
  forecast: { ours: weeks(ours), dueDate: weeks(dueDate), daysToPay: weeks(daysToPay) },
});

describe("the forecast's lead over the naive methods", () => {
  it("is the better naive method's WAPE less ours, with an interval from resampled month-ends", () => {
    // WAPE: ours 10 %, due date 30 %, days to pay 50 % at every month-end: a lead of 20 points, the interval tight.
    const detail = [1, 2, 3, 4, 5].map((k) => monthEnd(100 * k, 110 * k, 130 * k, 150 * k));
    const lead = forecastLead(detail)!;
    expect(lead.versus).toBe("dueDate");
    expect(lead.value).toBeCloseTo(0.2, 12);
    expect(lead.low).toBeCloseTo(0.2, 12);
    expect(lead.high).toBeCloseTo(0.2, 12);
    expect(forecastLead(detail)).toEqual(lead); // seeded: the same on every run
  });

  it("compares with days to pay when it errs less; none without anything collected", () => {
    expect(forecastLead([monthEnd(100, 100, 150, 120)])!.versus).toBe("daysToPay");
    expect(forecastLead([monthEnd(0, 10, 10, 10)])).toBeNull();
  });
});
