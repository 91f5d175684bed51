import { callScript } from "../../../src/engine/collections/callScript";
import type { TodayItem } from "../../../src/engine/collections/today";

const item = (over: Partial<TodayItem>): TodayItem => ({
  customer: "Alpha",
  reasons: ["stageChange"],
  step: "firmReminderCall",
  stage: "firm",
  overdue: 3000,
  oldestDaysPastDue: 20,
  dueSoon: 0,
  dueSoonDate: null,
  promise: null,
  notifyBy: null,
  priority: 50,
  worklist: null,
  ...over,
});
const company = { name: "Sunrise Trading", contact: "Zhang Min" };

describe("the call script, in the customer's language", () => {
  it("names the person, the caller, the amount and the new deadline (EN)", () => {
    const s = callScript({
      item: item({}),
      contact: { customer: "Alpha", person: "Ann", phone: "", email: "", language: "en", address: "C!A2" },
      company,
      currency: "EUR",
      paneLanguage: "zh-CN",
      deadline: 45724,
    });
    expect(s.language).toBe("en");
    expect(s.lines[0]).toBe("Hello Ann, this is Zhang Min from Sunrise Trading.");
    expect(s.lines[1]).toBe(
      "EUR 3,000.00 has been overdue for 20 days. I need a payment date today: can you pay it by 2025-03-08?",
    );
  });

  it("in Chinese when the contact says so, a broken promise said first, without a person asks who pays", () => {
    const promise = { amount: 1000, promisedDate: 45712 } as TodayItem["promise"];
    const s = callScript({
      item: item({ reasons: ["brokenPromise"], promise }),
      contact: { customer: "Alpha", person: "", phone: "", email: "", language: "zh-CN", address: "C!A2" },
      company: { ...company, name: "旭日贸易有限公司", contact: "张敏" },
      currency: "CNY",
      paneLanguage: "en",
      deadline: 45724,
    });
    expect(s.language).toBe("zh-CN");
    expect(s.lines[0]).toBe("您好，我是旭日贸易有限公司的张敏，请问贵司付款由哪位负责？");
    expect(s.lines[1]).toBe("贵司承诺于2025年2月24日前支付人民币1,000.00元，但我们至今尚未收到。");
    expect(s.lines[2]).toContain("2025年3月8日前付清");
  });

  it("notifying the insurer is not a call: what the notification holds, by when", () => {
    const s = callScript({
      item: item({ step: "notifyInsurer", reasons: ["insurerDeadline"], notifyBy: 45720 }),
      contact: null,
      company,
      currency: "CNY",
      paneLanguage: "en",
      deadline: 45724,
    });
    expect(s.lines).toEqual([
      "Not a call: notify the credit insurer by 2025-03-04 of CNY 3,000.00 overdue (20 days), with the invoices and this customer's collection record.",
    ]);
  });
});
