import { buildCashPlan } from "../../../src/engine/cash/plan";
import { comparePlan, freezePlan, readFrozenPlans } from "../../../src/engine/cash/freeze";
import type { Invoice } from "../../../src/engine/analysis/types";

const A = 45_700;
const inv = (over: Partial<Invoice>): Invoice => ({
  row: 0,
  customer: "C",
  invoiceNumber: "1",
  invoiceDate: A - 20,
  dueDate: A + 10,
  dueDateDerived: false,
  amount: 100,
  paidAmount: 0,
  paidDate: null,
  openAmount: 100,
  disputed: false,
  currency: null,
  termsDays: 30,
  ...over,
});

test("a frozen plan keeps its weeks; later, each ended week shows planned against actual", () => {
  const plan = buildCashPlan({
    asOf: A,
    weeks: 4,
    openingCash: 1000,
    minimumCash: 0,
    collectionsCents: [10_000, 5_000],
    payables: [{ date: A + 3, cents: 20_000 }],
  });
  const frozen = freezePlan(plan, A, "June plan");
  expect(frozen).toMatchObject({ asOf: A, frozenOn: A, label: "June plan", openingCash: 1000 });
  expect(frozen.weeks[0]).toEqual({ week: 1, start: A + 1, end: A + 7, collections: 100, payables: 200, closing: 900 });
  const receivables = [
    inv({ paidAmount: 100, paidDate: A + 9, openAmount: 0 }), // collected in week 2
    inv({ amount: 40, paidAmount: 40, paidDate: A - 1, openAmount: 0 }), // paid before the freeze: not counted
    inv({ invoiceDate: A + 2, amount: 70, paidAmount: 70, paidDate: A + 3, openAmount: 0 }), // billed after the freeze
  ];
  const bills = [inv({ amount: 200, paidAmount: 200, paidDate: A + 5, openAmount: 0 })];
  const rows = comparePlan(frozen, receivables, bills, A + 14);
  expect(rows).toEqual([
    {
      week: 1,
      start: A + 1,
      end: A + 7,
      plannedCollections: 100,
      actualCollections: 0,
      plannedPayables: 200,
      actualPayables: 200,
    },
    {
      week: 2,
      start: A + 8,
      end: A + 14,
      plannedCollections: 50,
      actualCollections: 100,
      plannedPayables: 0,
      actualPayables: 0,
    },
  ]);
});

describe("frozen plans read back from the workbook", () => {
  const good = () =>
    freezePlan(
      buildCashPlan({ asOf: A, weeks: 4, openingCash: 10, minimumCash: 0, collectionsCents: [100], payables: [] }),
      A,
      "ok",
    );

  test.each([
    ["{}", {}, 0, 1],
    ["[null]", [null], 0, 1],
    ["[{}]", [{}], 0, 1],
    ["a text", "plans", 0, 1],
    ["a plan with a week that is not one", [{ ...good(), weeks: [{ week: 1 }] }], 0, 1],
    ["a plan whose opening cash is text", [{ ...good(), openingCash: "lots" }], 0, 1],
    ["one good plan beside a bad one", [null, good()], 1, 1],
  ])("%s: the good plans are kept, the rest set aside and counted", (_what, stored, kept, setAside) => {
    const read = readFrozenPlans(stored);
    expect(read.plans).toHaveLength(kept);
    expect(read.setAside).toBe(setAside);
  });

  test("nothing saved: no plans, nothing set aside; good plans come back as saved", () => {
    expect(readFrozenPlans(null)).toEqual({ plans: [], setAside: 0 });
    expect(readFrozenPlans([good()])).toEqual({ plans: [good()], setAside: 0 });
  });
});
