import { docAmount } from "../../../../src/engine/collections/documents/model";

describe("an amount of money as a document in its language writes it", () => {
  it("English: the currency code before the amount", () => {
    expect(docAmount(44154.81, "CNY", "en")).toBe("CNY 44,154.81");
    expect(docAmount(1200, "EUR", "en")).toBe("EUR 1,200.00");
  });

  it("Chinese: 人民币…元 for yuan, the currency's Chinese name after other amounts, never a Latin code we can name", () => {
    expect(docAmount(44154.81, "CNY", "zh-CN")).toBe("人民币44,154.81元");
    expect(docAmount(44154.81, "rmb", "zh-CN")).toBe("人民币44,154.81元");
    expect(docAmount(1200, "USD", "zh-CN")).toBe("1,200.00美元");
    expect(docAmount(1200, "HKD", "zh-CN")).toBe("1,200.00港元");
    expect(docAmount(1200, "EUR", "zh-CN")).toBe("1,200.00欧元");
  });

  it("Chinese, a currency without a Chinese name here: the code after the amount, as the pane writes it", () => {
    expect(docAmount(1200, "CHF", "zh-CN")).toBe("1,200.00瑞士法郎");
    expect(docAmount(1200, "NZD", "zh-CN")).toBe("1,200.00 NZD");
  });
});
