import { niceTicks } from "../../../src/taskpane/components/axisTicks";

describe("niceTicks", () => {
  it("covers the range with round steps", () => {
    expect(niceTicks(0, 47)).toEqual([0, 20, 40, 60]);
    expect(niceTicks(31.2, 58.9)).toEqual([30, 40, 50, 60]);
    expect(niceTicks(0, 0.37)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(niceTicks(-120, 80)).toEqual([-150, -100, -50, 0, 50, 100]);
  });

  it("gives a range around a single value", () => {
    expect(niceTicks(0, 0)).toEqual([0, 1]);
    expect(niceTicks(5, 5)).toEqual([0, 2, 4, 6]);
  });
});
