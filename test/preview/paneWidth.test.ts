/** The preview's taskpane width: Excel's widths only, 320 px (Excel on Windows) unless ?pane= says another. */
import { PREVIEW_VIEW_TEXT } from "../../src/i18n/previewView";
import { DEFAULT_PANE_WIDTH, paneWidthFromSearch } from "../../src/preview/paneWidth";

test("?pane= picks one of 270, 320, 350, 450; anything else is the default 320", () => {
  expect(DEFAULT_PANE_WIDTH).toBe(320);
  expect(paneWidthFromSearch("?pane=270")).toBe(270);
  expect(paneWidthFromSearch("?lang=zh&pane=450")).toBe(450);
  expect(paneWidthFromSearch("")).toBe(320);
  expect(paneWidthFromSearch("?pane=300")).toBe(320);
  expect(paneWidthFromSearch("?pane=wide")).toBe(320);
});

test("the width switcher's words exist in English and Chinese", () => {
  expect(Object.keys(PREVIEW_VIEW_TEXT["zh-CN"]).sort()).toEqual(Object.keys(PREVIEW_VIEW_TEXT.en).sort());
  for (const v of Object.values(PREVIEW_VIEW_TEXT["zh-CN"])) expect(v).toMatch(/[\u4e00-\u9fff]|^\{/);
});
