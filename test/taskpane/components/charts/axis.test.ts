/** The charts' value axis: nice ticks covering the data and zero, labels cut to their room. */
import { fitLabel, valueAxis } from "../../../../src/taskpane/components/charts/axis";

describe("valueAxis", () => {
  test("nice ticks that cover the data and zero", () => {
    expect(valueAxis([0, 3400, 9100]).ticks).toEqual([0, 2500, 5000, 7500, 10000]);
    const a = valueAxis([-120, 480]);
    expect(a.ticks[0]).toBeLessThanOrEqual(-120);
    expect(a.ticks).toContain(0);
    expect(a.ticks[a.ticks.length - 1]).toBeGreaterThanOrEqual(480);
    expect(a.y(a.max, 100)).toBe(0);
    expect(a.y(a.min, 100)).toBe(100);
    expect(valueAxis([]).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  test("labels are cut to their room with an ellipsis", () => {
    expect(fitLabel("1-30 days", 60, 6)).toBe("1-30 days");
    expect(fitLabel("1-30 days", 30, 6)).toBe("1-30…");
  });
});
