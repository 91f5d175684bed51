/** The preview's language: ?lang= in the address, else the browser's — for its own words, the pane and the sample. */
import { previewLanguage } from "../../src/preview/previewLanguage";

test("?lang=zh or zh-CN is Chinese, ?lang=en English, anything else the browser's language", () => {
  expect(previewLanguage("?lang=zh-CN", "en")).toBe("zh-CN");
  expect(previewLanguage("?pane=270&lang=zh", "en")).toBe("zh-CN");
  expect(previewLanguage("?lang=en", "zh-CN")).toBe("en");
  expect(previewLanguage("?lang=fr", "zh-CN")).toBe("zh-CN");
  expect(previewLanguage("", "en")).toBe("en");
});
