import { conversionSentence, gainLossSentence, formatRate } from "../../src/i18n/currencies";
import type { CurrencyLine } from "../../src/engine";

const line: CurrencyLine = {
  currency: "USD",
  invoices: 3,
  openOriginal: 120000,
  openConverted: 862800,
  rate: 7.19,
  rateSource: "table",
  rateDate: 46357, // 2026-12-01
  leftOut: 0,
  leftOutOpen: 0,
  revaluation: null,
};

describe("several currencies, said in English and Chinese", () => {
  test("the KPI line: original = converted at the rate, and the rates' date", () => {
    expect(conversionSentence(line, "CNY", "en")).toBe("USD 120,000.00 = ¥862,800.00 at 7.19, rates of 2026-12-01");
    expect(conversionSentence(line, "CNY", "zh-CN")).toBe(
      "USD 120,000.00 = ¥862,800.00，汇率 7.19（2026年12月1日汇率表）",
    );
    const booked = { ...line, rateSource: "ledger" as const, rate: 7.1, rateDate: null };
    expect(conversionSentence(booked, "CNY", "en")).toBe(
      "USD 120,000.00 = ¥862,800.00 at 7.10, as booked in the ledger",
    );
    expect(conversionSentence(booked, "CNY", "zh-CN")).toBe("USD 120,000.00 = ¥862,800.00，汇率 7.10（台账记账汇率）");
  });

  test("a currency without a rate is named as left out", () => {
    const out = { ...line, invoices: 0, openConverted: 0, rate: null, rateSource: null, leftOut: 2, leftOutOpen: 70 };
    expect(conversionSentence(out, "CNY", "en")).toBe("USD 70.00: no rate to CNY, left out (2 invoices)");
    expect(conversionSentence(out, "CNY", "zh-CN")).toBe("USD 70.00：没有折算为 CNY 的汇率，未计入（2 张发票）");
  });

  test("booked vs today: the unrealised exchange gain or loss (汇兑损益)", () => {
    const r = { atBooked: 710.07, atToday: 719.07, todayRate: 7.19, rateDate: 46357, gainLoss: 9 };
    expect(gainLossSentence(r, "CNY", "en")).toBe(
      "open at booked rates ¥710.07, at today's 7.19 ¥719.07: unrealised exchange gain ¥9.00",
    );
    expect(gainLossSentence({ ...r, gainLoss: -9 }, "CNY", "zh-CN")).toBe(
      "按记账汇率未收 ¥710.07，按当日汇率 7.19 为 ¥719.07：未实现汇兑损失 ¥9.00",
    );
  });

  test("rates: at least two decimals, at most six", () => {
    expect(formatRate(7.19, "en")).toBe("7.19");
    expect(formatRate(7.8123, "en")).toBe("7.8123");
    expect(formatRate(0.1391234567, "en")).toBe("0.139123");
    expect(formatRate(1, "en")).toBe("1.00");
  });
});
