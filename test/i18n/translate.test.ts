/** English templates say "1 day", not "1 days" — in the pane's strings and in the engine's English reasons. */
import { fillTemplate, reasonText } from "../../src/i18n/translate";

test("a count of exactly one takes the singular in English; other counts, decimals and Chinese are left alone", () => {
  expect(fillTemplate("{days} days", { days: 1 }, "en")).toBe("1 day");
  expect(fillTemplate("{amount} overdue · {days} days", { amount: "¥5.00", days: 1 }, "en")).toBe(
    "¥5.00 overdue · 1 day",
  );
  expect(fillTemplate("Never contacted: {days} days overdue", { days: 1 }, "en")).toBe(
    "Never contacted: 1 day overdue",
  );
  expect(fillTemplate("{n} invoices, {m} customers, {k} months", { n: 1, m: 1, k: 1 }, "en")).toBe(
    "1 invoice, 1 customer, 1 month",
  );
  expect(fillTemplate("{n} blank rows, {p} paid invoices", { n: 1, p: 1 }, "en")).toBe("1 blank row, 1 paid invoice");
  expect(fillTemplate("{days} days", { days: 2 }, "en")).toBe("2 days");
  expect(fillTemplate("{days} days", { days: 11 }, "en")).toBe("11 days");
  expect(fillTemplate("{days} days", { days: "1.0" }, "en")).toBe("1.0 days");
  expect(fillTemplate("{days} 天", { days: 1 }, "zh-CN")).toBe("1 天");
});

test("an engine reason in English gets the same singular", () => {
  const r = { code: "x.test", params: { days: 1 }, text: "pays 1 days late on average" };
  expect(reasonText(r, "en", {})).toBe("pays 1 day late on average");
});

test('"(s)" after a count reads as English writes it: "1 invoice", "3 invoices"; without a count it stays', () => {
  const r = (text: string) => reasonText({ code: "x", params: {}, text }, "en", {});
  expect(r("collect Big's 1 overdue invoice(s), from 1 customer(s)")).toBe(
    "collect Big's 1 overdue invoice, from 1 customer",
  );
  expect(r("from 3 customer(s) of grade 6; 1,204 cell(s)")).toBe("from 3 customers of grade 6; 1,204 cells");
  expect(r("2.5 day(s); the invoice(s) named")).toBe("2.5 days; the invoice(s) named");
});
