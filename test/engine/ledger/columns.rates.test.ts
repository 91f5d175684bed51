/* The local-currency amount (本币) and the booked rate (汇率) columns of a ledger billing in several currencies. */
import { detectColumns, mapHeaders } from "../../../src/engine/ledger/columns";
import { exportFiles } from "./exportFiles";

describe("local amount and booked rate columns", () => {
  test("Chinese: 原币 金额 beside 本币金额 and 汇率", () => {
    expect(mapHeaders(["客户", "币种", "金额", "本币金额", "汇率"])).toMatchObject({
      currency: 1,
      amount: 2,
      localAmount: 3,
      bookedRate: 4,
    });
    expect(mapHeaders(["客户", "币种", "原币金额", "记账汇率", "本位币金额"])).toMatchObject({
      amount: 2,
      bookedRate: 3,
      localAmount: 4,
    });
  });

  test("English: SAP's amounts in document and local currency, Xero's currency rate", () => {
    const sap = mapHeaders(["Customer", "Curr.", "Amount in local currency", "Amount in doc. curr."]);
    expect(sap).toMatchObject({ currency: 1, amount: 3, localAmount: 2 });
    expect(mapHeaders(["ContactName", "Total", "Currency", "CurrencyRate"])).toMatchObject({
      amount: 1,
      currency: 2,
      bookedRate: 3,
    });
    expect(mapHeaders(["Customer", "Amount", "Currency", "Exchange rate", "Local amount"])).toMatchObject({
      amount: 1,
      bookedRate: 3,
      localAmount: 4,
    });
  });

  test("a local amount alone is the amount (a ledger in one currency); a tax rate is no exchange rate", () => {
    expect(mapHeaders(["Customer", "Amount in local currency"])).toMatchObject({ amount: 1, localAmount: null });
    expect(mapHeaders(["客户名称", "单据编号", "本币金额", "已核销金额", "未核销金额"])).toMatchObject({
      amount: 2,
      localAmount: null,
    });
    expect(mapHeaders(["Customer", "Amount", "Tax rate"]).bookedRate).toBeNull();
  });

  test("用友 客户往来明细: 借方 发生 本币 is the local amount, not 已结 or 未结 本币", () => {
    const file = (exportFiles() ?? []).find((f) => f.file.startsWith("yonyou"));
    if (!file) return;
    const m = detectColumns(file.values, { dateOrder: "auto", numberFormats: file.numberFormats });
    expect(m.columns).toMatchObject({ amount: 13, paidAmount: 15, openAmount: 17, localAmount: 14 });
  });
});
