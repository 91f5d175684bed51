import { valueError } from "../../src/engine/core/errors";
import { GatewayError } from "../../src/excel/gatewayErrors";
import { EXCEL_TEXT, gatewayEnglish, gatewayErrorText } from "../../src/i18n/excel";

describe("the workbook gateway's errors in words", () => {
  it("fills in the error's figures, in English and Chinese", () => {
    const missing = new GatewayError("sheetNotFound", { sheet: "Ledger" }, "");
    expect(gatewayErrorText(missing, "en")).toBe('There is no sheet named "Ledger" (was it renamed or deleted?).');
    expect(gatewayErrorText(missing, "zh-CN")).toContain("Ledger");
    expect(gatewayEnglish("sheetNotFound", { sheet: "X" })).toBe(EXCEL_TEXT.en.sheetNotFound.replace("{sheet}", "X"));
  });

  it("names the stage a write failed at, itself filled in", () => {
    const text = gatewayEnglish("writeFailed", { stage: "table", table: "Aging", cause: "busy" });
    expect(text).toBe(
      'Writing the report failed while writing the table "Aging": busy. The half-written report sheet was removed; your data is unchanged.',
    );
  });

  it("an engine error is translated as the engine's; any other keeps its message", () => {
    const engine = valueError("weeks.range", { name: "weeks", value: 3, min: 4, max: 52 }, "weeks: 3 …");
    expect(gatewayErrorText(engine, "en")).toBe("weeks: 3 …");
    expect(gatewayErrorText(new Error("oops"), "zh-CN")).toBe("oops");
  });
});
