import { languageFromOffice, localeFromOffice, themeFromOffice, whenOfficeReady } from "../../src/excel/host";

type OfficeStub = { context?: unknown; onReady?: (f: () => void) => void };
const host = globalThis as { Office?: OfficeStub };

/** Runs `check` with an Office stand-in installed, removed afterwards. */
function withOffice(office: OfficeStub, check: () => void) {
  host.Office = office;
  try {
    check();
  } finally {
    delete host.Office;
  }
}

describe("what the pane reads from its Office host", () => {
  it("the display language: Chinese for any zh tag, else English; the full tag for the locale", () => {
    withOffice({ context: { displayLanguage: "zh-TW" } }, () => {
      expect(languageFromOffice()).toBe("zh-CN");
      expect(localeFromOffice()).toBe("zh-TW");
    });
    withOffice({ context: { displayLanguage: "de-DE" } }, () => expect(languageFromOffice()).toBe("en"));
  });

  it("the theme from the body background's brightness; light when Office gives none", () => {
    const theme = (color?: string) => {
      let out = "";
      withOffice({ context: { officeTheme: { bodyBackgroundColor: color } } }, () => (out = themeFromOffice()));
      return out;
    };
    expect([theme("#1f1f1f"), theme("FFFFFF"), theme("#abc"), theme(undefined)]).toEqual([
      "dark",
      "light",
      "light",
      "light",
    ]);
    expect(themeFromOffice()).toBe("light"); // outside Office
  });

  it("starts once Office is ready, or at once outside Office", () => {
    const start = jest.fn();
    const outside = jest.fn();
    withOffice({ onReady: (f) => f() }, () => whenOfficeReady(start, outside));
    expect([start.mock.calls.length, outside.mock.calls.length]).toEqual([1, 0]);
    whenOfficeReady(start, outside);
    expect([start.mock.calls.length, outside.mock.calls.length]).toEqual([1, 1]);
  });
});
