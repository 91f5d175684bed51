import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { setup } from "../taskpane/harness";
// The filter is plain JavaScript loaded by the jsdom environment (test/setup/jsdomEnvironment.js) outside the tests.
const { requiredClasses, mayMatch } = require("./styleRuleFilter") as {
  requiredClasses: (selectorText: string) => string[][] | null;
  mayMatch: (classAttribute: string | null, selectorText: string) => boolean;
};

test("the classes a selector's last compound requires, for each selector of the list", () => {
  expect(requiredClasses(".a")).toEqual([["a"]]);
  expect(requiredClasses(".a:hover .b")).toEqual([["b"]]);
  expect(requiredClasses(".a > .b.c")).toEqual([["b", "c"]]);
  expect(requiredClasses(".a+.b~.c")).toEqual([["c"]]);
  expect(requiredClasses(".a\n.b")).toEqual([["b"]]);
  expect(requiredClasses(".a:not(.b)")).toEqual([["a"]]);
  expect(requiredClasses(":is(.a, .b) .c::after")).toEqual([["c"]]);
  expect(requiredClasses(".a:nth-child(2n+1)")).toEqual([["a"]]);
  expect(requiredClasses(".a[data-x] .B:focus-visible, .c:active")).toEqual([["b"], ["c"]]);
  // Some selector of the list needs no class, or the reading is unsure: never skipped.
  expect(requiredClasses(".a, div")).toBeNull();
  expect(requiredClasses(".a :hover")).toBeNull();
  expect(requiredClasses(".a .b:not(.c)[data-x='.d'], .e")).toBeNull();
  expect(requiredClasses(".a\\:b")).toBeNull();
  expect(requiredClasses("svg|a.b")).toBeNull();
  expect(mayMatch("x b", ".a .b")).toBe(true);
  expect(mayMatch("x B", ".a .b")).toBe(true); // letter case is not trusted: left to the selector engine
  expect(mayMatch("a", ".a .b")).toBe(false);
  expect(mayMatch(null, ".a")).toBe(false);
  expect(mayMatch(null, "div")).toBe(true);
});

test("on the analysed taskpane, no rule the filter skips matches its element (jsdom's own matches())", async () => {
  setup();
  await userEvent.click(screen.getByRole("button", { name: /use selection/i }));
  await userEvent.click(await screen.findByRole("tab", { name: "Customers" }));
  await userEvent.click(screen.getByRole("button", { name: "Show the reasons for Alpha" }));
  const selectors = Array.from(document.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .flatMap((rule) => ("cssRules" in rule ? Array.from((rule as CSSGroupingRule).cssRules) : [rule]))
    .map((rule) => (rule as CSSStyleRule).selectorText)
    .filter((text): text is string => typeof text === "string");
  const elements = Array.from(document.querySelectorAll("*"));
  expect(selectors.length).toBeGreaterThan(500); // Fluent's atomic CSS
  expect(elements.length).toBeGreaterThan(500);
  const matches = (element: Element, selector: string) => {
    try {
      return element.matches(selector);
    } catch {
      return false; // what jsdom's style cascade makes of a selector its engine cannot read
    }
  };
  let skipped = 0;
  const wronglySkipped: string[] = [];
  for (const element of elements)
    for (const selector of selectors) {
      if (mayMatch(element.getAttribute("class"), selector)) continue;
      skipped++;
      if (matches(element, selector)) wronglySkipped.push(`${element.tagName}.${element.className} ${selector}`);
    }
  expect(wronglySkipped.slice(0, 5)).toEqual([]);
  expect(skipped).toBeGreaterThan(0.9 * elements.length * selectors.length);
}, 60_000);
