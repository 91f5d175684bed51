/** The report charts' money axis counts as its reader does: K/M-free whole amounts in English, 万 or 亿 in Chinese. */
import { moneyAxisFormat, reportCharts } from "../../src/excel/reportCharts";

test("English: the currency symbol and thousands separators", () => {
  expect(moneyAxisFormat("en", "CNY")).toBe('"¥"#,##0');
  expect(moneyAxisFormat("en", "CHF")).toBe("#,##0");
});

test("Chinese: 万 for amounts under a hundred million, 亿 from there (one unit for the whole axis)", () => {
  expect(moneyAxisFormat("zh-CN", "CNY")).toBe('0!.0,"万"');
  expect(moneyAxisFormat("zh-CN", "CNY", 99_999_999)).toBe('0!.0,"万"');
  expect(moneyAxisFormat("zh-CN", "CNY", 100_000_000)).toBe('0!.00,,"亿"');
  expect(moneyAxisFormat("zh-CN", "CNY", -350_000_000)).toBe('0!.00,,"亿"');
});

test("each chart's axis takes the unit of its own largest figure", () => {
  const [aging, forecast] = reportCharts("zh-CN", "CNY", { aging: 2.5e8, forecast: 4e6 });
  expect(aging.valueFormat).toContain("亿");
  expect(forecast.valueFormat).toContain("万");
});
