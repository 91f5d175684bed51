import { serialFromYmd } from "../../../src/engine/core/dates";
import { detectColumns } from "../../../src/engine/ledger/columns";
import { parseLedger } from "../../../src/engine/ledger/parseLedger";
import { generateLedger } from "../../../src/engine/sample/generateLedger";
import {
  actualCollections,
  backtestForecast,
  daysToPayForecast,
  dueDateForecast,
  invoicesAt,
  type ForecastBacktest,
} from "../../../src/engine/history/forecastBacktest";
import type { Invoice } from "../../../src/engine/analysis/types";
import { ibmLedger } from "../analysis/ibmData";

function invoicesOf(values: unknown[][], asOf: number, order: "mdy" | "auto"): Invoice[] {
  const mapping = detectColumns(values, { dateOrder: order });
  return parseLedger({ values, sheet: "S", topLeft: "A1" }, mapping, {
    asOf,
    dateOrder: order,
    defaultTermsDays: 30,
    onlyCurrency: null,
  }).invoices;
}

function invoice(over: Partial<Invoice>): Invoice {
  return {
    row: 1,
    customer: "Acme",
    invoiceNumber: "1",
    invoiceDate: 1000,
    dueDate: 1030,
    dueDateDerived: false,
    amount: 100,
    paidAmount: 0,
    paidDate: null,
    openAmount: 100,
    disputed: false,
    currency: null,
    termsDays: 30,
    ...over,
  };
}

const pct = (b: ForecastBacktest, label: string) => {
  const h = b.horizons.find((x) => x.horizon.label === label)!;
  return {
    ours: Math.round(h.wape.ours! * 1000) / 10,
    dueDate: Math.round(h.wape.dueDate! * 1000) / 10,
    daysToPay: Math.round(h.wape.daysToPay! * 1000) / 10,
  };
};

describe("the forecast check's parts", () => {
  const t = 2000;
  const paidLate = invoice({ invoiceDate: 1960, dueDate: 1990, paidAmount: 100, paidDate: 2010, openAmount: 0 });
  const paidBefore = invoice({ invoiceDate: 1900, dueDate: 1930, paidAmount: 100, paidDate: 1950, openAmount: 0 });
  const notYetBilled = invoice({ invoiceDate: 2001, dueDate: 2031, paidAmount: 100, paidDate: 2020, openAmount: 0 });
  const open = invoice({ invoiceDate: 1995, dueDate: 2025, amount: 50, openAmount: 50 });

  it("reads the ledger as it stood: later payments not yet made, later invoices not yet billed", () => {
    const at = invoicesAt([paidLate, paidBefore, notYetBilled, open], t);
    expect(at).toHaveLength(3);
    expect(at[0]).toMatchObject({ paidDate: null, paidAmount: 0, openAmount: 100 });
    expect(at[1]).toBe(paidBefore);
  });

  it("actual: collected per week from the invoices open that day", () => {
    const actual = actualCollections([paidLate, paidBefore, notYetBilled, open], t);
    expect(actual[1]).toBe(10_000); // paid on day 10 → week 2
    expect(actual.reduce((s, x) => s + x, 0)).toBe(10_000);
  });

  it("naive methods: on the due date (overdue in week 1), or on invoice date + the average days to pay", () => {
    const at = invoicesAt([paidLate, paidBefore, open], t);
    expect(dueDateForecast(at, t).slice(0, 5)).toEqual([10_000, 0, 0, 5_000, 0]);
    // Average days to pay from the one paid invoice: 50 → 1960 + 50 = 2010 (week 2), 1995 + 50 = 2045 (week 7).
    const dtp = daysToPayForecast(at, t);
    expect([dtp[1], dtp[6]]).toEqual([10_000, 5_000]);
  });
});

const ibm = ibmLedger();
(ibm ? describe : describe.skip)("on the IBM ledger, at six month-ends (May–Oct 2013)", () => {
  const asOf = serialFromYmd(2014, 1, 31);
  let b: ReturnType<typeof backtestForecast>;
  beforeAll(() => {
    b = backtestForecast(invoicesOf(ibm!, asOf, "mdy"), asOf, 6);
  }, 60_000); // the whole IBM ledger, analysed once

  it("checks the six month-ends whose 13 weeks are known", () => {
    expect(b.monthEnds).toEqual([5, 6, 7, 8, 9, 10].map((m) => serialFromYmd(2013, m + 1, 1) - 1));
  });

  it("beats the due-date and average-days-to-pay methods in weeks 1–4, 5–13 and overall (figures in docs/FORECAST-MODEL.md)", () => {
    expect(pct(b, "1-4")).toEqual({ ours: 26.1, dueDate: 41.2, daysToPay: 37 });
    expect(pct(b, "5-13")).toEqual({ ours: 47.8, dueDate: 67.2, daysToPay: 100 });
    expect(pct(b, "1-13")).toEqual({ ours: 29.1, dueDate: 44.8, daysToPay: 45.6 });
  });
});

describe("on generated ledgers", () => {
  it.each([1, 2, 3])("seed %i: ours beats both naive methods in every horizon", (seed) => {
    const asOf = 46_000;
    const values = generateLedger({ seed, customers: 120, invoices: 4000, asOf, language: "en" }).values;
    const b = backtestForecast(invoicesOf(values, asOf, "auto"), asOf, 6);
    for (const h of b.horizons) {
      expect(h.actual).toBeGreaterThan(0);
      expect(h.wape.ours!).toBeLessThan(h.wape.dueDate!);
      expect(h.wape.ours!).toBeLessThan(h.wape.daysToPay!);
    }
  });
});
