/* Which rows' formats are read, how the rows between two samples are filled, and which stretches are read in full. */
import {
  fillBetween,
  FORMAT_HEAD_ROWS,
  FORMAT_STRIDE,
  formatRowsOf,
  mergeStretches,
} from "../../src/excel/formatSamples";

describe("formatRowsOf", () => {
  test("the head in full; below it one row in FORMAT_STRIDE and the block's last row", () => {
    expect(formatRowsOf(0, 100)).toEqual({ head: 100, samples: [] });
    const { head, samples } = formatRowsOf(0, FORMAT_HEAD_ROWS + 2 * FORMAT_STRIDE + 5);
    expect(head).toBe(FORMAT_HEAD_ROWS);
    expect(samples).toEqual([
      FORMAT_HEAD_ROWS + FORMAT_STRIDE - 1,
      FORMAT_HEAD_ROWS + 2 * FORMAT_STRIDE - 1,
      FORMAT_HEAD_ROWS + 2 * FORMAT_STRIDE + 4,
    ]);
    expect(formatRowsOf(1000, 1001)).toEqual({ head: 0, samples: [1000] });
  });
});

describe("fillBetween", () => {
  test("two samples that agree: the rows between share their formats, nothing more to read", () => {
    const formats: string[][] = [];
    formats[0] = ["@", "0.00"];
    formats[4] = ["@", "0.00"];
    expect(fillBetween(formats, 0, 4)).toEqual([]);
    expect(formats[2]).toBe(formats[0]);
  });

  test("two samples that differ in a column: that column's rows between them are to be read", () => {
    const formats: string[][] = [];
    formats[0] = ["@", "[$$-409]0.00"];
    formats[4] = ["@", "[$€-407]0.00"];
    expect(fillBetween(formats, 0, 4)).toEqual([{ column: 1, from: 1, rows: 3 }]);
    expect(formats[1]).not.toBe(formats[0]);
    expect(fillBetween(formats, 3, 4)).toEqual([]);
  });
});

test("mergeStretches joins a column's stretches across the sampled row between them", () => {
  expect(
    mergeStretches([
      { column: 1, from: 65, rows: 63 },
      { column: 0, from: 1, rows: 3 },
      { column: 1, from: 1, rows: 63 },
    ]),
  ).toEqual([
    { column: 0, from: 1, rows: 3 },
    { column: 1, from: 1, rows: 127 },
  ]);
});
