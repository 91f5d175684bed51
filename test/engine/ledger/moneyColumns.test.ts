/* Money that cannot be an ID: running numbers, one repeated code, document numbers never analysed unconfirmed. */
import fc from "fast-check";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { notMoney } from "../../../src/engine/ledger/moneyColumns";
import { d } from "../analysis/handLedger";

const column = (values: unknown[]) => values.map((v) => [v]);

describe("notMoney", () => {
  test("running numbers, one repeated account code, document numbers and bucket columns are not money", () => {
    expect(notMoney(column([1001, 1002, 1003, 1005, 1006, 1007]), 0, 0, "Reference", null)).toBe("consecutive");
    expect(notMoney(column([1122, 1122, 1122, 1122, 1122, 1122]), 0, 0, "科目编码", null)).toBe("repeated");
    const docs = [
      [90012345, "INV90012345"],
      [90012399, "INV90012399"],
      [90013000, "INV90013000"],
      [90015555, "INV90015555"],
      [90017777, "INV90017777"],
    ];
    expect(notMoney(docs, 0, 0, "Reference", 1)).toBe("documentNumbers");
    expect(notMoney(column([10, 20]), 0, 0, "0-30天", null)).toBe("bucket");
    expect(notMoney(column([10, 20]), 0, 0, "1 - 30", null)).toBe("bucket");
  });

  test("amounts with cents and a spread are money", () => {
    expect(notMoney(column([8227.9, 6456.88, -86.25, 2022.71, 6195.38, 7207.69]), 0, 0, "Amount", null)).toBeNull();
    expect(notMoney(column([1200, 3400, 560, 78000, 910, 23000]), 0, 0, "Amount", null)).toBeNull();
  });
});

/** An ID-like, account-code-like or running-number column. */
const idColumn = fc.oneof(
  fc
    .integer({ min: 1, max: 9_000_000 })
    .map((start) => (n: number) => Array.from({ length: n }, (_, i) => start + i + (i % 7 === 3 ? 1 : 0))),
  fc.constantFrom(1122, 1131, 2202, 6001).map((code) => (n: number) => Array.from({ length: n }, () => code)),
  fc.constant((n: number, docs: number[]) => docs),
);
const idHeader = fc.constantFrom(
  "Reference",
  "Account",
  "科目编码",
  "Amount",
  "金额",
  "Value",
  "Doc",
  "",
  "Total",
  "Balance",
  "No.",
);

test("property: an ID-like column beside or instead of the money column never goes unconfirmed", () => {
  fc.assert(
    fc.property(
      idColumn,
      idHeader,
      fc.boolean(), // a real money column beside it
      fc.nat({ max: 4 }), // where the ID column goes
      fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 6, maxLength: 30 }),
      (ids, header, withMoney, at, cents) => {
        const n = cents.length;
        const docs = cents.map((_, i) => 40_000_000 + i * 7919 + ((i * i) % 13));
        const idValues = ids(n, docs);
        const base: unknown[][] = [["Customer", "Invoice No", "Due Date", ...(withMoney ? ["Amount"] : [])]];
        for (let i = 0; i < n; i++)
          base.push([`C${i % 4}`, `INV${docs[i]}`, d("2025-05-31") + i, ...(withMoney ? [cents[i] / 100] : [])]);
        const values = base.map((row, r) => {
          const copy = [...row];
          copy.splice(Math.min(at, copy.length), 0, r === 0 ? header : idValues[r - 1]);
          return copy;
        });
        const idAt = Math.min(at, base[0].length);
        const m = detectColumns(values);
        const onId = (["amount", "openAmount", "paidAmount"] as const).some((f) => m.columns[f] === idAt);
        if (onId) expect(m.confirm?.length ?? 0).toBeGreaterThan(0);
      },
    ),
    { numRuns: 300 },
  );
});

test("the money chosen from content alone is to be confirmed; a header-named money column is not", () => {
  const rows = [
    [45000, "A", "INV-1", 1234.5],
    [45001, "B", "INV-2", 99.95],
    [45002, "A", "INV-3", 310.2],
  ];
  const byContent = detectColumns([["Due Date", "Customer", "Invoice No", "Figures"], ...rows]);
  expect(byContent.columns.amount).toBe(3);
  expect(byContent.confirm?.map((r) => r.code)).toEqual(["mapping.confirm.byContent"]);
  const named = detectColumns([["Due Date", "Customer", "Invoice No", "Amount"], ...rows]);
  expect(named.confirm).toEqual([]);
  const chosen = detectColumns([["Due Date", "Customer", "Invoice No", "Figures"], ...rows], {
    mapping: { amount: 3 },
  });
  expect(chosen.confirm).toEqual([]);
});
