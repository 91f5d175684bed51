import type { Analysis } from "../../src/engine/analysis/types";
import { HORIZONS } from "../../src/engine/history/forecastBacktest";
import type { ForecastCheck } from "../../src/engine/history/forecastCheck";
import { forecastCheckTable } from "../../src/excel/forecastCheckReport";

const horizons = HORIZONS.slice(0, 2).map((horizon, i) => ({
  horizon,
  actual: 1000,
  wape: { ours: i === 0 ? 0.26123 : 0.478, dueDate: 0.412, daysToPay: i === 0 ? 0.37 : null },
}));
const withCheck = (c: ForecastCheck) => ({ forecastCheck: c }) as unknown as Analysis;

describe("the forecast check on the report sheet", () => {
  test("one row per horizon: our error beside the due-date and days-to-pay methods' (shares, 4 decimals)", () => {
    const t = forecastCheckTable(
      withCheck({ status: "ok", points: 6, monthEnds: [], horizons, oursBest: false }),
      "en",
    );
    expect(t.columns.map((c) => c.header)).toEqual(["Weeks", "Our forecast", "On the due date", "Average days to pay"]);
    expect(t.rows).toEqual([
      ["Weeks 1–4", 0.2612, 0.412, 0.37],
      ["Weeks 5–13", 0.478, 0.412, null],
    ]);
    expect(t.title).toContain("At 6 past month-ends");
    expect(t.title).toContain("not closer than both");
    const zh = forecastCheckTable(
      withCheck({ status: "ok", points: 6, monthEnds: [], horizons, oursBest: true }),
      "zh-CN",
    );
    expect(zh.rows[1][0]).toBe("第 5–13 周");
    expect(zh.title).toContain("都比两种简单方法更接近实际");
  });
  test("says plainly when the ledger is too short, with no rows", () => {
    const t = forecastCheckTable(
      withCheck({ status: "tooShort", points: 1, monthEnds: [], horizons, oursBest: null }),
      "zh-CN",
    );
    expect(t.rows).toEqual([]);
    expect(t.title).toContain("历史太短，无法判断");
    expect(t.title).toContain("只有 1 个");
  });
});
