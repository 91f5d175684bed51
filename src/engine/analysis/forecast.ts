/**
 * 13-week collection forecast (METRICS.md). Each open, undisputed invoice is expected on its due date plus the
 * customer's typical days late (amount-weighted, from its own paid history; the portfolio's where it has none),
 * rounded to a whole day and never before the day after the as-of date. Long-overdue amounts are expected with a
 * lower probability, by days past due on the as-of date:
 *   ≤ 90 days: 100 %;  91–180: 75 %;  181–365: 50 %;  over 365: 25 %
 * The rest of such an amount, and every disputed open amount, is doubtful.
 * Unapplied credits (credit notes, overpayments) are netted against the same customer's earliest expected
 * collections; a net credit left over (money owed to the customer) reduces week 1.
 * Week 1 runs from the day after the as-of date for 7 days. weeks + beyond + doubtful = total open, to the cent.
 */
import { fromCents, toCents } from "../core/money";
import { fig, money, reason } from "./reasons";
import type { CollectionForecast, ForecastWeek, Invoice } from "./types";

export const FORECAST_WEEKS = 13;

export function collectionProbability(daysPastDue: number): number {
  if (daysPastDue <= 90) return 1;
  if (daysPastDue <= 180) return 0.75;
  if (daysPastDue <= 365) return 0.5;
  return 0.25;
}

/** Week number (1-based) of a date after the as-of date; > 13 means beyond the forecast. */
export function weekOf(date: number, asOf: number): number {
  return Math.floor((Math.max(date, asOf + 1) - asOf - 1) / 7) + 1;
}

export function forecastCollections(
  byCustomer: Map<string, Invoice[]>,
  typicalDaysLate: Map<string, number | null>,
  portfolioDaysLate: number | null,
  asOf: number,
): CollectionForecast {
  const weekCents = new Array<number>(FORECAST_WEEKS).fill(0);
  let beyond = 0;
  let doubtful = 0;
  let total = 0;
  const place = (date: number, cents: number) => {
    const w = weekOf(date, asOf);
    if (w <= FORECAST_WEEKS) weekCents[w - 1] += cents;
    else beyond += cents;
  };
  for (const [customer, invoices] of byCustomer) {
    const late = typicalDaysLate.get(customer) ?? portfolioDaysLate ?? 0;
    const expected: { date: number; cents: number }[] = [];
    let credit = 0;
    for (const inv of invoices) {
      const open = toCents(inv.openAmount);
      if (open === 0) continue;
      total += open;
      if (inv.disputed) {
        doubtful += open;
        continue;
      }
      if (open < 0) {
        credit += -open;
        continue;
      }
      const p = collectionProbability(asOf - inv.dueDate);
      const likely = Math.round(open * p);
      doubtful += open - likely;
      expected.push({ date: Math.max(asOf + 1, Math.round(inv.dueDate + Math.max(0, late))), cents: likely });
    }
    expected.sort((a, b) => a.date - b.date);
    for (const e of expected) {
      const used = Math.min(credit, e.cents);
      credit -= used;
      place(e.date, e.cents - used);
    }
    if (credit > 0) weekCents[0] -= credit;
  }
  const weeks: ForecastWeek[] = weekCents.map((cents, i) => ({
    week: i + 1,
    start: asOf + 1 + 7 * i,
    end: asOf + 7 + 7 * i,
    expected: fromCents(cents),
  }));
  const in13 = fromCents(weekCents.reduce((s, c) => s + c, 0));
  return {
    asOf,
    weeks,
    beyond: fromCents(beyond),
    doubtful: fromCents(doubtful),
    total: fromCents(total),
    reasons: [
      reason("forecast.expected", { amount: in13, weeks: FORECAST_WEEKS }, `${money(in13)} expected in the next ${FORECAST_WEEKS} weeks`),
      reason("forecast.portfolioLate", { days: fig(portfolioDaysLate ?? 0) }, `customers without paid history are expected ${fig(portfolioDaysLate ?? 0)} days after due (the portfolio's average)`),
      reason("forecast.doubtful", { amount: fromCents(doubtful) }, `${money(fromCents(doubtful))} doubtful: disputed, or long overdue and unlikely to be collected`),
    ],
  };
}
