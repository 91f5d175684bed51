/**
 * Promises feed the collection forecast: an open (pending) promise moves that amount to its promised date, discounted
 * by the customer's record of keeping promises (keepRate). Applied to the forecast's output, so the forecast itself
 * is untouched: the customer's own forecast (the same forecastCollections on that customer alone) shows where the
 * customer's money was expected; the moved amount is taken from there, earliest first (a promise pays the oldest
 * invoices, which are expected first), and placed in the week of the promised date. The rest stays where it was.
 * Exact to the cent: weeks + beyond + doubtful still add up to the total.
 */
import { toCents, fromCents } from "../model/money";
import { weekOf } from "../analysis/forecast";
import { money, reason } from "../model/reason";
import type { CollectionForecast } from "../model/types";
import type { PromiseRecord, PromiseToPay } from "./promises";
import { keepRate } from "./promises";

export interface PromiseMove {
  customer: string;
  promisedDate: number;
  promised: number;
  keepRate: number;
  /** The amount moved to the promised date's week (≤ what the customer was expected to pay). */
  moved: number;
  fromWeeks: number[];
  toWeek: number;
}

/**
 * `customerForecast(customer)` returns the forecast of that customer's invoices alone (forecastCollections on a map
 * holding only that customer). Returns the adjusted forecast and the moves made.
 */
export function applyPromisesToForecast(
  forecast: CollectionForecast,
  promises: readonly PromiseToPay[],
  records: Map<string, PromiseRecord>,
  customerForecast: (customer: string) => CollectionForecast,
): { forecast: CollectionForecast; moves: PromiseMove[] } {
  const weeks = forecast.weeks.map((w) => toCents(w.expected));
  const count = weeks.length; // 13 for the forecast; the cash plan's 4–52 weeks for its collections
  let beyond = toCents(forecast.beyond);
  const moves: PromiseMove[] = [];
  const pending = promises
    .filter((p) => p.status === "pending")
    .sort((a, b) => a.promisedDate - b.promisedDate || a.madeOn - b.madeOn);
  // What is still expected from each customer, week by week (index count = beyond), as promises use it up.
  const left = new Map<string, number[]>();
  for (const p of pending) {
    let own = left.get(p.customer);
    if (!own) {
      const f = customerForecast(p.customer);
      own = [...f.weeks.map((w) => Math.max(0, toCents(w.expected))), Math.max(0, toCents(f.beyond))];
      left.set(p.customer, own);
    }
    const rate = keepRate(records.get(p.customer));
    const available = own.reduce((s, c) => s + c, 0);
    const move = Math.min(Math.round(toCents(p.amount) * rate), available);
    const toWeek = weekOf(p.promisedDate, forecast.asOf);
    const total = move;
    const fromWeeks = takeEarliest(own, move, (i, take) => {
      if (i < count) weeks[i] -= take;
      else beyond -= take;
    });
    if (toWeek <= count) weeks[toWeek - 1] += total;
    else beyond += total;
    moves.push({
      customer: p.customer,
      promisedDate: p.promisedDate,
      promised: p.amount,
      keepRate: rate,
      moved: fromCents(total),
      fromWeeks,
      toWeek,
    });
  }
  if (moves.length === 0) return { forecast, moves };
  return { forecast: movedForecast(forecast, weeks, beyond, moves), moves };
}

/**
 * Takes `amount` cents from the customer's expected slots (weeks, then beyond), earliest first; `onTake` hears each
 * slot taken from. Returns the weeks (1-based) the amount came from.
 */
function takeEarliest(own: number[], amount: number, onTake: (slot: number, take: number) => void): number[] {
  const fromWeeks: number[] = [];
  let move = amount;
  for (let i = 0; i < own.length && move > 0; i++) {
    const take = Math.min(own[i], move);
    if (take === 0) continue;
    own[i] -= take;
    move -= take;
    onTake(i, take);
    fromWeeks.push(i + 1);
  }
  return fromWeeks;
}

/** The forecast with the weeks and beyond (in cents) after the moves, and a reason naming what the promises moved. */
function movedForecast(
  forecast: CollectionForecast,
  weeks: readonly number[],
  beyond: number,
  moves: readonly PromiseMove[],
): CollectionForecast {
  const movedTotal = fromCents(moves.reduce((s, m) => s + toCents(m.moved), 0));
  return {
    ...forecast,
    weeks: forecast.weeks.map((w, i) => ({ ...w, expected: fromCents(weeks[i]) })),
    beyond: fromCents(beyond),
    reasons: [
      ...forecast.reasons,
      reason(
        "desk.forecast.promises",
        { count: moves.length, amount: movedTotal },
        `${moves.length} open promise(s) to pay move ${money(movedTotal)} to their promised dates (discounted by each customer's record of keeping promises)`,
      ),
    ],
  };
}
