import { analyzeLedger } from "../../../src/engine/analysis/analyze";
import { groupByCustomer } from "../../../src/engine/analysis/customers";
import { analyzeCash } from "../../../src/engine/cash/cashAnalysis";
import { expandFlows } from "../../../src/engine/cash/flows";
import { readFlowsRange } from "../../../src/engine/cash/flowsRange";
import { rateTable } from "../../../src/engine/ledger/rateTable";
import { generatePayables } from "../../../src/engine/sample/generatePayables";
import { EXPORTER_RATES, generateExporter } from "../../../src/engine/sample/generateExporter";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { planWeekOf } from "../../../src/engine/cash/weeks";
import { cashInReporting } from "../../../src/engine/cash/currencies";
import { readHabits } from "../../../src/engine/analysis/forecast";
import type { Invoice } from "../../../src/engine/model/types";

const AS_OF = 46_000;
const books = generateExporter(AS_OF, "en");
// The one rates table, read as the pane reads a selection; the analysis and its cash plan both use it.
const read = rateTable(books.rates, { reportingCurrency: "CNY", at: (r, c) => `FX rates!R${r + 1}C${c + 1}` });
const rates = { reportingCurrency: "CNY", rates: read.rates };
const flows = readFlowsRange(books.flows, "Exporter cash", "A1").flows;
const payables = generatePayables({
  seed: 3,
  suppliers: 12,
  bills: 120,
  asOf: AS_OF,
  language: "en",
  monthlyPurchases: books.monthlySalesCny * 0.6,
});
const settings = {
  asOf: AS_OF,
  agingBasis: "due" as const,
  dateOrder: "auto" as const,
  riskAppetite: "balanced" as const,
  reportingCurrency: "CNY",
  rates: rates.rates,
};
const input = (values: (string | number)[][], sheet: string) => ({ values, sheet, topLeft: "A1" });
const cashSettings = { openingCash: 2_000_000, minimumCash: 500_000, flows, stressLateDays: [] };
const a = analyzeLedger(
  input(books.ledger, "Exporter AR"),
  settings,
  {},
  {
    payables: input(payables.values, "Exporter AP"),
    settings: cashSettings,
  },
);
const cash = a.cash!;
const invoices = parseLedger(input(books.ledger, "AR"), detectColumns(books.ledger), {
  asOf: AS_OF,
  dateOrder: "auto",
  defaultTermsDays: 30,
}).invoices;
const cents = (x: number) => Math.round(x * 100);

describe("the exporter's sample books", () => {
  it("USD and EUR invoices with the rate booked on each and the CNY amount beside; a rates table to CNY", () => {
    const currencies = new Set(books.ledger.slice(1).map((r) => r[5]));
    expect([...currencies].sort()).toEqual(["EUR", "USD"]);
    for (const r of books.ledger.slice(1)) expect(r[7]).toBeCloseTo((r[4] as number) * (r[6] as number), 2);
    expect(rates).toEqual({
      reportingCurrency: "CNY",
      rates: [
        { currency: "USD", rate: EXPORTER_RATES.USD, date: AS_OF },
        { currency: "EUR", rate: EXPORTER_RATES.EUR, date: AS_OF },
      ],
    });
    expect(flows.map((f) => f.currency ?? "CNY")).toEqual(["CNY", "CNY", "CNY", "CNY", "USD"]);
  });

  it("open receivables in CNY equal a hand computation to the cent: each invoice's open × today's rate, then added", () => {
    let hand = 0;
    for (const r of books.ledger.slice(1)) {
      const open = (r[4] as number) - (typeof r[8] === "number" ? r[8] : 0);
      hand += Math.round(open * EXPORTER_RATES[r[5] as "USD" | "EUR"] * 100);
    }
    const inCny = cashInReporting({ byCustomer: groupByCustomer(invoices), bills: [], flows: [] }, rates);
    const total = [...inCny.byCustomer.values()].flat().reduce((sum, i) => sum + cents(i.openAmount), 0);
    expect(total).toBe(hand);
    expect(hand).toBeGreaterThan(100_000_00);
    expect([inCny.leftOut, inCny.currencies]).toEqual([[], ["EUR", "USD"]]);
  });

  it("bills (CNY) and flows (CNY, and the forwarder in USD at the table rate per payment) week by week, to the cent", () => {
    const end = AS_OF + 7 * cash.plan.weeks.length;
    const out = new Array<number>(cash.plan.weeks.length).fill(0);
    const into = new Array<number>(cash.plan.weeks.length).fill(0);
    for (const f of flows)
      for (const d of expandFlows([{ ...f, currency: undefined }], AS_OF, end)) {
        const w = planWeekOf(d.date, AS_OF) - 1;
        const c = f.currency === "USD" ? Math.round(f.amount * EXPORTER_RATES.USD * 100) : Math.abs(d.cents);
        if (w < out.length) (d.cents < 0 ? out : into)[w] += c;
      }
    expect(cash.plan.weeks.map((w) => cents(w.otherOut))).toEqual(out);
    expect(cash.plan.weeks.map((w) => cents(w.otherIn))).toEqual(into);
    expect(cash.leftOut).toEqual([]);
  });

  it("USD −5 % against CNY: exactly the USD items move — the forwarder's payments and the USD buyers' collections", () => {
    const usd = cash.scenarios.find((x) => x.kind === "currency")!;
    expect(usd.currency).toMatchObject({ code: "USD", move: -0.05, rate: EXPORTER_RATES.USD, reporting: "CNY" });
    const forwarder = flows.find((f) => f.currency === "USD")!;
    const perPayment =
      Math.round(forwarder.amount * EXPORTER_RATES.USD * 100) -
      Math.round(forwarder.amount * EXPORTER_RATES.USD * 0.95 * 100);
    const paymentsIn = (w: number) =>
      expandFlows([{ ...forwarder, currency: undefined }], AS_OF, AS_OF + 7 * 13).filter(
        (d) => planWeekOf(d.date, AS_OF) === w + 1,
      ).length;
    cash.plan.weeks.forEach((w, i) => {
      const s = usd.plan.weeks[i];
      expect(cents(s.payables)).toBe(cents(w.payables)); // the CNY bills do not move
      expect(cents(w.otherOut) - cents(s.otherOut)).toBe(perPayment * paymentsIn(i));
      expect(cents(s.otherIn)).toBe(cents(w.otherIn)); // the CNY refund does not move
    });
    // The collections: the same plan on the USD invoices alone (same habits) moves by the same cents, week by week.
    const habits = readHabits(groupByCustomer(invoices), AS_OF);
    const run = (list: Invoice[]) =>
      analyzeCash(
        { settings: { asOf: AS_OF, currency: "CNY" } as never, customers: [], portfolio: { dso: null } as never },
        { byCustomer: groupByCustomer(list), payables: null, settings: { stressLateDays: [] }, rates, habits },
      );
    const moved = (c: ReturnType<typeof run>) => {
      const stressed = c.scenarios.find((x) => x.kind === "currency")!.plan.weeks;
      return c.plan.weeks.map((w, i) => cents(w.collections) - cents(stressed[i].collections));
    };
    const all = moved(run(invoices));
    expect(all).toEqual(moved(run(invoices.filter((i) => i.currency === "USD"))));
    expect(all.some((m) => m > 0)).toBe(true);
    expect(usd.plan.lowest.closing).toBeLessThan(cash.plan.lowest.closing);
  });
});

describe("the exporter's receivables analysed in CNY (the analysis's totals, not only the cash plan's)", () => {
  // By hand from the books' own columns: an unpaid invoice's open amount is its whole amount (原币), booked in the
  // ledger at its own rate with its CNY amount beside (本币金额); today's rate is the rates table's.
  const unpaid = books.ledger.slice(1).filter((r) => typeof r[8] !== "number");
  const hand = (code: "USD" | "EUR") => {
    const rows = unpaid.filter((r) => r[5] === code);
    return {
      original: rows.reduce((s, r) => s + cents(r[4] as number), 0),
      booked: rows.reduce((s, r) => s + cents(r[7] as number), 0),
      today: rows.reduce((s, r) => s + Math.round((r[4] as number) * EXPORTER_RATES[code] * 100), 0),
    };
  };
  const usd = hand("USD");
  const eur = hand("EUR");
  const line = (code: string) => a.conversion!.lines.find((l) => l.currency === code)!;

  it("the total open in CNY is the sum of the unpaid invoices' booked CNY amounts, to the cent", () => {
    expect(cents(a.portfolio.totalOpen)).toBe(usd.booked + eur.booked);
    expect([unpaid.length, a.portfolio.totalOpen]).toEqual([100, 13_879_114.89]); // as of serial 46000
    expect(cents(a.conversion!.totalOpen)).toBe(usd.booked + eur.booked);
    expect(a.settings.currency).toBe("CNY");
    expect(a.conversion!.missing).toEqual([]);
    // The buckets, the customers and the action list are in CNY and add up to the same total.
    expect(a.aging.totals.reduce((s, t) => s + cents(t), 0)).toBe(usd.booked + eur.booked);
    expect(a.customers.reduce((s, c) => s + cents(c.openAmount), 0)).toBe(usd.booked + eur.booked);
    for (const act of a.actions ?? [])
      expect(cents(act.openAmount)).toBe(cents(a.customers.find((c) => c.customer === act.customer)!.openAmount));
  });

  it("per currency: 原币, 本币 at the booked rates (from the ledger), and 汇兑损益 at today's rate, by hand", () => {
    for (const [code, h] of [
      ["USD", usd],
      ["EUR", eur],
    ] as const) {
      expect(line(code)).toMatchObject({ rateSource: "ledger", leftOut: 0 });
      expect(cents(line(code).openOriginal)).toBe(h.original);
      expect(cents(line(code).openConverted)).toBe(h.booked);
      const r = line(code).revaluation!;
      expect([cents(r.atBooked), cents(r.atToday), r.todayRate]).toEqual([h.booked, h.today, EXPORTER_RATES[code]]);
      expect(cents(r.gainLoss)).toBe(h.today - h.booked);
    }
    expect(cents(a.conversion!.gainLoss!)).toBe(usd.today - usd.booked + eur.today - eur.booked);
    // USD 1,365,439.04 = ¥9,730,740.08 booked, ¥9,726,705.05 today: −4,035.03; EUR 533,785.97 = ¥4,148,374.81 booked,
    // ¥4,155,096.75 today: +6,721.94; in total an unrealised gain of ¥2,686.91.
    expect([line("USD").revaluation!.gainLoss, line("EUR").revaluation!.gainLoss]).toEqual([-4_035.03, 6_721.94]);
    expect(a.conversion!.gainLoss).toBe(2_686.91);
  });
});

test("the exporter's ledger without its booked rates and with a USD rate only: EUR named and left out, never summed", () => {
  const bare = books.ledger.map((r) => r.filter((_, c) => c !== 6 && c !== 7));
  const usdOnly = [{ currency: "USD", rate: EXPORTER_RATES.USD, date: AS_OF }];
  const b = analyzeLedger(input(bare, "Exporter AR"), { ...settings, rates: usdOnly });
  const open = (r: (string | number)[]) => (typeof r[8] === "number" ? 0 : (r[4] as number));
  const rows = books.ledger.slice(1);
  const usd = rows
    .filter((r) => r[5] === "USD")
    .reduce((s, r) => s + Math.round(open(r) * EXPORTER_RATES.USD * 100), 0);
  const eur = rows.filter((r) => r[5] === "EUR");
  expect(cents(b.portfolio.totalOpen)).toBe(usd);
  expect(b.conversion!.missing).toEqual(["EUR"]);
  const eurOpen = eur.reduce((s, r) => s + cents(open(r)), 0);
  expect(b.conversion!.lines.find((l) => l.currency === "EUR")).toMatchObject({ invoices: 0, leftOut: eur.length });
  expect(cents(b.conversion!.lines.find((l) => l.currency === "EUR")!.leftOutOpen)).toBe(eurOpen);
  expect(b.notes.find((n) => n.code === "analysis.noRate")!.params.currencies).toMatch(/^EUR [\d,]+\.\d\d \(\d+\)$/);
  expect(b.issues.filter((i) => i.reason.code === "row.noRate")).toHaveLength(eur.length);
});
