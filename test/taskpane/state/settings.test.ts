import { defaultSettings, toAnalysisSettings } from "../../../src/taskpane/state/settings";
import { AS_OF } from "../../engine/analysis/handLedger";

describe("the settings form to the analysis's settings", () => {
  test("the taskpane form passes them through (headroom typed in %)", () => {
    const s = toAnalysisSettings(
      { ...defaultSettings(AS_OF), lateDays: 10, followUpMonths: 9, limitHeadroomPct: 30 },
      {},
    );
    expect([s.lateDays, s.followUpMonths, s.limitHeadroom]).toEqual([10, 9, 0.3]);
    expect(toAnalysisSettings(defaultSettings(AS_OF), {}).limitHeadroom).toBeUndefined();
  });
});
