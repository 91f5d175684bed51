import { integers, numbers } from "../../../src/engine/core/heapArrays";

describe("arrays of numbers in the heap", () => {
  it("numbers: n doubles, NaN (none) unless a value is given", () => {
    expect(numbers(3)).toEqual([NaN, NaN, NaN]);
    expect(numbers(2, 0.5)).toEqual([0.5, 0.5]);
    expect(numbers(0)).toEqual([]);
    const a = numbers(4, 0);
    a[2] = 1.25;
    expect(a).toEqual([0, 0, 1.25, 0]);
  });

  it("integers: n small integers, 0 unless a value is given; a larger number is kept as it is", () => {
    expect(integers(3)).toEqual([0, 0, 0]);
    expect(integers(2, -1)).toEqual([-1, -1]);
    const a = integers(2);
    a[1] = 2 ** 40 + 0.5;
    expect(a).toEqual([0, 2 ** 40 + 0.5]);
  });
});
