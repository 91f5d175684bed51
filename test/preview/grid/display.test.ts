import { serialFromYmd } from "../../../src/engine/core/dates";
import { displayValue } from "../../../src/preview/grid/display";

test("cells show under their number format", () => {
  expect(displayValue(serialFromYmd(2025, 7, 1), "yyyy-mm-dd")).toBe("2025-07-01");
  expect(displayValue(-1234.5, '"¥"#,##0.00')).toBe("-¥1,234.50");
  expect(displayValue(0.1234, "0.0%")).toBe("12.3%");
  expect(displayValue(true, "General")).toBe("TRUE");
});
