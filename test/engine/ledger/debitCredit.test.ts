import { debitCreditPairs, foldDebitCredit } from "../../../src/engine/ledger/debitCredit";
import { detectColumns } from "../../../src/engine/ledger/columns";

describe("debit and credit columns", () => {
  test("the local amount (本币) is folded like the amount: debit − credit", () => {
    const values = [
      ["客户", "单号", "日期", "币种", "借方 金额", "借方 本币", "贷方 金额", "贷方 本币"],
      ["甲", "SK1", "2025-03-01", "美元", "", "", 1000, 7100],
    ];
    const mapping = detectColumns(values, { dateOrder: "auto" });
    expect(mapping.columns).toMatchObject({ amount: 4, localAmount: 5 });
    const pairs = debitCreditPairs(mapping);
    expect(pairs.map((p) => p.field)).toEqual(["amount", "localAmount"]);
    expect(foldDebitCredit(values[1], pairs).slice(4, 6)).toEqual([-1000, -7100]);
  });
});
