/**
 * The preview's AR.* functions follow its language switch (the taskpane's Language select), as they follow Office's
 * display language in Excel: the sheet is recalculated and an error cell's reason is then given in Chinese.
 */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { dso } from "../../src/functions/ratios";
import { functionLanguage, setFunctionLanguage } from "../../src/functions/language";
import { registeredFunctions } from "../../src/preview/customFunctionsShim";
import { recalculate } from "../../src/preview/formulas/recalc";
import { PreviewApp } from "../../src/preview/PreviewApp";
import { MemoryWorkbook } from "../../src/preview/workbook/memoryWorkbook";

afterEach(() => setFunctionLanguage("en"));

test("switching the taskpane to Chinese gives the reasons of the sheet's AR.* errors in Chinese", async () => {
  registeredFunctions().set("DSO", dso as (...args: unknown[]) => unknown);
  const book = new MemoryWorkbook();
  const sheet = book.addSheet("Formulas");
  sheet.formulas.set("0,0", '=AR.DSO("abc",1200000)');
  recalculate(book, registeredFunctions());
  expect(sheet.get(0, 0)).toBe("#VALUE!");
  expect(sheet.errorMessages.get("0,0")).toBe('ending_ar: a number was expected, found "abc"');

  render(<PreviewApp book={book} asOf={45700} />);
  await act(async () => {}); // the taskpane reads its saved settings from the workbook
  fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "zh-CN" } });
  expect(functionLanguage()).toBe("zh-CN");
  expect(sheet.get(0, 0)).toBe("#VALUE!");
  expect(sheet.errorMessages.get("0,0")).toBe("ending_ar：应为数字，实际为 “abc”");
  expect(document.querySelector('[data-cell="A1"]')!.getAttribute("title")).toBe("ending_ar：应为数字，实际为 “abc”");
  fireEvent.mouseDown(document.querySelector('[data-cell="A1"]')!);
  expect(screen.getByTestId("cell-error").textContent).toBe("#VALUE!: ending_ar：应为数字，实际为 “abc”");

  fireEvent.change(screen.getByRole("combobox", { name: "语言" }), { target: { value: "en" } });
  expect(sheet.errorMessages.get("0,0")).toBe('ending_ar: a number was expected, found "abc"');
});
