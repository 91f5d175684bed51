import { currencyTally } from "../../../src/engine/ledger/currencyTally";
import type { RateEntry } from "../../../src/engine/model/rates";

const table = new Map<string, RateEntry>([
  ["USD", { currency: "USD", rate: 7.1, date: 46_000 }],
  ["EUR", { currency: "EUR", rate: 7.8, date: 46_000 }],
]);

describe("the per-currency tally of a conversion", () => {
  it("sums 原币 and 本币 to the cent, the reporting currency first, the others largest first", () => {
    const t = currencyTally("CNY");
    t.add("CNY", 100, 100, null);
    t.add("USD", 10, 71, "table");
    t.add("USD", 0.1, 0.71, "table");
    t.add("EUR", 20, 156, "table");
    t.leaveOut("JPY", 5000);
    const s = t.summary(table);
    expect(s.lines.map((l) => [l.currency, l.invoices, l.openOriginal, l.openConverted, l.rate, l.rateSource])).toEqual(
      [
        ["CNY", 1, 100, 100, 1, null],
        ["EUR", 1, 20, 156, 7.8, "table"],
        ["USD", 2, 10.1, 71.71, 7.1, "table"],
        ["JPY", 0, 0, 0, null, null],
      ],
    );
    expect(s.totalOpen).toBe(327.71);
    expect(s.missing).toEqual(["JPY"]);
    expect(s.lines[3].leftOutOpen).toBe(5000);
    expect(s.gainLoss).toBeNull();
  });

  it("a ledger's own rates give the billed average; revaluation at today's rate gives the gain or loss", () => {
    const t = currencyTally("CNY");
    const billed = { amount: 700 } as Parameters<ReturnType<typeof currencyTally>["add"]>[5];
    t.add("USD", 100, 710, "ledger", 100, billed);
    t.revalue("USD", 710, 720);
    const s = t.summary(table);
    expect(s.lines.map((l) => l.currency)).toEqual(["USD"]); // no invoice in the reporting currency: left out
    expect([s.lines[0].rate, s.lines[0].rateSource, s.lines[0].rateDate]).toEqual([7, "ledger", null]); // 700 booked for 100 billed
    expect(s.lines[0].revaluation).toEqual({
      atBooked: 710,
      atToday: 720,
      todayRate: 7.1,
      rateDate: 46_000,
      gainLoss: 10,
    });
    expect(s.gainLoss).toBe(10);
  });
});
