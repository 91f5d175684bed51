import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { buildDesk } from "../../../src/engine/collections/desk";
import { DEFAULT_DUNNING, DEFAULT_POLICY } from "../../../src/engine/collections/settings";
import { AS_OF, ledger, log } from "./deskLedger";

const cents = (x: number) => Math.round(x * 100);
const settings = {
  asOf: AS_OF,
  agingBasis: "due" as const,
  dateOrder: "auto" as const,
  riskAppetite: "balanced" as const,
};
const planned = (weeks: number) =>
  analyzeLedger(ledger, settings, {}, { payables: null, settings: { openingCash: 1000, minimumCash: 800, weeks } });

describe("open promises move the cash plan's collections like the forecast's", () => {
  const analysis = planned(13);
  const desk = buildDesk(ledger, analysis, log(), { dunning: DEFAULT_DUNNING, policy: DEFAULT_POLICY });

  it("Beta's promise (200.00 after its keep rate) moves from week 3 to week 1 in the plan, to the cent", () => {
    const before = analysis.cash!.plan.weeks;
    const after = desk.cash!.plan.weeks;
    expect(cents(after[0].collections) - cents(before[0].collections)).toBe(20_000);
    expect(cents(after[2].collections) - cents(before[2].collections)).toBe(-20_000);
    expect(after.slice(3).map((w) => w.collections)).toEqual(before.slice(3).map((w) => w.collections));
    // Closing cash is higher by 200.00 in weeks 1–2, the same from week 3 on.
    expect(cents(after[0].closing) - cents(before[0].closing)).toBe(20_000);
    expect(cents(after[1].closing) - cents(before[1].closing)).toBe(20_000);
    expect(after.slice(2).map((w) => w.closing)).toEqual(before.slice(2).map((w) => w.closing));
  });

  it("with the default 13 weeks the plan moves exactly the cents the forecast moves, week for week", () => {
    const moved = (a: number[], b: number[]) => a.map((x, i) => cents(x) - cents(b[i]));
    expect(
      moved(
        desk.cash!.plan.weeks.map((w) => w.collections),
        analysis.cash!.plan.weeks.map((w) => w.collections),
      ),
    ).toEqual(
      moved(
        desk.forecast.weeks.map((w) => w.expected),
        analysis.forecast.weeks.map((w) => w.expected),
      ),
    );
  });

  it("every week still reconciles: closing = opening + in − out, and each week opens at the last closing", () => {
    const weeks = desk.cash!.plan.weeks;
    weeks.forEach((w, i) => {
      expect(cents(w.closing)).toBe(cents(w.opening) + cents(w.inflows) - cents(w.outflows));
      if (i > 0) expect(w.opening).toBe(weeks[i - 1].closing);
    });
    expect(desk.cash!.plan.lowest.closing).toBe(Math.min(...weeks.map((w) => w.closing)));
  });

  it("a 26-week plan moves the same promise; without a plan the desk has none", () => {
    const long = planned(26);
    const d = buildDesk(ledger, long, log(), { dunning: DEFAULT_DUNNING, policy: DEFAULT_POLICY });
    expect(d.cash!.plan.weeks).toHaveLength(26);
    expect(cents(d.cash!.plan.weeks[0].collections) - cents(long.cash!.plan.weeks[0].collections)).toBe(20_000);
    const plain = buildDesk(ledger, analyzeLedger(ledger, settings), log(), {
      dunning: DEFAULT_DUNNING,
      policy: DEFAULT_POLICY,
    });
    expect(plain.cash).toBeUndefined();
  });
});
