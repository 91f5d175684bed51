import { acceptProposals, keptLimitMap } from "../../../src/engine/analysis/keptLimits";
import type { KeptLimit } from "../../../src/engine/model/types";

describe("credit limits the user keeps", () => {
  it("matches customers by key (full-width and spacing folded) and keeps the highest-ranked source: user over accepted over insurer", () => {
    const limits: KeptLimit[] = [
      { customer: "Acme  Ltd", amount: 500, source: "user" },
      { customer: "Ａｃｍｅ Ltd", amount: 900, source: "insurer" },
      { customer: "Beta", amount: 100, source: "insurer" },
      { customer: "Beta", amount: 200, source: "accepted" },
      { customer: "Beta", amount: 300, source: "accepted" },
    ];
    const map = keptLimitMap(limits);
    expect([...map.values()].map((l) => [l.amount, l.source])).toEqual([
      [500, "user"],
      [300, "accepted"],
    ]);
  });

  it("skips amounts that are not a limit, and reads no list as none", () => {
    const map = keptLimitMap([
      { customer: "A", amount: -1, source: "user" },
      { customer: "B", amount: Number.NaN, source: "user" },
    ]);
    expect(map.size).toBe(0);
    expect(keptLimitMap(undefined).size).toBe(0);
  });

  it("accepting every proposal keeps each customer's proposed amount", () => {
    expect(acceptProposals([{ customer: "A", creditLimit: { amount: 1200 } }])).toEqual([
      { customer: "A", amount: 1200, source: "accepted" },
    ]);
  });
});
